#pragma once

#include "app/client/TenantClient.h"
#include "app/client/remote/HttpTransport.h"
#include "app/domain/Clock.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <memory>

namespace gh::remote {

class CsrfSession;
class ProfileStore;
template<class T>
class RemoteResource;
class RemoteRoleCollections;

// How large the pages are that the remote backend asks for. UAA answers at most 500 SCIM users a
// page; the Destination service pages only when asked ($page/$pageSize). Tests make them small.
struct RemoteOptions
{
    int userPageSize = 500;
    int destinationPageSize = 500;
    // For the transports fromProfile() builds.
    RetryPolicy retry;
    int timeoutMs = 30000;
    // The value of a credential's secret (Password, ClientSecret, SecureParam) for Cloud
    // Integration writes, or null; unset or null: the write leaves the secret out.
    std::function<std::shared_ptr<const crypto::SecretBuffer>(EntityKind kind, const QString& name)> credentialSecrets;
};

// The typed client over a remote tenant, one HttpTransport per service: XSUAA (Authorization API
// and SCIM users), the Destination service, Cloud Integration. A transport may be null when the
// profile has no key for that service; its resources then answer NotFound naming the service.
//
// list() and get() of role collections, roles, role templates, users, destinations and
// destination certificates. Writes: role collections are created, their description, roles and
// attribute mappings changed and deleted, users created, replaced and deleted (SCIM /Users,
// RemoteUsers.h) and assigned and unassigned (SCIM /Groups);
// destinations without secret properties created, replaced and deleted (what
// gatehouse-tenantd serves, so what is tested). Identity providers are read from and written to
// /sap/rest/identity-providers (RemoteIdentityProviders.h). Cloud Integration's Security Content API
// (RemoteSecurityContent.h): keystore entries read with chains and written (KeystoreWrites); user credentials, OAuth2 client
// credentials and secure parameters read and written through the CSRF session. Every other
// write answers ReadOnly ("not supported by the remote backend yet").
//
// Lives in the thread of its transports (one with an event loop); the futures finish there.
class RemoteTenantClient final : public TenantClient
{
public:
    RemoteTenantClient(QString displayName, std::unique_ptr<HttpTransport> xsuaa,
                       std::unique_ptr<HttpTransport> destination, std::unique_ptr<HttpTransport> integration,
                       RemoteOptions options = {});
    ~RemoteTenantClient() override;

    // Reads the profile and its client secrets from `profiles` and builds the client in the
    // calling thread (which needs an event loop: the secret store answers through it). The
    // secrets go from the store straight into the transports' SecretBuffers; the bytes read are
    // wiped. `clock` must outlive the client. `profiles` must outlive the returned future.
    static QFuture<Result<std::shared_ptr<RemoteTenantClient>>> fromProfile(ProfileStore& profiles, const QString& name,
                                                                            const Clock& clock,
                                                                            RemoteOptions options = {});

    QString displayName() const override { return m_displayName; }

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

    // The transports, for diagnostics and tests (null for a service without a key).
    HttpTransport* xsuaaTransport() const { return m_xsuaa.get(); }
    HttpTransport* destinationTransport() const { return m_destination.get(); }
    HttpTransport* integrationTransport() const { return m_integration.get(); }
    CsrfSession* integrationCsrf() const { return m_csrf.get(); }

private:
    QString m_displayName;
    std::unique_ptr<HttpTransport> m_xsuaa;
    std::unique_ptr<HttpTransport> m_destination;
    std::unique_ptr<HttpTransport> m_integration;
    std::unique_ptr<CsrfSession> m_csrf; // Cloud Integration's writes; goes before its transport
    std::unique_ptr<RemoteResource<IdentityProvider>> m_identityProviders;
    std::unique_ptr<RemoteResource<User>> m_users;
    std::unique_ptr<RemoteResource<RoleTemplate>> m_roleTemplates;
    std::unique_ptr<RemoteResource<Role>> m_roles;
    std::unique_ptr<RemoteRoleCollections> m_roleCollections;
    std::unique_ptr<RemoteResource<Destination>> m_destinations;
    std::unique_ptr<RemoteResource<DestinationCertificate>> m_destinationCertificates;
    std::unique_ptr<RemoteResource<KeystoreEntry>> m_keystore;
    std::unique_ptr<RemoteResource<UserCredential>> m_userCredentials;
    std::unique_ptr<RemoteResource<OAuth2ClientCredential>> m_oauth2ClientCredentials;
    std::unique_ptr<RemoteResource<SecureParameter>> m_secureParameters;
    std::unique_ptr<RemoteResource<KnownHost>> m_knownHosts;
    std::unique_ptr<RemoteResource<PgpKey>> m_pgpKeys;
};

} // namespace gh::remote
