#pragma once

// Filters an entity model as the user types and sorts it by SortRole.
//
// Query syntax (case-insensitive; terms separated by spaces must all match):
//   text            any column contains the text
//   field:value     the column named `field` contains value   (origin:contoso-aad, type:RFC);
//                   spaces, '-' and '_' are ignored here, so type:keypair finds "Key Pair"
//   field>value     the column's typed value (its SortRole) compared: >, <, >= or <=, with
//   field<value     a number (users>10), an ISO date (validuntil<2027-01-01, UTC midnight) or,
//                   on a date column, a duration back from the model's clock: Nd, Nw or Ny
//                   (days, weeks, years). For a duration `>` reads "longer ago than":
//                   lastlogon>180d is a logon before now - 180 days, or none at all (never
//                   logged on is stale); lastlogon<30d is a logon within the last 30 days. A row
//                   without a value matches no other comparison. A value that is none of these
//                   matches nothing and is named by queryProblem().
//   is:predicate    a state of the row                         (is:expired, is:expiring-30)
//   "two words"     quotes keep spaces, also as field:"two words"
//   -term           the term must not match
// A term with an unknown field (https://…) is searched as text; a field with no value yet
// (while typing "origin:" or "users>") is ignored.
//
// Built for 100,000 rows and a keystroke within a frame. The proxy is flat (a table, like its
// sources) and keeps the source rows in sort order once per sort (a permutation made from
// precomputed ranks, no QModelIndex per comparison); a query filters that permutation in one
// linear pass. Text is matched against the model's case-folded search text
// (EntityModel::foldedSearchText); each query's verdict per row is kept, so a query that narrows
// a recent one only looks at the rows that one accepted, one that widens it only at the rows it
// rejected, and erasing back to a recent query costs nothing. A change of a few row ranges (and
// any change of a small table) is announced as row removals and insertions, a change of many as
// one layout change; persistent indexes (the selection) of rows still shown follow either way.
// It offers what views and panes used of QSortFilterProxyModel: sort(column, order) by SortRole
// (case-insensitive for text), sortColumn(), sortOrder(), invalidate(), mapToSource/FromSource.

#include "models/Roles.h"

#include <QAbstractProxyModel>
#include <QDateTime>

#include <vector>

namespace gh {

class EntityModel;

class SearchFilterProxy final : public QAbstractProxyModel, public EntryLookup
{
    Q_OBJECT

public:
    struct Term
    {
        enum class Op { Match, Greater, Less, GreaterOrEqual, LessOrEqual };
        QString field; // lower case; empty for free text
        QString value;
        bool negated = false;
        Op op = Op::Match; // ':' (contains) or a comparison
        bool operator==(const Term&) const = default;
    };

    explicit SearchFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // ---- QAbstractItemModel / QAbstractProxyModel: a flat table ------------------------------
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

    // ---- Sorting (by sortRole(), SortRole unless changed; -1: the source's order) -------------
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int sortRole() const { return m_sortRole; }
    void setSortRole(int role);
    Qt::CaseSensitivity sortCaseSensitivity() const { return m_sortCase; }
    void setSortCaseSensitivity(Qt::CaseSensitivity sensitivity);
    // Filters and sorts every row again (what QSortFilterProxyModel::invalidate did).
    void invalidate();

    QString query() const { return m_query; }
    void setQuery(const QString& query);
    static QList<Term> parse(const QString& query);

    // Why a term of the query matches nothing ("lastlogon>abc: not a date, …"); empty if none.
    QString queryProblem() const { return m_problem; }

    // Predicates (is:…) required besides the query, e.g. from quick filters: a row must match
    // at least one predicate of every group. Empty: no requirement.
    QList<QStringList> requiredPredicates() const { return m_required; }
    void setRequiredPredicates(const QList<QStringList>& groups);

