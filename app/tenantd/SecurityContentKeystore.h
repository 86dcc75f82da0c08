#pragma once

// The keystore writes of Cloud Integration's Security Content API (SAP_APIS.md 1.4, 1.5, 1.6)
// for gatehouse-tenantd, on top of SecurityContentApi's reads:
//
//   POST /KeyPairGenerationRequests               generate a key pair (self-signed certificate)
//   GET  /KeystoreEntries('{hex}')/SigningRequest/$value   the key pair's CSR (application/pkcs10)
//   GET  /KeystoreEntries('{hex}')/ChainResource/$value    the entry's chain, concatenated PEM
//   PUT  /CertificateResources('{hex}')/$value    import (or, update=true, replace) a certificate
//   PUT  /CertificateChainResources('{hex}')/$value  the CA-signed chain of an existing key pair
//   POST /KeyPairResources                        import (update=true: replace) a PKCS#12 key pair
//   PUT  /KeystoreEntries('{hex}')?renameAlias=…  rename
//   DELETE /KeystoreEntries('{hex}')?keystoreName=KeyRenewal&activate=true   activate a renewal
//
// Writes answer 200 {"d":{"results":[KeystoreEntry]}} with returnKeystoreEntries=true, else 204
// (a rename with returnKeystoreEntries: 200 {"d":KeystoreEntry}). An alias taken: 409 (400 for a
// rename, as SAP documents); SAP-owned entries are refused with 400.
//
// Private keys (generated here or imported with a PKCS#12) go to the daemon's KeyVault over a
// SecretStore of its own process memory (the tenant file never holds them, and nothing logs
// them): a CSR is available for the keys this daemon holds, while it runs. The PKCS#12 password
// lives in a SecretBuffer only.

#include "app/tenantd/Http.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace gh {
class Clock;
class TenantClient;
class SecretStore;
class KeyVault;
} // namespace gh

namespace gh::tenantd {

struct ODataSegment;

class SecurityContentKeystore
{
public:
    SecurityContentKeystore(TenantClient& tenant, const Clock& clock);
    ~SecurityContentKeystore();

    // The answer for the requests above; nothing for any other request. `keystore` is the
    // request's keystoreName (system by default), `user` who acts (LastModifiedBy).
    std::optional<HttpResponse> handle(const HttpRequest& request, const ODataSegment& segment, const QStringList& more,
                                       const QString& keystore, const QString& user);

private:
    HttpResponse generate(const HttpRequest& r, const QString& keystore, const QString& user);
    HttpResponse signingRequest(const QString& key);
    HttpResponse putCertificate(const HttpRequest& r, const QString& hexalias, const QString& keystore, const QString& user);
    HttpResponse putChain(const HttpRequest& r, const QString& key, const QString& user);
    HttpResponse putKeyPair(const HttpRequest& r, const QString& keystore, const QString& user);
    HttpResponse rename(const HttpRequest& r, const QString& key, const QString& user);
    HttpResponse activate(const HttpRequest& r, const QString& key, const QString& user);

    TenantClient& m_tenant;
    const Clock& m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<KeyVault> m_vault;
};

} // namespace gh::tenantd
