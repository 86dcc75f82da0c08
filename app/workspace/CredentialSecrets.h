#pragma once

// The secrets typed for a tenant's credentials (user credentials' passwords, OAuth2 client
// secrets, secure parameters' values) on this machine: in the SecretStore under
// credentials::secretKey, never in the tenant file or the journal (which say only "set").
//
// A secret waits in the keychain until a push sends it: before pushing a replica the caller loads
// the secrets of the credentials with pending changes into a PendingCredentialSecrets, which the
// remote client asks through RemoteOptions::credentialSecrets; after the push the secrets the
// remote accepted are removed from the keychain (the tenant holds them now, and a copy kept here
// would overwrite a password changed on the tenant at the next edit). A tenant that is never
// pushed (a tenant file) keeps them, as destination secrets are kept. Deleting a credential
// keeps its secret, so that undo finds it; undo does not bring back an overwritten value.
//
// Like the SecretStore, call CredentialSecrets only from the store's thread, which must run an
// event loop. PendingCredentialSecrets may be read from any thread.

#include "app/client/local/LocalTenant.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/workspace/Push.h"

#include <QFuture>
#include <QMutex>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace gh {

class SecretStore;

// Secret values for one push, by credential kind and name. Thread-safe.
class PendingCredentialSecrets
{
public:
    using Secret = std::shared_ptr<const crypto::SecretBuffer>;

    void put(EntityKind kind, const QString& name, Secret value);
    // The value, or null.
    Secret get(EntityKind kind, const QString& name) const;
    bool contains(EntityKind kind, const QString& name) const { return get(kind, name) != nullptr; }
    QList<std::pair<EntityKind, QString>> names() const;
    // Drops (and so wipes, once no one else holds them) every value.
    void clear();

    // For RemoteOptions::credentialSecrets: answers from `pending`.
    static std::function<Secret(EntityKind, const QString&)> source(std::shared_ptr<PendingCredentialSecrets> pending);
    // For PushOptions::refuse: a credential created with no secret on this machine cannot be
    // created on the tenant, which needs one; the answer names it and says how to give it.
    static std::function<QString(const JournalEntry&)> refuseMissing(std::shared_ptr<PendingCredentialSecrets> pending);

private:
    mutable QMutex m_mutex;
    std::map<std::pair<EntityKind, QString>, Secret> m_values;
};

class CredentialSecrets
{
public:
    CredentialSecrets(SecretStore& store, QString tenantId);

    QString tenantId() const { return m_tenantId; }
    bool isPersistent() const;

    // Keeps `value` as the secret of the credential (replacing any earlier one).
    QFuture<Status> write(EntityKind kind, const QString& name, const crypto::SecretBuffer& value);
    // The secret waiting for the credential; NotFound when there is none.
    QFuture<Result<PendingCredentialSecrets::Secret>> read(EntityKind kind, const QString& name);
    // Reads the secrets of every credential with a pending create or update in `replica`'s journal
    // into `into` (a credential without one is left out). Finishes on the store's thread.
    QFuture<Status> loadPending(std::shared_ptr<LocalTenant> replica, std::shared_ptr<PendingCredentialSecrets> into);
    // After a push: removes from the keychain the secret of every credential in `sent` of which
    // a create or update was written to the remote (Sent).
    QFuture<Status> forgetPushed(const PushSummary& summary, const PendingCredentialSecrets& sent);

private:
    QPointer<SecretStore> m_store;
    QString m_tenantId;
};

} // namespace gh
