#pragma once

#include "app/domain/Error.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gh::remote {

// The server's own words from an error body, whichever SAP shape it has (SAP_APIS.md 1.3, 2.2,
// 3.4), tried in this order:
//   OData (Cloud Integration)   {"error":{"code":"…","message":{"lang":"en","value":"…"}}}
//   its 403 without a wrapper   {"code":"Forbidden","message":{"lang":"en","value":null}}
//   Destination service         {"ErrorMessage":"…"}
//   XSUAA / UAA                 {"error":"…","error_description":"…"} or {"message":"…"}
// Nothing when the body is empty, not JSON, too large to be an error body, or holds none of
// these with the expected types. The text is bounded and stripped of control characters, since
// it ends up in a dialog or a terminal.
std::optional<QString> serverMessage(QByteArrayView body);

// The typed error for an HTTP status outside 2xx: 400 Validation, 401 Authentication,
// 403 Forbidden, 404 NotFound, 409/412/423 Conflict, 413 and other 4xx Validation, 429 and 5xx
// Server. The message is "<server message> (HTTP <status>)", or the status and its reason when
// the body says nothing usable; `where` is the request ("GET /path"), never a header.
Error httpError(int status, QByteArrayView body, const QString& where);

// "Not Found" for 404 and so on (RFC 9110); empty for codes it does not know.
QString reasonPhrase(int status);

// Retry-After (RFC 9110 10.2.3): delay-seconds, or an HTTP date measured against `now` (a date
// in the past is 0 seconds). Nothing when the header is absent or malformed.
std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime& now);

} // namespace gh::remote
