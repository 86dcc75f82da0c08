#include "models/SearchFilterProxy.h"

#include "models/EntityModel.h"

#include <QDateTime>
#include <QRegularExpression>

namespace gh {

namespace {

// The text without spaces, '-' and '_', so that "keypair" and "key-pair" find "Key Pair".
QString squeezed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            out += c;
    }
    return out;
}

// field:value matches a cell that contains the value, ignoring case and word separators.
bool fieldMatches(const QString& cell, const QString& value)
{
    if (cell.contains(value, Qt::CaseInsensitive))
        return true;
    const QString word = squeezed(value);
    return !word.isEmpty() && squeezed(cell).contains(word, Qt::CaseInsensitive);
}

} // namespace

SearchFilterProxy::SearchFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SearchFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_entities = qobject_cast<EntityModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void SearchFilterProxy::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    QList<Term> terms = parse(query);
    if (terms != m_terms) {
        m_terms = std::move(terms);
        invalidateRowsFilter();
    }
    Q_EMIT queryChanged(m_query);
}

void SearchFilterProxy::setRequiredPredicates(const QList<QStringList>& groups)
{
    if (groups == m_required)
        return;
    m_required = groups;
    invalidateRowsFilter();
}

QList<SearchFilterProxy::Term> SearchFilterProxy::parse(const QString& query)
{
    // Split on spaces outside quotes; quotes are dropped.
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool pending = false;
    for (QChar c : query) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            pending = true;
        } else if (c.isSpace() && !quoted) {
            if (pending || !current.isEmpty())
                tokens.append(current);
            current.clear();
            pending = false;
        } else {
            current += c;
        }
    }
    if (pending || !current.isEmpty())
        tokens.append(current);

    static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    QList<Term> terms;
    for (QString token : std::as_const(tokens)) {
        Term term;
        if (token.size() > 1 && token.startsWith(QLatin1Char('-'))) {
            term.negated = true;
            token.remove(0, 1);
        }
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        if (colon > 0 && fieldName.match(token.left(colon)).hasMatch()) {
            term.field = token.left(colon).toLower();
            term.value = token.mid(colon + 1);
            if (term.value.isEmpty())
                continue; // still typing
        } else {
            term.value = token;
        }
        if (!term.value.isEmpty())
            terms.append(term);
    }
    return terms;
}

bool SearchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    for (const QStringList& group : m_required) {
        const bool any = m_entities && std::any_of(group.begin(), group.end(), [&](const QString& p) {
                             return m_entities->matchesPredicate(sourceRow, p).value_or(false);
                         });
        if (!any)
            return false;
    }
    for (const Term& term : m_terms) {
        if (matches(sourceRow, term) == term.negated)
            return false;
    }
    return true;
}

bool SearchFilterProxy::matches(int sourceRow, const Term& term) const
{
    if (term.field.isEmpty())
        return anyColumnContains(sourceRow, term.value);
    if (m_entities) {
        if (term.field == QLatin1String("is"))
            return m_entities->matchesPredicate(sourceRow, term.value).value_or(false);
        if (const int column = m_entities->columnForField(term.field); column >= 0)
            return fieldMatches(cellText(sourceRow, column), term.value);
    }
    // Not a field of this model: the whole token is text ("https://host").
    return anyColumnContains(sourceRow, term.field + QLatin1Char(':') + term.value);
}

bool SearchFilterProxy::anyColumnContains(int sourceRow, const QString& text) const
{
    const int columns = sourceModel()->columnCount();
    for (int c = 0; c < columns; ++c) {
        if (cellText(sourceRow, c).contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString SearchFilterProxy::cellText(int sourceRow, int column) const
{
    if (m_entities)
        return m_entities->searchText(sourceRow, column);
    return sourceModel()->index(sourceRow, column).data(Qt::DisplayRole).toString();
}

bool SearchFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Rows without a value (never logged on, no validity) sort after all others.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), sortCaseSensitivity()) < 0;
    return QPartialOrdering::Less == QVariant::compare(a, b);
}

QString SearchFilterProxy::key(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const EntryLookup* source = entryLookup(sourceModel());
    return source ? source->key(mapToSource(index)) : QString();
}

QModelIndex SearchFilterProxy::indexOf(const QString& key) const
{
    const EntryLookup* source = entryLookup(sourceModel());
    return source ? mapFromSource(source->indexOf(key)) : QModelIndex();
}

} // namespace gh
