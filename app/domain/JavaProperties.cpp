#include "app/domain/JavaProperties.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace gh::properties {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::JavaProperties)
};
} // namespace

namespace {

Error problem(const QString& source, int line, const QString& message)
{
    return Error::make(Error::Kind::Validation, message,
                       QStringLiteral("%1:%2").arg(source).arg(line));
}

bool isWhite(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f');
}

// Text as the cockpit wrote it: UTF-8 when it is valid UTF-8, else ISO-8859-1.
QString decode(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes.data(), bytes.size());
    if (text.startsWith(QChar(0xfeff))) // a byte order mark
        text.remove(0, 1);
    return text;
}

// A natural line (without its terminator) and its 1-based number.
struct NaturalLine
{
    QStringView text;
    int number = 0;
};

QList<NaturalLine> naturalLines(const QString& text)
{
    QList<NaturalLine> lines;
    qsizetype start = 0;
    int number = 1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r'))
            continue;
        if (!end || i > start)
            lines.append({QStringView(text).mid(start, i - start), number});
        if (!end && text.at(i) == QLatin1Char('\r') && i + 1 < text.size() &&
            text.at(i + 1) == QLatin1Char('\n'))
            ++i; // \r\n is one terminator
        start = i + 1;
        ++number;
    }
    return lines;
}

// White space at the start only: Java keeps a value's trailing spaces.
QStringView leftTrimmed(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && isWhite(text.at(i)))
        ++i;
    return text.mid(i);
}

// Whether a line's trailing backslashes continue it (an odd number of them).
bool continues(QStringView line)
{
    qsizetype n = 0;
    for (qsizetype i = line.size() - 1; i >= 0 && line.at(i) == QLatin1Char('\\'); --i)
        ++n;
    return n % 2 == 1;
}

// Resolves the escapes of `text` (a key or a value); nullopt with `error` set on a malformed
// \uXXXX.
std::optional<QString> unescape(QStringView text, QString& error)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\')) {
            out.append(c);
            continue;
        }
        if (++i >= text.size())
            break; // a lone backslash at the very end: Java drops it
        const QChar e = text.at(i);
        switch (e.unicode()) {
        case 't':
            out.append(QLatin1Char('\t'));
            break;
        case 'n':
            out.append(QLatin1Char('\n'));
            break;
        case 'r':
            out.append(QLatin1Char('\r'));
            break;
        case 'f':
            out.append(QLatin1Char('\f'));
            break;
        case 'u': {
            // Exactly four hexadecimal digits must follow.
            bool ok = i + 4 < text.size();
            for (qsizetype k = i + 1; ok && k <= i + 4; ++k) {
                const char16_t d = text.at(k).unicode();
                ok = (d >= u'0' && d <= u'9') || (d >= u'a' && d <= u'f') || (d >= u'A' && d <= u'F');
            }
            const ushort code = ok ? text.mid(i + 1, 4).toUShort(nullptr, 16) : 0;
            if (!ok) {
                error = Tr::tr("malformed \\uXXXX escape (\\u needs four hexadecimal digits)");
                return std::nullopt;
            }
            out.append(QChar(code));
            i += 4;
            break;
        }
        default:
            out.append(e);
        }
    }
    return out;
}

// A commented-out property the cockpit wrote for a stripped secret: `#clientKey=<< … >>`.
const QRegularExpression& commentedProperty()
{
    static const QRegularExpression re(QStringLiteral("^[#!]\\s*([A-Za-z0-9_.-]+)\\s*=(.*)$"));
    return re;
}

} // namespace

Result<QList<Entry>> parse(QByteArrayView bytes, const QString& source)
{
    if (bytes.size() > MaxInputSize)
        return problem(source, 1,
                       Tr::tr("is larger than %1 KB: not a destination file")
                           .arg(MaxInputSize / 1024));
    const QString text = decode(bytes);
    QList<Entry> entries;
    QHash<QString, int> seen; // key → line, of entries that are not commented out
    const QList<NaturalLine> lines = naturalLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const NaturalLine& first = lines.at(i);
        for (const QChar c : first.text) {
            if (c.unicode() < 0x20 && !isWhite(c))
                return problem(source, first.number,
                               Tr::tr("contains a control character (0x%1): not a text file")
                                   .arg(c.unicode(), 2, 16, QLatin1Char('0')));
        }
        QStringView line = leftTrimmed(first.text);
        if (line.isEmpty())
            continue;
        if (line.front() == QLatin1Char('#') || line.front() == QLatin1Char('!')) {
            const QRegularExpressionMatch m = commentedProperty().match(line);
            if (m.hasMatch())
                entries.append({m.captured(1), m.captured(2).trimmed(), first.number, true});
            continue; // comments never continue onto the next line
        }
        // The logical line: natural lines joined while they end in an odd run of backslashes,
        // the leading white space of each continuation dropped.
        QString logical;
        QStringView current = first.text;
        while (true) {
            const QStringView part = line; // `current` without its leading white space
            if (!continues(current) || i + 1 >= lines.size()) {
                logical += part;
                break;
            }
            logical += part.chopped(1);
            current = lines.at(++i).text;
            for (const QChar c : current) {
                if (c.unicode() < 0x20 && !isWhite(c))
                    return problem(source, lines.at(i).number,
                                   Tr::tr("contains a control character (0x%1): not a text file")
                                       .arg(c.unicode(), 2, 16, QLatin1Char('0')));
            }
            line = leftTrimmed(current);
        }
        // The key ends at the first unescaped '=', ':' or white space.
        qsizetype k = 0;
        while (k < logical.size()) {
            const QChar c = logical.at(k);
            if (c == QLatin1Char('\\')) {
                k += 2;
                continue;
            }
            if (c == QLatin1Char('=') || c == QLatin1Char(':') || isWhite(c))
                break;
            ++k;
        }
        k = std::min(k, logical.size());
        qsizetype v = k;
        while (v < logical.size() && isWhite(logical.at(v)))
            ++v;
        if (v < logical.size() && (logical.at(v) == QLatin1Char('=') || logical.at(v) == QLatin1Char(':')))
            ++v;
        while (v < logical.size() && isWhite(logical.at(v)))
            ++v;
        QString error;
        const std::optional<QString> key = unescape(QStringView(logical).left(k), error);
        const std::optional<QString> value =
            key ? unescape(QStringView(logical).mid(v), error) : std::nullopt;
        if (!key || !value)
            return problem(source, first.number, error);
        if (key->isEmpty())
            return problem(source, first.number,
                           Tr::tr("a property without a name (the line starts with '%1')")
                               .arg(logical.left(1)));
        if (const auto previous = seen.constFind(*key); previous != seen.cend())
            return problem(source, first.number,
                           Tr::tr("'%1' is given twice (first on line %2)")
                               .arg(*key)
                               .arg(previous.value()));
        seen.insert(*key, first.number);
        entries.append({*key, *value, first.number, false});
    }
    return entries;
}

namespace {

QString escape(const QString& text, bool escapeAllSpaces)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case ' ':
            out += (i == 0 || escapeAllSpaces) ? QStringLiteral("\\ ") : QStringLiteral(" ");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        case '\\':
        case '=':
        case ':':
        case '#':
        case '!':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

} // namespace

QString escapeKey(const QString& key)
{
    return escape(key, true);
}

QString escapeValue(const QString& value)
{
    return escape(value, false);
}

} // namespace gh::properties
