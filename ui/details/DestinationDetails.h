#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class DestinationsModel;

class DestinationDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit DestinationDetails(const DestinationsModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const DestinationsModel* m_model;
};

} // namespace gh
