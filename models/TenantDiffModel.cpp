#include "models/TenantDiffModel.h"

#include "models/Icons.h"
#include "models/TenantDiffTexts.h"

#include <QFont>

#include <algorithm>

namespace gh {

struct TenantDiffModel::Node
{
    RowType type = RowType::Kind;
    EntityKind kind = EntityKind::User;
    int entry = -1; // into m_entries (item and field rows)
    int field = -1; // into the entry's difference fields (field rows)
    Node* parent = nullptr;
    int row = 0;
    std::vector<Node*> children;
};

namespace {

// The icons of the copy's actions (as the import summaries show them): only in A is what a copy
// adds to B, a difference what it replaces; only in B is B's own.
QIcon statusIcon(TenantDifference::Status status)
{
    switch (status) {
    case TenantDifference::Status::OnlyInA:
        return Icons::shipped(QStringLiteral("import-add"));
    case TenantDifference::Status::OnlyInB:
        return Icons::shipped(QStringLiteral("list-add"));
    case TenantDifference::Status::Differs:
        break;
    }
    return Icons::shipped(QStringLiteral("import-replace"));
}

QString noneText()
{
    return TenantDiffModel::tr("(none)");
}

} // namespace

TenantDiffModel::TenantDiffModel(QObject* parent) : QAbstractItemModel(parent) {}

TenantDiffModel::~TenantDiffModel() = default;

void TenantDiffModel::setComparison(const QString& nameA, const QString& nameB,
                                    QList<TenantDifference> differences, QList<SameItem> same,
                                    const QList<copying::RefusedItem>& refused)
{
    beginResetModel();
    m_nameA = nameA;
    m_nameB = nameB;
    m_differences = std::move(differences);
    m_entries.clear();
    m_checked.clear();
    m_refused.clear();
    for (const copying::RefusedItem& r : refused)
        m_refused.insert(itemKey(r.item.kind, r.item.name), r);
    for (EntityKind kind : diffedKinds()) {
        QList<Entry> ofKind;
        for (const TenantDifference& d : std::as_const(m_differences))
            if (d.kind == kind)
                ofKind.append({kind, d.key, false, d});
        for (const SameItem& s : std::as_const(same))
            if (s.kind == kind)
                ofKind.append({kind, s.key, true, {}});
        std::stable_sort(ofKind.begin(), ofKind.end(),
                         [](const Entry& x, const Entry& y) { return x.key < y.key; });
        m_entries += ofKind;
    }
    buildNodes();
    endResetModel();
    Q_EMIT checkedChanged();
}

void TenantDiffModel::clear()
{
    setComparison({}, {}, {}, {});
}

void TenantDiffModel::setOnlyDifferences(bool only)
{
    if (m_onlyDifferences == only)
        return;
    m_onlyDifferences = only;
    rebuild();
}

void TenantDiffModel::setKinds(const QList<EntityKind>& kinds)
{
    if (m_kinds == kinds)
        return;
    m_kinds = kinds;
    rebuild();
}

QString TenantDiffModel::itemKey(EntityKind kind, const QString& key)
{
    return entityKindName(kind) + QLatin1Char(':') + key;
}

QString TenantDiffModel::statusText(TenantDifference::Status status)
{
    switch (status) {
    case TenantDifference::Status::OnlyInA:
        return tr("Only in A");
    case TenantDifference::Status::OnlyInB:
        return tr("Only in B");
    case TenantDifference::Status::Differs:
        break;
    }
    return tr("Differs");
}

QString TenantDiffModel::sameText()
{
    return tr("Same");
}

bool TenantDiffModel::isCheckable(const Entry& entry, QString* why) const
{
    if (!isCopyableKind(entry.kind, why))
        return false;
    if (entry.same) {
        if (why)
            *why = tr("B holds the same already: nothing to copy.");
        return false;
    }
    if (entry.difference.status == TenantDifference::Status::OnlyInB) {
        if (why)
            *why = tr("Only in B: A has nothing to copy. Copies go from A to B.");
        return false;
    }
    const auto refused = m_refused.constFind(itemKey(entry.kind, entry.key));
    if (refused != m_refused.cend()) {
        if (why)
            *why = diffTexts::refusalSentence(*refused);
        return false;
    }
    return true;
}

QString TenantDiffModel::copyText(const Entry& entry) const
{
    if (!isCopyableKind(entry.kind))
        return tr("Not copied");
    const auto refused = m_refused.constFind(itemKey(entry.kind, entry.key));
    if (refused != m_refused.cend())
        return diffTexts::refusalShort(refused->reason);
    return isCheckable(entry) ? tr("Can be copied") : QString();
}

QList<copying::CopyItem> TenantDiffModel::checkedItems() const
{
    QList<copying::CopyItem> items;
    for (const Entry& e : m_entries)
        if (m_checked.contains(itemKey(e.kind, e.key)))
            items.append({e.kind, e.key});
    return items;
}

bool TenantDiffModel::setChecked(const QString& key, bool checked)
{
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [&](const Entry& e) { return itemKey(e.kind, e.key) == key; });
    if (entry == m_entries.cend() || !isCheckable(*entry))
        return false;
    if (m_checked.contains(key) == checked)
        return true;
    if (checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    const QModelIndex shown = indexOf(key);
    if (shown.isValid()) {
        Q_EMIT dataChanged(shown, shown, {Qt::CheckStateRole});
        const QModelIndex kind = shown.parent(); // its all/some/none mark
        Q_EMIT dataChanged(kind, kind, {Qt::CheckStateRole});
    }
    Q_EMIT checkedChanged();
    return true;
}

std::optional<Qt::CheckState> TenantDiffModel::kindCheckState(const Node& node) const
{
    int checkable = 0;
    int checked = 0;
    for (const Node* child : node.children) {
        const Entry& e = m_entries.at(child->entry);
        if (!isCheckable(e))
            continue;
        ++checkable;
        checked += m_checked.contains(itemKey(e.kind, e.key)) ? 1 : 0;
    }
    if (checkable == 0)
        return std::nullopt;
    return checked == 0 ? Qt::Unchecked : checked == checkable ? Qt::Checked : Qt::PartiallyChecked;
}

void TenantDiffModel::clearChecks()
{
    const QList<QString> keys(m_checked.cbegin(), m_checked.cend());
    for (const QString& k : keys)
        setChecked(k, false);
}

void TenantDiffModel::rebuild()
{
    beginResetModel();
    buildNodes();
    endResetModel();
}

void TenantDiffModel::buildNodes()
{
    m_nodes.clear();
    m_roots.clear();
    const auto make = [this](RowType type, EntityKind kind, Node* parent) {
        m_nodes.push_back(std::make_unique<Node>());
        Node* n = m_nodes.back().get();
        n->type = type;
        n->kind = kind;
        n->parent = parent;
        std::vector<Node*>& siblings = parent ? parent->children : m_roots;
        n->row = int(siblings.size());
        siblings.push_back(n);
        return n;
    };
    Node* kindNode = nullptr;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries.at(i);
        if ((!m_kinds.isEmpty() && !m_kinds.contains(e.kind)) || (m_onlyDifferences && e.same))
            continue;
        if (!kindNode || kindNode->kind != e.kind)
            kindNode = make(RowType::Kind, e.kind, nullptr);
        Node* item = make(RowType::Item, e.kind, kindNode);
        item->entry = i;
        if (!e.same && e.difference.status == TenantDifference::Status::Differs) {
            for (int f = 0; f < e.difference.fields.size(); ++f) {
                Node* field = make(RowType::Field, e.kind, item);
                field->entry = i;
                field->field = f;
            }
        }
    }
}

