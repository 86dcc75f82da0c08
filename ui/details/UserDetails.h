#pragma once

#include "ui/details/DetailsView.h"

class QIdentityProxyModel;
class QLabel;
class QTreeView;

namespace gh {

class AccessIndexSource;
class AccessTreeModel;
class UsersModel;

// A user's fields, and under them the user's effective access: a tree of the role collections
// the user holds (and how), their roles and the catalogue's tasks, with SAP's warnings as text
// and icon. The access comes from `access` (shared with the pane's other views).
class UserDetails final : public DetailsView
{
    Q_OBJECT

public:
    // Without `access`, the details make an AccessIndexSource of their own.
    explicit UserDetails(const UsersModel* model, AccessIndexSource* access = nullptr,
                         QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    AccessIndexSource* accessSource() const { return m_access; }
    QTreeView* accessTree() const { return m_tree; }
    AccessTreeModel* accessModel() const { return m_accessModel; }

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;
    void placeholderShown() override;

private:
    void showAccess(const QString& userId);

    const UsersModel* m_model;
    AccessIndexSource* m_access;
    AccessTreeModel* m_accessModel;
    QIdentityProxyModel* m_decorated;
    QWidget* m_panel;
    QLabel* m_accessState;
    QTreeView* m_tree;
};

} // namespace gh
