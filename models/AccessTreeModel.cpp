#include "models/AccessTreeModel.h"

namespace gh {

namespace {

QString obtainedText(const CollectionGrant& grant)
{
    switch (grant.how) {
    case CollectionGrant::How::Direct:
        return AccessTreeModel::tr("Assigned directly");
    case CollectionGrant::How::Group:
        return AccessTreeModel::tr("Through group “%1”").arg(grant.detail);
    case CollectionGrant::How::Attribute:
        return AccessTreeModel::tr("Possible: when the identity provider asserts %1").arg(grant.detail);
    }
    return {};
}

} // namespace

AccessTreeModel::AccessTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void AccessTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    m_index.reset();
    m_userId.clear();
    endResetModel();
}

int AccessTreeModel::add(int parent, Node n)
{
    n.parent = parent;
    QList<int>& siblings = parent < 0 ? m_top : m_nodes[parent].children;
    n.row = static_cast<int>(siblings.size());
    const int id = static_cast<int>(m_nodes.size());
    siblings.append(id);
    m_nodes.append(std::move(n));
    return id;
}

void AccessTreeModel::setUser(std::shared_ptr<const AccessIndex> index, const QString& userId)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    m_index = std::move(index);
    m_userId = userId;
    const User* user = m_index ? m_index->user(userId) : nullptr;
    if (user) {
        const Catalogue& catalogue = m_index->catalogue();
        for (const CollectionAccess& access : m_index->accessOf(*user)) {
            Node c;
            c.level = Level::Collection;
            c.name = access.grant.roleCollection;
            c.obtained = obtainedText(access.grant);
            c.warning = !access.warnings.isEmpty();
            c.description = c.warning ? tr("Warning: %1").arg(access.warnings.join(QLatin1Char(' '))) : QString();
            c.toolTip = access.warnings.join(QLatin1Char('\n'));
            const int collection = add(-1, c);
            for (const RoleGrant& role : access.roles) {
                Node r;
                r.level = Level::Role;
                r.name = role.role.name;
                r.obtained = tr("Role template %1 (%2)").arg(role.role.roleTemplateName, role.role.roleTemplateAppId);
                r.description = role.roleTemplate ? role.roleTemplate->description
                                                  : tr("Not in Gatehouse's catalogue: its tasks are unknown");
                const int roleNode = add(collection, r);
                for (const QString& taskId : role.tasks) {
                    Node t;
                    t.level = Level::Task;
                    t.taskId = taskId;
                    const auto task = catalogue.task(taskId);
                    t.name = task ? task->label : taskId;
                    t.description = task ? task->description : QString();
                    add(roleNode, t);
                }
            }
        }
    }
    endResetModel();
}

const AccessTreeModel::Node* AccessTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int id = static_cast<int>(index.internalId());
    return id >= 0 && id < m_nodes.size() ? &m_nodes.at(id) : nullptr;
}

QModelIndex AccessTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int>* siblings = &m_top;
    if (parent.isValid()) {
        const Node* p = node(parent);
        if (!p || parent.column() != 0)
            return {};
        siblings = &p->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, quintptr(siblings->at(row)));
}

QModelIndex AccessTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int AccessTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node* n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int AccessTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant AccessTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case ClipboardRole:
        switch (index.column()) {
        case NameColumn: return n->name;
        case ObtainedColumn: return n->obtained;
        case DescriptionColumn: return n->description;
        }
        return {};
    case Qt::ToolTipRole:
        return n->toolTip.isEmpty() ? QVariant() : QVariant(n->toolTip);
    case WarningRole:
        return n->warning;
    case LevelRole:
        return static_cast<int>(n->level);
    case TaskIdRole:
        return n->taskId.isEmpty() ? QVariant() : QVariant(n->taskId);
    }
    return {};
}

QVariant AccessTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Role collection / role / task");
    case ObtainedColumn: return tr("Obtained");
    case DescriptionColumn: return tr("Description");
    }
    return {};
}

} // namespace gh
