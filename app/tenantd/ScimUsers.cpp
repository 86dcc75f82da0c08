#include "app/tenantd/ScimUsers.h"

#include "app/client/TenantClient.h"
#include "app/domain/Clock.h"
#include "app/domain/Validation.h"
#include "app/tenantd/ScimFilter.h"
#include "app/tenantd/TenantApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace gh::tenantd {

namespace {

const QString kScimSchema = QStringLiteral("urn:scim:schemas:core:1.0");
constexpr qint64 kScimMaxCount = 500;
constexpr qint64 kScimDefaultCount = 100;

HttpResponse notFound(const QString& id)
{
    return HttpResponse::error(404, QStringLiteral("scim_resource_not_found"), QStringLiteral("User %1 does not exist").arg(id));
}

HttpResponse invalid(const QString& description)
{
    return HttpResponse::error(400, QStringLiteral("invalid_scim_resource"), description);
}

QByteArray etag(const User& u)
{
    return '"' + QByteArray::number(u.version) + '"';
}

HttpResponse userResponse(int status, const User& u)
{
    return HttpResponse::json(status, scimUserJson(u)).withHeader(QByteArrayLiteral("ETag"), etag(u));
}

std::optional<qint64> number(const QUrlQuery& query, const QString& name, qint64 fallback, HttpResponse& failure)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok) {
        failure = HttpResponse::error(400, QStringLiteral("invalid_parameter"), QStringLiteral("%1 must be a whole number").arg(name));
        return std::nullopt;
    }
    return value;
}

// The user a POST or PUT body describes, keyed `id`; what SCIM makes read-only (schemas, meta,
// groups) is dropped. The 400 names the JSON path of what is wrong.
std::optional<User> userFromBody(const QByteArray& body, const QString& id, HttpResponse& failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        failure = invalid(error.error != QJsonParseError::NoError
                              ? QStringLiteral("the request body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                              : QStringLiteral("the request body must be a JSON object"));
        return std::nullopt;
    }
    QJsonObject o = doc.object();
    for (const char* readOnly : {"schemas", "meta", "groups", "roleCollections", "version", "created", "modified"})
        o.remove(QLatin1String(readOnly));
    o.insert(QStringLiteral("id"), id);
    if (o.value(QStringLiteral("origin")).toString().isEmpty())
        o.insert(QStringLiteral("origin"), QStringLiteral("sap.default")); // XSUAA's default IdP
    auto user = User::fromJson(o, QStringLiteral("$"));
    if (!user) {
        failure = invalid(user.error().toString());
        return std::nullopt;
    }
    if (const Problems problems = validateUser(*user); !problems.isEmpty()) {
        failure = invalid(problems.first().toString());
        return std::nullopt;
    }
    return std::move(*user);
}

// A user other than `self` with the same userName in the same origin: the 409.
std::optional<HttpResponse> duplicate(TenantClient& tenant, const User& u, const QString& self)
{
    auto all = tenant.users().list().result();
    if (!all)
        return errorResponse(all.error());
    for (const User& other : *all) {
        if (other.id == self)
            continue;
        if (other.id == u.id)
            return HttpResponse::error(409, QStringLiteral("scim_resource_already_exists"),
                                       QStringLiteral("User id already in use: %1").arg(u.id));
        if (other.origin == u.origin && other.userName.compare(u.userName, Qt::CaseInsensitive) == 0)
            return HttpResponse::error(409, QStringLiteral("scim_resource_already_exists"),
                                       QStringLiteral("Username already in use: %1").arg(u.userName));
    }
    return std::nullopt;
}

// If-Match against the user's meta.version: absent or "*" passes, anything else must equal it.
bool versionMatches(const HttpRequest& r, const User& u)
{
    QByteArray tag = r.header("If-Match").trimmed();
    if (tag.isEmpty() || tag == "*")
        return true;
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    return tag == etag(u) || tag == QByteArray::number(u.version);
}

HttpResponse stale(const User& u)
{
    return HttpResponse::error(412, QStringLiteral("invalid_version"),
                               QStringLiteral("User %1 has changed: its version is %2").arg(u.id).arg(u.version))
        .withHeader(QByteArrayLiteral("ETag"), etag(u));
}

HttpResponse create(TenantClient& tenant, const Clock& clock, const HttpRequest& r, bool assignIds)
{
    // A client's id is kept unless `assignIds` (see the header); else one is made, as UAA does.
    const QJsonObject sent = QJsonDocument::fromJson(r.body).object();
    QString id = assignIds ? QString() : sent.value(QStringLiteral("id")).toString().trimmed();
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpResponse failure;
    auto user = userFromBody(r.body, id, failure);
    if (!user)
        return failure;
    if (auto conflict = duplicate(tenant, *user, QString()))
        return *conflict;
    user->version = 0;
    user->created = user->lastModified = clock.now().toUTC();
    user->roleCollections.clear();
    auto created = tenant.users().create(*user).result();
    if (!created)
        return errorResponse(created.error());
    return userResponse(201, *created);
}

HttpResponse change(TenantClient& tenant, const Clock& clock, const HttpRequest& r, const User& before)
{
    HttpResponse failure;
    auto user = userFromBody(r.body, before.id, failure);
    if (!user)
        return failure;
    if (!versionMatches(r, before))
        return stale(before);
    if (auto conflict = duplicate(tenant, *user, before.id))
        return *conflict;
    user->version = before.version + 1;
    user->created = before.created;
    user->lastModified = clock.now().toUTC();
    user->roleCollections = before.roleCollections;
    user->lastLogonTime = before.lastLogonTime;
    auto updated = tenant.users().update(*user).result();
    if (!updated)
        return errorResponse(updated.error());
    auto now = tenant.users().get(before.id).result(); // with its assignments
    return userResponse(200, now ? *now : *updated);
}

} // namespace

