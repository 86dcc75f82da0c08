#include "app/domain/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace gh::csv {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Csv)
};
} // namespace

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

char16_t detectDelimiter(const QString& text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

Error problem(const QString& source, qsizetype line, const QString& message)
{
    return Error::make(Error::Kind::Validation, message, QStringLiteral("%1:%2").arg(source).arg(line));
}

QString unguarded(QString value)
{
    if (value.size() >= 2 && value.at(0) == QLatin1Char('\'') && isFormulaStart(value.at(1)))
        value.remove(0, 1);
    return value;
}

} // namespace

Result<QList<Record>> read(QByteArrayView data, const QString& source, const ReadOptions& options)
{
    if (data.size() > options.maxSize)
        return problem(source, 1, Tr::tr("is larger than %1 MB").arg(options.maxSize / (1024 * 1024)));
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0) {
        const qsizetype line = 1 + QByteArrayView(data.data(), nul).count('\n');
        return problem(source, line, Tr::tr("holds a NUL byte: this is binary data, not CSV text"));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Name the first line that does not decode.
        qsizetype line = 1;
        qsizetype start = 0;
        while (start < data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            // Invalid bytes decode to U+FFFD, which does not encode back to them.
            const QByteArrayView bytes = data.sliced(start, end - start);
            if (QString::fromUtf8(bytes).toUtf8() != bytes)
                break;
            start = end + 1;
            ++line;
        }
        return problem(source, line, Tr::tr("is not UTF-8 text (save the file as CSV UTF-8)"));
    }
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const char16_t delimiter = options.delimiter ? options.delimiter : detectDelimiter(text.mid(i));

    QList<Record> out;
    qsizetype line = 1;
    const qsizetype n = text.size();
    while (i < n) {
        Record record;
        record.line = line;
        QString current;
        bool recordDone = false;
        bool blank = true;
        while (!recordDone) {
            // One field.
            current.clear();
            if (i < n && text.at(i) == QLatin1Char('"')) {
                blank = false;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            current.append(QLatin1Char('"'));
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    current.append(c);
                    ++i;
                }
                if (!closed)
                    return problem(source, record.line, Tr::tr("a quoted field is never closed"));
                if (i < n && text.at(i) != delimiter && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r'))
                    return problem(source, line, Tr::tr("text follows a closing quote (write a quote inside a quoted field as \"\")"));
            } else {
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                        break;
                    if (c == QLatin1Char('"'))
                        return problem(source, line, Tr::tr("a quote inside an unquoted field (quote the whole field)"));
                    current.append(c);
                    ++i;
                }
                if (!current.isEmpty())
                    blank = false;
            }
            record.fields.append(unguarded(current));
            if (record.fields.size() > options.maxFields)
                return problem(source, record.line, Tr::tr("has more than %1 fields").arg(options.maxFields));
            if (i >= n) {
                recordDone = true;
            } else if (text.at(i) == delimiter) {
                blank = false;
                ++i;
            } else {
                // End of the record: CRLF, LF or a lone CR.
                if (text.at(i) == QLatin1Char('\r'))
                    ++i;
                if (i < n && text.at(i) == QLatin1Char('\n'))
                    ++i;
                ++line;
                recordDone = true;
            }
        }
        if (!blank)
            out.append(std::move(record));
    }
    return out;
}

QString field(const QString& value, char16_t delimiter)
{
    QString v = value;
    if (!v.isEmpty() && isFormulaStart(v.at(0)))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QChar(delimiter)) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
                       v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray write(const QList<QStringList>& rows, char16_t delimiter)
{
    QString out;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                out.append(QChar(delimiter));
            out.append(field(row.at(i), delimiter));
        }
        out.append(QLatin1String("\r\n"));
    }
    return out.toUtf8();
}

} // namespace gh::csv
