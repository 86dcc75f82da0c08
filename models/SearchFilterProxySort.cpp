// SearchFilterProxy's sorting: the typed comparison and, for large tables, ranks made once per
// sort column so that each of a sort's millions of comparisons is two loads.
#include "models/SearchFilterProxy.h"

#include <algorithm>
#include <numeric>

namespace gh {

bool SearchFilterProxy::typedLess(const QVariant& a, const QVariant& b) const
{
    // Rows without a value (never logged on, no validity) sort after all others.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), sortCaseSensitivity()) < 0;
    return QPartialOrdering::Less == QVariant::compare(a, b);
}

bool SearchFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The hot path of every sort: two loads. (The sort role and case sensitivity are checked
    // when the ranks are made; changing them drops the ranks, see the constructor.)
    const int column = left.column();
    const std::size_t a = std::size_t(left.row());
    const std::size_t b = std::size_t(right.row());
    if (m_ranks.column == column && right.column() == column && a < m_ranks.rank.size() && b < m_ranks.rank.size())
        return m_ranks.rank[a] < m_ranks.rank[b];
    // Once the comparisons since the rows last changed outnumber the rows, a sort of the whole
    // table is under way (a load, a new sort column, a query that shows many rows): ranking
    // every row once costs less than what follows, and makes each later comparison two loads.
    if (sourceModel() && ++m_slowCompares > sourceModel()->rowCount() && left.model() == sourceModel() &&
        right.column() == column) {
        buildRanks(column);
        if (a < m_ranks.rank.size() && b < m_ranks.rank.size())
            return m_ranks.rank[a] < m_ranks.rank[b];
    }
    return typedLess(left.data(sortRole()), right.data(sortRole()));
}

void SearchFilterProxy::buildRanks(int column) const
{
    const int rows = sourceModel()->rowCount();
    const int role = sortRole();
    std::vector<QVariant> values(static_cast<std::size_t>(rows));
    bool strings = true;
    bool integral = true; // dates (as milliseconds) and whole numbers
    for (int r = 0; r < rows; ++r) {
        QVariant& v = values[std::size_t(r)];
        v = sourceModel()->index(r, column).data(role);
        if (v.isValid()) {
            strings = strings && v.typeId() == QMetaType::QString;
            integral = integral && (v.typeId() == QMetaType::QDateTime || v.typeId() == QMetaType::Int ||
                                    v.typeId() == QMetaType::LongLong);
        }
    }
    std::vector<int> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    // Each comparison as typedLess() would decide it, on keys made once: case-folded text
    // compared code unit by code unit is QString::compare(…, Qt::CaseInsensitive).
    if (strings) {
        const bool fold = sortCaseSensitivity() == Qt::CaseInsensitive;
        std::vector<QString> keys(static_cast<std::size_t>(rows));
        for (int r = 0; r < rows; ++r) {
            if (values[std::size_t(r)].isValid())
                keys[std::size_t(r)] = fold ? values[std::size_t(r)].toString().toCaseFolded()
                                            : values[std::size_t(r)].toString();
        }
        const auto less = [&](int a, int b) {
            const bool va = values[std::size_t(a)].isValid(), vb = values[std::size_t(b)].isValid();
            if (!va || !vb)
                return va && !vb;
            return QStringView(keys[std::size_t(a)]).compare(QStringView(keys[std::size_t(b)])) < 0;
        };
        std::stable_sort(order.begin(), order.end(), less);
        m_ranks.rank.assign(std::size_t(rows), 0);
        for (std::size_t i = 1; i < order.size(); ++i)
            m_ranks.rank[std::size_t(order[i])] = m_ranks.rank[std::size_t(order[i - 1])] + (less(order[i - 1], order[i]) ? 1 : 0);
    } else {
        std::vector<qint64> keys(integral ? std::size_t(rows) : 0);
        for (int r = 0; integral && r < rows; ++r) {
            const QVariant& v = values[std::size_t(r)];
            if (v.isValid())
                keys[std::size_t(r)] = v.typeId() == QMetaType::QDateTime ? v.toDateTime().toMSecsSinceEpoch()
                                                                         : v.toLongLong();
        }
        const auto less = [&](int a, int b) {
            const QVariant& va = values[std::size_t(a)];
            const QVariant& vb = values[std::size_t(b)];
            if (!integral || !va.isValid() || !vb.isValid() || va.typeId() != vb.typeId())
                return typedLess(va, vb);
            return keys[std::size_t(a)] < keys[std::size_t(b)];
        };
        std::stable_sort(order.begin(), order.end(), less);
        m_ranks.rank.assign(std::size_t(rows), 0);
        for (std::size_t i = 1; i < order.size(); ++i)
            m_ranks.rank[std::size_t(order[i])] = m_ranks.rank[std::size_t(order[i - 1])] + (less(order[i - 1], order[i]) ? 1 : 0);
    }
    m_ranks.column = column;
    m_slowCompares = 0;
}

} // namespace gh
