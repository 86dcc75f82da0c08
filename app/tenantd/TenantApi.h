#pragma once

// The HTTP API of gatehouse-tenantd, independent of the HTTP server underneath: the token
// endpoint, bearer-token and scope checks, body and rate limits, and SAP's endpoints served
// from a tenant through the typed client layer (so writes land in the tenant file exactly as
// the app's own writes do).

#include "app/tenantd/Http.h"
#include "app/tenantd/SecurityContentApi.h"
#include "app/tenantd/Tokens.h"

namespace gh {
class TenantClient;
struct Error;
} // namespace gh

namespace gh::tenantd {

class TenantApi
{
public:
    TenantApi(TenantClient& client, TokenService& tokens, RateLimiter& limiter)
        : m_client(client), m_tokens(tokens), m_limiter(limiter), m_securityContent(client, tokens.clock()) {}

    // Never throws and never fails: every request gets an answer, bad input a 4xx.
    HttpResponse handle(const HttpRequest& request);

    // POST /Users makes its own id and ignores one the body carries, as XSUAA's SCIM does
    // (--assign-user-ids); by default a client's id is kept (ScimUsers.h).
    void setAssignUserIds(bool assign) { m_assignUserIds = assign; }

private:
    HttpResponse token(const HttpRequest& request);
    HttpResponse users(const HttpRequest& request, const QStringList& rest);

    TenantClient& m_client;
    TokenService& m_tokens;
    RateLimiter& m_limiter;
    SecurityContentApi m_securityContent; // Cloud Integration's /api/v1, with its CSRF tokens
    bool m_assignUserIds = false;
};

// The status and body for a typed failure from the client layer.
HttpResponse errorResponse(const Error& error);

} // namespace gh::tenantd
