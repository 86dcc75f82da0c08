#include "app/tenantd/AttributeMappingsApi.h"

#include "app/client/TenantClient.h"
#include "app/tenantd/TenantApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::tenantd {

namespace {

const QString kNoCollectionOrMapping = QStringLiteral("No role collection or attribute mapping could be found");

HttpResponse badRequest(const QString& description)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"), description);
}

HttpResponse methodNotAllowed(const HttpRequest& r, QByteArray allowed)
{
    return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                               QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)))
        .withHeader(QByteArrayLiteral("Allow"), std::move(allowed));
}

// The mapping in a POST body, or the 400 naming the field.
std::optional<AttributeMapping> mappingOf(const QByteArray& body, HttpResponse& failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        failure = badRequest(QStringLiteral("the request body must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    AttributeMapping m;
    const auto text = [&](const QString& key, bool required, QString& out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || (required && v.toString().isEmpty())) {
            failure = badRequest(QStringLiteral("%1: a non-empty string is required").arg(key));
            return false;
        }
        out = v.toString();
        return true;
    };
    if (!text(QStringLiteral("attributeName"), true, m.attributeName) || !text(QStringLiteral("attributeValue"), true, m.attributeValue)
        || !text(QStringLiteral("idpId"), true, m.idpId) || !text(QStringLiteral("comparisonOperator"), false, m.comparisonOperator)
        || !text(QStringLiteral("idpDisplayName"), false, m.idpDisplayName))
        return std::nullopt;
    return m;
}

QJsonArray mappingsJson(const RoleCollection& rc, const QString& origin)
{
    const QJsonArray all = rc.toJson(JsonStyle::Wire).value(QStringLiteral("samlAttributeAssignment")).toArray();
    QJsonArray out;
    for (qsizetype i = 0; i < all.size() && i < rc.attributeMappings.size(); ++i) {
        if (origin.isEmpty() || rc.attributeMappings.at(i).idpId == origin)
            out.append(all.at(i));
    }
    return out;
}

} // namespace

HttpResponse attributeMappingsApi(TenantClient& tenant, const HttpRequest& r, const QString& collection,
                                  const QStringList& rest)
{
    RoleCollectionsClient& client = tenant.roleCollections();
    auto rc = client.get(collection).result();
    if (!rc) {
        if (rc.error().kind == Error::Kind::NotFound)
            return HttpResponse::error(404, QStringLiteral("not_found"), kNoCollectionOrMapping);
        return errorResponse(rc.error());
    }
    if (rest.size() <= 1) {
        if (r.method == "GET")
            return HttpResponse::json(200, mappingsJson(*rc, rest.value(0)));
        if (r.method != "POST" || !rest.isEmpty())
            return methodNotAllowed(r, rest.isEmpty() ? QByteArrayLiteral("GET, POST") : QByteArrayLiteral("GET"));
        HttpResponse failure;
        const auto mapping = mappingOf(r.body, failure);
        if (!mapping)
            return failure;
        if (rc->attributeMappings.contains(*mapping))
            return HttpResponse::json(200, rc->toJson(JsonStyle::Wire));
        RoleCollection changed = *rc;
        changed.attributeMappings.append(*mapping);
        auto updated = client.update(changed).result();
        if (!updated)
            return errorResponse(updated.error());
        return HttpResponse::json(201, updated->toJson(JsonStyle::Wire));
    }
    if (rest.size() != 3)
        return HttpResponse::error(404, QStringLiteral("not_found"), kNoCollectionOrMapping);
    if (r.method != "DELETE")
        return methodNotAllowed(r, QByteArrayLiteral("DELETE"));
    RoleCollection changed = *rc;
    const qsizetype before = changed.attributeMappings.size();
    changed.attributeMappings.removeIf([&](const AttributeMapping& m) {
        return m.idpId == rest.at(0) && m.attributeName == rest.at(1) && m.attributeValue == rest.at(2);
    });
    if (changed.attributeMappings.size() == before)
        return HttpResponse::error(404, QStringLiteral("not_found"), kNoCollectionOrMapping);
    auto updated = client.update(changed).result();
    if (!updated)
        return errorResponse(updated.error());
    return HttpResponse::empty(204);
}

} // namespace gh::tenantd
