// SearchFilterProxy as an item model: a flat table over its source's rows, in m_order (the sort)
// filtered by m_accepted, and how changes of the source and of the filter reach the views.
#include "models/SearchFilterProxy.h"

#include "models/EntityModel.h"

#include <algorithm>

namespace gh {

namespace {

// Up to this many row ranges changing, the proxy removes and inserts them range by range;
// beyond, one layout change: each range costs the views a pass over their rows (QHeaderView
// looks at every section for each removal), the layout change one pass for all.
constexpr std::size_t kRowByRowRanges = 8;
// Up to this many rows coming or going, the same: beyond, one layout change, which a view takes
// in one pass too (QHeaderView inserts or removes section by section).
constexpr std::size_t kRowByRowChanges = 1000;
// Small tables always change row by row, as QSortFilterProxyModel did it (rowsRemoved,
// rowsInserted): cheap at that size.
constexpr std::size_t kRowByRowRows = 2000;

// Consecutive runs [first, last] of the positions in `positions` (ascending).
std::vector<std::pair<int, int>> runsOf(const std::vector<int>& positions)
{
    std::vector<std::pair<int, int>> runs;
    for (const int p : positions) {
        if (!runs.empty() && runs.back().second + 1 == p)
            runs.back().second = p;
        else
            runs.emplace_back(p, p);
    }
    return runs;
}

} // namespace

// ---- The table ------------------------------------------------------------------------------

QModelIndex SearchFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SearchFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex SearchFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int SearchFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SearchFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool SearchFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_shown.empty() && columnCount() > 0;
}

QModelIndex SearchFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || !sourceModel() ||
        std::size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex SearchFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid() ||
        std::size_t(sourceIndex.row()) >= m_order.size())
        return {};
    if (m_rowOfStale)
        rebuildRowOf();
    const int row = m_rowOf[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

// ---- Sorting --------------------------------------------------------------------------------

void SearchFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    refilterAndResort();
}

void SearchFilterProxy::setSortRole(int role)
{
    if (role == m_sortRole)
        return;
    m_sortRole = role;
    refilterAndResort();
}

void SearchFilterProxy::setSortCaseSensitivity(Qt::CaseSensitivity sensitivity)
{
    if (sensitivity == m_sortCase)
        return;
    m_sortCase = sensitivity;
    refilterAndResort();
}

void SearchFilterProxy::invalidate()
{
    forgetVerdicts();
    refilterAndResort();
}

void SearchFilterProxy::refilterAndResort()
{
    if (!sourceModel())
        return;
    m_order = sortedRows(m_sortColumn, m_sortOrder);
    show(acceptedRows(), true);
}

// ---- What is shown --------------------------------------------------------------------------

void SearchFilterProxy::rebuildRowOf() const
{
    m_rowOfStale = false;
    m_rowOf.assign(m_order.size(), -1);
    for (std::size_t row = 0; row < m_shown.size(); ++row)
        m_rowOf[std::size_t(m_shown[row])] = int(row);
}

void SearchFilterProxy::show(std::vector<quint8> accepted, bool orderChanged)
{
    if (m_rowOfStale)
        rebuildRowOf();
    m_accepted = std::move(accepted);
    std::vector<int> shown;
    shown.reserve(m_shown.size());
    for (const int row : m_order) {
        if (m_accepted[std::size_t(row)])
            shown.push_back(row);
    }
    if (orderChanged) {
        if (shown != m_shown)
            showAsLayout(std::move(shown));
        return;
    }
    if (shown == m_shown)
        return;
    // The rows that go and come, as ranges; many ranges or many rows in a large table are one
    // layout change.
    std::size_t ranges = 0;
    std::size_t changes = 0;
    {
        bool inRemoved = false;
        for (std::size_t row = 0; row < m_shown.size(); ++row) {
            const bool removed = !m_accepted[std::size_t(m_shown[row])];
            ranges += removed && !inRemoved;
            changes += removed;
            inRemoved = removed;
        }
        bool inAdded = false;
        for (const int source : shown) {
            const bool added = m_rowOf[std::size_t(source)] < 0;
            ranges += added && !inAdded;
            changes += added;
            inAdded = added;
        }
    }
    if (m_order.size() > kRowByRowRows && (ranges > kRowByRowRanges || changes > kRowByRowChanges))
        showAsLayout(std::move(shown));
    else
        showRowByRow(shown);
}

