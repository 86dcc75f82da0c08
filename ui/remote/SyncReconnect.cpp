// SyncSession's watch over the connection (SyncSession.h, setProbeInterval): a small read now
// and then while connected and after a failure; the connection coming back pushes the edits
// journaled while it was away. Everything chained on futures: the GUI thread never waits.
#include "ui/remote/SyncSession.h"

#include "app/client/remote/RemoteTenantClient.h"
#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"

namespace gh {

namespace {

template<class T>
Status statusOf(const Result<T>& r)
{
    if (r)
        return {};
    return r.error();
}

// One cheap read from the first service the profile has a key for.
QFuture<Status> askTheRemote(remote::RemoteTenantClient& c)
{
    const PageRequest one{0, 1};
    if (c.xsuaaTransport())
        return c.users().list(one).then(QtFuture::Launch::Sync, [](const Result<QList<User>>& r) { return statusOf(r); });
    if (c.destinationTransport())
        return c.destinations().list(one).then(QtFuture::Launch::Sync, [](const Result<QList<Destination>>& r) { return statusOf(r); });
    return c.keystore().list(one).then(QtFuture::Launch::Sync, [](const Result<QList<KeystoreEntry>>& r) { return statusOf(r); });
}

// The failures that say the remote is not there (rather than answering about this one read).
bool unreachable(const Error& e)
{
    switch (e.kind) {
    case Error::Kind::Network:
    case Error::Kind::Server:
    case Error::Kind::Authentication:
    case Error::Kind::MalformedResponse:
    case Error::Kind::Io:
        return true;
    default:
        return false;
    }
}

} // namespace

void SyncSession::setProbeInterval(int ms)
{
    m_probeIntervalMs = std::max(ms, 0);
    updateProbeTimer();
}

void SyncSession::updateProbeTimer()
{
    const bool watch = isRemote() && m_probeIntervalMs > 0
        && (m_connection == Connection::Connected || m_connection == Connection::Failed);
    if (!watch) {
        m_probeTimer.stop();
        return;
    }
    if (!m_probeTimer.isActive() || m_probeTimer.interval() != m_probeIntervalMs)
        m_probeTimer.start(m_probeIntervalMs);
}

void SyncSession::probe()
{
    if (!isRemote() || m_busy || m_probing || !m_client)
        return;
    if (m_connection != Connection::Connected && m_connection != Connection::Failed)
        return;
    m_probing = true;
    const quint64 generation = m_generation;
    std::shared_ptr<remote::RemoteTenantClient> client = m_client; // outlives the read
    whenFinished(askTheRemote(*client), this, [this, generation, client](const Status& answer) {
        if (generation != m_generation)
            return;
        m_probing = false;
        if (m_busy) // a pull or push started meanwhile says what it finds
            return;
        if (!answer) {
            const QString why = answer.error().toString();
            if (unreachable(answer.error()) && (m_connection != Connection::Failed || m_error != why))
                setConnection(Connection::Failed, why);
            return;
        }
        if (m_connection != Connection::Failed)
            return;
        setConnection(Connection::Connected);
        if (m_autoPush)
            pushPendingAfterReconnect(generation);
    });
}

void SyncSession::pushPendingAfterReconnect(quint64 generation)
{
    if (!m_workspace)
        return;
    auto count = m_workspace->tenant()->run([](TenantStore& store) { return store.journalCount(JournalEntry::State::Pending); });
    whenFinished(count, this, [this, generation](const Result<qint64>& pending) {
        if (generation != m_generation || !pending || *pending == 0 || m_busy || m_connection != Connection::Connected)
            return;
        Q_EMIT autoPushStarted(*pending); // first, so that a progress view sees the whole push
        push();
    });
}

} // namespace gh
