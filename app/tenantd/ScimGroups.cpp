#include "app/tenantd/ScimGroups.h"

#include "app/client/TenantClient.h"
#include "app/tenantd/TenantApi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace gh::tenantd {

namespace {

const QString kScimSchema = QStringLiteral("urn:scim:schemas:core:1.0");
constexpr qint64 kScimMaxCount = 500;
constexpr qint64 kScimDefaultCount = 100;
// The namespace of the groups' name-based ids (any fixed UUID would do).
const QUuid kGroupNamespace = QUuid(QStringLiteral("{6f1c2f4e-3b9a-4d7e-9a51-0c2b7e5d8a13}"));

QString groupId(const QString& collection)
{
    return QUuid::createUuidV5(kGroupNamespace, collection).toString(QUuid::WithoutBraces);
}

// A digest of what a group shows (description and members), as a non-negative 53-bit number so
// that it survives a JSON double.
qint64 groupVersion(const RoleCollection& rc)
{
    QStringList members;
    for (const UserReference& u : rc.userReferences)
        members.append(u.id);
    members.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(rc.description.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(members.join(QLatin1Char('\n')).toUtf8());
    const QByteArray digest = hash.result();
    qint64 v = 0;
    for (int i = 0; i < 7; ++i)
        v = (v << 8) | quint8(digest.at(i));
    return v & ((qint64(1) << 53) - 1);
}

QByteArray etag(const RoleCollection& rc)
{
    return '"' + QByteArray::number(groupVersion(rc)) + '"';
}

QJsonObject groupJson(const RoleCollection& rc)
{
    QJsonArray members;
    for (const UserReference& u : rc.userReferences)
        members.append(QJsonObject{{QStringLiteral("origin"), u.origin.isEmpty() ? QStringLiteral("sap.default") : u.origin},
                                   {QStringLiteral("type"), QStringLiteral("USER")},
                                   {QStringLiteral("value"), u.id}});
    return QJsonObject{{QStringLiteral("id"), groupId(rc.name)},
                       {QStringLiteral("displayName"), rc.name},
                       {QStringLiteral("description"), rc.description},
                       {QStringLiteral("meta"), QJsonObject{{QStringLiteral("version"), double(groupVersion(rc))}}},
                       {QStringLiteral("members"), members},
                       {QStringLiteral("schemas"), QJsonArray{kScimSchema}}};
}

HttpResponse scimError(int status, const QString& error, const QString& description)
{
    return HttpResponse::error(status, error, description);
}

HttpResponse methodNotAllowed(const HttpRequest& r, QByteArray allowed)
{
    return scimError(405, QStringLiteral("method_not_allowed"),
                     QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)))
        .withHeader(QByteArrayLiteral("Allow"), std::move(allowed));
}

std::optional<qint64> number(const QUrlQuery& query, const QString& name, qint64 fallback, HttpResponse& failure)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok) {
        failure = scimError(400, QStringLiteral("invalid_parameter"), QStringLiteral("%1 must be a whole number").arg(name));
        return std::nullopt;
    }
    return value;
}

