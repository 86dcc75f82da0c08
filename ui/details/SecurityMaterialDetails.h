#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class SecurityMaterialModel;

class SecurityMaterialDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit SecurityMaterialDetails(const SecurityMaterialModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const SecurityMaterialModel* m_model;
};

} // namespace gh
