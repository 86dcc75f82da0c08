#include "models/Format.h"

#include <QStringList>

namespace gh::format {

QString date(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString dateTime(const QDateTime& when)
{
    return when.isValid()
               ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
               : QString();
}

QString commonName(const QString& dn)
{
    // RFC 4514 form: attributes separated by unescaped ',' or '+', '\' escapes the next char.
    QString current;
    QStringList parts;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            current += dn.at(++i);
        } else if (c == QLatin1Char(',') || c == QLatin1Char('+')) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current.trimmed());
    for (const QString& part : std::as_const(parts)) {
        if (part.startsWith(QLatin1String("CN="), Qt::CaseInsensitive))
            return part.mid(3).trimmed();
    }
    return dn;
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
