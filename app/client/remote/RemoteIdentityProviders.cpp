#include "app/client/remote/RemoteIdentityProviders.h"

#include <QJsonDocument>

namespace gh::remote {

namespace {

constexpr QLatin1String kRoot{"/sap/rest/identity-providers"};

QString itemPath(const QString& origin)
{
    return kRoot + QLatin1Char('/') + HttpRequest::segment(origin);
}

} // namespace

QFuture<Result<IdentityProvider>> RemoteIdentityProviders::create(const IdentityProvider& value)
{
    using R = Result<IdentityProvider>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    HttpRequest post;
    post.method = QByteArrayLiteral("POST");
    post.path = kRoot;
    post.body = QJsonDocument(value.toJson(JsonStyle::Wire));
    return m_transport->send(std::move(post)).then(QtFuture::Launch::Sync, [decode = m_spec.decode](Result<HttpResponse> r) -> R {
        if (!r)
            return r.error();
        return decodeOne<IdentityProvider>(*r, decode);
    });
}

QFuture<Result<IdentityProvider>> RemoteIdentityProviders::update(const IdentityProvider& value)
{
    using R = Result<IdentityProvider>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    HttpRequest put;
    put.method = QByteArrayLiteral("PUT");
    put.path = itemPath(value.originKey);
    put.body = QJsonDocument(value.toJson(JsonStyle::Wire));
    return m_transport->send(std::move(put)).then(QtFuture::Launch::Sync, [decode = m_spec.decode](Result<HttpResponse> r) -> R {
        if (!r)
            return r.error();
        return decodeOne<IdentityProvider>(*r, decode);
    });
}

QFuture<Status> RemoteIdentityProviders::remove(const QString& origin)
{
    if (const auto e = unavailable())
        return readyFuture(Status(*e));
    HttpRequest del;
    del.method = QByteArrayLiteral("DELETE");
    del.path = itemPath(origin);
    return m_transport->send(std::move(del)).then(QtFuture::Launch::Sync, [](Result<HttpResponse> r) -> Status {
        if (!r)
            return r.error();
        return {};
    });
}

} // namespace gh::remote
