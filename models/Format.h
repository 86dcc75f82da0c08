#pragma once

// Small text formatters shared by the models and the detail views.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QString>

namespace gh::format {

// The UTC date in the short format of the default locale (QLocale()), with a four-digit year:
// "06.12.2026" in German, "12/6/2026" in American English; "2026-12-06" in the C locale (no
// locale set, as in tests and scripts). Empty for an invalid date.
QString date(const QDateTime& when);
// The same with the UTC time: "06.12.2026 15:00 UTC", "2026-12-06 15:00 UTC" in the C locale.
QString dateTime(const QDateTime& when);
// A number as the default locale writes it ("12.345" in German); plain digits in the C locale.
QString number(qint64 value);
// The CN of a distinguished name ("CN=a\, b,O=c" → "a, b"); the whole name when it has no CN.
QString commonName(const QString& dn);
// A distinguished name one attribute a line ("CN=a\nO=b"), as certificate viewers show it.
QString readableDn(const QString& dn);
// The fingerprint of a PEM certificate's DER bytes as "AB:CD:…"; empty if it is not PEM.
QString pemFingerprint(const QByteArray& pem, QCryptographicHash::Algorithm algorithm);
// Upper-case hex without separators, for comparing fingerprints however they are written.
QString normalizedFingerprint(const QString& fingerprint);

} // namespace gh::format
