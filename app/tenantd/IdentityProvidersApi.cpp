#include "app/tenantd/IdentityProvidersApi.h"

#include "app/client/TenantClient.h"
#include "app/tenantd/TenantApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::tenantd {

namespace {

HttpResponse notFound(const QString& origin)
{
    return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Identity provider %1 does not exist").arg(origin));
}

// The trust configuration a POST or PUT body describes; `origin` (a PUT's path) wins over the body's.
std::optional<IdentityProvider> fromBody(const QByteArray& body, const QString& origin, HttpResponse& failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        failure = HttpResponse::error(400, QStringLiteral("invalid_request"),
                                      error.error != QJsonParseError::NoError
                                          ? QStringLiteral("the request body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                                          : QStringLiteral("the request body must be a JSON object"));
        return std::nullopt;
    }
    QJsonObject o = doc.object();
    if (!origin.isEmpty()) {
        const QString sent = o.value(QStringLiteral("originKey")).toString();
        if (!sent.isEmpty() && sent != origin) {
            failure = HttpResponse::error(400, QStringLiteral("invalid_request"),
                                          QStringLiteral("$.originKey: \"%1\" is not the path's origin %2").arg(sent, origin));
            return std::nullopt;
        }
        o.insert(QStringLiteral("originKey"), origin);
    }
    auto idp = IdentityProvider::fromJson(o, QStringLiteral("$"));
    if (!idp) {
        failure = HttpResponse::error(400, QStringLiteral("invalid_request"), idp.error().toString());
        return std::nullopt;
    }
    if (idp->originKey.trimmed().isEmpty() || idp->originKey.contains(QLatin1Char('/'))) {
        failure = HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("$.originKey: a name without '/' is required"));
        return std::nullopt;
    }
    return std::move(*idp);
}

HttpResponse write(ResourceClient<IdentityProvider>& client, const HttpRequest& r, const QString& origin)
{
    HttpResponse failure;
    if (r.method == "POST") {
        auto idp = fromBody(r.body, QString(), failure);
        if (!idp)
            return failure;
        if (client.get(idp->originKey).result())
            return HttpResponse::error(409, QStringLiteral("conflict"),
                                       QStringLiteral("Identity provider %1 already exists").arg(idp->originKey));
        auto created = client.create(*idp).result();
        return created ? HttpResponse::json(201, created->toJson(JsonStyle::Wire)) : errorResponse(created.error());
    }
    auto before = client.get(origin).result();
    if (!before)
        return before.error().kind == Error::Kind::NotFound ? notFound(origin) : errorResponse(before.error());
    if (r.method == "DELETE") {
        if (Status s = client.remove(origin).result(); !s)
            return errorResponse(s.error());
        return HttpResponse::json(200, before->toJson(JsonStyle::Wire));
    }
    auto idp = fromBody(r.body, origin, failure);
    if (!idp)
        return failure;
    auto updated = client.update(*idp).result();
    return updated ? HttpResponse::json(200, updated->toJson(JsonStyle::Wire)) : errorResponse(updated.error());
}

HttpResponse notAllowed(const HttpRequest& r, QByteArray allowed)
{
    return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                               QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)))
        .withHeader(QByteArrayLiteral("Allow"), std::move(allowed));
}

} // namespace

HttpResponse identityProvidersApi(TenantClient& tenant, const HttpRequest& r, const QStringList& rest)
{
    ResourceClient<IdentityProvider>& client = tenant.identityProviders();
    if (rest.isEmpty()) {
        if (r.method == "POST")
            return write(client, r, QString());
        if (r.method != "GET")
            return notAllowed(r, QByteArrayLiteral("GET, POST"));
        auto all = client.list().result();
        if (!all)
            return errorResponse(all.error());
        QJsonArray out;
        for (const IdentityProvider& idp : *all)
            out.append(idp.toJson(JsonStyle::Wire));
        return HttpResponse::json(200, out);
    }
    if (rest.size() != 1)
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));
    if (r.method == "PUT" || r.method == "DELETE")
        return write(client, r, rest.first());
    if (r.method != "GET")
        return notAllowed(r, QByteArrayLiteral("GET, PUT, DELETE"));
    auto one = client.get(rest.first()).result();
    if (!one) {
        if (one.error().kind == Error::Kind::NotFound)
            return notFound(rest.first());
        return errorResponse(one.error());
    }
    return HttpResponse::json(200, one->toJson(JsonStyle::Wire));
}

} // namespace gh::tenantd