std::optional<QJsonObject> parseObject(const QByteArray& body, HttpResponse& failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        failure = scimError(400, QStringLiteral("invalid_scim_resource"),
                            error.error != QJsonParseError::NoError
                                ? QStringLiteral("the request body is not valid JSON: %1 at offset %2")
                                      .arg(error.errorString())
                                      .arg(error.offset)
                                : QStringLiteral("the request body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

// One member object at `path`: its user id, whether it is to be deleted; or the 400.
struct Member
{
    QString userId;
    bool remove = false;
};

std::optional<Member> member(const QJsonValue& value, const QString& path, bool allowOperation, HttpResponse& failure)
{
    const auto bad = [&](const QString& what) {
        failure = scimError(400, QStringLiteral("invalid_scim_resource"), QStringLiteral("%1: %2").arg(path, what));
        return std::nullopt;
    };
    if (!value.isObject())
        return bad(QStringLiteral("an object is expected"));
    const QJsonObject o = value.toObject();
    Member m;
    m.userId = o.value(QStringLiteral("value")).toString();
    if (m.userId.isEmpty())
        return bad(QStringLiteral("value: the user's id is required"));
    const QJsonValue type = o.value(QStringLiteral("type"));
    if (!type.isUndefined() && type.toString() != QLatin1String("USER"))
        return bad(QStringLiteral("type: only USER members are supported (a role collection holds users)"));
    const QJsonValue operation = o.value(QStringLiteral("operation"));
    if (!operation.isUndefined()) {
        const QString op = operation.toString();
        if (!allowOperation || (op != QLatin1String("add") && op != QLatin1String("delete")))
            return bad(QStringLiteral("operation: \"add\" or \"delete\" in a PATCH"));
        m.remove = op == QLatin1String("delete");
    }
    return m;
}

// The collection whose group id is `id`; a 404 in SCIM's words when there is none.
std::optional<RoleCollection> groupById(TenantClient& tenant, const QString& id, HttpResponse& failure)
{
    auto all = tenant.roleCollections().list().result();
    if (!all) {
        failure = errorResponse(all.error());
        return std::nullopt;
    }
    for (const RoleCollection& rc : *all) {
        if (groupId(rc.name) != id)
            continue;
        // The list carries no assignments: the collection is read on its own.
        auto one = tenant.roleCollections().get(rc.name).result();
        if (!one) {
            failure = errorResponse(one.error());
            return std::nullopt;
        }
        return *one;
    }
    failure = scimError(404, QStringLiteral("scim_resource_not_found"), QStringLiteral("Group %1 does not exist").arg(id));
    return std::nullopt;
}

// If-Match against the group's version: absent or "*" passes, anything else must equal it.
bool versionMatches(const HttpRequest& r, const RoleCollection& rc)
{
    const QByteArray ifMatch = r.header("If-Match").trimmed();
    if (ifMatch.isEmpty() || ifMatch == "*")
        return true;
    QByteArray tag = ifMatch;
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    return tag == etag(rc) || tag == QByteArray::number(groupVersion(rc));
}

HttpResponse stale(const RoleCollection& rc)
{
    return scimError(412, QStringLiteral("invalid_version"),
                     QStringLiteral("Group %1 has changed: its version is %2").arg(groupId(rc.name)).arg(groupVersion(rc)))
        .withHeader(QByteArrayLiteral("ETag"), etag(rc));
}

// Adds and removes members, adds first; unknown users are the client layer's 404.
HttpResponse changeMembers(TenantClient& tenant, const RoleCollection& rc, const QStringList& add, const QStringList& remove,
                           int status)
{
    RoleCollectionsClient& client = tenant.roleCollections();
    if (!add.isEmpty()) {
        if (const Status s = client.assignUsers(rc.name, add).result(); !s)
            return s.error().kind == Error::Kind::NotFound
                ? scimError(404, QStringLiteral("scim_resource_not_found"), s.error().message)
                : errorResponse(s.error());
    }
    if (!remove.isEmpty()) {
        if (const Status s = client.unassignUsers(rc.name, remove).result(); !s)
            return errorResponse(s.error());
    }
    auto now = client.get(rc.name).result();
    if (!now)
        return errorResponse(now.error());
    return HttpResponse::json(status, groupJson(*now)).withHeader(QByteArrayLiteral("ETag"), etag(*now));
}

HttpResponse list(TenantClient& tenant, const HttpRequest& r)
{
    if (r.query.hasQueryItem(QStringLiteral("filter")))
        return scimError(400, QStringLiteral("invalid_filter"), QStringLiteral("filter is not supported by gatehouse-tenantd yet"));
    HttpResponse failure;
    const auto startIndex = number(r.query, QStringLiteral("startIndex"), 1, failure);
    if (!startIndex)
        return failure;
    const auto count = number(r.query, QStringLiteral("count"), kScimDefaultCount, failure);
    if (!count)
        return failure;
    const qint64 skip = std::max<qint64>(*startIndex, 1) - 1;
    const qint64 top = std::clamp<qint64>(*count, 0, kScimMaxCount);
    // The list of collections carries no assignments; the page's collections are read one by one.
    auto all = tenant.roleCollections().list().result();
    if (!all)
        return errorResponse(all.error());
    const qint64 size = all->size();
    const qint64 end = skip >= size ? skip : skip + std::min(top, size - skip);
    QJsonArray resources;
    for (qint64 i = skip; i < end; ++i) {
        auto one = tenant.roleCollections().get(all->at(i).name).result();
        if (!one)
            return errorResponse(one.error());
        resources.append(groupJson(*one));
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("resources"), resources},
                                               {QStringLiteral("startIndex"), double(skip + 1)},
                                               {QStringLiteral("itemsPerPage"), double(resources.size())},
                                               {QStringLiteral("totalResults"), double(size)},
                                               {QStringLiteral("schemas"), QJsonArray{kScimSchema}}});
}

} // namespace

