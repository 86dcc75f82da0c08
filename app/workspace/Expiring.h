#pragma once

// One view of everything that expires (issue 7): every certificate of every keystore entry's
// chain, every certificate of the Destination service's certificates and keystores, and PGP keys
// (primary keys and their subkeys). Each becomes an `ExpiringItem` with its validity; its status
// (Expired / Expiring within the user's threshold / Valid) is `expiryOf` (app/domain/Expiry.h) at
// an injected clock's now. Pure functions of their inputs: the CLI (`gatehouse-cli expiring`) and
// the GUI's Expiring pane share them.
//
// PGP keys come in as `PgpKeyDates`, not as pgp::Key: only the CLI links GPGME (gh_pgp), and it
// turns what PgpKeyring reads into these.

#include "app/domain/Clock.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/Expiry.h"
#include "app/domain/TenantMaterial.h"
#include "app/domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::expiring {

enum class SourceKind { KeystoreCertificate, DestinationCertificate, PgpKey };

// "keystore", "destination-certificate", "pgp-key": the CLI's `Kind` (the GUI's text is
// ExpiringModel::kindText, translated).
QString kindName(SourceKind kind);

// A PGP key (or subkey) as far as its expiry goes.
struct PgpKeyDates
{
    QString keyId;        // the primary key's id (the owner of its subkeys too)
    QString subkeyId;     // empty for the primary key
    QString userId;       // the primary user ID ("Alice <alice@example.com>"), may be empty
    QDateTime created;
    QDateTime expires;    // invalid: never expires (no item is made)
    bool revoked = false; // revoked keys and subkeys are left out: they are not in use
};

struct ExpiringItem
{
    SourceKind kind = SourceKind::KeystoreCertificate;
    // Alias (keystore), certificate name (destination certificates), key id (PGP).
    QString owner;
    // The certificate's subject DN; a PGP key's user ID (a subkey's: "subkey ID of USER").
    QString subject;
    // The key of the entity in its own pane: KeystoreEntry::key(), the destination certificate's
    // name, PgpKey::key() for the tenant's PGP keys; empty for keys read from a --pgp file.
    QString entityKey;
    QString keystore;  // keystore entries: the keystore ("system", "KeyRenewal" …)
    int position = 0;  // place in the chain (0: the entry's own certificate) or subkey number
    int count = 1;     // certificates in the chain (subkeys + 1 for PGP)
    QDateTime notBefore;
    QDateTime notAfter; // invalid: unknown (an unreadable certificate)
    QString problem;    // why notAfter is unknown

    // Unique among the items of one tenant and keyring files: kind, entity and position.
    QString key() const;
    // "alias — CN=…" (with "chain 2/3" for a certificate after the first).
    QString label() const;
    // The status at `now`: Expiring when at most `withinDays` whole days are left (so "warn 30
    // days before" warns for a certificate with 30 days left), Expired once notAfter has passed.
    ExpiryInfo expiry(const QDateTime& now, int withinDays) const;
    bool operator==(const ExpiringItem&) const = default;
};

// Every certificate of every entry's chain (the entry's own dates when its chain is empty). The
// KeyHistory keystore holds deactivated keys, which nobody renews: left out. A chain certificate
// that does not parse is an item without notAfter and with its `problem`.
QList<ExpiringItem> fromKeystore(const QList<KeystoreEntry>& entries);
// Every x509 node of every destination certificate (private-key nodes have no validity).
QList<ExpiringItem> fromDestinationCertificates(const QList<DestinationCertificate>& certificates);
// Every PGP key and subkey that expires and is not revoked.
QList<ExpiringItem> fromPgpKeys(const QList<PgpKeyDates>& keys);
// The tenant's own PGP keys (both keyrings): as fromPgpKeys, with entityKey = PgpKey::key() and
// `keystore` = the keyring ("public" / "secret").
QList<ExpiringItem> fromTenantPgpKeys(const QList<PgpKey>& keys);

// By notAfter, soonest first (unknown dates last), then by key, so the order is stable.
void sortByNotAfter(QList<ExpiringItem>& items);

// Whether the item expires (or has expired) within `days` days of `now`: at most `days` whole
// days left (ExpiryInfo::daysLeft). Items without a notAfter are never due.
bool dueWithin(const ExpiringItem& item, const QDateTime& now, int days);

} // namespace gh::expiring
