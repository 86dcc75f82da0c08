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

// "destination:NAME" or "role-collection:NAME" ("destinations:", "role_collection:" … too).
// Validation naming the text otherwise.
Result<CopyItem> parseCopyItem(const QString& text);
// "destination:NAME" again.
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
    QList<Error> problems; // items that cannot be copied: each names the item and why
    QString description;   // "Copy destination 'X' from A", "Copy 3 items from A"

    bool hasChanges() const { return !changes.isEmpty(); }
};

// Plans copying `items` from `from` (its destinations and role collections) into `to` (its
// destinations, role collections and roles); `fromName` names the source in the description.
// An item named twice is planned once.
CopyPlan planCopy(const QList<CopyItem>& items, const TenantListing& from, const TenantListing& to,
                  const QString& fromName);

} // namespace gh::copying
