#pragma once

// The typed client layer: one sub-client per resource, each asynchronous and failing with a
// typed gh::Error. Two backends implement it: the local tenant (an SQLite file) and, later, the
// remote tenant over SAP's HTTPS APIs.

#include "app/domain/Destination.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/Result.h"
#include "app/domain/TenantMaterial.h"
#include "app/domain/Types.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh {

struct PageRequest
{
    qint64 skip = 0;
    qint64 top = -1; // -1: everything
};

template<class T>
class ResourceClient
{
public:
    virtual ~ResourceClient() = default;
    virtual QFuture<Result<QList<T>>> list(PageRequest page = {}) = 0;
    // How many there are: a backend that can count without reading them all says so.
    virtual QFuture<Result<qint64>> count()
    {
        return list().then([](Result<QList<T>> all) -> Result<qint64> {
            if (!all)
                return all.error();
            return qint64(all->size());
        });
    }
    virtual QFuture<Result<T>> get(const QString& key) = 0;
    virtual QFuture<Result<T>> create(const T& value) = 0; // Conflict when the key exists
    virtual QFuture<Result<T>> update(const T& value) = 0; // NotFound when it does not
    virtual QFuture<Status> remove(const QString& key) = 0;
};

class RoleCollectionsClient : public virtual ResourceClient<RoleCollection>
{
public:
    virtual QFuture<Status> assignUsers(const QString& roleCollection, const QStringList& userIds) = 0;
    virtual QFuture<Status> unassignUsers(const QString& roleCollection, const QStringList& userIds) = 0;
};

class TenantClient
{
public:
    virtual ~TenantClient() = default;

    virtual QString displayName() const = 0;

    virtual ResourceClient<IdentityProvider>& identityProviders() = 0;
    virtual ResourceClient<User>& users() = 0;
    virtual ResourceClient<RoleTemplate>& roleTemplates() = 0;
    virtual ResourceClient<Role>& roles() = 0;
    virtual RoleCollectionsClient& roleCollections() = 0;
    virtual ResourceClient<Destination>& destinations() = 0;
    // The Destination service's certificates and keystores (public nodes only).
    virtual ResourceClient<DestinationCertificate>& destinationCertificates() = 0;
    virtual ResourceClient<KeystoreEntry>& keystore() = 0;
    virtual ResourceClient<UserCredential>& userCredentials() = 0;
    virtual ResourceClient<OAuth2ClientCredential>& oauth2ClientCredentials() = 0;
    virtual ResourceClient<SecureParameter>& secureParameters() = 0;
    // Cloud Integration's known_hosts lines and PGP keys: no API has them, so only the local
    // tenant holds them (the remote client answers "not available over the remote API").
    virtual ResourceClient<KnownHost>& knownHosts() = 0;
    virtual ResourceClient<PgpKey>& pgpKeys() = 0;
};

} // namespace gh
