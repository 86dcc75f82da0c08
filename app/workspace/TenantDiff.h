#pragma once

// What differs between two tenants (issue 7): users and their role collections, role
// collections, custom roles, destinations, destination certificates, keystore entries,
// credentials, secure parameters and identity providers, read through any two TenantClients.
//
// Each kind is compared in a "comparable form" that keeps only what means configuration drift:
// - users are matched by origin and user name (ids are per tenant) and compared by name, e-mail
//   addresses, active flag and direct role collections; the SCIM id, zone, meta (version,
//   created, lastModified), lastLogonTime, verified and the IdP groups of the last logon are not;
// - role collections by description, roles and IdP group/attribute mappings (their users are the
//   users' side of the same assignments and show there, once); read-only flag;
// - roles only when custom (not read-only: an app's default roles come with its subscription);
// - destinations by every property; a secret only as set, missing or absent, never its value, so
//   two tenants holding different passwords are not told apart (nobody can read them);
// - destination certificates by type, subject, SHA-256 of each certificate, validity and the
//   private key's algorithm; the keychain file's hash (local only) is not compared;
// - keystore entries (keyed "keystore/alias") by type, owner, DNs, key, SHA-256 fingerprint and
//   validity; the tenant's own SAP key pair (sap_cloudintegrationcertificate) is per tenant by
//   design, so SAP-owned key pairs are compared by presence and type only;
// - user credentials, OAuth2 client credentials, secure parameters by their metadata, secrets
//   only as set or not; deployedBy/deployedOn/status are noise;
// - everything a newer API added (`extra`) and modification times are left out.
// - known_hosts lines by their key (marker, host patterns, key type and SHA-256 fingerprint: a
//   host whose key changed is one line only in A and one only in B) and their comment; hashed
//   host patterns are salted per file, so the same host hashed twice is told apart;
// - PGP keys (keyed "public/FINGERPRINT" or "secret/FINGERPRINT") by user IDs, algorithm, dates,
//   subkeys, revocation and the SHA-256 of the public key's packets; a secret keyring file's hash
//   is not compared (local only).

#include "app/client/TenantClient.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/workspace/ChangeDiff.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace gh {

// What two tenants hold of the compared kinds (kinds not asked for stay empty).
struct TenantListing
{
    QList<IdentityProvider> identityProviders;
    QList<User> users;
    QList<Role> roles;
    QList<RoleCollection> roleCollections;
    QList<Destination> destinations;
    QList<DestinationCertificate> destinationCertificates;
    QList<KeystoreEntry> keystore;
    QList<UserCredential> userCredentials;
    QList<OAuth2ClientCredential> oauth2ClientCredentials;
    QList<SecureParameter> secureParameters;
    QList<KnownHost> knownHosts;
    QList<PgpKey> pgpKeys;
};

struct TenantDifference
{
    enum class Status { OnlyInA, OnlyInB, Differs };

    EntityKind kind = EntityKind::User;
    QString key;    // "sap.default/anna.becker", a collection's name, "system/my_alias" …
    Status status = Status::Differs;
    // Differs only: each field that differs, `before` = A's text, `after` = B's (a list item
    // only one side has is a row of its own with the other side empty).
    QList<changes::PropertyDiff> fields;

    bool operator==(const TenantDifference&) const = default;
};

// The kinds compared, in the order differences are reported.
QList<EntityKind> diffedKinds();
// "onlyInA", "onlyInB", "differs".
QString differenceStatusName(TenantDifference::Status status);
// {"kind": "destinations", "key": …, "status": …, "fields": [{"field", "a", "b"}]} (fields only
// for `differs`; a value one side lacks is null).
QJsonObject differenceJson(const TenantDifference& difference);

// The differences between two listings, kind by kind in diffedKinds() order (only `kinds`;
// empty: all), keys sorted within a kind. Pure.
QList<TenantDifference> diffListings(const TenantListing& a, const TenantListing& b,
                                     const QList<EntityKind>& kinds = {});

// An item both tenants hold with nothing to tell apart (what diffListings leaves out).
struct SameItem
{
    EntityKind kind = EntityKind::User;
    QString key;
    bool operator==(const SameItem&) const = default;
};
// The items of `kinds` (empty: all) that do not differ, in diffListings' order. Pure.
QList<SameItem> sameInListings(const TenantListing& a, const TenantListing& b,
                               const QList<EntityKind>& kinds = {});

// Lists `kinds` (empty: all diffedKinds()) of one tenant: every list() is started at once in the
// caller's thread. Fails with the first error, its `where` naming the tenant and the kind, so ask
// a backend only for what it serves (the remote one answers NotFound for Cloud Integration's
// resources; a pulled replica holds only pulledKinds()).
// `client` must outlive the future. `progress`, if given, is called as each kind's list arrives
// (on whichever thread its backend finishes it), with the kind and how many it holds; for a
// "3 of 24 lists read" display.
using ListProgress = std::function<void(EntityKind kind, qint64 count)>;
QFuture<Result<TenantListing>> listTenant(TenantClient& client, const QList<EntityKind>& kinds = {},
                                          ListProgress progress = {});

// Lists both tenants at once and compares them off the calling thread. Both clients must
// outlive the future.
QFuture<Result<QList<TenantDifference>>> diffTenants(TenantClient& a, TenantClient& b,
                                                     const QList<EntityKind>& kinds = {});

} // namespace gh