TenantDiffModel::Node* TenantDiffModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex TenantDiffModel::indexOfNode(const Node* node, int column) const
{
    return node ? createIndex(node->row, column, const_cast<Node*>(node)) : QModelIndex();
}

QModelIndex TenantDiffModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<Node*>& children = parent.isValid() ? nodeOf(parent)->children : m_roots;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, children.at(size_t(row)));
}

QModelIndex TenantDiffModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    return n ? indexOfNode(n->parent, 0) : QModelIndex();
}

int TenantDiffModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TenantDiffModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TenantDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case StatusColumn:
        return tr("Status");
    case AColumn:
        return m_nameA.isEmpty() ? tr("A") : tr("A: %1").arg(m_nameA);
    case BColumn:
        return m_nameB.isEmpty() ? tr("B") : tr("B: %1").arg(m_nameB);
    case CopyColumn:
        return tr("Copy");
    default:
        return {};
    }
}

QVariant TenantDiffModel::data(const QModelIndex& index, int role) const
{
    const Node* n = nodeOf(index);
    if (!n)
        return {};
    if (role == RowTypeRole)
        return int(n->type);
    if (role == ClipboardRole)
        role = Qt::DisplayRole;
    switch (n->type) {
    case RowType::Kind:
        return kindData(*n, index.column(), role);
    case RowType::Item:
        return itemData(*n, index.column(), role);
    case RowType::Field:
        break;
    }
    return fieldData(*n, index.column(), role);
}

