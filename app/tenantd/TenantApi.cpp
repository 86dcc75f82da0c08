#include "app/tenantd/TenantApi.h"

#include "app/client/TenantClient.h"
#include "app/tenantd/AuthorizationApi.h"
#include "app/tenantd/DestinationApi.h"
#include "app/tenantd/IdentityProvidersApi.h"
#include "app/tenantd/ScimGroups.h"
#include "app/tenantd/ScimUsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace gh::tenantd {

namespace {

const QString kScimSchema = QStringLiteral("urn:scim:schemas:core:1.0");
// UAA answers at most 500 SCIM resources a page and 100 when no count is asked for.
constexpr qint64 kScimMaxCount = 500;
constexpr qint64 kScimDefaultCount = 100;

bool isRead(const QByteArray& method)
{
    return method == "GET" || method == "HEAD";
}

HttpResponse methodNotAllowed(const HttpRequest& r, QByteArray allowed)
{
    return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                               QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)))
        .withHeader(QByteArrayLiteral("Allow"), std::move(allowed));
}

HttpResponse unauthorized(const QString& error, const QString& description)
{
    // RFC 6750: a 401 for a bearer-protected resource names the scheme and what went wrong.
    return HttpResponse::error(401, error, description)
        .withHeader(QByteArrayLiteral("WWW-Authenticate"),
                    QByteArrayLiteral("Bearer realm=\"gatehouse-sandbox\", error=\"") + error.toLatin1() + '"');
}

// An application/x-www-form-urlencoded body: '+' stands for a space there, which QUrlQuery
// (made for URLs) would keep.
QUrlQuery parseForm(QByteArray body)
{
    body.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromLatin1(body));
}

QString formValue(const QUrlQuery& form, const QUrlQuery& query, const QString& key)
{
    if (form.hasQueryItem(key))
        return form.queryItemValue(key, QUrl::FullyDecoded);
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// A SCIM paging parameter: a whole number, or the 400 naming it.
std::optional<qint64> scimNumber(const QUrlQuery& query, const QString& name, qint64 fallback, HttpResponse& failure)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok) {
        failure = HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                                      QStringLiteral("%1 must be a whole number").arg(name));
        return std::nullopt;
    }
    return value;
}

} // namespace

HttpResponse errorResponse(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::NotFound:
        return HttpResponse::error(404, QStringLiteral("not_found"), error.message);
    case Error::Kind::Validation:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), error.toString());
    case Error::Kind::Conflict:
        return HttpResponse::error(409, QStringLiteral("conflict"), error.message);
    case Error::Kind::ReadOnly:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), error.message);
    case Error::Kind::Forbidden:
        return HttpResponse::error(403, QStringLiteral("access_denied"), error.message);
    default:
        // The details (file paths, SQL) are for the operator, not for the API client.
        qWarning("tenantd: %s", qPrintable(error.toString()));
        return HttpResponse::error(500, QStringLiteral("server_error"), QStringLiteral("internal error"));
    }
}

