#include "models/WhoCanModel.h"

#include <QSet>

namespace gh {

WhoCanModel::WhoCanModel(QObject* parent) : QAbstractTableModel(parent) {}

void WhoCanModel::setTask(std::shared_ptr<const AccessIndex> index, const QString& taskId)
{
    beginResetModel();
    m_index = std::move(index);
    m_taskId = taskId;
    m_paths = m_index ? m_index->whoCan(taskId) : QList<AccessPath>();
    endResetModel();
}

int WhoCanModel::userCount() const
{
    QSet<QString> users;
    for (const AccessPath& p : m_paths)
        users.insert(p.userId);
    return static_cast<int>(users.size());
}

int WhoCanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_paths.size());
}

int WhoCanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhoCanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_paths.size())
        return {};
    const AccessPath& p = m_paths.at(index.row());
    if (role == EntryKeyRole)
        return p.userId;
    if (role != Qt::DisplayRole && role != ClipboardRole && role != SortRole)
        return {};
    const User* user = m_index ? m_index->user(p.userId) : nullptr;
    switch (index.column()) {
    case UserColumn: return user ? user->userName : p.userId;
    case IdentityProviderColumn: return user ? user->origin : QString();
    case RoleCollectionColumn: return p.grant.roleCollection;
    case ObtainedColumn:
        switch (p.grant.how) {
        case CollectionGrant::How::Direct: return tr("Directly");
        case CollectionGrant::How::Group: return tr("Group “%1”").arg(p.grant.detail);
        case CollectionGrant::How::Attribute: return tr("Possible: attribute %1").arg(p.grant.detail);
        }
        return {};
    case RoleColumn: return p.role.name;
    }
    return {};
}

QVariant WhoCanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn: return tr("User");
    case IdentityProviderColumn: return tr("Identity provider");
    case RoleCollectionColumn: return tr("Role collection");
    case ObtainedColumn: return tr("Obtained");
    case RoleColumn: return tr("Role");
    }
    return {};
}

} // namespace gh
