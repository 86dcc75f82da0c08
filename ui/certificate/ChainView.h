#pragma once

// A certificate chain as a tree, the root at the top and the leaf at the bottom, each with its
// status icon and text (expired, expiring, a verification problem …), above the verification
// result and why the root is trusted.

#include "models/KeystoreTrust.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace gh {

class ChainView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChainView(QWidget* parent = nullptr);

    void setReport(const ChainReport& report);
    void clear();

    QTreeWidget* tree() const { return m_tree; }
    QString resultText() const;
    QString trustText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QTreeWidget* m_tree;
    QLabel* m_result;
    QLabel* m_trust;
    ChainReport m_report;
};

} // namespace gh
