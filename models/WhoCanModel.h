#pragma once

// The reverse query of effective access: everyone who can perform one catalogue task, one row
// per path (user, identity provider, role collection and how it is obtained, role). Read-only;
// EntryKeyRole is the user's id, so a view can jump to the user.

#include "app/domain/Access.h"
#include "models/Roles.h"

#include <QAbstractTableModel>

#include <memory>

namespace gh {

class WhoCanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { UserColumn, IdentityProviderColumn, RoleCollectionColumn, ObtainedColumn, RoleColumn, ColumnCount };

    explicit WhoCanModel(QObject* parent = nullptr);

    void setTask(std::shared_ptr<const AccessIndex> index, const QString& taskId);
    QString taskId() const { return m_taskId; }
    // Distinct users among the rows.
    int userCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const AccessIndex> m_index;
    QString m_taskId;
    QList<AccessPath> m_paths;
};

} // namespace gh
