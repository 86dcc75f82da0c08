#pragma once

// Internal to gh_workspace: what KeystoreActions.cpp and KeystoreImport.cpp (import planning)
// share: the entry types and the small helpers both use to build and compare entries.

#include "app/domain/Types.h"

#include <QDateTime>
#include <QString>

namespace gh::keystore::detail {

inline const QString KeyPairType = QStringLiteral("Key Pair");
inline const QString CertificateType = QStringLiteral("Certificate");

// Stored dates have whole seconds: so must the ones we make, or a later compare would differ.
inline QDateTime wholeSeconds(const QDateTime& time)
{
    if (!time.isValid())
        return time;
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

inline QString dayText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-");
}

inline QString normalizedFingerprint(const QString& fingerprint)
{
    QString out = fingerprint;
    out.remove(QLatin1Char(':'));
    return out.toUpper();
}

inline bool sameCertificate(const KeystoreEntry& a, const KeystoreEntry& b)
{
    return !a.fingerprintSha256.isEmpty() &&
           normalizedFingerprint(a.fingerprintSha256) == normalizedFingerprint(b.fingerprintSha256);
}

inline KeystoreEntry withAlias(KeystoreEntry entry, const QString& keystore, const QString& alias)
{
    entry.keystore = keystore;
    entry.alias = alias;
    entry.hexalias = KeystoreEntry::hexaliasOf(alias);
    return entry;
}

} // namespace gh::keystore::detail
