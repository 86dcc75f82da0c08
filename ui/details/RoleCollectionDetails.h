#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class RoleCollectionsModel;
struct RoleCollection;
class WhereUsedPanel;

class RoleCollectionDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit RoleCollectionDetails(const RoleCollectionsModel* model, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    // The roles it holds (and which other collections hold each), with the graph.
    WhereUsedPanel* whereUsed() const { return m_whereUsed; }

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;
    void placeholderShown() override;

private:
    void fillWhereUsed(const RoleCollection& collection);

    const RoleCollectionsModel* m_model;
    WhereUsedPanel* m_whereUsed;
};

} // namespace gh
