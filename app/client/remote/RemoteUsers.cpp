#include "app/client/remote/RemoteUsers.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::RemoteUsers)
};
} // namespace

namespace {

const QString kScimSchema = QStringLiteral("urn:scim:schemas:core:1.0");

Error transportGone()
{
    return Error::make(Error::Kind::Cancelled, Tr::tr("the remote tenant was closed"));
}

QString itemPath(const QString& id)
{
    return QStringLiteral("/Users/") + HttpRequest::segment(id);
}

// A SCIM filter value in double quotes.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

bool RemoteUsers::sameAccount(const User& a, const User& b)
{
    if (a.emails.size() != b.emails.size())
        return false;
    for (qsizetype i = 0; i < a.emails.size(); ++i)
        if (a.emails.at(i).value.compare(b.emails.at(i).value, Qt::CaseInsensitive) != 0 || a.emails.at(i).primary != b.emails.at(i).primary)
            return false;
    return a.userName.compare(b.userName, Qt::CaseInsensitive) == 0 && a.origin == b.origin && a.givenName == b.givenName
        && a.familyName == b.familyName && a.active == b.active && a.verified == b.verified;
}

QJsonObject RemoteUsers::scimBody(const User& value)
{
    QJsonObject body = value.toJson(JsonStyle::Wire);
    for (const char* serverSide : {"meta", "roleCollections", "groups", "lastLogonTime", "zoneId"})
        body.remove(QLatin1String(serverSide));
    body.insert(QStringLiteral("schemas"), QJsonArray{kScimSchema});
    return body;
}

QFuture<Result<User>> RemoteUsers::get(const QString& id)
{
    return RemoteResource<User>::get(id).then(QtFuture::Launch::Sync, [seen = m_seenVersions, id](Result<User> u) {
        if (u)
            seen->insert(id, u->version);
        else if (u.error().kind == Error::Kind::NotFound)
            seen->remove(id);
        return u;
    });
}

QFuture<Result<User>> RemoteUsers::create(const User& value)
{
    using R = Result<User>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    if (!m_transport)
        return readyFuture(R(transportGone()));
    HttpRequest post;
    post.method = QByteArrayLiteral("POST");
    post.path = QStringLiteral("/Users");
    post.body = QJsonDocument(scimBody(value));
    post.idempotent = true; // a repeated POST is a 409 that the lookup below settles
    post.passStatuses = {409};
    QPointer<HttpTransport> transport = m_transport;
    const Decode decode = m_spec.decode;
    return transport->send(std::move(post))
        .then(transport.data(), [transport, decode, value](Result<HttpResponse> r) -> QFuture<R> {
            if (!r)
                return readyFuture(R(r.error()));
            if (r->status != 409)
                return readyFuture(decodeOne<User>(*r, decode));
            if (!transport)
                return readyFuture(R(transportGone()));
            // Already there: the same account (a push repeated) or someone else's.
            HttpRequest lookup;
            lookup.path = QStringLiteral("/Users");
            lookup.query.addQueryItem(QStringLiteral("filter"),
                                      QStringLiteral("userName eq %1 and origin eq %2").arg(quoted(value.userName), quoted(value.origin)));
            const QString where = r->where;
            return transport->send(std::move(lookup)).then(QtFuture::Launch::Sync, [decode, value, where](Result<HttpResponse> g) -> R {
                if (!g)
                    return g.error();
                auto object = objectOf(*g);
                if (!object)
                    return object.error();
                auto found = decodeArray<User>(object->value(QStringLiteral("resources")).toArray(), QStringLiteral("$.resources"),
                                               g->where, decode);
                if (!found)
                    return found.error();
                for (const User& there : *found)
                    if (sameAccount(there, value))
                        return there;
                return Error::make(Error::Kind::Conflict,
                                   Tr::tr("identity provider '%1' already has another user '%2'").arg(value.origin, value.userName),
                                   where);
            });
        })
        .unwrap();
}

QFuture<Result<User>> RemoteUsers::update(const User& value)
{
    using R = Result<User>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    HttpRequest put;
    put.method = QByteArrayLiteral("PUT");
    put.path = itemPath(value.id);
    put.body = QJsonDocument(scimBody(value));
    put.headers.append({QByteArrayLiteral("If-Match"), '"' + QByteArray::number(value.version) + '"'});
    return m_transport->send(std::move(put)).then(QtFuture::Launch::Sync, [decode = m_spec.decode](Result<HttpResponse> r) -> R {
        if (!r)
            return r.error();
        return decodeOne<User>(*r, decode);
    });
}

QFuture<Status> RemoteUsers::remove(const QString& id)
{
    if (const auto e = unavailable())
        return readyFuture(Status(*e));
    HttpRequest del;
    del.method = QByteArrayLiteral("DELETE");
    del.path = itemPath(id);
    const auto seen = m_seenVersions->constFind(id);
    del.headers.append({QByteArrayLiteral("If-Match"),
                        seen == m_seenVersions->cend() ? QByteArrayLiteral("*") : '"' + QByteArray::number(*seen) + '"'});
    return m_transport->send(std::move(del)).then(QtFuture::Launch::Sync, [seen = m_seenVersions, id](Result<HttpResponse> r) -> Status {
        if (!r)
            return r.error();
        seen->remove(id);
        return {};
    });
}

} // namespace gh::remote
