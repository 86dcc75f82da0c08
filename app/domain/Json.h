#pragma once

#include "app/domain/Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>
#include <QStringList>

#include <optional>

namespace gh {

// How dates are written: SAP's wire form for each API, or ISO 8601 UTC strings (CLI, store).
enum class JsonStyle { Wire, Iso };

// Strict reading of one JSON object into a domain type. Every read names its key; the first
// problem is kept with its JSON path ("$.users[3].emails[0].value"), and keys that nobody read
// are handed back by rest() so that unknown fields survive a round trip.
class JsonReader
{
public:
    JsonReader(const QJsonObject& object, QString path);

    bool has(QLatin1String key) const { return m_object.contains(key); }
    QString string(QLatin1String key, bool required = false);
    std::optional<QString> optionalString(QLatin1String key); // absent or null → nullopt
    bool boolean(QLatin1String key, bool fallback = false);
    qint64 integer(QLatin1String key, qint64 fallback = 0); // a number, or a string of digits
    int integer32(QLatin1String key, int fallback = 0);
    // A date as SAP writes it: "/Date(ms)/", epoch ms (number or string), or ISO 8601.
    QDateTime date(QLatin1String key);
    QStringList stringList(QLatin1String key);
    QJsonArray array(QLatin1String key);
    QJsonObject object(QLatin1String key);
    QJsonValue raw(QLatin1String key);

    QString pathOf(QLatin1String key) const;
    QString pathOf(QLatin1String key, qsizetype index) const;
    void fail(const QString& path, const QString& message);
    void adopt(const std::optional<Error>& childError);

    QJsonObject rest() const; // the keys that were not read
    const std::optional<Error>& error() const { return m_error; }
    bool ok() const { return !m_error.has_value(); }

private:
    QJsonValue take(QLatin1String key);

    QJsonObject m_object;
    QString m_path;
    // The keys read so far: literals (static storage), compared without building QStrings.
    QVarLengthArray<QLatin1String, 32> m_read;
    std::optional<Error> m_error;
};

QJsonValue writeDate(const QDateTime& value, JsonStyle style, bool odata);
QString toIsoUtc(const QDateTime& value); // "2026-11-26T15:38:24Z"; empty for an invalid date
// Merge unknown fields back: keys already written win.
void mergeExtra(QJsonObject& target, const QJsonObject& extra);

// "yyyy-MM-ddTHH:mm:ssZ" or "yyyy-MM-ddTHH:mm:ss.zzzZ" exactly (what the store and the CLI
// write, three dates a user) as a UTC date; else an invalid QDateTime, and the general parser
// of JsonReader::date decides.
QDateTime isoUtc(QStringView text);
QDateTime isoUtc(QByteArrayView latin1); // the same, from Latin-1 (or ASCII) bytes

} // namespace gh
