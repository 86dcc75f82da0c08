#pragma once

// Cloud Integration's Security Content API (/api/v1, OData V2, SAP_APIS.md 1) from the tenant's
// keystore entries, user credentials, OAuth2 client credentials and secure parameters, through
// the client layer. Scopes are checked before this is reached (TenantApi); every failure here is
// answered in OData's {"error":{"code","message":{"lang","value"}}} shape, a refused CSRF token
// in the unwrapped 403 shape with "X-CSRF-Token: Required".
//
// CSRF (SAP_APIS.md 1.2): a GET with "X-CSRF-Token: Fetch" answers the API client's token in the
// same header; every POST, PUT, PATCH and DELETE must send it back.
//
// Secrets: SAP never returns Password, ClientSecret or SecureParam (they read null). A value sent
// in a POST or PUT only records the secret as set: the value itself is neither stored nor logged,
// as the tenant file never holds secret values. A PUT without the secret (or with null) keeps the
// one that is set [I: SAP's behaviour for a PUT without the secret is not documented].
//
// Served: the three credential collections (list, single read, POST/PUT/DELETE answering 202
// without a body), KeystoreEntries (keystoreName system, KeyRenewal, backup_admin_system) with
// Certificate/$value and ChainCertificates, Keystores('name') with $expand=Entries, and
// HistoryKeystoreEntries (the KeyHistory keystore); the keystore writes are
// SecurityContentKeystore's.

#include "app/tenantd/Http.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace gh {
class Clock;
class TenantClient;
struct Error;
} // namespace gh

namespace gh::tenantd {

class SecurityContentKeystore;

class SecurityContentApi
{
public:
    SecurityContentApi(TenantClient& tenant, const Clock& clock);
    ~SecurityContentApi();

    // `rest` is the path after /api/v1; `clientId` the API client the bearer token belongs to
    // (its CSRF token is its own).
    HttpResponse handle(const HttpRequest& request, const QStringList& rest, const QString& clientId);

    // {"error":{"code":"<reason phrase>","message":{"lang":"en","value":message}}}
    static HttpResponse odataError(int status, const QString& message);
    // The 403 without the "error" wrapper: {"code":"Forbidden","message":{"lang":"en","value":…}}.
    static HttpResponse forbidden(const QString& message = {});

private:
    TenantClient& m_tenant;
    QHash<QString, QByteArray> m_csrfTokens; // per API client id
    std::unique_ptr<SecurityContentKeystore> m_keystore;
};

// "UserCredentials('a''b')" → {"UserCredentials", "a'b"}; a segment without a key has none.
// Nothing when the segment is not of that form.
struct ODataSegment
{
    QString entitySet;
    std::optional<QString> key;
};
std::optional<ODataSegment> parseODataSegment(const QString& segment);

} // namespace gh::tenantd
