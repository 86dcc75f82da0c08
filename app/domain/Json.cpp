#include "app/domain/Json.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::JsonReader)
};
} // namespace

JsonReader::JsonReader(const QJsonObject& object, QString path)
    : m_object(object), m_path(std::move(path))
{
}

QString JsonReader::pathOf(QLatin1String key) const
{
    return m_path + QLatin1Char('.') + key;
}

QString JsonReader::pathOf(QLatin1String key, qsizetype index) const
{
    return pathOf(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonReader::fail(const QString& path, const QString& message)
{
    if (!m_error)
        m_error = Error::make(Error::Kind::MalformedResponse, message, path);
}

void JsonReader::adopt(const std::optional<Error>& childError)
{
    if (childError && !m_error)
        m_error = childError;
}

QJsonValue JsonReader::take(QLatin1String key)
{
    m_read.append(key);
    return m_object.value(key);
}

namespace {

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (QDate's), by arithmetic:
// H. Hinnant's days_from_civil.
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}
static_assert(daysFromCivil(1970, 1, 1) == 0 && daysFromCivil(2000, 3, 1) == 11017 && daysFromCivil(1, 1, 1) == -719162);

constexpr int daysInMonth(int year, int month)
{
    if (month == 2)
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

// The fixed form for any character type. Built from the milliseconds since the epoch: QDate,
// QTime and QDateTime(date, time) cost about a microsecond a date, and a user has three.
template<class Char>
QDateTime parseIsoUtc(const Char* text, qsizetype size)
{
    const bool millis = size == 24;
    if ((size != 20 && !millis) || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[size - 1] != 'Z' || (millis && text[19] != '.'))
        return {};
    bool digits = true;
    const auto number = [&](qsizetype from, qsizetype length) {
        int out = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const auto c = static_cast<char16_t>(text[i]);
            digits = digits && c >= u'0' && c <= u'9';
            out = out * 10 + (int(c) - '0');
        }
        return out;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int ms = millis ? number(20, 3) : 0;
    if (!digits || year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 ||
        minute > 59 || second > 59)
        return {};
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + ms, Qt::UTC);
}

} // namespace

QDateTime isoUtc(QStringView text)
{
    return parseIsoUtc(text.utf16(), text.size());
}

QDateTime isoUtc(QByteArrayView latin1)
{
    return parseIsoUtc(latin1.data(), latin1.size());
}

QJsonValue JsonReader::raw(QLatin1String key)
{
    return take(key);
}

QString JsonReader::string(QLatin1String key, bool required)
{
    const QJsonValue value = take(key);
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(pathOf(key), Tr::tr("required string is missing"));
        return {};
    }
    fail(pathOf(key), Tr::tr("expected a string"));
    return {};
}

std::optional<QString> JsonReader::optionalString(QLatin1String key)
{
    const QJsonValue value = take(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        fail(pathOf(key), Tr::tr("expected a string or null"));
    return std::nullopt;
}

bool JsonReader::boolean(QLatin1String key, bool fallback)
{
    const QJsonValue value = take(key);
    if (value.isBool())
        return value.toBool();
    if (value.isString()) { // destinations and some OData payloads carry "true"/"false"
        if (value.toString() == QLatin1String("true"))
            return true;
        if (value.toString() == QLatin1String("false"))
            return false;
    }
    if (!value.isUndefined() && !value.isNull())
        fail(pathOf(key), Tr::tr("expected true or false"));
    return fallback;
}

qint64 JsonReader::integer(QLatin1String key, qint64 fallback)
{
    // Whole numbers are bounded to ±9e15 in every form, so that a value read here survives a
    // round trip through a JSON number (a double) exactly.
    constexpr qint64 kLimit = 9000000000000000LL;
    const QJsonValue value = take(key);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= -double(kLimit) && d <= double(kLimit) && d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        fail(pathOf(key), Tr::tr("expected a whole number within ±9e15"));
        return fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok && n >= -kLimit && n <= kLimit)
            return n;
        fail(pathOf(key), Tr::tr("expected a whole number within ±9e15"));
        return fallback;
    }
    if (!value.isUndefined() && !value.isNull())
        fail(pathOf(key), Tr::tr("expected a whole number"));
    return fallback;
}

