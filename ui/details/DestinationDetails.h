#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class Destination;
class DestinationsModel;
class WhereUsedPanel;

class DestinationDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit DestinationDetails(const DestinationsModel* model, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    // What the destination refers to (certificates, keystore entries), with the graph.
    WhereUsedPanel* whereUsed() const { return m_whereUsed; }

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;
    void placeholderShown() override;

private:
    void fillWhereUsed(const Destination& destination);

    const DestinationsModel* m_model;
    WhereUsedPanel* m_whereUsed;
};

} // namespace gh
