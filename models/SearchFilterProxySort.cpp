// SearchFilterProxy's sorting: the typed comparison, applied to keys made once per row (folded
// text, milliseconds) so that each of a sort's millions of comparisons is cheap.
#include "models/SearchFilterProxy.h"

#include "app/domain/Parallel.h"
#include "models/EntityModel.h"

#include <algorithm>
#include <numeric>

namespace gh {

namespace {

// std::stable_sort, its two halves sorted on two cores for a large input, then merged (a merge
// keeps equal elements of the first half first: still stable). `less` is called concurrently.
template<class Less>
void stableSortOnCores(std::vector<int>& rows, const Less& less)
{
    const std::size_t half = rows.size() / 2;
    if (rows.size() < 20000) {
        std::stable_sort(rows.begin(), rows.end(), less);
        return;
    }
    const auto middle = rows.begin() + std::ptrdiff_t(half);
    parallelChunks(2, 1, [&](qsizetype part, qsizetype) {
        if (part == 0)
            std::stable_sort(rows.begin(), middle, less);
        else
            std::stable_sort(middle, rows.end(), less);
    });
    std::inplace_merge(rows.begin(), middle, rows.end(), less);
}

// Each row's rank in `order` (equal rows share one), for a descending order.
template<class Less>
std::vector<int> ranks(const std::vector<int>& order, const Less& less)
{
    std::vector<int> rank(order.size(), 0);
    for (std::size_t i = 1; i < order.size(); ++i)
        rank[std::size_t(order[i])] = rank[std::size_t(order[i - 1])] + (less(order[i - 1], order[i]) ? 1 : 0);
    return rank;
}

} // namespace

bool SearchFilterProxy::typedLess(const QVariant& a, const QVariant& b) const
{
    // Rows without a value (never logged on, no validity) sort after all others.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), m_sortCase) < 0;
    return QPartialOrdering::Less == QVariant::compare(a, b);
}

std::vector<int> SearchFilterProxy::sortedRows(int column, Qt::SortOrder direction) const
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    std::vector<int> sorted(static_cast<std::size_t>(rows));
    std::iota(sorted.begin(), sorted.end(), 0);
    if (!sourceModel() || column < 0 || column >= sourceModel()->columnCount())
        return sorted; // the source's order, as QSortFilterProxyModel shows it unsorted
    const int role = m_sortRole;
    std::vector<int>& order = sorted;
    std::vector<int> rank;
    if (m_entities && role == SortRole && m_sortCase == Qt::CaseInsensitive && m_entities->sortsByFoldedText(column)) {
        // Sorted by its text, case-insensitively: the model's folded search text is the key the
        // general path below would make (QString::toCaseFolded of every row's text).
        std::vector<QStringView> keys(static_cast<std::size_t>(rows));
        for (int r = 0; r < rows; ++r)
            keys[std::size_t(r)] = m_entities->foldedSearchText(r, column);
        const auto less = [&](int a, int b) { return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0; };
        stableSortOnCores(order, less);
        if (direction == Qt::DescendingOrder)
            rank = ranks(order, less);
    } else {
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
        // Each comparison as typedLess() would decide it, on keys made once: case-folded text
        // compared code unit by code unit is QString::compare(…, Qt::CaseInsensitive).
        if (strings) {
            const bool fold = m_sortCase == Qt::CaseInsensitive;
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
            stableSortOnCores(order, less);
            if (direction == Qt::DescendingOrder)
                rank = ranks(order, less);
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
            // On one core: typedLess() is not known to be safe to call from two threads.
            std::stable_sort(order.begin(), order.end(), less);
            if (direction == Qt::DescendingOrder)
                rank = ranks(order, less);
        }
    }
    if (direction == Qt::AscendingOrder || sorted.empty())
        return sorted;
    // Descending: the groups of equal values in reverse, each group in source order, as a
    // stable sort by "greater than" puts them.
    std::vector<int> reversed;
    reversed.reserve(sorted.size());
    for (std::size_t end = sorted.size(); end > 0;) {
        std::size_t begin = end - 1;
        while (begin > 0 && rank[std::size_t(sorted[begin - 1])] == rank[std::size_t(sorted[end - 1])])
            --begin;
        reversed.insert(reversed.end(), sorted.begin() + std::ptrdiff_t(begin), sorted.begin() + std::ptrdiff_t(end));
        end = begin;
    }
    return reversed;
}

} // namespace gh
