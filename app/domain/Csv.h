#pragma once

// CSV as RFC 4180 writes it and spreadsheets save it: fields separated by ',' (or ';', as Excel
// writes in locales with a decimal comma), quoted with '"' when they hold a separator, a quote or
// a line break, quotes doubled inside quotes, records ended by CRLF or LF. A UTF-8 byte order mark
// is skipped. Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) are
// written with a leading apostrophe, which reading removes again.

#include "app/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::csv {

struct Record
{
    qsizetype line = 0; // 1-based line where the record starts
    QStringList fields;
};

struct ReadOptions
{
    // 0: ',' unless the first line has more ';' than ',' outside quotes.
    char16_t delimiter = 0;
    qsizetype maxSize = 20 * 1024 * 1024;
    qsizetype maxFields = 1000; // per record
};

// Every record, blank lines skipped. Errors (Validation, `where` = "source:line"): larger than
// maxSize, not UTF-8, a NUL byte (binary data), an unterminated quote, a quote inside an unquoted
// field, characters after a closing quote, too many fields.
Result<QList<Record>> read(QByteArrayView data, const QString& source, const ReadOptions& options = {});

// One field as written (quoted when needed, formula guard applied).
QString field(const QString& value, char16_t delimiter = u',');
// Records joined with CRLF, ending with one, UTF-8 without a byte order mark.
QByteArray write(const QList<QStringList>& rows, char16_t delimiter = u',');

} // namespace gh::csv
