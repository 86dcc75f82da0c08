#include "app/tenantd/AuthorizationApi.h"

#include "app/client/TenantClient.h"
#include "app/tenantd/AttributeMappingsApi.h"
#include "app/tenantd/TenantApi.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::tenantd {

namespace {

// The Authorization API bounds a role collection's description (SAP_APIS.md 3.2).
constexpr qsizetype kMaxDescription = 1000;
// The spec's own text for a 404 on a collection's roles (SAP_APIS.md 3.2).
const QString kNoCollectionOrRole = QStringLiteral("No role collection or role could be found");

HttpResponse methodNotAllowed(const HttpRequest& r, QByteArray allowed)
{
    return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                               QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)))
        .withHeader(QByteArrayLiteral("Allow"), std::move(allowed));
}

HttpResponse notFound(const QString& description)
{
    return HttpResponse::error(404, QStringLiteral("not_found"), description);
}

// The body as a JSON object, or the 400 that says what is wrong with it.
std::optional<QJsonObject> parseObject(const QByteArray& body, HttpResponse& failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        failure = HttpResponse::error(400, QStringLiteral("invalid_request"),
                                      QStringLiteral("the request body is not valid JSON: %1 at offset %2")
                                          .arg(error.errorString())
                                          .arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        failure = HttpResponse::error(400, QStringLiteral("invalid_request"),
                                      QStringLiteral("the request body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

HttpResponse roleCollections(RoleCollectionsClient& client, const HttpRequest& r, const QStringList& rest)
{
    // The handlers wait for the store thread: tenantd answers one request at a time, which
    // keeps the order of writes the order of requests.
    if (rest.isEmpty()) {
        if (r.method == "GET") {
            auto all = client.list().result();
            if (!all)
                return errorResponse(all.error());
            return HttpResponse::jsonBytes(200, HttpResponse::compactArray(*all, [](const RoleCollection& rc) {
                                               return rc.toJson(JsonStyle::Wire);
                                           }));
        }
        if (r.method != "POST")
            return methodNotAllowed(r, QByteArrayLiteral("GET, POST"));
        HttpResponse failure;
        const std::optional<QJsonObject> body = parseObject(r.body, failure);
        if (!body)
            return failure;
        if (body->value(QStringLiteral("isReadOnly")).toBool())
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("isReadOnly: only predefined role collections are read-only"));
        auto value = RoleCollection::fromJson(*body);
        if (!value) // the decoder names the JSON path; here it is the client's body that is wrong
            return HttpResponse::error(400, QStringLiteral("invalid_request"), value.error().toString());
        // A RoleCollectionImport carries name, description and roles; assignments come through
        // their own endpoints.
        value->userReferences.clear();
        auto created = client.create(*value).result();
        if (!created)
            return errorResponse(created.error());
        return HttpResponse::json(201, created->toJson(JsonStyle::Wire));
    }
    if (rest.size() != 1)
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));

    const QString& name = rest.first();
    auto existing = client.get(name).result();
    if (r.method == "GET") {
        if (!existing)
            return errorResponse(existing.error());
        return HttpResponse::json(200, existing->toJson(JsonStyle::Wire));
    }
    if (r.method == "PUT") {
        HttpResponse failure;
        const std::optional<QJsonObject> body = parseObject(r.body, failure);
        if (!body)
            return failure;
        const QJsonValue description = body->value(QStringLiteral("description"));
        if (!description.isString())
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("description: a string is required"));
        if (description.toString().size() > kMaxDescription)
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("description: at most %1 characters").arg(kMaxDescription));
        if (!existing)
            return errorResponse(existing.error());
        RoleCollection changed = *existing;
        changed.description = description.toString();
        auto updated = client.update(changed).result();
        if (!updated)
            return errorResponse(updated.error());
        return HttpResponse::json(200, updated->toJson(JsonStyle::Wire));
    }
    if (r.method == "DELETE") {
        if (!existing)
            return errorResponse(existing.error());
        const Status removed = client.remove(name).result();
        if (!removed)
            return errorResponse(removed.error());
        return HttpResponse::empty(204);
    }
    return methodNotAllowed(r, QByteArrayLiteral("GET, PUT, DELETE"));
}


// Role objects with roleCollectionReferences, the collections that hold each role, as the
// Authorization API's Role model has them (a stored list wins).
std::optional<QJsonArray> rolesJson(TenantClient& tenant, const QList<Role>& roles, HttpResponse& failure)
{
    auto collections = tenant.roleCollections().list().result();
    if (!collections) {
        failure = errorResponse(collections.error());
        return std::nullopt;
    }
    QHash<QString, QJsonArray> holders;
    for (const RoleCollection& rc : *collections) {
        for (const RoleReference& ref : rc.roleReferences)
            holders[ref.roleKey()].append(QJsonObject{{QStringLiteral("name"), rc.name},
                                                      {QStringLiteral("description"), rc.description}});
    }
    QJsonArray out;
    for (const Role& role : roles) {
        QJsonObject o = role.toJson(JsonStyle::Wire);
        if (!o.contains(QStringLiteral("roleCollectionReferences")))
            o.insert(QStringLiteral("roleCollectionReferences"), holders.value(role.key()));
        out.append(o);
    }
    return out;
}

