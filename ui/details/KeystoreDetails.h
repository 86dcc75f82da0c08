#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class KeystoreModel;

class KeystoreDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit KeystoreDetails(const KeystoreModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const KeystoreModel* m_model;
};

} // namespace gh