QVariant TenantDiffModel::kindData(const Node& node, int column, int role) const
{
    if (role == Qt::FontRole && column == ItemColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::CheckStateRole && column == ItemColumn) {
        const std::optional<Qt::CheckState> state = kindCheckState(node);
        return state ? QVariant(*state) : QVariant();
    }
    if (role == Qt::ToolTipRole && (column == ItemColumn || column == CopyColumn)) {
        QString why;
        return isCopyableKind(node.kind, &why)
                   ? tr("Check to copy every item shown here that can be copied.")
                   : why;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == ItemColumn)
        return diffTexts::kindTitle(node.kind);
    if (column == CopyColumn)
        return isCopyableKind(node.kind) ? QVariant() : QVariant(tr("Not copied"));
    if (column != StatusColumn)
        return {};
    int differing = 0;
    for (const Node* child : node.children)
        differing += m_entries.at(child->entry).same ? 0 : 1;
    const int same = int(node.children.size()) - differing;
    return same == 0 ? tr("%n difference(s)", nullptr, differing)
                     : tr("%n difference(s), %1 same", nullptr, differing).arg(same);
}

QVariant TenantDiffModel::itemData(const Node& node, int column, int role) const
{
    const Entry& e = m_entries.at(node.entry);
    const std::optional<TenantDifference::Status> status =
        e.same ? std::nullopt : std::optional(e.difference.status);
    if (role == EntryKeyRole)
        return itemKey(e.kind, e.key);
    if (role == DiffStatusRole)
        return status ? int(*status) : -1;
    if (role == Qt::CheckStateRole && column == ItemColumn && isCheckable(e))
        return m_checked.contains(itemKey(e.kind, e.key)) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && (column == ItemColumn || column == CopyColumn)) {
        QString why;
        return isCheckable(e, &why) ? tr("Check to copy it from A into B's pending changes.") : why;
    }
    if (role == Qt::DecorationRole && column == StatusColumn) {
        if (!status)
            return Icons::shipped(QStringLiteral("import-unchanged"));
        return statusIcon(*status);
    }
    if (role != Qt::DisplayRole)
        return {};
    const QString present = tr("present");
    const QString missing = tr("missing");
    switch (column) {
    case ItemColumn:
        return e.key;
    case StatusColumn:
        return status ? statusText(*status) : sameText();
    case CopyColumn:
        return copyText(e);
    case AColumn:
    case BColumn:
        if (!status)
            return present;
        if (*status == TenantDifference::Status::Differs) {
            // A list's items are rows of their own (two certificates' fingerprints): count the
            // fields, not the rows.
            QSet<QString> fields;
            for (const changes::PropertyDiff& f : e.difference.fields)
                fields.insert(f.property);
            return tr("%n field(s) differ", nullptr, int(fields.size()));
        }
        return (*status == TenantDifference::Status::OnlyInA) == (column == AColumn) ? present
                                                                                     : missing;
    default:
        return {};
    }
}

QVariant TenantDiffModel::fieldData(const Node& node, int column, int role) const
{
    const changes::PropertyDiff& f = m_entries.at(node.entry).difference.fields.at(node.field);
    const TenantDifference::Status status = f.after.isEmpty() ? TenantDifference::Status::OnlyInA
                                            : f.before.isEmpty()
                                                ? TenantDifference::Status::OnlyInB
                                                : TenantDifference::Status::Differs;
    if (role == DiffStatusRole)
        return int(status);
    if (role == Qt::DecorationRole && column == StatusColumn)
        return statusIcon(status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case ItemColumn:
        return f.property;
    case StatusColumn:
        return statusText(status);
    case AColumn:
        return f.before.isEmpty() ? noneText() : f.before;
    case BColumn:
        return f.after.isEmpty() ? noneText() : f.after;
    default:
        return {};
    }
}

bool TenantDiffModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Node* n = nodeOf(index);
    if (!n || n->type == RowType::Field || role != Qt::CheckStateRole ||
        index.column() != ItemColumn)
        return false;
    if (n->type == RowType::Kind) { // every checkable item shown under it
        if (!kindCheckState(*n))
            return false;
        const bool check = value.toInt() != Qt::Unchecked;
        for (const Node* child : n->children) {
            const Entry& e = m_entries.at(child->entry);
            if (isCheckable(e))
                setChecked(itemKey(e.kind, e.key), check);
        }
        return true;
    }
    const Entry& e = m_entries.at(n->entry);
    return isCheckable(e) && setChecked(itemKey(e.kind, e.key), value.toInt() == Qt::Checked);
}

Qt::ItemFlags TenantDiffModel::flags(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ItemColumn &&
        ((n->type == RowType::Item && isCheckable(m_entries.at(n->entry))) ||
         (n->type == RowType::Kind && kindCheckState(*n))))
        f |= Qt::ItemIsUserCheckable;
    if (n->children.empty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString TenantDiffModel::key(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    if (!n || n->type != RowType::Item || index.model() != this)
        return {};
    const Entry& e = m_entries.at(n->entry);
    return itemKey(e.kind, e.key);
}

QModelIndex TenantDiffModel::indexOf(const QString& key) const
{
    for (const Node* kind : m_roots)
        for (const Node* item : kind->children) {
            const Entry& e = m_entries.at(item->entry);
            if (itemKey(e.kind, e.key) == key)
                return indexOfNode(item, 0);
        }
    return {};
}

} // namespace gh