    // EntryLookup, through the source model
    QString key(const QModelIndex& index) const override;
    QModelIndex indexOf(const QString& key) const override;

Q_SIGNALS:
    void queryChanged(const QString& query);
    void queryProblemChanged(const QString& problem);

private:
    // A term resolved against the source model once per query rather than once per row.
    struct Compiled
    {
        enum class Kind { Text, Field, Predicate, Compare, Nothing };
        Kind kind = Kind::Text;
        bool negated = false;
        int column = -1;
        QString folded;   // Text, Field: the value case-folded; Predicate: the predicate
        QString squeezed; // Field: folded, without spaces, '-' and '_'
        Term::Op op = Term::Op::Match;
        QVariant bound;           // Compare: a QDateTime or a qint64
        bool missingMatches = false; // Compare: a row without a value matches (stale)
        bool operator==(const Compiled&) const = default;
        // Whether every row this term accepts is accepted by `wider` too.
        bool narrows(const Compiled& wider) const;
    };
    // The verdict of one query's terms for every source row.
    struct Verdicts
    {
        QList<Compiled> terms;
        std::vector<quint8> accepted;
        qsizetype count = 0; // rows accepted
    };

    QList<Compiled> compile(const QList<Term>& terms, QString* problem) const;
    Compiled compileComparison(const Term& term, int column, QString* problem) const;
    bool matches(int sourceRow, const Compiled& term) const;
    bool matchesAll(int sourceRow, const QList<Compiled>& terms) const;
    bool matchesRequired(int sourceRow) const;
    bool compares(int sourceRow, const Compiled& term) const;
    bool anyColumnContains(int sourceRow, const Compiled& term) const;
    Verdicts judge(QList<Compiled> terms) const;
    void remember(Verdicts verdicts);
    void forgetVerdicts();

    // SearchFilterProxySort.cpp: the source rows in the order of `column` (-1: source order).
    bool typedLess(const QVariant& a, const QVariant& b) const;
    std::vector<int> sortedRows(int column, Qt::SortOrder order) const;

    // SearchFilterProxyRows.cpp: what is shown, and how a change of it is announced.
    // Whether each source row passes the query and the required predicates, judged afresh.
    std::vector<quint8> acceptedRows() const;
    // Shows the rows of m_order that `accepted` accepts; `orderChanged`: m_order is not the
    // order the current rows were shown in (a layout change then).
    void show(std::vector<quint8> accepted, bool orderChanged);
    void showAsLayout(std::vector<int> shown);
    void showRowByRow(const std::vector<int>& shown);
    void rebuildRowOf() const;
    // Sorts, judges every row and shows the accepted ones in order (no announcement).
    void recomputeShown();
    // The end of a reset (new source, or the source's own): the query compiled again for the
    // columns there now, every row judged, endResetModel, and a changed queryProblem told.
    void finishReset();
    void refilterAndResort(); // everything again, as one layout change
    void connectSource(QAbstractItemModel* model);
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);

    QString m_query;
    QList<Term> m_terms;
    QList<Compiled> m_compiled; // m_terms resolved
    QString m_problem;
    QList<QStringList> m_required;
    EntityModel* m_entities = nullptr; // the source, when it is an entity model
    QList<QMetaObject::Connection> m_sourceConnections;
    // Most recent first, each one query's verdicts. Forgotten whenever the source's rows change.
    std::vector<Verdicts> m_recent;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sortRole = SortRole;
    Qt::CaseSensitivity m_sortCase = Qt::CaseInsensitive;

    std::vector<int> m_order;      // every source row, in sort order
    std::vector<quint8> m_accepted; // by source row: shown
    std::vector<int> m_shown;      // by proxy row: the source row
    mutable std::vector<int> m_rowOf; // by source row: the proxy row, -1 when hidden
    mutable bool m_rowOfStale = false; // m_rowOf is rebuilt before its next use
    // Between a source's layoutAboutToBeChanged (or rowsAboutToBeMoved) and its end: the source
    // indexes of this proxy's persistent indexes.
    QModelIndexList m_layoutFrom;
    QList<QPersistentModelIndex> m_layoutSource;
};

} // namespace gh
