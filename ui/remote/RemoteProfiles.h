#pragma once

// The cockpit's tenant profiles: the profiles' settings in the QSettings main_gui hands over (the
// CLI's gatehouse.ini), their client secrets in the system keychain when "Remember client
// secrets" was ticked, else in a memory store that lives as long as this object (this run).

#include "app/client/remote/RemoteTenantClient.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/secrets/MemorySecretStore.h"

#include <QObject>
#include <QSet>

#include <memory>

class QSettings;

namespace gh {

class Clock;
class SecretStore;

class RemoteProfiles final : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive this object.
    explicit RemoteProfiles(QSettings& settings, QObject* parent = nullptr);
    ~RemoteProfiles() override;

    // The store of remembered secrets (the system keychain; main_gui sets it once probed). Not
    // owned; null or not persistent: secrets can only be kept for this run.
    void setPersistentStore(SecretStore* store);
    bool canRemember() const;

    QSettings& settings() const { return m_settings; }
    QStringList names() const;
    bool contains(const QString& name) const;

    // Adds (or with draft.replace replaces) a profile; `remember` false keeps its secrets in memory.
    QFuture<Result<remote::TenantProfile>> add(remote::ProfileDraft draft, bool remember);
    // The remote client of a profile, its secrets read from where they were kept. Finishes in this
    // thread (the transports live in it).
    QFuture<Result<std::shared_ptr<remote::RemoteTenantClient>>> openClient(const QString& name, const Clock& clock,
                                                                             remote::RemoteOptions options = {});

Q_SIGNALS:
    void profilesChanged();

private:
    remote::ProfileStore* storeFor(const QString& name);

    QSettings& m_settings;
    MemorySecretStore m_sessionSecrets;
    std::unique_ptr<remote::ProfileStore> m_session;
    std::unique_ptr<remote::ProfileStore> m_persistent;
    SecretStore* m_persistentStore = nullptr;
    QSet<QString> m_inMemory; // profiles whose secrets this run keeps in memory
};

} // namespace gh