HttpResponse TenantApi::handle(const HttpRequest& r)
{
    if (r.body.size() > kMaxBodyBytes)
        return HttpResponse::error(413, QStringLiteral("payload_too_large"),
                                   QStringLiteral("the request body is larger than 1 MB"));
    const QStringList& p = r.pathSegments;
    if (p == QStringList{QStringLiteral("oauth"), QStringLiteral("token")})
        return r.method == "POST" ? token(r) : methodNotAllowed(r, QByteArrayLiteral("POST"));

    enum class Api { Authorization, Users, Groups, IdentityProviders, Destinations, Integration } api;
    QStringList rest;
    const QStringList authorization{QStringLiteral("sap"), QStringLiteral("rest"), QStringLiteral("authorization"),
                                    QStringLiteral("v2")};
    if (p.size() > 4 && p.mid(0, 4) == authorization) {
        api = Api::Authorization;
        rest = p.mid(4);
    } else if (!p.isEmpty() && p.first() == QLatin1String("Users")) {
        api = Api::Users;
        rest = p.mid(1);
    } else if (p.size() >= 3 && p.mid(0, 3) == QStringList{QStringLiteral("sap"), QStringLiteral("rest"),
                                                            QStringLiteral("identity-providers")}) {
        api = Api::IdentityProviders;
        rest = p.mid(3);
    } else if (!p.isEmpty() && p.first() == QLatin1String("Groups")) {
        api = Api::Groups; // role collections' members: SCIM, so the xs_user scopes
        rest = p.mid(1);
    } else if (p.size() >= 2 && isDestinationPath(p) && p.at(1) == QLatin1String("v1")) {
        api = Api::Destinations;
        rest = p.mid(2);
    } else if (p.size() >= 2 && p.at(0) == QLatin1String("api") && p.at(1) == QLatin1String("v1")) {
        api = Api::Integration;
        rest = p.mid(2);
    } else {
        return apiError(r, 404, QStringLiteral("not_found"),
                        QStringLiteral("no such resource: /%1").arg(p.join(QLatin1Char('/'))));
    }

    // Failures before the API are in its own shape too: a Destination service client reads
    // {"ErrorMessage"}, an XSUAA client {"error", "error_description"}.
    const auto unauthorizedHere = [&](const QString& error, const QString& description) {
        HttpResponse u = unauthorized(error, description);
        if (api == Api::Destinations)
            u.body = HttpResponse::destinationError(401, description).body;
        return u;
    };
    const QByteArray authHeader = r.header("Authorization");
    if (authHeader.size() < 7 || authHeader.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return unauthorizedHere(QStringLiteral("unauthorized"),
                                QStringLiteral("Full authentication is required to access this resource"));
    const std::optional<TokenGrant> grant = m_tokens.validate(authHeader.mid(7).trimmed());
    if (!grant)
        return unauthorizedHere(QStringLiteral("invalid_token"),
                                QStringLiteral("The token expired, was revoked, or the token ID is incorrect."));
    if (int retry = 1; !m_limiter.admit(grant->clientId, &retry))
        return apiError(r, 429, QStringLiteral("too_many_requests"), QStringLiteral("Rate limit exceeded"))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retry));

    const QString scope = api == Api::Integration
        ? (isRead(r.method)                                                   ? QStringLiteral("it.MonitoringDataRead")
           : !rest.isEmpty() && (rest.first().contains(QLatin1String("Keystore")) || rest.first().startsWith(QLatin1String("Certificate"))
                                 || rest.first().startsWith(QLatin1String("KeyPair")))
               ? QStringLiteral("it.SecurityMaterialEdit")
                                                                                 : QStringLiteral("it.CredentialsEdit"))
        : (api == Api::Authorization                     ? QStringLiteral("xs_authorization")
           : api == Api::Users || api == Api::Groups      ? QStringLiteral("xs_user")
           : api == Api::IdentityProviders               ? QStringLiteral("xs_idp")
                                                         : QStringLiteral("destination"))
            + (isRead(r.method) ? QStringLiteral(".read") : QStringLiteral(".write"));
    if (!grant->scopes.contains(scope)) {
        const QString description =
            QStringLiteral("You don't have the authorizations required: the token lacks scope %1").arg(scope);
        if (api == Api::Destinations)
            return HttpResponse::destinationError(403, description);
        if (api == Api::Integration) // OData's 403 comes without the "error" wrapper
            return SecurityContentApi::forbidden(description);
        return HttpResponse::json(403, QJsonObject{
            {QStringLiteral("error"), QStringLiteral("insufficient_scope")},
            {QStringLiteral("error_description"), description},
            {QStringLiteral("scope"), scope}});
    }
    switch (api) {
    case Api::Authorization: return authorizationApi(m_client, r, rest);
    case Api::Users: return users(r, rest);
    case Api::Groups: return scimGroups(m_client, r, rest);
    case Api::IdentityProviders: return identityProvidersApi(m_client, r, rest);
    case Api::Destinations: return destinationApi(m_client, r, rest);
    case Api::Integration: return m_securityContent.handle(r, rest, grant->clientId);
    }
    return HttpResponse::empty(500); // not reached: every Api is served above
}

