#pragma once

// "Where used" (issue 7): which destinations name which destination certificate or keystore
// alias, which role collections hold which roles, and, the other way round, what a destination or
// a role collection refers to and whether it is there (a dangling reference is worth showing).
//
// A destination refers to a certificate through a property whose key ends in "StoreLocation"
// (KeyStoreLocation, TrustStoreLocation, tokenService.KeyStoreLocation: SAP_APIS.md §2.3 and
// DestinationSchema's Certificate fields). Its value names a destination certificate exactly
// ("contoso-client.p12") and, as Cloud Integration reads it, an alias of the system keystore by
// value or by base name ("ariba_client" or "ariba_client.p12", case-insensitive, as
// keystore::referencesTo). A reference that names neither is dangling.
// The destination schema has no property naming a user credential, OAuth2 client credential or
// secure parameter, so those are not indexed.
//
// `WhereUsedIndex` is built once from the lists (pure, no I/O) and answers by hash lookups;
// `buildWhereUsed` lists what it needs through a TenantClient and builds it off the caller's
// thread.

#include "app/client/TenantClient.h"
#include "app/domain/Destination.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::whereused {

// What a reference points at.
enum class TargetKind { DestinationCertificate, KeystoreEntry, Role };

// A destination property naming a certificate or alias.
struct Use
{
    QString destination;
    QString property; // KeyStoreLocation, TrustStoreLocation, tokenService.KeyStoreLocation …
    bool operator==(const Use&) const = default;
};

// One thing a destination (or role collection) refers to.
struct Referent
{
    TargetKind kind = TargetKind::DestinationCertificate;
    QString property; // the destination's property; empty for a role collection's role
    QString value;    // what the property says; a role's key "appId/template/name"
    // The entity's key in its own pane: the certificate's name, KeystoreEntry::key(), Role::key().
    // Empty when `exists` is false.
    QString key;
    // What a person calls it: the certificate's name, the entry's alias, the role's key; empty
    // when `exists` is false.
    QString name;
    bool exists = false;
    bool operator==(const Referent&) const = default;
};

// Is `key` a destination property that names a certificate (ends in "StoreLocation")?
bool isCertificateProperty(const QString& key);
// "destination certificate", "keystore entry", "role".
QString targetKindName(TargetKind kind);

class WhereUsedIndex
{
public:
    WhereUsedIndex() = default;
    WhereUsedIndex(const QList<Destination>& destinations, const QList<DestinationCertificate>& certificates,
                   const QList<KeystoreEntry>& keystore, const QList<RoleCollection>& roleCollections,
                   const QList<Role>& roles);

    // The destinations naming the destination certificate `name` (exact), by destination name,
    // then property.
    QList<Use> usersOfCertificate(const QString& name) const;
    // The destinations naming the system keystore's alias `alias` (by value or base name,
    // case-insensitive), sorted the same way.
    QList<Use> usersOfAlias(const QString& alias) const;
    // The destinations naming the keystore entry (only system keystore entries are named).
    QList<Use> usersOfEntry(const KeystoreEntry& entry) const;
    // The role collections holding the role `appId/template/name`, sorted.
    QStringList collectionsWithRole(const QString& roleKey) const;

    // What destination `name` names, in its property order: for each certificate property the
    // destination certificate and/or the keystore entry it names, or one dangling referent
    // (kind DestinationCertificate, exists false) when it names neither. Empty for an unknown
    // destination (see hasDestination).
    QList<Referent> referentsOfDestination(const QString& name) const;
    // The roles role collection `name` holds, each marked whether the tenant has that role.
    QList<Referent> referentsOfCollection(const QString& name) const;

    bool hasDestination(const QString& name) const { return m_destinations.contains(name); }
    bool hasCertificate(const QString& name) const { return m_certificates.contains(name); }
    bool hasCollection(const QString& name) const { return m_collections.contains(name); }
    bool hasRole(const QString& roleKey) const { return m_roles.contains(roleKey); }
    // The system keystore entry an alias names (by alias, case-insensitive), or null.
    const KeystoreEntry* systemEntry(const QString& alias) const;

    // Every dangling reference: "destination 'X' (KeyStoreLocation) names 'y.p12', which is not
    // there", sorted.
    QStringList danglingReferences() const;

private:
    QHash<QString, QList<Destination::Property>> m_destinations; // name -> certificate properties
    QHash<QString, QList<Use>> m_byCertificate;                  // exact value -> uses
    QHash<QString, QList<Use>> m_byValueFolded;                  // folded value and base name -> uses
    QHash<QString, bool> m_certificates;                         // destination certificate names
    QHash<QString, KeystoreEntry> m_systemAliases;               // folded alias -> system entry
    QHash<QString, QStringList> m_collectionsByRole;             // role key -> collections
    QHash<QString, QList<RoleReference>> m_collections;          // collection -> its roles
    QHash<QString, bool> m_roles;                                // role keys
};

// "3 destinations use this certificate: A, B, C" (names once each, sorted; "…and N more" past
// `max`); empty when `uses` is. `what`: "certificate", "keystore entry".
QString usageSentence(const QList<Use>& uses, const QString& what, int max = 8);

// Lists the tenant's destinations, destination certificates, keystore, role collections and
// roles through `client` (each list() started at once in the caller's thread) and builds the
// index off it. Fails with the first error, naming the tenant and the kind. `client` must
// outlive the future.
QFuture<Result<WhereUsedIndex>> buildWhereUsed(TenantClient& client);

} // namespace gh::whereused
