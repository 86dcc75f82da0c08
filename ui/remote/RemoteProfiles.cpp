#include "ui/remote/RemoteProfiles.h"

#include "app/secrets/SecretStore.h"

#include <QFutureWatcher>
#include <QSettings>

namespace gh {

RemoteProfiles::RemoteProfiles(QSettings& settings, QObject* parent)
    : QObject(parent), m_settings(settings),
      m_session(std::make_unique<remote::ProfileStore>(settings, m_sessionSecrets))
{
}

RemoteProfiles::~RemoteProfiles() = default;

void RemoteProfiles::setPersistentStore(SecretStore* store)
{
    m_persistentStore = store;
    m_persistent = store ? std::make_unique<remote::ProfileStore>(m_settings, *store) : nullptr;
}

bool RemoteProfiles::canRemember() const
{
    return m_persistentStore && m_persistentStore->isPersistent();
}

QStringList RemoteProfiles::names() const
{
    return remote::ProfileSettings(m_settings).names();
}

bool RemoteProfiles::contains(const QString& name) const
{
    return remote::ProfileSettings(m_settings).contains(name);
}

remote::ProfileStore* RemoteProfiles::storeFor(const QString& name)
{
    if (m_inMemory.contains(name) || !m_persistent)
        return m_session.get();
    return m_persistent.get();
}

QFuture<Result<remote::TenantProfile>> RemoteProfiles::add(remote::ProfileDraft draft, bool remember)
{
    const QString name = draft.name;
    remote::ProfileStore* store = remember && m_persistent ? m_persistent.get() : m_session.get();
    QFuture<Result<remote::TenantProfile>> added = store->add(std::move(draft));
    auto* watcher = new QFutureWatcher<Result<remote::TenantProfile>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name, remember] {
        watcher->deleteLater();
        const auto done = watcher->future();
        if (done.resultCount() == 0 || !done.result())
            return;
        if (remember && m_persistent)
            m_inMemory.remove(name);
        else
            m_inMemory.insert(name);
        Q_EMIT profilesChanged();
    });
    watcher->setFuture(added);
    return added;
}

QFuture<Result<std::shared_ptr<remote::RemoteTenantClient>>>
RemoteProfiles::openClient(const QString& name, const Clock& clock, remote::RemoteOptions options)
{
    return remote::RemoteTenantClient::fromProfile(*storeFor(name), name, clock, options);
}

} // namespace gh
