#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class IdentityProvidersModel;

// One trust configuration and what depends on it: how many users come through it (with a
// button that shows them in the users pane) and which role collections map its groups or
// attributes.
class IdentityProviderDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit IdentityProviderDetails(const IdentityProvidersModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const IdentityProvidersModel* m_model;
};

} // namespace gh
