#pragma once

#include "app/client/TenantClient.h"
#include "app/client/local/LocalTenant.h"
#include "app/domain/Clock.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/crypto/PrivateKey.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace gh {

// What push did (or, in a dry run, would do) with one pending journal entry.
struct PushItem
{
    enum class Outcome {
        Sent,        // written to the remote, the entry is now Pushed
        AlreadyDone, // the remote already had it (a create of exactly this, a delete of something gone)
        WouldSend,   // dry run: would be written
        Conflict,    // the remote changed the entity since the replica's base: recorded, stays pending
        Refused,     // the remote refused the write (not supported yet, validation …): stays pending
        Waiting,     // an earlier change of the same entity did not go: stays pending
        NotReached,  // the push stopped (transport failure, cancelled) before this entry
    };
    enum class Action { Create, Update, Delete };

    qint64 seq = 0;
    qint64 group = 0;
    EntityKind kind = EntityKind::User;
    QString key;
    Action action = Action::Update;
    Outcome outcome = Outcome::NotReached;
    QString message; // why it was refused, what it waits for
};

struct PushSummary
{
    QList<PushItem> items; // the pending entries in journal order
    // Set when the push stopped before the end (a transport failure after the transport's own
    // retries, a replica that could not be written, cancellation); what was pushed before is
    // recorded in the replica.
    std::optional<Error> stoppedBy;

    qsizetype count(PushItem::Outcome outcome) const;
    // Whether everything pending went (or would go): no conflict, refusal, stop.
    bool complete() const;
};

struct PushOptions
{
    // Read the remote and report, but write nothing, neither remote nor local.
    bool dryRun = false;
    // Called after each entry, in the remote client's thread.
    std::function<void(const PushItem& item)> progress;
    // Checked between entries: set it to stop; what was pushed stays recorded.
    std::shared_ptr<std::atomic_bool> cancel;
    // Asked, in the remote client's thread, before an entry is written (or would be, in a dry
    // run): a non-empty answer refuses the entry with that message, as if the remote had
    // (PendingCredentialSecrets::refuseMissing: a credential created without its secret).
    std::function<QString(const JournalEntry& entry)> refuse;
    // The private key of a key pair the journal created or replaced here (KeyVault::keyOf),
    // for sending it as PKCS#12 (PushKeystore.h); none: such changes are refused, stay pending.
    std::function<QFuture<Result<std::shared_ptr<const crypto::PrivateKey>>>(const KeystoreEntry& entry)> privateKeyOf;
};

QString pushActionName(PushItem::Action action);
QString pushOutcomeName(PushItem::Outcome outcome);

// The top-level properties in which two stored forms differ, in key order (a missing form: all
// of the other's).
QStringList differingFields(const std::optional<QJsonObject>& a, const std::optional<QJsonObject>& b);

// Sends the replica's pending journal entries to `remote`, in journal order. For each entity the
// remote's current form is read (get) and its version (TenantStore::versionOf of the stored form,
// as pull computes it) compared with the entry's base version: equal, the write is sent
// (create/update/remove), the entry marked Pushed and the row's (and the entity's later entries')
// base version set to the remote's new version, in one replica transaction per entry. Different:
// a conflict, recorded in the replica's `conflicts` (base, mine, theirs), the entity's entries
// stay pending and the rest of the journal goes on. A remote that already has the entry's result
// counts as done, so a push repeated after a failure writes nothing twice. A refused write (the
// remote backend's ReadOnly "not supported yet", a validation error) is reported and stays
// pending. A read or write failing otherwise (network, server, authentication) stops the push:
// `stoppedBy`, with everything before it recorded. Conflicts of entities without pending entries
// any more are dropped. Asynchronous; `remote` and `clock` must outlive the future.
QFuture<Result<PushSummary>> pushJournal(TenantClient& remote, std::shared_ptr<LocalTenant> replica, const Clock& clock,
                                         PushOptions options = {});

class Workspace;

// Ends the push conflict of one entity of the replica. KeepMine: its pending changes are based on
// the remote's version recorded with the conflict, so the next push sends them over theirs
// (unless the remote changed again). TakeTheirs: its pending changes are discarded (newest
// first, Workspace::discard, so the journal's rules hold) and the row becomes the remote's form
// with that version. NotFound when the entity has no conflict; a discard's refusal stops
// TakeTheirs with the conflict kept.
enum class Resolution { KeepMine, TakeTheirs };
QFuture<Status> resolveConflict(Workspace& workspace, EntityKind kind, const QString& key, Resolution resolution);

} // namespace gh