QJsonObject scimUserJson(const User& user)
{
    QJsonObject o = user.toJson(JsonStyle::Wire);
    o.insert(QStringLiteral("schemas"), QJsonArray{kScimSchema});
    // XSUAA lists a user's role collections as SCIM groups; a stored "groups" wins.
    if (!o.contains(QStringLiteral("groups"))) {
        QJsonArray groups;
        for (const QString& rc : user.roleCollections)
            groups.append(QJsonObject{{QStringLiteral("value"), rc}, {QStringLiteral("display"), rc},
                                      {QStringLiteral("type"), QStringLiteral("DIRECT")}});
        o.insert(QStringLiteral("groups"), groups);
    }
    return o;
}

HttpResponse filteredUsers(TenantClient& tenant, const HttpRequest& r)
{
    auto filter = ScimFilter::parse(r.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded));
    if (!filter) {
        const QString description = QStringLiteral("Invalid filter expression: %1").arg(filter.error().message);
        return HttpResponse::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_filter")},
                                                   {QStringLiteral("error_description"), description},
                                                   {QStringLiteral("message"), description},
                                                   {QStringLiteral("scimType"), QStringLiteral("invalidFilter")},
                                                   {QStringLiteral("status"), QStringLiteral("400")}});
    }
    HttpResponse failure;
    const auto startIndex = number(r.query, QStringLiteral("startIndex"), 1, failure);
    if (!startIndex)
        return failure;
    const auto count = number(r.query, QStringLiteral("count"), kScimDefaultCount, failure);
    if (!count)
        return failure;
    auto all = tenant.users().list().result();
    if (!all)
        return errorResponse(all.error());
    QList<User> matched;
    for (const User& u : *all)
        if (filter->matches(u))
            matched.append(u);
    const qint64 skip = std::max<qint64>(*startIndex, 1) - 1;
    const qint64 top = std::clamp<qint64>(*count, 0, kScimMaxCount);
    const qint64 size = matched.size();
    const qint64 end = skip >= size ? skip : skip + std::min(top, size - skip);
    QJsonArray resources;
    for (qint64 i = skip; i < end; ++i)
        resources.append(scimUserJson(matched.at(i)));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("resources"), resources},
                                               {QStringLiteral("startIndex"), double(skip + 1)},
                                               {QStringLiteral("itemsPerPage"), double(resources.size())},
                                               {QStringLiteral("totalResults"), double(size)},
                                               {QStringLiteral("schemas"), QJsonArray{kScimSchema}}});
}

HttpResponse scimUserWrite(TenantClient& tenant, const Clock& clock, const HttpRequest& r, const QStringList& rest,
                           bool assignIds)
{
    if (rest.isEmpty()) {
        if (r.method == "POST")
            return create(tenant, clock, r, assignIds);
        return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                   QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)))
            .withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST"));
    }
    if (rest.size() != 1)
        return HttpResponse::error(404, QStringLiteral("scim_resource_not_found"), QStringLiteral("no such resource"));
    if (r.method != "PUT" && r.method != "DELETE")
        return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                   QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)))
            .withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, PUT, DELETE"));
    auto before = tenant.users().get(rest.first()).result();
    if (!before)
        return before.error().kind == Error::Kind::NotFound ? notFound(rest.first()) : errorResponse(before.error());
    if (r.method == "PUT")
        return change(tenant, clock, r, *before);
    if (!versionMatches(r, *before))
        return stale(*before);
    if (Status s = tenant.users().remove(before->id).result(); !s)
        return s.error().kind == Error::Kind::NotFound ? notFound(before->id) : errorResponse(s.error());
    return userResponse(200, *before);
}

} // namespace gh::tenantd