HttpResponse TenantApi::token(const HttpRequest& r)
{
    const QUrlQuery form = r.header("Content-Type").contains("application/x-www-form-urlencoded")
        ? parseForm(r.body) : QUrlQuery();
    const QString grantType = formValue(form, r.query, QStringLiteral("grant_type"));
    if (grantType != QLatin1String("client_credentials"))
        return HttpResponse::error(400, QStringLiteral("unsupported_grant_type"),
                                   grantType.isEmpty() ? QStringLiteral("grant_type is missing")
                                                       : QStringLiteral("Unsupported grant type: %1").arg(grantType));

    QString clientId;
    crypto::SecretBuffer secret;
    const QByteArray authHeader = r.header("Authorization");
    if (authHeader.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        // RFC 6749 2.3.1: id and secret are form-encoded before they are joined with ':'.
        crypto::SecretBuffer decoded(QByteArray::fromBase64(authHeader.mid(6).trimmed()));
        const QByteArrayView view = decoded.view();
        const qsizetype colon = view.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(view.first(colon).toByteArray());
            secret = crypto::SecretBuffer(QUrl::fromPercentEncoding(view.sliced(colon + 1).toByteArray()).toUtf8());
        }
    } else {
        clientId = formValue(form, r.query, QStringLiteral("client_id"));
        secret = crypto::SecretBuffer(formValue(form, r.query, QStringLiteral("client_secret")).toUtf8());
    }
    const ApiClient* client = clientId.isEmpty() ? nullptr : m_tokens.authenticate(clientId, secret.view());
    if (!client)
        return HttpResponse::error(401, QStringLiteral("invalid_client"), QStringLiteral("Bad credentials"));
    if (int retry = 1; !m_limiter.admit(client->clientId, &retry))
        return HttpResponse::error(429, QStringLiteral("too_many_requests"), QStringLiteral("Rate limit exceeded"))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retry));

    const IssuedToken t = m_tokens.issue(*client);
    return HttpResponse::json(200, QJsonObject{
                                       {QStringLiteral("access_token"), QString::fromLatin1(t.accessToken.view())},
                                       {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                       {QStringLiteral("expires_in"), double(t.expiresIn)},
                                       {QStringLiteral("scope"), t.scopes.join(QLatin1Char(' '))},
                                       {QStringLiteral("jti"), t.jti},
                                   })
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .withHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
}

HttpResponse TenantApi::users(const HttpRequest& r, const QStringList& rest)
{
    if (r.method != "GET")
        return scimUserWrite(m_client, m_tokens.clock(), r, rest, m_assignUserIds); // ScimUsers.cpp
    ResourceClient<User>& client = m_client.users();
    if (rest.isEmpty()) {
        if (r.query.hasQueryItem(QStringLiteral("filter")))
            return filteredUsers(m_client, r); // ScimUsers.cpp
        HttpResponse failure;
        const auto startIndex = scimNumber(r.query, QStringLiteral("startIndex"), 1, failure);
        if (!startIndex)
            return failure;
        const auto count = scimNumber(r.query, QStringLiteral("count"), kScimDefaultCount, failure);
        if (!count)
            return failure;
        // SCIM's startIndex is 1-based; UAA reads anything below 1 as 1 and caps count.
        const qint64 skip = std::max<qint64>(*startIndex, 1) - 1;
        const qint64 top = std::clamp<qint64>(*count, 0, kScimMaxCount);
        // Only the page is read (with its users' assignments), and the total counted apart.
        const auto total = client.count().result();
        if (!total)
            return errorResponse(total.error());
        // The body written directly, in the order QJsonObject keeps its keys.
        QByteArray resources = QByteArrayLiteral("[]");
        qsizetype items = 0;
        if (top > 0 && skip < *total) {
            auto page = client.list(PageRequest{skip, top}).result();
            if (!page)
                return errorResponse(page.error());
            resources = HttpResponse::compactArray(*page, scimUserJson);
            items = page->size();
        }
        return HttpResponse::jsonBytes(200, "{\"itemsPerPage\":" + QByteArray::number(items) + ",\"resources\":" + resources
                                                + ",\"schemas\":[\"" + kScimSchema.toUtf8() + "\"],\"startIndex\":"
                                                + QByteArray::number(skip + 1) + ",\"totalResults\":"
                                                + QByteArray::number(*total) + '}');
    }
    if (rest.size() != 1)
        return HttpResponse::error(404, QStringLiteral("scim_resource_not_found"), QStringLiteral("no such resource"));
    auto user = client.get(rest.first()).result();
    if (!user) {
        if (user.error().kind == Error::Kind::NotFound)
            return HttpResponse::error(404, QStringLiteral("scim_resource_not_found"),
                                       QStringLiteral("User %1 does not exist").arg(rest.first()));
        return errorResponse(user.error());
    }
    return HttpResponse::json(200, scimUserJson(*user))
        .withHeader(QByteArrayLiteral("ETag"), '"' + QByteArray::number(user->version) + '"');
}

} // namespace gh::tenantd
