#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class RoleCollectionsModel;

class RoleCollectionDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit RoleCollectionDetails(const RoleCollectionsModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const RoleCollectionsModel* m_model;
};

} // namespace gh
