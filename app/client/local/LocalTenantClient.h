#pragma once

#include "app/client/TenantClient.h"
#include "app/client/local/LocalTenant.h"

#include <memory>

namespace gh {

template<class T>
class LocalResource;
class LocalRoleCollections;

// The typed client over a local tenant file. Every call runs on the tenant's store thread.
class LocalTenantClient final : public TenantClient
{
public:
    explicit LocalTenantClient(std::shared_ptr<LocalTenant> tenant);
    ~LocalTenantClient() override;

    QString displayName() const override;
    const std::shared_ptr<LocalTenant>& tenant() const { return m_tenant; }

    ResourceClient<IdentityProvider>& identityProviders() override;
    ResourceClient<User>& users() override;
    ResourceClient<RoleTemplate>& roleTemplates() override;
    ResourceClient<Role>& roles() override;
    RoleCollectionsClient& roleCollections() override;
    ResourceClient<Destination>& destinations() override;
    ResourceClient<DestinationCertificate>& destinationCertificates() override;
    ResourceClient<KeystoreEntry>& keystore() override;
    ResourceClient<UserCredential>& userCredentials() override;
    ResourceClient<OAuth2ClientCredential>& oauth2ClientCredentials() override;
    ResourceClient<SecureParameter>& secureParameters() override;
    ResourceClient<KnownHost>& knownHosts() override;
    ResourceClient<PgpKey>& pgpKeys() override;

private:
    std::shared_ptr<LocalTenant> m_tenant;
    std::unique_ptr<LocalResource<IdentityProvider>> m_identityProviders;
    std::unique_ptr<LocalResource<User>> m_users;
    std::unique_ptr<LocalResource<RoleTemplate>> m_roleTemplates;
    std::unique_ptr<LocalResource<Role>> m_roles;
    std::unique_ptr<LocalRoleCollections> m_roleCollections;
    std::unique_ptr<LocalResource<Destination>> m_destinations;
    std::unique_ptr<LocalResource<DestinationCertificate>> m_destinationCertificates;
    std::unique_ptr<LocalResource<KeystoreEntry>> m_keystore;
    std::unique_ptr<LocalResource<UserCredential>> m_userCredentials;
    std::unique_ptr<LocalResource<OAuth2ClientCredential>> m_oauth2ClientCredentials;
    std::unique_ptr<LocalResource<SecureParameter>> m_secureParameters;
    std::unique_ptr<LocalResource<KnownHost>> m_knownHosts;
    std::unique_ptr<LocalResource<PgpKey>> m_pgpKeys;
};

// Store-thread functions shared by the client and the workspace: the typed reads with derived
// fields filled in (a user's role collections, a collection's users), and the write rules.
namespace local {
template<class T>
Result<QList<T>> list(TenantStore& store, PageRequest page = {});
template<class T>
Result<T> get(TenantStore& store, const QString& key);
// Whether an entity may be changed or deleted (predefined role collections may not).
template<class T>
Status checkWritable(TenantStore& store, const QString& key);
template<class T>
Status validate(const T& value);
} // namespace local

} // namespace gh
