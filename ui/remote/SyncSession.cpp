#include "ui/remote/SyncSession.h"

#include "app/client/remote/RemoteTenantClient.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/CredentialSecrets.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"
#include "ui/remote/RemoteProfiles.h"

namespace gh {

SyncSession::SyncSession(RemoteProfiles& profiles, const Clock& clock, QObject* parent)
    : QObject(parent), m_profiles(profiles), m_clock(clock),
      m_credentialSecrets(std::make_shared<PendingCredentialSecrets>())
{
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncSession::probe); // SyncReconnect.cpp
}

void SyncSession::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
}

SyncSession::~SyncSession()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SyncSession::setTenant(Workspace* workspace, const QString& profile)
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_busy = false;
    m_probing = false;
    disconnect(m_stateConnection);
    m_workspace = workspace;
    m_profile = workspace ? profile : QString();
    m_client.reset();
    m_conflicts.clear();
    m_lastPull = {};
    m_error.clear();
    m_connection = !workspace ? Connection::None : profile.isEmpty() ? Connection::LocalFile : Connection::NotConnected;
    if (m_workspace)
        m_stateConnection = connect(m_workspace, &Workspace::stateChanged, this, &SyncSession::reload);
    updateProbeTimer();
    reload();
    Q_EMIT changed();
}

QString SyncSession::connectionText() const
{
    switch (m_connection) {
    case Connection::None: return tr("no tenant");
    case Connection::LocalFile: return tr("local file");
    case Connection::NotConnected: return tr("offline (not connected yet)");
    case Connection::Connecting: return tr("connecting…");
    case Connection::Connected: return tr("connected");
    case Connection::Failed: return tr("failed: %1").arg(m_error);
    }
    return {};
}

void SyncSession::reload()
{
    if (!m_workspace)
        return;
    struct Read
    {
        QList<Conflict> conflicts;
        QString lastPull;
    };
    const quint64 generation = m_generation;
    auto read = m_workspace->tenant()->run([](TenantStore& store) -> Result<Read> {
        auto conflicts = store.conflicts();
        if (!conflicts)
            return conflicts.error();
        return Read{*conflicts, store.meta(QStringLiteral("lastPull"))};
    });
    whenFinished(read, this, [this, generation](const Result<Read>& r) {
        if (generation != m_generation || !r)
            return;
        m_conflicts = r->conflicts;
        m_lastPull = r->lastPull.isEmpty() ? QDateTime() : QDateTime::fromString(r->lastPull, Qt::ISODate);
        Q_EMIT changed();
    });
}

void SyncSession::setConnection(Connection connection, const QString& error)
{
    m_connection = connection;
    m_error = error;
    updateProbeTimer();
    Q_EMIT changed();
}

void SyncSession::withClient(std::function<void(const Status&)> then)
{
    if (m_client) {
        then(Status());
        return;
    }
    setConnection(Connection::Connecting);
    const quint64 generation = m_generation;
    remote::RemoteOptions options;
    options.credentialSecrets = PendingCredentialSecrets::source(m_credentialSecrets);
    whenFinished(m_profiles.openClient(m_profile, m_clock, std::move(options)), this,
                 [this, generation, then = std::move(then)](
                     const Result<std::shared_ptr<remote::RemoteTenantClient>>& client) {
                     if (generation != m_generation)
                         return;
                     if (!client) {
                         setConnection(Connection::Failed, client.error().toString());
                         then(client.error());
                         return;
                     }
                     m_client = *client;
                     setConnection(Connection::Connected);
                     then(Status());
                 });
}

void SyncSession::finishBusy()
{
    m_busy = false;
    m_cancel.reset();
    if (m_workspace)
        m_workspace->refresh(); // the pending count, undo texts; reload() follows stateChanged
    Q_EMIT changed();
}

