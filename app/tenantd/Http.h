#pragma once

// The server's own small request/response types. QtHttpServer is a technology preview in Qt 6.4,
// so it stays behind HttpsServer: everything else (routing, tokens, endpoints) sees only these
// and can be tested or moved to another HTTP layer without change.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <chrono>

namespace gh::tenantd {

// XSUAA bounds POST bodies to 1 MB (SAP_APIS.md 3.1); tenantd refuses more with 413.
inline constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

struct HttpRequest
{
    QByteArray method;         // "GET", "POST", …
    QByteArray target;         // the path and query as sent, still encoded (for the access log)
    QStringList pathSegments;  // percent-decoded one by one, so "%2F" inside a name stays in it
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name, compared case-insensitively as HTTP requires.
    QByteArray header(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Set only by fault injection: close the connection without answering, or answer late.
    bool drop = false;
    std::chrono::milliseconds delay{0};

    static HttpResponse json(int status, const QJsonValue& value);
    // A JSON body made by the caller (compact, as json() makes it).
    static HttpResponse jsonBytes(int status, QByteArray body);
    // The compact JSON of an array of `values`, each made by `toJson`, without the whole array
    // ever being one QJsonArray (a page of 500 users was copied into one, then written out).
    template<class List, class F>
    static QByteArray compactArray(const List& values, F&& toJson)
    {
        QByteArray out;
        out.reserve(values.size() * 256 + 2);
        out += '[';
        for (const auto& value : values) {
            if (out.size() > 1)
                out += ',';
            out += compact(toJson(value));
        }
        out += ']';
        return out;
    }
    static QByteArray compact(const QJsonObject& object);
    static HttpResponse empty(int status);
    // {"error", "error_description", "message"}: the ErrorResponse model of SAP's spec, which
    // UAA's SCIM endpoints answer with too.
    static HttpResponse error(int status, const QString& error, const QString& description);
    // {"ErrorMessage": …}: how the Destination service answers every failure (SAP_APIS.md 2.3).
    static HttpResponse destinationError(int status, const QString& message);
    HttpResponse& withHeader(QByteArray name, QByteArray value);
};

// Whether a path is the Destination service's, whose errors have their own shape.
bool isDestinationPath(const QStringList& pathSegments);

// An error in the shape of the API the request went to: {"ErrorMessage"} for the Destination
// service, XSUAA's {"error", "error_description", "message"} everywhere else.
HttpResponse apiError(const HttpRequest& request, int status, const QString& error, const QString& description);

// The request's target for a log line: its query values named like a secret (client_secret,
// password, …) replaced by "***", since the token endpoint takes credentials there too.
QByteArray loggableTarget(const HttpRequest& request);

// Splits an encoded path ("/a/b%20c") into decoded segments ({"a", "b c"}); empty segments
// are dropped so that a trailing slash does not change the route.
QStringList splitPath(const QByteArray& encodedPath);

} // namespace gh::tenantd
