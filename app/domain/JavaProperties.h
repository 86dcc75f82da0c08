#pragma once

// Java .properties text as the BTP cockpit reads and writes destination files
// (java.util.Properties: `key=value`, `key:value` or `key value`; `#` and `!` comments; a
// backslash continues a line; escapes \t \n \r \f \uXXXX and \<char>). Untrusted input: every
// problem names the source and line, sizes are bounded, nothing is guessed.

#include "app/domain/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::properties {

struct Entry
{
    QString key;
    QString value;
    int line = 0;           // where the entry starts (1-based)
    bool commented = false; // a commented-out `key=value` (`#clientKey=<< … >>`)
    bool operator==(const Entry&) const = default;
};

// Larger files are not destination files (one destination is a few hundred bytes).
constexpr qsizetype MaxInputSize = 1024 * 1024;

// The entries in file order, commented-out `#key=value` lines included (the cockpit comments out
// stripped secrets); other comments and blank lines are skipped. UTF-8 when the bytes are valid
// UTF-8, else ISO-8859-1 (Properties.store's encoding). Errors, each naming "source:line":
// a malformed \uXXXX escape, a NUL or other control byte (binary data), a key without a name,
// the same key twice, input larger than MaxInputSize.
Result<QList<Entry>> parse(QByteArrayView bytes, const QString& source);

// `key` and `value` escaped as Properties.store writes them (`\:`, `\=`, `\!`, `\#`, `\\`,
// leading spaces, control characters as \t \n \r \f or \uXXXX); not-ASCII characters are kept
// (the file is written as UTF-8).
QString escapeKey(const QString& key);
QString escapeValue(const QString& value);

} // namespace gh::properties