bool SyncSession::pull()
{
    if (!isRemote() || m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT changed();
    const quint64 generation = m_generation;
    withClient([this, generation](const Status& connected) {
        if (!connected) {
            finishBusy();
            Q_EMIT pullFinished(connected.error());
            return;
        }
        PullOptions options;
        options.profile = m_profile;
        options.cancel = m_cancel;
        QPointer<SyncSession> self(this);
        // Runs in the transports' thread (this one); queued all the same.
        options.progress = [self, generation](EntityKind kind, qint64 count) {
            QMetaObject::invokeMethod(self, [self, generation, kind, count] {
                if (self && self->m_generation == generation)
                    Q_EMIT self->pullProgress(kind, count);
            }, Qt::QueuedConnection);
        };
        std::shared_ptr<remote::RemoteTenantClient> client = m_client; // outlives the pull
        whenFinished(pullTenant(*client, m_workspace->tenant(), m_clock, options), this,
                     [this, generation, client](const Result<PullSummary>& pulled) {
                         if (generation != m_generation)
                             return;
                         if (!pulled && pulled.error().kind != Error::Kind::Cancelled
                             && pulled.error().kind != Error::Kind::Conflict)
                             setConnection(Connection::Failed, pulled.error().toString());
                         else if (pulled)
                             setConnection(Connection::Connected); // again, after an earlier failure
                         if (pulled && m_workspace) // every pane reads the new rows
                             for (EntityKind kind : pulledKinds())
                                 Q_EMIT m_workspace->entitiesChanged(kind);
                         if (pulled && m_workspace)
                             Q_EMIT m_workspace->entitiesChanged(EntityKind::Assignment);
                         finishBusy();
                         Q_EMIT pullFinished(pulled);
                     });
    });
    return true;
}

bool SyncSession::push()
{
    if (!isRemote() || m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT changed();
    const quint64 generation = m_generation;
    withClient([this, generation](const Status& connected) {
        if (!connected) {
            finishBusy();
            Q_EMIT pushFinished(connected.error());
            return;
        }
        m_credentialSecrets->clear();
        if (!m_secretStore || !m_workspace) {
            startPush(generation);
            return;
        }
        CredentialSecrets secrets(*m_secretStore, m_workspace->tenant()->id());
        whenFinished(secrets.loadPending(m_workspace->tenant(), m_credentialSecrets), this,
                     [this, generation](const Status& loaded) {
                         if (generation != m_generation)
                             return;
                         if (!loaded) {
                             finishBusy();
                             Q_EMIT pushFinished(loaded.error());
                             return;
                         }
                         startPush(generation);
                     });
    });
    return true;
}

void SyncSession::startPush(quint64 generation)
{
    PushOptions options;
    options.refuse = PendingCredentialSecrets::refuseMissing(m_credentialSecrets);
    options.cancel = m_cancel;
    QPointer<SyncSession> self(this);
    options.progress = [self, generation](const PushItem& item) {
        QMetaObject::invokeMethod(self, [self, generation, item] {
            if (self && self->m_generation == generation)
                Q_EMIT self->pushProgress(item);
        }, Qt::QueuedConnection);
    };
    // Called in this thread (the transports'), as the key vault wants; looked up at each call.
    options.privateKeyOf = [self](const KeystoreEntry& entry) {
        using Key = Result<std::shared_ptr<const crypto::PrivateKey>>;
        if (!self || !self->m_keyVault)
            return QtFuture::makeReadyFuture(Key(Error::notFound(QStringLiteral("no key store is open"))));
        return self->m_keyVault->keyOf(entry);
    };
    std::shared_ptr<remote::RemoteTenantClient> client = m_client;
    whenFinished(pushJournal(*client, m_workspace->tenant(), m_clock, options), this,
                 [this, generation, client](const Result<PushSummary>& pushed) {
                     if (generation != m_generation)
                         return;
                     const std::optional<Error> failure = !pushed ? std::optional<Error>(pushed.error())
                                                                  : pushed->stoppedBy;
                     if (failure && failure->kind != Error::Kind::Cancelled)
                         setConnection(Connection::Failed, failure->toString());
                     else if (!failure)
                         setConnection(Connection::Connected);
                     if (m_workspace && pushed)
                         for (const PushItem& item : pushed->items)
                             Q_EMIT m_workspace->entitiesChanged(item.kind);
                     forgetPushedSecrets(pushed);
                     finishBusy();
                     Q_EMIT pushFinished(pushed);
                 });
}

void SyncSession::forgetPushedSecrets(const Result<PushSummary>& pushed)
{
    // The remote holds the secrets it accepted: they leave the keychain (what stays pending keeps
    // its secret for the next push).
    if (pushed && m_secretStore && m_workspace)
        CredentialSecrets(*m_secretStore, m_workspace->tenant()->id()).forgetPushed(*pushed, *m_credentialSecrets);
    m_credentialSecrets->clear();
}

void SyncSession::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QFuture<Status> SyncSession::resolve(EntityKind kind, const QString& key, Resolution resolution)
{
    if (!m_workspace)
        return QtFuture::makeReadyFuture(Status(Error::make(Error::Kind::NotFound, tr("no tenant is open"))));
    QFuture<Status> resolved = resolveConflict(*m_workspace, kind, key, resolution);
    QPointer<Workspace> workspace = m_workspace;
    whenFinished(resolved, this, [this, workspace, kind](const Status&) {
        if (!workspace)
            return;
        Q_EMIT workspace->entitiesChanged(kind);
        workspace->refresh();
        reload();
    });
    return resolved;
}

QString SyncSession::kindTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::IdentityProvider: return tr("Identity providers");
    case EntityKind::User: return tr("Users");
    case EntityKind::RoleTemplate: return tr("Role templates");
    case EntityKind::Role: return tr("Roles");
    case EntityKind::RoleCollection: return tr("Role collections");
    case EntityKind::Assignment: return tr("Assignments");
    case EntityKind::Destination: return tr("Destinations");
    case EntityKind::KeystoreEntry: return tr("Keystore entries");
    case EntityKind::UserCredential: return tr("User credentials");
    case EntityKind::OAuth2ClientCredential: return tr("OAuth2 client credentials");
    case EntityKind::SecureParameter: return tr("Secure parameters");
    case EntityKind::DestinationCertificate: return tr("Destination certificates");
    case EntityKind::KnownHost: return tr("Known hosts");
    case EntityKind::PgpKey: return tr("PGP keys");
    }
    return {};
}

} // namespace gh
