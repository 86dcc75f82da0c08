#include "models/SearchFilterProxy.h"

#include "app/domain/Parallel.h"
#include "models/EntityModel.h"
#include "models/TextFind.h"

#include <QRegularExpression>

#include <algorithm>

namespace gh {

namespace {

// Queries remembered for narrowing, widening and erasing back (each a byte per source row).
constexpr std::size_t kRecentQueries = 32;
// Below this many candidate rows a query is judged on the calling thread alone.
constexpr qsizetype kParallelRows = 4096;

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_');
}

// The text without spaces, '-' and '_', so that "keypair" and "key-pair" find "Key Pair".
QString squeezed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isSeparator(c))
            out += c;
    }
    return out;
}

// Whether `cell` without its separators contains `word` (which has none), without building
// the squeezed cell.
bool containsSqueezed(QStringView cell, QStringView word)
{
    const qsizetype n = cell.size();
    for (qsizetype start = 0; start < n; ++start) {
        if (isSeparator(cell[start]) || cell[start] != word[0])
            continue;
        qsizetype i = start;
        qsizetype k = 0;
        while (k < word.size()) {
            while (i < n && isSeparator(cell[i]))
                ++i;
            if (i == n || cell[i] != word[k])
                break;
            ++i;
            ++k;
        }
        if (k == word.size())
            return true;
    }
    return false;
}

QString opText(SearchFilterProxy::Term::Op op)
{
    using Op = SearchFilterProxy::Term::Op;
    switch (op) {
    case Op::Greater:
        return QStringLiteral(">");
    case Op::Less:
        return QStringLiteral("<");
    case Op::GreaterOrEqual:
        return QStringLiteral(">=");
    case Op::LessOrEqual:
        return QStringLiteral("<=");
    case Op::Match:
        break;
    }
    return QStringLiteral(":");
}

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

template<class V>
bool holds(SearchFilterProxy::Term::Op op, const V& value, const V& bound)
{
    using Op = SearchFilterProxy::Term::Op;
    switch (op) {
    case Op::Greater:
        return value > bound;
    case Op::Less:
        return value < bound;
    case Op::GreaterOrEqual:
        return value >= bound;
    case Op::LessOrEqual:
        return value <= bound;
    case Op::Match:
        break;
    }
    return false;
}

} // namespace

SearchFilterProxy::SearchFilterProxy(QObject* parent) : QAbstractProxyModel(parent) {}

void SearchFilterProxy::forgetVerdicts()
{
    m_recent.clear();
}

void SearchFilterProxy::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    QList<Term> terms = parse(query);
    if (terms != m_terms) {
        m_terms = std::move(terms);
        QString problem;
        m_compiled = compile(m_terms, &problem);
        if (sourceModel()) {
            Verdicts verdicts = judge(m_compiled);
            std::vector<quint8> accepted = verdicts.accepted;
            remember(std::move(verdicts));
            if (!m_required.isEmpty()) {
                for (std::size_t row = 0; row < accepted.size(); ++row)
                    accepted[row] = accepted[row] && matchesRequired(int(row));
            }
            show(std::move(accepted), false);
        }
        if (problem != m_problem) {
            m_problem = problem;
            Q_EMIT queryProblemChanged(m_problem);
        }
    }
    Q_EMIT queryChanged(m_query);
}

