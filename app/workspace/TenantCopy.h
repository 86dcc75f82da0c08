#pragma once

// Copying chosen items from one tenant into another's workspace (issue 7, `gatehouse-cli copy`):
// a plan of one step's changes for the target, pure over both tenants' listings. Destinations
// go through the destination import plan (destinations::planImport over the cockpit's JSON form,
// as the cockpit's Copy to Tenant does), so they are validated and a secret the target already
// has stays set; the secrets the source has set are then marked set and listed, for the caller
// to bring their values into the target's keychain (or refuse) before the step is applied. Role
// collections are copied with their description, roles and mappings, never their users (user ids
// are per tenant; assignments are the users' business); a role the target does not have refuses
// the collection.
//
// User credentials, OAuth2 client credentials and secure parameters are copied with their
// metadata (kind, description, user, custom parameters …; the target's deployment data and extra
// fields stay the target's); a secret the source has set is listed in `secrets` like a
// destination's (its value never enters a Change). Metadata alike in both is Unchanged, and its
// secret is not listed then (values cannot be compared). A name the target uses for a credential
// of another kind refuses the item (names are unique across the three kinds).
//
// Security material (keystore entries, known_hosts lines, PGP keys, destination certificates) is
// copied as it is listed, keyed as TenantDiff keys it. A key pair's private key never enters a Change: the plan lists the
// key pairs (privateKeys) and the secret keyring files (secretKeyrings) whose keychain items the
// caller carries from the source's to the target's (copying::carryMaterial, CopyMaterial.h)
// before the step is applied. SAP-owned keystore entries belong to their tenant and are refused.
// A secret PGP key brings every key of the same secret keyring file (the file travels whole).
// A destination keystore (PKCS#12) brings its file the same way (destinationKeystores); one whose
// file this machine does not hold (only its public nodes are known), or a certificate whose
// content was not read, is refused.

#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/workspace/Change.h"
#include "app/workspace/TenantDiff.h"

#include <QList>
#include <QString>

namespace gh::copying {

struct CopyItem
{
    EntityKind kind = EntityKind::Destination;
    QString name;
    bool operator==(const CopyItem&) const = default;
};

// "destination:NAME", "role-collection:NAME", "destination-certificate:NAME",
// "user-credential:NAME", "oauth2-client-credential:NAME", "secure-parameter:NAME",
// "keystore:[KEYSTORE/]ALIAS" (system by default),
// "known-host:KEY-OR-HOST" (a known_hosts key as TenantDiff shows it, or a host its patterns
// name) or "pgp:[public/|secret/]FINGERPRINT-OR-KEYID" ("destinations:", "role_collection:",
// "keystore_entries:", "known_hosts:", "pgp_keys:" … too). Validation naming the text otherwise.
Result<CopyItem> parseCopyItem(const QString& text);
// "destination:NAME", "keystore:system/ALIAS" … again.
QString copyItemText(const CopyItem& item);

enum class CopyAction { Add, Replace, Unchanged };

// Why planCopy refuses an item, for a caller that shows it beside the item before anything is
// copied (the cockpit's diff view) rather than after the fact.
enum class Refusal {
    NotFound,         // the source has no such item
    NotCopied,        // a kind that is not copied (users, roles, identity providers)
    SapOwned,         // an SAP-owned keystore entry: it belongs to its tenant
    TargetSapOwned,   // the target's keystore entry of that alias is SAP-owned
    Predefined,       // a predefined role collection: the same in every tenant
    TargetPredefined, // the target's role collection of that name is predefined
    MissingRoles,     // the target lacks roles the collection holds (detail: their keys)
    NoContent,        // a destination certificate whose content this machine does not hold
    Invalid,          // the destination import or the credential's validation refuses it (detail: why)
    TargetOtherKind,  // the target has a credential of that name of another kind (detail: its kind)
};

struct RefusedItem
{
    CopyItem item;
    Refusal reason = Refusal::NotFound;
    QString detail; // MissingRoles: the role keys; Invalid: the problem; else empty
    bool operator==(const RefusedItem&) const = default;
};
QString copyActionName(CopyAction action); // "add", "replace", "unchanged"

struct PlannedCopy
{
    CopyItem item;
    CopyAction action = CopyAction::Unchanged;
};

// A secret the source has set on a destination or a credential being copied: its value has to
// reach the target's keychain before the step is applied (SecretStore::destinationKey of the
// target for a destination, credentials::secretKey for a credential; copying::secretKeyOf).
struct SecretToCopy
{
    QString destination; // the destination's name, or the credential's
    QString key;         // the property: Password, clientSecret … (a credential's: Password,
                         // ClientSecret, SecureParam)
    bool targetHasIt = false; // the target has it set already: its own value may stay
    // Destination, or UserCredential, OAuth2ClientCredential, SecureParameter.
    EntityKind kind = EntityKind::Destination;
    bool operator==(const SecretToCopy&) const = default;
};

struct CopyPlan
{
    QList<PlannedCopy> items;
    QList<Change> changes; // the one step (Add and Replace items)
    QList<SecretToCopy> secrets;
    // Key pairs copied (Add/Replace): their private keys go from the source's KeyVault to the
    // target's.
    QList<KeystoreEntry> privateKeys;
    // SHA-256 (hex) of the secret PGP keyring files copied: the keychain items go across.
    QStringList secretKeyrings;
    // Names of the destination keystores (KEYSTORE destination certificates) copied: their files
    // go from the source's keychain item (SecretStore::destinationCertificateContentKey) to the
    // target's.
    QStringList destinationKeystores;
    QList<Error> problems; // items that cannot be copied: each names the item and why
    QList<RefusedItem> refused; // the same refusals, typed (one per refused item)
    QString description;   // "Copy destination 'X' from A", "Copy 3 items from A"

    bool hasChanges() const { return !changes.isEmpty(); }
    bool hasMaterial() const
    {
        return !privateKeys.isEmpty() || !secretKeyrings.isEmpty() || !destinationKeystores.isEmpty();
    }
};

// Plans copying `items` from `from` (its destinations, role collections, destination
// certificates, keystore, known hosts and PGP keys) into `to` (the same and its roles); `fromName` names the source in the
// description. listedKinds() says which kinds to list for which items.
// An item named twice is planned once.
CopyPlan planCopy(const QList<CopyItem>& items, const TenantListing& from, const TenantListing& to,
                  const QString& fromName);

// The items of `candidates` that planCopy refuses, with why (one plan over them all): what the
// cockpit's diff view shows as not copyable before Copy runs. Pure.
QList<RefusedItem> refusals(const QList<CopyItem>& candidates, const TenantListing& from,
                            const TenantListing& to);

// The kinds planCopy needs listed of the source (`forTarget`: of the target) for `items`.
QList<EntityKind> listedKinds(const QList<CopyItem>& items, bool forTarget);

} // namespace gh::copying