// GET /rolecollections/{name}/roles, and PUT / DELETE
// /rolecollections/{name}/roles/{roleTemplateAppID}/{roleName}/{roleTemplateName}.
HttpResponse collectionRoles(TenantClient& tenant, const HttpRequest& r, const QString& name, const QStringList& role)
{
    RoleCollectionsClient& client = tenant.roleCollections();
    auto collection = client.get(name).result();
    if (!collection) {
        if (collection.error().kind == Error::Kind::NotFound)
            return notFound(kNoCollectionOrRole);
        return errorResponse(collection.error());
    }
    if (role.isEmpty()) {
        if (r.method != "GET")
            return methodNotAllowed(r, QByteArrayLiteral("GET"));
        auto roles = tenant.roles().list().result();
        if (!roles)
            return errorResponse(roles.error());
        QList<Role> held;
        for (const RoleReference& ref : collection->roleReferences) {
            for (const Role& candidate : *roles)
                if (candidate.key() == ref.roleKey())
                    held.append(candidate);
        }
        HttpResponse failure;
        const auto out = rolesJson(tenant, held, failure);
        return out ? HttpResponse::json(200, *out) : failure;
    }
    if (role.size() != 3)
        return notFound(kNoCollectionOrRole);
    // The path names the app, the role, then the template; a role's key is app/template/role.
    const QString& appId = role.at(0);
    const QString& roleName = role.at(1);
    const QString& templateName = role.at(2);
    const QString roleKey = appId + QLatin1Char('/') + templateName + QLatin1Char('/') + roleName;
    // An index, not an iterator: copying the collection below shares its list, and a later
    // non-const begin()/end() would detach and leave an iterator pointing into the other copy.
    const QList<RoleReference>& current = std::as_const(*collection).roleReferences;
    qsizetype at = -1;
    for (qsizetype i = 0; i < current.size() && at < 0; ++i) {
        if (current.at(i).roleKey() == roleKey)
            at = i;
    }
    RoleCollection changed = *collection;
    if (r.method == "PUT") {
        auto known = tenant.roles().get(roleKey).result();
        if (!known) {
            if (known.error().kind == Error::Kind::NotFound)
                return notFound(kNoCollectionOrRole);
            return errorResponse(known.error());
        }
        if (at < 0)
            changed.roleReferences.append(RoleReference{appId, templateName, roleName, known->description});
    } else if (r.method == "DELETE") {
        if (at < 0)
            return notFound(kNoCollectionOrRole);
        changed.roleReferences.removeAt(at);
    } else {
        return methodNotAllowed(r, QByteArrayLiteral("PUT, DELETE"));
    }
    if (changed.roleReferences != current) {
        // A predefined collection refuses here (ReadOnly: 400), as on the real API.
        auto updated = client.update(changed).result();
        if (!updated)
            return errorResponse(updated.error());
        changed = *updated;
    }
    if (r.method == "DELETE")
        return HttpResponse::empty(204);
    return HttpResponse::json(200, changed.toJson(JsonStyle::Wire));
}

} // namespace

HttpResponse authorizationApi(TenantClient& tenant, const HttpRequest& r, const QStringList& rest)
{
    const QString first = rest.value(0);
    if (first == QLatin1String("rolecollections")) {
        if (rest.size() >= 3 && rest.at(2) == QLatin1String("roles"))
            return collectionRoles(tenant, r, rest.at(1), rest.mid(3));
        if (rest.size() >= 3 && rest.at(2) == QLatin1String("attributeMappings"))
            return attributeMappingsApi(tenant, r, rest.at(1), rest.mid(3));
        return roleCollections(tenant.roleCollections(), r, rest.mid(1));
    }
    if (rest == QStringList{QStringLiteral("roles")}) {
        if (r.method != "GET")
            return methodNotAllowed(r, QByteArrayLiteral("GET"));
        auto roles = tenant.roles().list().result();
        if (!roles)
            return errorResponse(roles.error());
        HttpResponse failure;
        const auto out = rolesJson(tenant, *roles, failure);
        return out ? HttpResponse::json(200, *out) : failure;
    }
    if (rest == QStringList{QStringLiteral("apps"), QStringLiteral("roletemplates")}) {
        if (r.method != "GET")
            return methodNotAllowed(r, QByteArrayLiteral("GET"));
        auto templates = tenant.roleTemplates().list().result();
        if (!templates)
            return errorResponse(templates.error());
        QJsonArray out;
        for (const RoleTemplate& t : *templates)
            out.append(t.toJson(JsonStyle::Wire));
        return HttpResponse::json(200, out);
    }
    return notFound(QStringLiteral("no such resource: /sap/rest/authorization/v2/%1").arg(rest.join(QLatin1Char('/'))));
}

} // namespace gh::tenantd
