// The writes the remote backend does so far (role collections, destinations without secrets),
// each answering the entity as the server has it afterwards.
#include "app/client/remote/RemoteResources.h"

namespace gh::remote {

namespace {

Error transportGone()
{
    return Error::make(Error::Kind::Cancelled, QStringLiteral("the remote tenant was closed"));
}

HttpRequest request(QByteArray method, QString path, std::optional<QJsonDocument> body = std::nullopt)
{
    HttpRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    return r;
}

// Sends `write`, then answers the entity: the response's body when the server sends it back
// (`bodyIsEntity`), else what a GET of `readBack` answers.
template<class T>
QFuture<Result<T>> writeThenRead(QPointer<HttpTransport> transport, HttpRequest write, QString readBack, bool bodyIsEntity,
                                 typename RemoteResource<T>::Decode decode)
{
    using R = Result<T>;
    if (!transport)
        return readyFuture(R(transportGone()));
    HttpTransport* context = transport.data();
    return context->send(std::move(write))
        .then(context, [transport, readBack, bodyIsEntity, decode](Result<HttpResponse> r) -> QFuture<R> {
            if (!r)
                return readyFuture(R(r.error()));
            if (bodyIsEntity && !r->body.trimmed().isEmpty())
                return readyFuture(decodeOne<T>(*r, decode));
            if (!transport)
                return readyFuture(R(transportGone()));
            return transport->send(request("GET", readBack)).then(QtFuture::Launch::Sync, [decode](Result<HttpResponse> g) -> R {
                if (!g)
                    return g.error();
                return decodeOne<T>(*g, decode);
            });
        })
        .unwrap();
}

QFuture<Status> sendStatus(QPointer<HttpTransport> transport, HttpRequest write)
{
    if (!transport)
        return readyFuture(Status(transportGone()));
    return transport->send(std::move(write)).then(QtFuture::Launch::Sync, [](Result<HttpResponse> r) -> Status {
        if (!r)
            return r.error();
        return {};
    });
}

// What POST /rolecollections takes (RoleCollectionImport): name, description and roles.
// Assignments and read-only flags are the server's to decide.
QJsonObject collectionImport(const RoleCollection& value)
{
    QJsonObject out = value.toJson(JsonStyle::Wire);
    out.remove(QStringLiteral("userReferences"));
    out.remove(QStringLiteral("isReadOnly"));
    return out;
}

Status checkNoSecrets(const Destination& value)
{
    const QStringList secrets = value.secretsSet() + value.secretsMissing();
    if (secrets.isEmpty())
        return {};
    return Error::validation(secrets.first(), QStringLiteral("destinations with secret properties: %1")
                                                  .arg(notSupportedYet(QStringLiteral("writing")).message));
}

} // namespace

QFuture<Result<RoleCollection>> RemoteRoleCollections::create(const RoleCollection& value)
{
    using R = Result<RoleCollection>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    if (!value.userReferences.isEmpty())
        return readyFuture(R(notSupportedYet(QStringLiteral("assigning users to role collections"))));
    return writeThenRead<RoleCollection>(m_transport, request("POST", m_spec.listPath, QJsonDocument(collectionImport(value))),
                                         m_spec.itemPath(value.name), true,
                                         m_spec.decode);
}

// The Authorization API changes a collection's description with PUT; its roles and mappings have
// endpoints of their own that are not written yet. So the server's collection is read first, and
// a change beyond the description is refused rather than silently dropped.
QFuture<Result<RoleCollection>> RemoteRoleCollections::update(const RoleCollection& value)
{
    using R = Result<RoleCollection>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    QPointer<HttpTransport> transport = m_transport;
    const QString path = m_spec.itemPath(value.name);
    auto decode = m_spec.decode;
    return get(value.name)
        .then(m_transport.data(), [transport, path, decode, value](R current) -> QFuture<R> {
            if (!current)
                return readyFuture(R(current.error()));
            if (current->roleReferences != value.roleReferences)
                return readyFuture(R(notSupportedYet(QStringLiteral("changing the roles of a role collection"))));
            if (current->attributeMappings != value.attributeMappings)
                return readyFuture(R(notSupportedYet(QStringLiteral("changing the attribute mappings of a role collection"))));
            const QJsonObject body{{QStringLiteral("description"), value.description}};
            return writeThenRead<RoleCollection>(transport, request("PUT", path, QJsonDocument(body)), path, true, decode);
        })
        .unwrap();
}

QFuture<Status> RemoteRoleCollections::remove(const QString& name)
{
    if (const auto e = unavailable())
        return readyFuture(Status(*e));
    return sendStatus(m_transport, request("DELETE", m_spec.itemPath(name)));
}

QFuture<Result<Destination>> RemoteDestinations::create(const Destination& value)
{
    using R = Result<Destination>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    if (Status s = checkNoSecrets(value); !s)
        return readyFuture(R(s.error()));
    // POST answers 201 without a body: the destination is read back.
    return writeThenRead<Destination>(m_transport, request("POST", m_spec.listPath, QJsonDocument(value.toJson())),
                                      m_spec.itemPath(value.name()), false,
                                      m_spec.decode);
}

QFuture<Result<Destination>> RemoteDestinations::update(const Destination& value)
{
    using R = Result<Destination>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    if (Status s = checkNoSecrets(value); !s)
        return readyFuture(R(s.error()));
    // PUT replaces the whole destination and answers {"Count": 1}: read back.
    return writeThenRead<Destination>(m_transport, request("PUT", m_spec.listPath, QJsonDocument(value.toJson())),
                                      m_spec.itemPath(value.name()), false,
                                      m_spec.decode);
}

QFuture<Status> RemoteDestinations::remove(const QString& name)
{
    if (const auto e = unavailable())
        return readyFuture(Status(*e));
    return sendStatus(m_transport, request("DELETE", m_spec.itemPath(name)));
}

} // namespace gh::remote
