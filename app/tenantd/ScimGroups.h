#pragma once

// SCIM /Groups (SAP_APIS.md 3.4) served from the tenant: in XSUAA a group is a role collection
// (displayName = its name) whose members are the users directly assigned to it.
//   GET /Groups[?startIndex&count]   the UAA list envelope (lower-case "resources")
//   GET /Groups/{id}                 one group, ETag: "<meta.version>"
//   PATCH /Groups/{id}               {"members":[{"value","type":"USER","operation":"delete"?}]}
//   POST /Groups/{id}/members        {"origin","type":"USER","value"}: one member added
// A group's id is a name-based UUID of the collection's name, so clients map displayName → id by
// listing, as they must on XSUAA. meta.version is a digest of the description and the members
// (not a counter: the tenant file keeps none); PATCH and POST check If-Match against it ("*" or
// no header: unchecked) and answer 412 for a stale one. Scopes are checked before (TenantApi).

#include "app/tenantd/Http.h"

namespace gh {
class TenantClient;
} // namespace gh

namespace gh::tenantd {

// `rest` is the path after /Groups.
HttpResponse scimGroups(TenantClient& tenant, const HttpRequest& request, const QStringList& rest);

} // namespace gh::tenantd
