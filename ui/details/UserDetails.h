#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class UsersModel;

class UserDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit UserDetails(const UsersModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const UsersModel* m_model;
};

} // namespace gh