HttpResponse scimGroups(TenantClient& tenant, const HttpRequest& r, const QStringList& rest)
{
    if (rest.isEmpty())
        return r.method == "GET" ? list(tenant, r) : methodNotAllowed(r, QByteArrayLiteral("GET"));
    const bool members = rest.size() == 2 && rest.at(1) == QLatin1String("members");
    if (rest.size() != 1 && !members)
        return scimError(404, QStringLiteral("scim_resource_not_found"), QStringLiteral("no such resource"));
    if (members && r.method != "POST")
        return methodNotAllowed(r, QByteArrayLiteral("POST"));
    if (!members && r.method != "GET" && r.method != "PATCH")
        return methodNotAllowed(r, QByteArrayLiteral("GET, PATCH"));

    HttpResponse failure;
    const auto rc = groupById(tenant, rest.first(), failure);
    if (!rc)
        return failure;
    if (r.method == "GET")
        return HttpResponse::json(200, groupJson(*rc)).withHeader(QByteArrayLiteral("ETag"), etag(*rc));

    const auto body = parseObject(r.body, failure);
    if (!body)
        return failure;
    if (!versionMatches(r, *rc))
        return stale(*rc);
    QStringList add, remove;
    if (members) {
        const auto m = member(*body, QStringLiteral("$"), false, failure);
        if (!m)
            return failure;
        for (const UserReference& u : rc->userReferences)
            if (u.id == m->userId)
                return scimError(409, QStringLiteral("member_already_exists"),
                                 QStringLiteral("User %1 is already a member of group %2").arg(m->userId, rest.first()));
        add.append(m->userId);
        HttpResponse changed = changeMembers(tenant, *rc, add, remove, 201);
        if (changed.status != 201)
            return changed;
        // UAA answers the member it added.
        changed.body = QJsonDocument(QJsonObject{{QStringLiteral("origin"), body->value(QStringLiteral("origin")).toString(QStringLiteral("sap.default"))},
                                                 {QStringLiteral("type"), QStringLiteral("USER")},
                                                 {QStringLiteral("value"), m->userId}})
                           .toJson(QJsonDocument::Compact);
        return changed;
    }
    const QJsonValue list = body->value(QStringLiteral("members"));
    if (!list.isArray())
        return scimError(400, QStringLiteral("invalid_scim_resource"), QStringLiteral("$.members: an array is expected"));
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto m = member(items.at(i), QStringLiteral("$.members[%1]").arg(i), true, failure);
        if (!m)
            return failure;
        (m->remove ? remove : add).append(m->userId);
    }
    return changeMembers(tenant, *rc, add, remove, 200);
}

} // namespace gh::tenantd
