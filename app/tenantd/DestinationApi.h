#pragma once

// The Destination service's configuration API (/destination-configuration/v1, SAP_APIS.md 2.2)
// at subaccount level, from the tenant's destinations and destination certificates through the
// client layer. Scopes are checked before this is reached (TenantApi); every failure here is
// answered in the service's {"ErrorMessage": …} shape.
//
// Secrets: the tenant file never holds a destination's secret values (they live in the app's
// keychain), so there is none to return. A read answers a stored secret as "<redacted>", as the
// btp CLI shows it, where SAP's own management API would answer the value. A secret sent in a
// POST or PUT records the secret as set; its value is dropped, never written or logged. Sending
// back "<redacted>" (a GET's answer) keeps a secret set, so GET-then-PUT changes nothing else.
//
// Concurrency (SAP_APIS.md 2.4 recommends, unconfirmed on SAP's side): a destination's GET
// answers a strong ETag over its wire form; If-None-Match gives 304, and If-Match, when a client
// sends it, guards a single PUT or DELETE with 412. A client without If-Match is not held to it.

#include "app/tenantd/Http.h"

namespace gh {
class TenantClient;
struct Error;
} // namespace gh

namespace gh::tenantd {

// `rest` is the path after /destination-configuration/v1.
HttpResponse destinationApi(TenantClient& tenant, const HttpRequest& request, const QStringList& rest);

// The status and {"ErrorMessage"} body for a typed failure from the client layer.
HttpResponse destinationErrorResponse(const Error& error);

// The names in an OData "Name in ('a','b')" ('' inside quotes is one quote); nothing when the
// filter has another form.
std::optional<QStringList> parseNameFilter(const QString& filter);

} // namespace gh::tenantd