void SearchFilterProxy::showAsLayout(std::vector<int> shown)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(std::size_t(from.size()));
    for (const QModelIndex& index : from)
        sources.push_back(std::size_t(index.row()) < m_shown.size() ? m_shown[std::size_t(index.row())] : -1);
    m_shown = std::move(shown);
    rebuildRowOf();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int source = sources[std::size_t(i)];
        const int row = source >= 0 && std::size_t(source) < m_rowOf.size() ? m_rowOf[std::size_t(source)] : -1;
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void SearchFilterProxy::showRowByRow(const std::vector<int>& shown)
{
    std::vector<quint8> wasShown(m_order.size(), 0);
    for (const int source : m_shown)
        wasShown[std::size_t(source)] = 1;
    // Removals first, from the last range back, so that the earlier rows keep their numbers.
    std::vector<int> removed;
    for (std::size_t row = 0; row < m_shown.size(); ++row) {
        if (!m_accepted[std::size_t(m_shown[row])])
            removed.push_back(int(row));
    }
    const std::vector<std::pair<int, int>> removals = runsOf(removed);
    for (auto it = removals.rbegin(); it != removals.rend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_shown.erase(m_shown.begin() + it->first, m_shown.begin() + it->second + 1);
        m_rowOfStale = true; // rebuilt when asked: a pass over every row per range adds up
        endRemoveRows();
    }
    // Then the rows that come, at their places in `shown`, first range first: each range is
    // inserted among rows already where `shown` has them.
    std::vector<int> added;
    for (std::size_t row = 0; row < shown.size(); ++row) {
        if (!wasShown[std::size_t(shown[row])])
            added.push_back(int(row));
    }
    for (const auto& [first, last] : runsOf(added)) {
        beginInsertRows({}, first, last);
        m_shown.insert(m_shown.begin() + first, shown.begin() + first, shown.begin() + last + 1);
        m_rowOfStale = true;
        endInsertRows();
    }
    Q_ASSERT(m_shown == shown);
    rebuildRowOf();
}

// ---- The source -----------------------------------------------------------------------------

void SearchFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (model == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetVerdicts();
    m_entities = qobject_cast<EntityModel*>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model)
        connectSource(model);
    finishReset();
}

void SearchFilterProxy::recomputeShown()
{
    m_order = sortedRows(m_sortColumn, m_sortOrder);
    m_accepted = acceptedRows();
    m_shown.clear();
    for (const int row : m_order) {
        if (m_accepted[std::size_t(row)])
            m_shown.push_back(row);
    }
    rebuildRowOf();
}

void SearchFilterProxy::finishReset()
{
    QString problem;
    m_compiled = compile(m_terms, &problem); // the columns may differ now
    recomputeShown();
    endResetModel();
    if (problem != m_problem) {
        m_problem = problem;
        Q_EMIT queryProblemChanged(m_problem);
    }
}

void SearchFilterProxy::connectSource(QAbstractItemModel* model)
{
    using M = QAbstractItemModel;
    m_sourceConnections = {
        connect(model, &M::rowsAboutToBeRemoved, this, &SearchFilterProxy::sourceRowsAboutToBeRemoved),
        connect(model, &M::rowsRemoved, this, &SearchFilterProxy::sourceRowsRemoved),
        connect(model, &M::rowsInserted, this, &SearchFilterProxy::sourceRowsInserted),
        connect(model, &M::dataChanged, this, &SearchFilterProxy::sourceDataChanged),
        connect(model, &M::headerDataChanged, this, &SearchFilterProxy::sourceHeaderDataChanged),
        connect(model, &M::layoutAboutToBeChanged, this, &SearchFilterProxy::sourceLayoutAboutToBeChanged),
        connect(model, &M::layoutChanged, this, &SearchFilterProxy::sourceLayoutChanged),
        connect(model, &M::rowsAboutToBeMoved, this, &SearchFilterProxy::sourceLayoutAboutToBeChanged),
        connect(model, &M::rowsMoved, this, &SearchFilterProxy::sourceLayoutChanged),
        connect(model, &M::modelAboutToBeReset, this, [this] { beginResetModel(); }),
        connect(model, &M::modelReset, this,
                [this] {
                    forgetVerdicts();
                    finishReset();
                }),
        connect(model, &M::columnsAboutToBeInserted, this,
                [this](const QModelIndex& parent, int first, int last) {
                    if (!parent.isValid())
                        beginInsertColumns({}, first, last);
                }),
        connect(model, &M::columnsInserted, this,
                [this](const QModelIndex& parent) {
                    if (!parent.isValid())
                        endInsertColumns();
                }),
        connect(model, &M::columnsAboutToBeRemoved, this,
                [this](const QModelIndex& parent, int first, int last) {
                    if (!parent.isValid())
                        beginRemoveColumns({}, first, last);
                }),
        connect(model, &M::columnsRemoved, this,
                [this](const QModelIndex& parent) {
                    if (!parent.isValid())
                        endRemoveColumns();
                }),
        connect(model, &M::columnsAboutToBeMoved, this, &SearchFilterProxy::sourceLayoutAboutToBeChanged),
        connect(model, &M::columnsMoved, this, &SearchFilterProxy::sourceLayoutChanged),
    };
}

void SearchFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Hidden from the views while the source still has them; renumbered once they are gone.
    std::vector<quint8> accepted = m_accepted;
    for (int row = first; row <= last && std::size_t(row) < accepted.size(); ++row)
        accepted[std::size_t(row)] = 0;
    show(std::move(accepted), false);
}

void SearchFilterProxy::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    forgetVerdicts();
    const int count = last - first + 1;
    const auto renumber = [&](std::vector<int>& rows) {
        std::erase_if(rows, [&](int r) { return r >= first && r <= last; });
        for (int& r : rows)
            r -= r > last ? count : 0;
    };
    renumber(m_order);
    renumber(m_shown);
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + std::min<std::size_t>(m_accepted.size(), std::size_t(last) + 1));
    rebuildRowOf();
}

void SearchFilterProxy::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    forgetVerdicts();
    const int count = last - first + 1;
    // The rows already here keep their relative order in the new sort (equal values stay in
    // source order, which an insertion keeps): only the new rows come, range by range.
    for (int& r : m_shown)
        r += r >= first ? count : 0;
    m_order = sortedRows(m_sortColumn, m_sortOrder);
    rebuildRowOf();
    show(acceptedRows(), false);
}

void SearchFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                          const QList<int>& roles)
{
    if (topLeft.parent().isValid() || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const bool relevant = roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(m_sortRole);
    if (relevant) {
        forgetVerdicts();
        const bool resort = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
        std::vector<int> order = resort ? sortedRows(m_sortColumn, m_sortOrder) : m_order;
        const bool orderChanged = order != m_order;
        m_order = std::move(order);
        // Only the changed rows are judged again.
        std::vector<quint8> accepted = m_accepted;
        for (int row = topLeft.row(); row <= bottomRight.row() && std::size_t(row) < accepted.size(); ++row)
            accepted[std::size_t(row)] = (m_compiled.isEmpty() || matchesAll(row, m_compiled)) && matchesRequired(row);
        show(std::move(accepted), orderChanged);
    }
    // The changed rows still shown, as one span of proxy rows.
    if (m_rowOfStale)
        rebuildRowOf();
    int top = -1;
    int bottom = -1;
    for (int row = topLeft.row(); row <= bottomRight.row() && std::size_t(row) < m_rowOf.size(); ++row) {
        const int shownAt = m_rowOf[std::size_t(row)];
        if (shownAt < 0)
            continue;
        top = top < 0 ? shownAt : std::min(top, shownAt);
        bottom = std::max(bottom, shownAt);
    }
    if (top >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

void SearchFilterProxy::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        Q_EMIT headerDataChanged(orientation, first, last);
    else if (!m_shown.empty())
        Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
}

void SearchFilterProxy::sourceLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    m_layoutFrom = persistentIndexList();
    m_layoutSource.clear();
    for (const QModelIndex& index : std::as_const(m_layoutFrom))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(index)));
}

void SearchFilterProxy::sourceLayoutChanged()
{
    forgetVerdicts();
    recomputeShown();
    QModelIndexList to;
    to.reserve(m_layoutFrom.size());
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSource.clear();
    Q_EMIT layoutChanged();
}

} // namespace gh