int JsonReader::integer32(QLatin1String key, int fallback)
{
    const qint64 n = integer(key, fallback);
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
        fail(pathOf(key), Tr::tr("number out of range"));
        return fallback;
    }
    return static_cast<int>(n);
}

QDateTime JsonReader::date(QLatin1String key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull() || value == QJsonValue(QString()))
        return {};
    QDateTime result;
    if (value.isDouble()) {
        const double ms = value.toDouble();
        if (ms >= -8.64e15 && ms <= 8.64e15)
            result = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
    } else if (value.isString()) {
        const QString text = value.toString();
        // The forms the store and the CLI write ("2026-11-26T09:30:00Z", "…:00.250Z"), read
        // without a parser.
        if (QDateTime fast = isoUtc(text); fast.isValid())
            return fast;
        static const QRegularExpression odata(QStringLiteral("^/Date\\((-?\\d{1,16})([+-]\\d{4})?\\)/$"));
        const auto match = odata.match(text);
        bool isNumber = false;
        const qint64 ms = text.toLongLong(&isNumber);
        if (match.hasMatch())
            result = QDateTime::fromMSecsSinceEpoch(match.captured(1).toLongLong(), Qt::UTC);
        else if (isNumber)
            result = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        else if (QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs); iso.isValid()) {
            // A time without an offset is UTC here, never the local time of whoever reads it.
            if (iso.timeSpec() == Qt::LocalTime)
                iso.setTimeSpec(Qt::UTC);
            result = iso.toUTC();
        }
    }
    // Years outside 1..9999 cannot be written back as ISO 8601: refuse them rather than drop them.
    if (result.isValid() && result.date().year() >= 1 && result.date().year() <= 9999)
        return result;
    fail(pathOf(key), Tr::tr("expected a date (/Date(ms)/, epoch milliseconds or ISO 8601) in the years 1 to 9999"));
    return {};
}

QStringList JsonReader::stringList(QLatin1String key)
{
    const QJsonValue value = take(key);
    QStringList out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray()) {
        fail(pathOf(key), Tr::tr("expected an array of strings"));
        return out;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            fail(pathOf(key, i), Tr::tr("expected a string"));
            return {};
        }
        out.append(items.at(i).toString());
    }
    return out;
}

QJsonArray JsonReader::array(QLatin1String key)
{
    const QJsonValue value = take(key);
    if (value.isArray())
        return value.toArray();
    if (value.isObject() && value.toObject().value(QLatin1String("results")).isArray())
        return value.toObject().value(QLatin1String("results")).toArray(); // OData navigation
    if (!value.isUndefined() && !value.isNull())
        fail(pathOf(key), Tr::tr("expected an array"));
    return {};
}

QJsonObject JsonReader::object(QLatin1String key)
{
    const QJsonValue value = take(key);
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined() && !value.isNull())
        fail(pathOf(key), Tr::tr("expected an object"));
    return {};
}

QJsonObject JsonReader::rest() const
{
    QJsonObject out;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        const QString key = it.key();
        const bool read = std::any_of(m_read.cbegin(), m_read.cend(), [&](QLatin1String r) { return key == r; });
        if (!read && key != QLatin1String("__metadata"))
            out.insert(key, it.value());
    }
    return out;
}

QString toIsoUtc(const QDateTime& value)
{
    if (!value.isValid())
        return {};
    const QDateTime utc = value.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonValue writeDate(const QDateTime& value, JsonStyle style, bool odata)
{
    if (!value.isValid())
        return QJsonValue::Null;
    if (style == JsonStyle::Iso)
        return toIsoUtc(value);
    if (odata)
        return QStringLiteral("/Date(%1)/").arg(value.toMSecsSinceEpoch());
    return static_cast<double>(value.toMSecsSinceEpoch());
}

void mergeExtra(QJsonObject& target, const QJsonObject& extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!target.contains(it.key()))
            target.insert(it.key(), it.value());
    }
}

} // namespace gh
