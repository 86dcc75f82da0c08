#pragma once

#include "app/client/local/LocalTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/domain/Clock.h"
#include "app/workspace/Change.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace gh {

// What the status bar and the Edit menu show about the journal.
struct WorkspaceState
{
    qint64 pendingCount = 0; // changes (not steps) waiting for review or push
    QString undoText;        // description of the step Undo would revert; empty: nothing to undo
    QString redoText;
};

// The replica the UI and the CLI work on. Every edit goes through apply(): the changes are
// checked against what is stored (a stale `before` is a conflict), validated, written and
// appended to the journal in one SQLite transaction. Undo and redo replay the journal, so they
// survive a restart. For a local tenant the replica is the tenant itself.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    Workspace(std::shared_ptr<LocalTenant> tenant, const Clock& clock, QObject* parent = nullptr);
    ~Workspace() override;

    TenantClient& client() { return m_client; }
    const std::shared_ptr<LocalTenant>& tenant() const { return m_tenant; }
    QString displayName() const { return m_client.displayName(); }

    // The returned futures finish on the store thread: the CLI may wait on them. The signals
    // below follow on this object's thread.
    QFuture<Status> apply(QList<Change> changes, const QString& description);
    QFuture<Status> undo();
    QFuture<Status> redo();
    QFuture<Result<QList<JournalEntry>>> pendingChanges();
    // Discards one pending change (JournalEntry::seq): its entity goes back to `before` and the
    // entry leaves the journal (the rest of its step stays). Conflict when a later pending change
    // touched the same entity (discard that first), when the entity no longer is as the change
    // left it, or when discarding would leave an assignment without its user or collection.
    // What could have been redone is dropped, as after any new step.
    QFuture<Status> discard(qint64 seq);
    void refresh(); // re-reads the state (e.g. after another process changed the file)

    const WorkspaceState& state() const { return m_state; }

Q_SIGNALS:
    void entitiesChanged(gh::EntityKind kind);
    void stateChanged();

private:
    struct Outcome
    {
        Status status;
        QList<EntityKind> touched;
        WorkspaceState state;
    };
    QFuture<Status> finish(QFuture<Outcome> outcome);

    std::shared_ptr<LocalTenant> m_tenant;
    LocalTenantClient m_client;
    const Clock& m_clock;
    WorkspaceState m_state;
};

} // namespace gh
