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
// Security material (keystore entries, known_hosts lines, PGP keys) is copied as it is listed,
// keyed as TenantDiff keys it. A key pair's private key never enters a Change: the plan lists the
// key pairs (privateKeys) and the secret keyring files (secretKeyrings) whose keychain items the
// caller carries from the source's to the target's (copying::carryMaterial, CopyMaterial.h)
// before the step is applied. SAP-owned keystore entries belong to their tenant and are refused.
// A secret PGP key brings every key of the same secret keyring file (the file travels whole).

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

// "destination:NAME", "role-collection:NAME", "keystore:[KEYSTORE/]ALIAS" (system by default),
// "known-host:KEY-OR-HOST" (a known_hosts key as TenantDiff shows it, or a host its patterns
// name) or "pgp:[public/|secret/]FINGERPRINT-OR-KEYID" ("destinations:", "role_collection:",
// "keystore_entries:", "known_hosts:", "pgp_keys:" … too). Validation naming the text otherwise.
Result<CopyItem> parseCopyItem(const QString& text);
// "destination:NAME", "keystore:system/ALIAS" … again.
QString copyItemText(const CopyItem& item);

enum class CopyAction { Add, Replace, Unchanged };
QString copyActionName(CopyAction action); // "add", "replace", "unchanged"

struct PlannedCopy
{
    CopyItem item;
    CopyAction action = CopyAction::Unchanged;
};

// A secret the source has set on a destination being copied: its value has to reach the
// target's keychain (SecretStore::destinationKey of the target) before the step is applied.
struct SecretToCopy
{
    QString destination;
    QString key;
    bool targetHasIt = false; // the target has it set already: its own value may stay
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
    QList<Error> problems; // items that cannot be copied: each names the item and why
    QString description;   // "Copy destination 'X' from A", "Copy 3 items from A"

    bool hasChanges() const { return !changes.isEmpty(); }
    bool hasMaterial() const { return !privateKeys.isEmpty() || !secretKeyrings.isEmpty(); }
};

// Plans copying `items` from `from` (its destinations, role collections, keystore, known hosts
// and PGP keys) into `to` (the same and its roles); `fromName` names the source in the
// description. listedKinds() says which kinds to list for which items.
// An item named twice is planned once.
CopyPlan planCopy(const QList<CopyItem>& items, const TenantListing& from, const TenantListing& to,
                  const QString& fromName);

// The kinds planCopy needs listed of the source (`forTarget`: of the target) for `items`.
QList<EntityKind> listedKinds(const QList<CopyItem>& items, bool forTarget);

} // namespace gh::copying
