#include "app/tenantd/IdentityProvidersApi.h"

#include "app/client/TenantClient.h"
#include "app/tenantd/TenantApi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gh::tenantd {

HttpResponse identityProvidersApi(TenantClient& tenant, const HttpRequest& r, const QStringList& rest)
{
    if (r.method != "GET")
        return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                   QStringLiteral("%1 is not supported here: gatehouse-tenantd reads trust configurations only")
                                       .arg(QString::fromLatin1(r.method)))
            .withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
    ResourceClient<IdentityProvider>& client = tenant.identityProviders();
    if (rest.isEmpty()) {
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
    auto one = client.get(rest.first()).result();
    if (!one) {
        if (one.error().kind == Error::Kind::NotFound)
            return HttpResponse::error(404, QStringLiteral("not_found"),
                                       QStringLiteral("Identity provider %1 does not exist").arg(rest.first()));
        return errorResponse(one.error());
    }
    return HttpResponse::json(200, one->toJson(JsonStyle::Wire));
}

} // namespace gh::tenantd
