#include "models/Format.h"

#include "app/domain/DnText.h"

#include <QStringList>

#include <optional>

namespace gh::format {

namespace {

// "yyyy-MM-dd" of a valid UTC date with a four-digit year, written directly: QDateTime's
// format strings go through the calendar and locale machinery, and models format a date per
// cell. Empty for dates the caller must format through Qt instead.
QString isoDate(const QDate& date)
{
    const int year = date.year();
    if (year < 1000 || year > 9999)
        return {};
    char16_t text[10];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

} // namespace

QString date(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    QString text = isoDate(utc.date());
    return text.isEmpty() ? utc.toString(QStringLiteral("yyyy-MM-dd")) : text;
}

QString dateTime(const QDateTime& when)
{
    return when.isValid()
               ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
               : QString();
}

QString commonName(const QString& dn)
{
    return dnCommonName(dn);
}

QString readableDn(const QString& dn)
{
    QString out;
    out.reserve(dn.size() + 8);
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            out += c;
            out += dn.at(++i);
        } else if (c == QLatin1Char(',')) {
            out += QLatin1Char('\n');
            while (i + 1 < dn.size() && dn.at(i + 1) == QLatin1Char(' '))
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString pemFingerprint(const QByteArray& pem, QCryptographicHash::Algorithm algorithm)
{
    const QByteArray begin("-----BEGIN CERTIFICATE-----");
    const QByteArray end("-----END CERTIFICATE-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end, from < 0 ? 0 : from);
    if (from < 0 || to < 0)
        return {};
    const QByteArray body = pem.mid(from + begin.size(), to - from - begin.size());
    const auto der = QByteArray::fromBase64Encoding(body.simplified().replace(' ', QByteArray()),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!der || (*der).isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(*der, algorithm).toHex(':').toUpper());
}

QString normalizedFingerprint(const QString& fingerprint)
{
    QString out;
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

} // namespace gh::format
