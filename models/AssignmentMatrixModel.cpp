#include "models/AssignmentMatrixModel.h"

#include "app/domain/Access.h"
#include "models/FutureWatch.h"

namespace gh {

AssignmentMatrixModel::AssignmentMatrixModel(const Clock& clock, QObject* parent) : EntityModel(clock, parent) {}

bool AssignmentMatrixModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::User || kind == EntityKind::RoleCollection || kind == EntityKind::Assignment ||
           kind == EntityKind::IdentityProvider;
}

void AssignmentMatrixModel::fetch(Workspace& workspace, quint64 generation)
{
    QPointer<Workspace> ws(&workspace);
    whenFinished(workspace.client().roleCollections().list(), this,
                 [this, ws, generation](const Result<QList<RoleCollection>>& collections) {
                     if (!isCurrentLoad(generation))
                         return;
                     if (!collections) {
                         finishLoad(generation, collections.error().toString());
                         return;
                     }
                     if (!ws) {
                         finishLoad(generation, tr("The tenant was closed."));
                         return;
                     }
                     whenFinished(ws->client().users().list(), this,
                                  [this, generation, collections = *collections](const Result<QList<User>>& users) {
                                      if (!isCurrentLoad(generation))
                                          return;
                                      if (!users) {
                                          finishLoad(generation, users.error().toString());
                                          return;
                                      }
                                      load(*users, collections);
                                      finishLoad(generation);
                                  });
                 });
}

void AssignmentMatrixModel::load(const QList<User>& users, const QList<RoleCollection>& collections)
{
    beginResetModel();
    m_users.clear();
    m_rowOf.clear();
    m_collections.clear();
    m_collectionIndex.clear();
    m_users.reserve(users.size());
    for (const RoleCollection& c : collections) {
        m_collectionIndex.insert(c.name, static_cast<int>(m_collections.size()));
        m_collections.append(c.name);
    }
    // Group mappings, per identity provider, once.
    struct GroupMapping
    {
        AttributeMapping mapping;
        int collection;
    };
    QHash<QString, QList<GroupMapping>> mappingsByIdp;
    QList<GroupMapping> anyIdp;
    for (const RoleCollection& c : collections) {
        for (const AttributeMapping& m : c.attributeMappings) {
            if (!m.isGroupMapping())
                continue;
            GroupMapping g{m, m_collectionIndex.value(c.name)};
            if (m.idpId.isEmpty())
                anyIdp.append(g);
            else
                mappingsByIdp[m.idpId].append(g);
        }
    }
    const qsizetype cells = qsizetype(users.size()) * m_collections.size();
    m_direct = QBitArray(cells);
    m_group = QBitArray(cells);
    for (const User& u : users) {
        const int row = static_cast<int>(m_users.size());
        m_rowOf.insert(u.id, row);
        m_users.append({u.id, u.userName, u.origin});
        for (const QString& name : u.roleCollections) {
            const auto it = m_collectionIndex.constFind(name);
            if (it != m_collectionIndex.cend())
                m_direct.setBit(bit(row, *it));
        }
        if (u.idpGroups.isEmpty())
            continue;
        for (const QList<GroupMapping>* list : {&mappingsByIdp[u.origin], &anyIdp}) {
            for (const GroupMapping& g : *list) {
                for (const QString& group : u.idpGroups) {
                    if (AccessIndex::matches(g.mapping, group)) {
                        m_group.setBit(bit(row, g.collection));
                        break;
                    }
                }
            }
        }
    }
    endResetModel();
}

void AssignmentMatrixModel::clearEntries()
{
    beginResetModel();
    m_users.clear();
    m_rowOf.clear();
    m_collections.clear();
    m_collectionIndex.clear();
    m_direct.clear();
    m_group.clear();
    endResetModel();
}

QString AssignmentMatrixModel::collectionAt(int column) const
{
    const int c = column - FirstCollectionColumn;
    return c >= 0 && c < m_collections.size() ? m_collections.at(c) : QString();
}

int AssignmentMatrixModel::columnOf(const QString& collection) const
{
    const auto it = m_collectionIndex.constFind(collection);
    return it == m_collectionIndex.cend() ? -1 : *it + FirstCollectionColumn;
}

bool AssignmentMatrixModel::isDirect(int row, int column) const
{
    const int c = column - FirstCollectionColumn;
    return row >= 0 && row < m_users.size() && c >= 0 && c < m_collections.size() && m_direct.testBit(bit(row, c));
}

bool AssignmentMatrixModel::isThroughGroup(int row, int column) const
{
    const int c = column - FirstCollectionColumn;
    return row >= 0 && row < m_users.size() && c >= 0 && c < m_collections.size() && m_group.testBit(bit(row, c));
}

QString AssignmentMatrixModel::key(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_users.size())
        return {};
    return m_users.at(index.row()).id;
}

QModelIndex AssignmentMatrixModel::indexOf(const QString& key) const
{
    const auto it = m_rowOf.constFind(key);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, 0);
}

int AssignmentMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int AssignmentMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCollectionColumn + static_cast<int>(m_collections.size());
}

QVariant AssignmentMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const Row& r = m_users.at(index.row());
    const int column = index.column();
    if (role == EntryKeyRole)
        return r.id;
    if (column == UserColumn || column == IdentityProviderColumn) {
        if (role == Qt::DisplayRole || role == SortRole || role == ClipboardRole)
            return column == UserColumn ? r.userName : r.origin;
        return {};
    }
    const bool direct = isDirect(index.row(), column);
    const bool group = isThroughGroup(index.row(), column);
    switch (role) {
    case Qt::CheckStateRole:
        return direct ? Qt::Checked : group ? Qt::PartiallyChecked : Qt::Unchecked;
    case SortRole:
        return direct ? 2 : group ? 1 : 0;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
    case ClipboardRole: {
        const QString collection = collectionAt(column);
        if (direct && group)
            return tr("%1 holds %2 directly and through an identity provider group").arg(r.userName, collection);
        if (direct)
            return tr("%1 holds %2 directly").arg(r.userName, collection);
        if (group)
            return tr("%1 holds %2 through an identity provider group (change the group, not here)").arg(r.userName, collection);
        return tr("%1 does not hold %2").arg(r.userName, collection);
    }
    }
    return {};
}

Qt::ItemFlags AssignmentMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() < FirstCollectionColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool AssignmentMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() < FirstCollectionColumn)
        return false;
    const auto state = static_cast<Qt::CheckState>(value.toInt());
    return setAssigned({index}, state == Qt::Checked);
}

bool AssignmentMatrixModel::setAssigned(const QModelIndexList& cells, bool assigned)
{
    if (!workspace())
        return false;
    QList<Change> changes;
    QStringList users, collections;
    for (const QModelIndex& cell : cells) {
        if (!cell.isValid() || cell.model() != this || cell.column() < FirstCollectionColumn || cell.row() >= m_users.size())
            continue;
        if (isDirect(cell.row(), cell.column()) == assigned)
            continue;
        const Assignment a{collectionAt(cell.column()), m_users.at(cell.row()).id};
        changes.append(assigned ? Change::created(a) : Change::removed(a));
        // Shown at once; the reload after the step (or after a failure) settles it.
        m_direct.setBit(bit(cell.row(), cell.column() - FirstCollectionColumn), assigned);
        Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole, SortRole, Qt::ToolTipRole});
        if (!users.contains(m_users.at(cell.row()).userName))
            users.append(m_users.at(cell.row()).userName);
        if (!collections.contains(a.roleCollection))
            collections.append(a.roleCollection);
    }
    if (changes.isEmpty())
        return false;
    QString description;
    if (changes.size() == 1)
        description = assigned ? tr("Assign %1 to %2").arg(collections.first(), users.first())
                               : tr("Unassign %1 from %2").arg(collections.first(), users.first());
    else
        description = assigned ? tr("Assign %n role collection(s)", nullptr, int(changes.size()))
                               : tr("Unassign %n role collection(s)", nullptr, int(changes.size()));
    apply(std::move(changes), description);
    return true;
}

void AssignmentMatrixModel::apply(QList<Change> changes, const QString& description)
{
    whenFinished(workspace()->apply(std::move(changes), description), this, [this](const Status& status) {
        if (!status) {
            Q_EMIT applyFailed(status.error().toString());
            reload();
        }
    });
}

QVariant AssignmentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return EntityModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (section == UserColumn)
            return tr("User");
        if (section == IdentityProviderColumn)
            return tr("Identity provider");
        return collectionAt(section);
    }
    return {};
}

QStringList AssignmentMatrixModel::searchFields() const
{
    return {QStringLiteral("user"), QStringLiteral("origin")};
}

int AssignmentMatrixModel::columnForField(const QString& field) const
{
    if (field == QLatin1String("user") || field == QLatin1String("username"))
        return UserColumn;
    if (field == QLatin1String("origin") || field == QLatin1String("idp"))
        return IdentityProviderColumn;
    return -1;
}

QString AssignmentMatrixModel::searchText(int row, int column) const
{
    if (row < 0 || row >= m_users.size())
        return {};
    if (column == UserColumn)
        return m_users.at(row).userName;
    if (column == IdentityProviderColumn)
        return m_users.at(row).origin;
    return {};
}

std::optional<bool> AssignmentMatrixModel::matchesPredicate(int row, const QString& predicate) const
{
    // is:unassigned: no collection at all, directly or through a group.
    if (predicate != QLatin1String("unassigned") || row < 0 || row >= m_users.size())
        return std::nullopt;
    for (int c = 0; c < m_collections.size(); ++c) {
        if (m_direct.testBit(bit(row, c)) || m_group.testBit(bit(row, c)))
            return false;
    }
    return true;
}

QString AssignmentMatrixModel::searchExample() const
{
    return QStringLiteral("origin:contoso-aad");
}

} // namespace gh
