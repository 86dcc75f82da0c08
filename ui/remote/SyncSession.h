#pragma once

// What the cockpit knows of the open tenant's remote side: whether it is a tenant file or a
// profile's replica, the connection to the profile's remote tenant (made on first pull or push),
// the replica's push conflicts and last pull. Pull and push run here, chained on the remote
// client's futures (this thread's event loop), so the GUI thread never waits; their progress comes
// back as signals.

#include "app/client/local/TenantStore.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Push.h"
#include "app/workspace/Workspace.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace gh {

class Clock;
class RemoteProfiles;
class Workspace;
class SecretStore;
class PendingCredentialSecrets;
namespace remote {
class RemoteTenantClient;
}

class KeyVault;

class SyncSession final : public QObject
{
    Q_OBJECT

public:
    enum class Connection { None, LocalFile, NotConnected, Connecting, Connected, Failed };

    SyncSession(RemoteProfiles& profiles, const Clock& clock, QObject* parent = nullptr);
    ~SyncSession() override;

    // The open tenant: a file (profile empty) or the replica of `profile`. Not owned.
    void setTenant(Workspace* workspace, const QString& profile);
    // Where a push finds the private keys of key pairs made here (not owned; null: none, such
    // changes stay pending).
    void setKeyVault(KeyVault* keyVault) { m_keyVault = keyVault; }
    Workspace* workspace() const { return m_workspace; }
    QString profile() const { return m_profile; }
    bool isRemote() const { return m_workspace && !m_profile.isEmpty(); }
    bool isBusy() const { return m_busy; }

    Connection connection() const { return m_connection; }
    QString connectionError() const { return m_error; }
    // "local file", "connected", … for people.
    QString connectionText() const;

    qsizetype conflictCount() const { return m_conflicts.size(); }
    const QList<Conflict>& conflicts() const { return m_conflicts; }
    QDateTime lastPull() const { return m_lastPull; }
    // Re-reads the conflicts and the last pull from the replica (after an edit, undo, resolve).
    void reload();

    // Where the secrets typed for credentials wait (the key vault's store; not owned). A push
    // sends those of the credentials it pushes and removes them once the remote has them;
    // without a store, a credential created here is refused by the push.
    void setSecretStore(SecretStore* store);

    // Starts a pull or push; false (nothing started) while one runs or for a tenant file.
    bool pull();
    bool push();
    void cancel();
    // Ends a conflict through resolveConflict, then reloads the panes' kind and the conflicts.
    QFuture<Status> resolve(EntityKind kind, const QString& key, Resolution resolution);

    // While connected, and after a connection failed, the session asks the remote every
    // `ms` (0: never) whether it answers: a failure shows as Failed, and when a failed remote
    // answers again the session is Connected again and, with auto push on (the default), pushes
    // the edits journaled meanwhile (autoPushStarted; cancel() stops it like any push).
    void setProbeInterval(int ms);
    int probeInterval() const { return m_probeIntervalMs; }
    void setAutoPush(bool on) { m_autoPush = on; }
    bool autoPush() const { return m_autoPush; }
    // Asks the remote now (what the timer does); nothing while busy or before the first connection.
    void probe();

    // Translated name of a kind of rows ("Users", "Role collections" …).
    static QString kindTitle(EntityKind kind);

Q_SIGNALS:
    void changed(); // connection, conflicts, last pull, busy
    void pullProgress(gh::EntityKind kind, qint64 count);
    void pushProgress(const gh::PushItem& item);
    void pullFinished(const gh::Result<gh::PullSummary>& result);
    void pushFinished(const gh::Result<gh::PushSummary>& result);
    // The remote answers again and the session pushes `pending` journaled changes on its own.
    void autoPushStarted(qint64 pending);

private:
    // Calls `then` with the connected client (connecting first), or reports the failure.
    void withClient(std::function<void(const Status&)> then);
    // The push proper, once connected and the credential secrets are loaded.
    void startPush(quint64 generation);
    void forgetPushedSecrets(const Result<PushSummary>& pushed);
    void setConnection(Connection connection, const QString& error = {});
    void finishBusy();
    void updateProbeTimer();
    void pushPendingAfterReconnect(quint64 generation);

    RemoteProfiles& m_profiles;
    const Clock& m_clock;
    QPointer<Workspace> m_workspace;
    QString m_profile;
    QMetaObject::Connection m_stateConnection;
    std::shared_ptr<remote::RemoteTenantClient> m_client;
    Connection m_connection = Connection::None;
    QString m_error;
    QList<Conflict> m_conflicts;
    QDateTime m_lastPull;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<SecretStore> m_secretStore;
    std::shared_ptr<PendingCredentialSecrets> m_credentialSecrets; // what the remote client sends
    KeyVault* m_keyVault = nullptr;
    quint64 m_generation = 0; // drops late answers about an earlier tenant
    QTimer m_probeTimer;
    int m_probeIntervalMs = 30000;
    bool m_probing = false;
    bool m_autoPush = true;
};

} // namespace gh
