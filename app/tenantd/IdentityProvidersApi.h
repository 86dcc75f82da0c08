#pragma once

// The trust configurations (SAP_APIS.md 3.2, "Identity providers"), read only:
//   GET /sap/rest/identity-providers            [IdentityProvider]
//   GET /sap/rest/identity-providers/{origin}   IdentityProvider
// served from the tenant through the client layer; scopes xs_idp.* are checked before (TenantApi).

#include "app/tenantd/Http.h"

namespace gh {
class TenantClient;
} // namespace gh

namespace gh::tenantd {

// `rest` is the path after /sap/rest/identity-providers.
HttpResponse identityProvidersApi(TenantClient& tenant, const HttpRequest& request, const QStringList& rest);

} // namespace gh::tenantd
