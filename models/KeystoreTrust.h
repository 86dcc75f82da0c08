#pragma once

// Verifies a keystore entry's chain against the tenant's trusted certificates: every entry of
// type Certificate and every self-signed CA of the keystore is a trust anchor; the entry's own
// chain supplies the intermediates. Parsed certificates are cached by SHA-256, so a keystore of
// thousands of entries is parsed once. No widgets; time is always given by the caller.

#include "app/crypto/ChainVerifier.h"
#include "app/domain/Expiry.h"
#include "app/domain/Types.h"

#include <QHash>
#include <QList>
#include <QString>

namespace gh {

struct ChainReportElement
{
    QString alias;      // the keystore entry that holds this certificate; empty if none
    QString subjectCN;  // or the whole subject DN when there is no CN
    QString subjectDN;
    QDateTime notBefore;
    QDateTime notAfter;
    ExpiryInfo expiry;  // as of the verification time
    QStringList problems; // one line each, for people; empty: fine
    bool trusted = false; // a trust anchor of the tenant
};

struct ChainReport
{
    QList<ChainReportElement> chain; // leaf first, up to the anchor or the missing issuer
    bool valid = false;
    QString anchorAlias;   // the entry that holds the anchor, when valid or anchored
    QString summary;       // "Chain valid" / the first problem, for people
    QString trustReason;   // "trusted: contoso_root_ca_g2 in the tenant keystore"
    qint64 elapsedMicroseconds = 0; // verification time (parsing excluded), for measurements
    QString error;         // the chain could not be verified at all (unreadable PEM …)
};

class KeystoreTrust
{
public:
    // The trust anchors and aliases come from `entries` (all entries of the keystore).
    ChainReport verify(const KeystoreEntry& entry, const QList<KeystoreEntry>& entries,
                       const QDateTime& at, int expiringWithinDays = 30);

    // Whether `entry` counts as a trust anchor (type Certificate, or a self-signed CA).
    bool isTrustAnchor(const KeystoreEntry& entry);

private:
    crypto::Certificate parse(const QByteArray& pem);

    QHash<QByteArray, crypto::Certificate> m_cache; // PEM → certificate
};

} // namespace gh
