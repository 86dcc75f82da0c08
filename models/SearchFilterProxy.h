#pragma once

// Filters an entity model as the user types and sorts it by SortRole.
//
// Query syntax (case-insensitive; terms separated by spaces must all match):
//   text            any column contains the text
//   field:value     the column named `field` contains value   (origin:contoso-aad, type:RFC);
//                   spaces, '-' and '_' are ignored here, so type:keypair finds "Key Pair"
//   is:predicate    a state of the row                         (is:expired, is:expiring-30)
//   "two words"     quotes keep spaces, also as field:"two words"
//   -term           the term must not match
// A term with an unknown field (https://…) is searched as text; a field with no value yet
// (while typing "origin:") is ignored.

#include "models/Roles.h"

#include <QSortFilterProxyModel>

namespace gh {

class EntityModel;

class SearchFilterProxy final : public QSortFilterProxyModel, public EntryLookup
{
    Q_OBJECT

public:
    struct Term
    {
        QString field; // lower case; empty for free text
        QString value;
        bool negated = false;
        bool operator==(const Term&) const = default;
    };

    explicit SearchFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    QString query() const { return m_query; }
    void setQuery(const QString& query);
    static QList<Term> parse(const QString& query);

    // Predicates (is:…) required besides the query, e.g. from quick filters: a row must match
    // at least one predicate of every group. Empty: no requirement.
    QList<QStringList> requiredPredicates() const { return m_required; }
    void setRequiredPredicates(const QList<QStringList>& groups);

    // EntryLookup, through the source model
    QString key(const QModelIndex& index) const override;
    QModelIndex indexOf(const QString& key) const override;

Q_SIGNALS:
    void queryChanged(const QString& query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool matches(int sourceRow, const Term& term) const;
    bool anyColumnContains(int sourceRow, const QString& text) const;
    QString cellText(int sourceRow, int column) const;

    QString m_query;
    QList<Term> m_terms;
    QList<QStringList> m_required;
    EntityModel* m_entities = nullptr; // the source, when it is an entity model
};

} // namespace gh
