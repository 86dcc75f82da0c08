#pragma once

// The XSUAA Authorization API (/sap/rest/authorization/v2, SAP_APIS.md 3.2) served from the
// tenant through the client layer: role collections (list, get, create, change the
// description, delete), the roles in a collection (list, add one, remove one), all roles, and
// all role templates. Scopes are checked before this is reached (TenantApi).

#include "app/tenantd/Http.h"

namespace gh {
class TenantClient;
} // namespace gh

namespace gh::tenantd {

// `rest` is the path after /sap/rest/authorization/v2.
HttpResponse authorizationApi(TenantClient& tenant, const HttpRequest& request, const QStringList& rest);

} // namespace gh::tenantd
