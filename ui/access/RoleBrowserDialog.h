#pragma once

// "Add roles…" of a role collection: the tenant's roles as a tree, application → role template →
// role, with the descriptions of the templates and the catalogue's tasks each grants, and a
// filter that searches names, descriptions and tasks. Roles already in the collection are shown
// checked and cannot be picked again.

#include "app/domain/Types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace gh {

class RoleBrowserDialog final : public QDialog
{
    Q_OBJECT

public:
    RoleBrowserDialog(const RoleCollection& collection, const QList<RoleTemplate>& templates,
                      const QList<Role>& roles, QWidget* parent = nullptr);

    QList<RoleReference> checkedRoles() const;
    // Checks the role with this key (RoleReference::roleKey()); false if absent or already there.
    bool setChecked(const QString& roleKey, bool checked);

    QLineEdit* filterField() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    // Visible role rows, as "application / template / role".
    QStringList shownRoles() const;

private:
    void update();

    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<QStandardItem*> m_roleItems;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QLabel* m_count;
    QPushButton* m_add;
};

} // namespace gh