void SearchFilterProxy::setRequiredPredicates(const QList<QStringList>& groups)
{
    if (groups == m_required)
        return;
    m_required = groups;
    if (sourceModel())
        show(acceptedRows(), false);
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

    // A field name, then ':' or a comparison; the first of them after the name decides.
    static const QRegularExpression fieldTerm(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]*)(:|>=|<=|>|<)(.*)$"),
                                              QRegularExpression::DotMatchesEverythingOption);
    QList<Term> terms;
    for (QString token : std::as_const(tokens)) {
        Term term;
        if (token.size() > 1 && token.startsWith(QLatin1Char('-'))) {
            term.negated = true;
            token.remove(0, 1);
        }
        if (const QRegularExpressionMatch m = fieldTerm.match(token); m.hasMatch()) {
            term.field = m.captured(1).toLower();
            const QString op = m.captured(2);
            term.op = op == QLatin1String(":")    ? Term::Op::Match
                      : op == QLatin1String(">=") ? Term::Op::GreaterOrEqual
                      : op == QLatin1String("<=") ? Term::Op::LessOrEqual
                      : op == QLatin1String(">")  ? Term::Op::Greater
                                                  : Term::Op::Less;
            term.value = m.captured(3);
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

QList<SearchFilterProxy::Compiled> SearchFilterProxy::compile(const QList<Term>& terms, QString* problem) const
{
    QList<Compiled> out;
    for (const Term& term : terms) {
        Compiled c;
        c.negated = term.negated;
        const int column = m_entities && !term.field.isEmpty() ? m_entities->columnForField(term.field) : -1;
        if (term.field.isEmpty()) {
            c.folded = term.value.toCaseFolded();
        } else if (m_entities && term.field == QLatin1String("is") && term.op == Term::Op::Match) {
            c.kind = Compiled::Kind::Predicate;
            c.folded = term.value;
        } else if (column >= 0 && term.op == Term::Op::Match) {
            c.kind = Compiled::Kind::Field;
            c.column = column;
            c.folded = term.value.toCaseFolded();
            c.squeezed = squeezed(c.folded);
        } else if (column >= 0) {
            c = compileComparison(term, column, problem);
        } else {
            // Not a field of this model: the whole token is text ("https://host").
            c.folded = QString(term.field + opText(term.op) + term.value).toCaseFolded();
        }
        out.append(c);
    }
    return out;
}

SearchFilterProxy::Compiled SearchFilterProxy::compileComparison(const Term& term, int column, QString* problem) const
{
    Compiled c;
    c.kind = Compiled::Kind::Compare;
    c.negated = term.negated;
    c.column = column;
    c.op = term.op;
    const QString token = term.field + opText(term.op) + term.value;
    const auto fail = [&](const QString& why) {
        c.kind = Compiled::Kind::Nothing;
        if (problem->isEmpty())
            *problem = token + QStringLiteral(": ") + why;
        return c;
    };
    // What the column holds, from its first row with a value (nothing known without rows).
    QVariant sample;
    for (int row = 0, rows = sourceModel()->rowCount(); row < rows && !sample.isValid(); ++row)
        sample = sourceModel()->index(row, column).data(SortRole);
    const bool datesHere = !sample.isValid() || sample.typeId() == QMetaType::QDateTime;
    const bool numbersHere = !sample.isValid() || isNumber(sample);
    const QString datesOnly = tr("%1 holds dates: give a date (2027-01-01) or a duration like 180d")
                                  .arg(term.field);

    static const QRegularExpression duration(QStringLiteral("^(\\d{1,6})([dwy])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d{1,15}$"));
    if (const QRegularExpressionMatch m = duration.match(term.value); m.hasMatch()) {
        if (!datesHere)
            return fail(tr("%1 holds numbers, not dates").arg(term.field));
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0).toLower();
        const QDateTime now = m_entities->clock().now();
        c.bound = unit == QLatin1Char('y')   ? now.addYears(-n)
                  : unit == QLatin1Char('w') ? now.addDays(-7 * qint64(n))
                                             : now.addDays(-n);
        // "More than 180 days ago" is a date before the bound: the comparison turns round. A
        // row without a date (never logged on) is older than any bound.
        using Op = Term::Op;
        c.op = c.op == Op::Greater          ? Op::Less
               : c.op == Op::GreaterOrEqual ? Op::LessOrEqual
               : c.op == Op::Less           ? Op::Greater
                                            : Op::GreaterOrEqual;
        c.missingMatches = term.op == Op::Greater || term.op == Op::GreaterOrEqual;
        return c;
    }
    if (number.match(term.value).hasMatch()) {
        if (!numbersHere)
            return fail(datesOnly);
        c.bound = term.value.toLongLong();
        return c;
    }
    QDateTime when(QDate::fromString(term.value, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!when.isValid()) {
        when = QDateTime::fromString(term.value, Qt::ISODate);
        if (when.isValid() && when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC); // as everywhere: a time without an offset is UTC
    }
    if (when.isValid()) {
        if (!datesHere)
            return fail(tr("%1 holds numbers, not dates").arg(term.field));
        c.bound = when.toUTC();
        return c;
    }
    return fail(tr("not a date, a number or a duration like 180d"));
}

bool SearchFilterProxy::Compiled::narrows(const Compiled& wider) const
{
    // Containment of a longer text implies containment of a shorter one it contains (also once
    // squeezed); anything else only implies itself.
    if (negated || wider.negated || kind != wider.kind || column != wider.column)
        return *this == wider;
    if (kind == Kind::Text || kind == Kind::Field)
        return folded.contains(wider.folded);
    return *this == wider;
}

SearchFilterProxy::Verdicts SearchFilterProxy::judge(QList<Compiled> terms) const
{
    const qsizetype rows = sourceModel()->rowCount();
    for (const Verdicts& v : m_recent) {
        if (v.terms == terms && qsizetype(v.accepted.size()) == rows)
            return v; // erased back to a recent query
    }
    const auto narrows = [](const QList<Compiled>& narrow, const QList<Compiled>& wide) {
        return std::all_of(wide.begin(), wide.end(), [&](const Compiled& w) {
            return std::any_of(narrow.begin(), narrow.end(), [&](const Compiled& n) { return n.narrows(w); });
        });
    };
    // The recent verdicts that spare the most work: a wider query's rejections stand, a
    // narrower query's acceptances stand; only the rest is looked at.
    const Verdicts* base = nullptr;
    bool baseIsWider = false;
    qsizetype work = rows;
    for (const Verdicts& v : m_recent) {
        if (qsizetype(v.accepted.size()) != rows)
            continue;
        if (v.count < work && narrows(terms, v.terms)) {
            base = &v;
            baseIsWider = true;
            work = v.count;
        } else if (rows - v.count < work && narrows(v.terms, terms)) {
            base = &v;
            baseIsWider = false;
            work = rows - v.count;
        }
    }

    Verdicts out;
    out.terms = std::move(terms);
    out.accepted.assign(std::size_t(rows), 0);
    quint8* const accepted = out.accepted.data();
    const auto judgeRows = [&](qsizetype first, qsizetype last) {
        for (qsizetype row = first; row < last; ++row) {
            const quint8 before = base ? base->accepted[std::size_t(row)] : quint8(baseIsWider);
            if (base && before != quint8(baseIsWider))
                accepted[row] = before; // settled by the recent verdict
            else
                accepted[row] = matchesAll(static_cast<int>(row), out.terms) ? 1 : 0;
        }
    };
    // Text and fields read only the model's folded text: safe on every core. Predicates and
    // comparisons ask the model's data(), which stays on this thread.
    const bool textOnly = m_entities && std::all_of(out.terms.begin(), out.terms.end(), [](const Compiled& c) {
                              return c.kind == Compiled::Kind::Text || c.kind == Compiled::Kind::Field ||
                                     c.kind == Compiled::Kind::Nothing;
                          });
    if (textOnly && work >= kParallelRows)
        parallelChunks(rows, 8192, judgeRows);
    else
        judgeRows(0, rows);
    out.count = std::count(out.accepted.begin(), out.accepted.end(), quint8(1));
    return out;
}

void SearchFilterProxy::remember(Verdicts verdicts)
{
    std::erase_if(m_recent, [&](const Verdicts& v) { return v.terms == verdicts.terms; });
    m_recent.insert(m_recent.begin(), std::move(verdicts));
    if (m_recent.size() > kRecentQueries)
        m_recent.pop_back();
}

std::vector<quint8> SearchFilterProxy::acceptedRows() const
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    std::vector<quint8> out(std::size_t(rows), 1);
    if (!m_compiled.isEmpty()) {
        const auto it = std::find_if(m_recent.begin(), m_recent.end(), [&](const Verdicts& v) {
            return v.terms == m_compiled && v.accepted.size() == out.size();
        });
        if (it != m_recent.end())
            out = it->accepted;
        else
            out = judge(m_compiled).accepted;
    }
    if (!m_required.isEmpty()) {
        for (int row = 0; row < rows; ++row)
            out[std::size_t(row)] = out[std::size_t(row)] && matchesRequired(row);
    }
    return out;
}

bool SearchFilterProxy::matchesRequired(int sourceRow) const
{
    for (const QStringList& group : m_required) {
        const bool any = m_entities && std::any_of(group.begin(), group.end(), [&](const QString& p) {
                             return m_entities->matchesPredicate(sourceRow, p).value_or(false);
                         });
        if (!any)
            return false;
    }
    return true;
}

bool SearchFilterProxy::matchesAll(int sourceRow, const QList<Compiled>& terms) const
{
    return std::all_of(terms.begin(), terms.end(),
                       [&](const Compiled& term) { return matches(sourceRow, term) != term.negated; });
}

bool SearchFilterProxy::matches(int sourceRow, const Compiled& term) const
{
    switch (term.kind) {
    case Compiled::Kind::Text:
        return anyColumnContains(sourceRow, term);
    case Compiled::Kind::Field: {
        const QStringView cell = m_entities->foldedSearchText(sourceRow, term.column);
        return containsText(cell, term.folded) || (!term.squeezed.isEmpty() && containsSqueezed(cell, term.squeezed));
    }
    case Compiled::Kind::Predicate:
        return m_entities->matchesPredicate(sourceRow, term.folded).value_or(false);
    case Compiled::Kind::Compare:
        return compares(sourceRow, term);
    case Compiled::Kind::Nothing:
        break;
    }
    return false;
}

bool SearchFilterProxy::compares(int sourceRow, const Compiled& term) const
{
    const QVariant value = sourceModel()->index(sourceRow, term.column).data(SortRole);
    if (term.bound.typeId() == QMetaType::QDateTime) {
        if (!value.isValid() || (value.typeId() == QMetaType::QDateTime && !value.toDateTime().isValid()))
            return term.missingMatches;
        return value.typeId() == QMetaType::QDateTime &&
               holds(term.op, value.toDateTime(), term.bound.toDateTime());
    }
    if (!isNumber(value))
        return false;
    if (value.typeId() == QMetaType::Double)
        return holds(term.op, value.toDouble(), term.bound.toDouble());
    return holds(term.op, value.toLongLong(), term.bound.toLongLong());
}

bool SearchFilterProxy::anyColumnContains(int sourceRow, const Compiled& term) const
{
    // The separator between the columns' texts is no character anyone types; a term with one
    // is looked for column by column, so that it never matches across two.
    const bool plain = !term.folded.contains(QChar(0x1f));
    if (m_entities && plain)
        return containsText(m_entities->foldedSearchText(sourceRow), term.folded);
    const int columns = m_entities ? m_entities->searchColumnCount() : sourceModel()->columnCount();
    for (int c = 0; c < columns; ++c) {
        if (m_entities ? containsText(m_entities->foldedSearchText(sourceRow, c), term.folded)
                       : sourceModel()->index(sourceRow, c).data(Qt::DisplayRole).toString().contains(
                             term.folded, Qt::CaseInsensitive))
            return true;
    }
    return false;
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
