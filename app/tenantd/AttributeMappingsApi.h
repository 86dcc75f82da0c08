#pragma once

// A role collection's identity-provider attribute mappings on the Authorization API
// (SAP_APIS.md 3.2, paths from third-party code [T]):
//   GET    /rolecollections/{name}/attributeMappings[/{idpOrigin}]   [mapping], the
//          samlAttributeAssignment objects (of that identity provider)
//   POST   /rolecollections/{name}/attributeMappings                 one mapping: {"attributeName",
//          "attributeValue", "idpId" (the origin), "comparisonOperator"?, "idpDisplayName"?};
//          201 with the collection, or 200 when it was there already
//   DELETE /rolecollections/{name}/attributeMappings/{idpOrigin}/{attributeName}/{attributeValue}
// A predefined collection refuses changes (400), as every write to it in the tenant does.

#include "app/tenantd/Http.h"

namespace gh {
class TenantClient;
} // namespace gh

namespace gh::tenantd {

// `rest` is the path after /rolecollections/{name}/attributeMappings.
HttpResponse attributeMappingsApi(TenantClient& tenant, const HttpRequest& request, const QString& collection,
                                  const QStringList& rest);

} // namespace gh::tenantd
