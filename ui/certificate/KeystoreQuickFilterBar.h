#pragma once

// Quick filters above the keystore table: "Expiring ≤ N days" (N from a spin box, 30 by
// default), "Expired", "Key pairs", "SAP-owned". Checkable tool buttons that set the proxy's
// required predicates (KeystoreQuickFilter); they combine with the search text.

#include "models/KeystoreQuickFilter.h"

#include <QWidget>

class QSpinBox;
class QToolButton;

namespace gh {

class SearchFilterProxy;

class KeystoreQuickFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit KeystoreQuickFilterBar(SearchFilterProxy* proxy, QWidget* parent = nullptr);

    KeystoreQuickFilter filter() const;
    void setFilter(const KeystoreQuickFilter& filter);

    QToolButton* expiringButton() const { return m_expiring; }
    QSpinBox* daysSpinBox() const { return m_days; }
    QToolButton* expiredButton() const { return m_expired; }
    QToolButton* keyPairsButton() const { return m_keyPairs; }
    QToolButton* sapOwnedButton() const { return m_sapOwned; }

private:
    QToolButton* addButton(const QString& objectName, const QString& text, const QString& tip);
    void apply();

    SearchFilterProxy* m_proxy;
    QToolButton* m_expiring;
    QSpinBox* m_days;
    QToolButton* m_expired;
    QToolButton* m_keyPairs;
    QToolButton* m_sapOwned;
};

} // namespace gh
