#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class ExpiringModel;

// The selected item of the Expiring pane: where it is (kind, owner, keystore, place in the
// chain), its subject, validity and status against the pane's threshold.
class ExpiringDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit ExpiringDetails(const ExpiringModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const ExpiringModel* m_model;
};

} // namespace gh
