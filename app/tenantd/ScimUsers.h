#pragma once

// SCIM /Users writes and filtered lists (SAP_APIS.md 3.4), next to TenantApi's plain list and
// single read:
//   GET    /Users?filter=…[&startIndex&count]  the users the filter matches (ScimFilter.h), in the
//                                              UAA list envelope; a filter it cannot read is
//                                              400 {"error":"invalid_filter","scimType":"invalidFilter"}
//   POST   /Users        {"userName","origin","emails",…}: 201 and the user; 409 when the origin
//                        already has that userName (or the id is taken)
//   PUT    /Users/{id}   the whole user replaced; meta.version + 1
//   DELETE /Users/{id}   200 and the deleted user; its role collection assignments go with it
// PUT and DELETE check If-Match against meta.version ("*" or no header: unchecked) and answer a
// stale one with 412 and the current ETag. Unlike UAA, a POST that carries an "id" keeps it, so
// that a replica's user and the sandbox's share one key, unless `assignIds` (tenantd's
// --assign-user-ids) makes it behave as UAA does: a new id for every POST, whatever the body says
// (push then moves the replica's user to it, PushRekey.h). Scopes are checked before (TenantApi).

#include "app/tenantd/Http.h"

#include <QJsonObject>

namespace gh {
class Clock;
class TenantClient;
struct User;
} // namespace gh

namespace gh::tenantd {

// The SCIM form of a user, as GET /Users answers it.
QJsonObject scimUserJson(const User& user);

// A /Users GET with a `filter` parameter.
HttpResponse filteredUsers(TenantClient& tenant, const HttpRequest& request);
// POST /Users, PUT and DELETE /Users/{id}; other methods are 405. `rest` is the path after /Users.
HttpResponse scimUserWrite(TenantClient& tenant, const Clock& clock, const HttpRequest& request, const QStringList& rest,
                           bool assignIds = false);

} // namespace gh::tenantd
