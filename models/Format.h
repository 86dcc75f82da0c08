#pragma once

// Small text formatters shared by the models and the detail views.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QString>

namespace gh::format {

// "2026-12-06" (UTC); empty for an invalid date.
QString date(const QDateTime& when);
// "2026-12-06 15:00 UTC"; empty for an invalid date.
QString dateTime(const QDateTime& when);
// The CN of a distinguished name ("CN=a\, b,O=c" → "a, b"); the whole name when it has no CN.
QString commonName(const QString& dn);
// A distinguished name one attribute a line ("CN=a\nO=b"), as certificate viewers show it.
QString readableDn(const QString& dn);
// The fingerprint of a PEM certificate's DER bytes as "AB:CD:…"; empty if it is not PEM.
QString pemFingerprint(const QByteArray& pem, QCryptographicHash::Algorithm algorithm);
// Upper-case hex without separators, for comparing fingerprints however they are written.
QString normalizedFingerprint(const QString& fingerprint);

} // namespace gh::format
