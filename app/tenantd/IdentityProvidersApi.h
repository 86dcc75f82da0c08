#pragma once

// The trust configurations (SAP_APIS.md 3.2, "Identity providers"):
//   GET    /sap/rest/identity-providers            [IdentityProvider]
//   GET    /sap/rest/identity-providers/{origin}   IdentityProvider
//   POST   /sap/rest/identity-providers            IdentityProvider → 201 (409 when the origin exists)
//   PUT    /sap/rest/identity-providers/{origin}   IdentityProvider → 200 (the path's origin; 404 when missing)
//   DELETE /sap/rest/identity-providers/{origin}   200 and what was deleted
// The bodies are the GET's shape (SAP documents the paths, not the payloads: the sandbox takes
// its own). Served from the tenant through the client layer; scopes xs_idp.* are checked before
// (TenantApi). A bad body is a 400 naming the JSON path, changing nothing.

#include "app/tenantd/Http.h"

namespace gh {
class TenantClient;
} // namespace gh

namespace gh::tenantd {

// `rest` is the path after /sap/rest/identity-providers.
HttpResponse identityProvidersApi(TenantClient& tenant, const HttpRequest& request, const QStringList& rest);

} // namespace gh::tenantd
