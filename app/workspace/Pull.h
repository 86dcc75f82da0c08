#pragma once

#include "app/client/TenantClient.h"
#include "app/client/local/LocalTenant.h"
#include "app/domain/Clock.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QFuture>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace gh {

// What one pull did to one kind of row of the replica.
struct PullCounts
{
    qint64 pulled = 0;  // rows the remote has
    qint64 added = 0;   // new in the replica
    qint64 updated = 0; // changed in the replica (data or base version)
    qint64 removed = 0; // gone from the remote, so from the replica
    qint64 kept = 0;      // rows with pending changes, left as the replica has them
    qint64 conflicts = 0; // of those, the ones the remote changed since their base: recorded
};

struct PullSummary
{
    std::map<EntityKind, PullCounts> counts;
};

struct PullOptions
{
    // Recorded in the replica's meta "replicaOf" (which profile the file mirrors).
    QString profile;
    // Called after each resource is read, with how many rows it gave; runs in whatever thread
    // the remote client's futures finish in (its transports' thread), so a GUI must queue it.
    std::function<void(EntityKind kind, qint64 count)> progress;
    // Checked between resources and between the replica's tables: set it to cancel. A cancelled
    // pull answers Cancelled and leaves the replica as it was (one transaction).
    std::shared_ptr<std::atomic_bool> cancel;
};

// The resources a pull reads, in the order it reads them (assignments are derived from the
// role collections' user references and the users' role collections).
QList<EntityKind> pulledKinds();

// Where the replica of profile `profile` lives: one file per profile,
// $XDG_DATA_HOME/gatehouse/replicas/<profile>.ghtenant, next to the demo tenant (the CLI and the
// cockpit share it, so not the per-application AppDataLocation).
QString replicaPath(const QString& profile);

// Opens the replica file, creating it (empty tenant, meta "name" and "replicaOf" = `profile`)
// when it does not exist yet. Blocking, like LocalTenant::open.
Result<std::shared_ptr<LocalTenant>> openOrCreateReplica(const QString& path, const QString& profile);

// Pulls every resource `remote` can read into `replica` (Cloud Integration's keystore entries
// and credentials only when the remote has a key for it; otherwise their rows stay as they are): rows written with base version = the
// SHA-256 of the remote's stored form (TenantStore::versionOf; the APIs tenantd serves give no
// ETag on lists), rows the remote no longer has removed, meta "lastPull" set from `clock`, all
// in one transaction. An entity with pending journal entries keeps its row and entries: if the
// remote's version is no longer the entries' base version (and the remote does not already have
// what the replica has), a conflict is recorded as push records it (resolveConflict, Push.h);
// conflicts of entities without pending entries are cleared.
// Asynchronous: nothing here waits; the remote's futures and the replica's thread chain on.
// `remote` and `clock` must outlive the returned future.
QFuture<Result<PullSummary>> pullTenant(TenantClient& remote, std::shared_ptr<LocalTenant> replica,
                                        const Clock& clock, PullOptions options = {});

} // namespace gh
