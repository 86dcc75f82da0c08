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
// Built for 100,000 rows and a keystroke within a frame: text is matched against the model's
// case-folded search text (EntityModel::foldedSearchText); each query's verdict per row is kept,
// so a query that narrows a recent one only looks at the rows that one accepted, one that widens
// it only at the rows it rejected, and erasing back to a recent query costs nothing; a change of
// many rows is applied as one layout change instead of thousands of row removals; and sorting
// compares precomputed ranks once a sort has shown it is worth it.

#include "models/Roles.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <vector>

namespace gh {

class EntityModel;

class SearchFilterProxy final : public QSortFilterProxyModel, public EntryLookup
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

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
    // The sort column's order as ranks (equal values, equal ranks), for lessThan.
    struct Ranks
    {
        int column = -1; // -1: none
        std::vector<int> rank;
    };

    QList<Compiled> compile(const QList<Term>& terms, QString* problem) const;
    Compiled compileComparison(const Term& term, int column, QString* problem) const;
    bool matches(int sourceRow, const Compiled& term) const;
    bool matchesAll(int sourceRow, const QList<Compiled>& terms) const;
    bool matchesRequired(int sourceRow) const;
    bool compares(int sourceRow, const Compiled& term) const;
    bool anyColumnContains(int sourceRow, const Compiled& term) const;
    Verdicts judge(QList<Compiled> terms) const;
    // Shows `verdicts`; `showedAll`: the previous query had no terms.
    void apply(Verdicts verdicts, bool showedAll);
    void forgetVerdicts();
    bool typedLess(const QVariant& a, const QVariant& b) const;
    void buildRanks(int column) const;

    QString m_query;
    QList<Term> m_terms;
    QList<Compiled> m_compiled; // m_terms resolved
    QString m_problem;
    QList<QStringList> m_required;
    EntityModel* m_entities = nullptr; // the source, when it is an entity model
    QList<QMetaObject::Connection> m_sourceConnections;
    // Most recent first; the first is what the proxy shows when m_showing is set. Forgotten
    // whenever the source's rows change.
    std::vector<Verdicts> m_recent;
    bool m_showing = false;
    mutable Ranks m_ranks;
    mutable qsizetype m_slowCompares = 0;
};

} // namespace gh
