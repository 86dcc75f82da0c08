// The writes the remote backend does so far (role collections with their roles and attribute
// mappings, destinations without secrets),
// each answering the entity as the server has it afterwards.
#include "app/client/remote/RemoteResources.h"

#include <QCoreApplication>
#include <QPromise>

#include <algorithm>
#include <memory>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::RemoteWrites)
};
} // namespace

namespace {

Error transportGone()
{
    return Error::make(Error::Kind::Cancelled, Tr::tr("the remote tenant was closed"));
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

// The requests that take a collection from `from` to `to` in roles and attribute mappings
// (`path` is the collection's): DELETE and PUT of
// /roles/{roleTemplateAppId}/{roleName}/{roleTemplateName}, DELETE of
// /attributeMappings/{idpOrigin}/{attributeName}/{attributeValue} and POST of /attributeMappings.
QList<HttpRequest> collectionChanges(const QString& path, const RoleCollection& from, const RoleCollection& to)
{
    const auto rolePath = [&](const RoleReference& r) -> QString {
        return path + QStringLiteral("/roles/") + HttpRequest::segment(r.roleTemplateAppId) + QLatin1Char('/')
            + HttpRequest::segment(r.name) + QLatin1Char('/') + HttpRequest::segment(r.roleTemplateName);
    };
    const auto holds = [](const QList<RoleReference>& list, const RoleReference& r) {
        return std::any_of(list.cbegin(), list.cend(), [&](const RoleReference& x) { return x.roleKey() == r.roleKey(); });
    };
    QList<HttpRequest> out;
    for (const RoleReference& r : from.roleReferences)
        if (!holds(to.roleReferences, r))
            out.append(request("DELETE", rolePath(r)));
    for (const RoleReference& r : to.roleReferences)
        if (!holds(from.roleReferences, r))
            out.append(request("PUT", rolePath(r)));
    for (const AttributeMapping& m : from.attributeMappings)
        if (!to.attributeMappings.contains(m))
            out.append(request("DELETE", path + QStringLiteral("/attributeMappings/") + HttpRequest::segment(m.idpId)
                                             + QLatin1Char('/') + HttpRequest::segment(m.attributeName) + QLatin1Char('/')
                                             + HttpRequest::segment(m.attributeValue)));
    for (const AttributeMapping& m : to.attributeMappings) {
        if (from.attributeMappings.contains(m))
            continue;
        QJsonObject body{{QStringLiteral("attributeName"), m.attributeName},
                         {QStringLiteral("attributeValue"), m.attributeValue},
                         {QStringLiteral("comparisonOperator"), m.comparisonOperator},
                         {QStringLiteral("idpId"), m.idpId}};
        if (!m.idpDisplayName.isEmpty())
            body.insert(QStringLiteral("idpDisplayName"), m.idpDisplayName);
        out.append(request("POST", path + QStringLiteral("/attributeMappings"), QJsonDocument(body)));
    }
    return out;
}

// Sends `writes` one after the other in the transport's thread, then answers what a GET of
// `readBack` decodes to; the first failure ends it. A promise driven step by step (like
// PagedList) rather than nested continuations.
struct WriteSequence : std::enable_shared_from_this<WriteSequence>
{
    QPointer<HttpTransport> transport;
    QList<HttpRequest> writes;
    QString readBack;
    RemoteResource<RoleCollection>::Decode decode;
    QPromise<Result<RoleCollection>> promise;

    QFuture<Result<RoleCollection>> start()
    {
        promise.start();
        QFuture<Result<RoleCollection>> future = promise.future();
        step();
        return future;
    }

    void finish(Result<RoleCollection> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }

    void step()
    {
        if (!transport)
            return finish(transportGone());
        const bool reading = writes.isEmpty();
        HttpRequest next = reading ? request("GET", readBack) : writes.takeFirst();
        transport->send(std::move(next)).then(transport.data(), [self = shared_from_this(), reading](Result<HttpResponse> r) {
            if (!r)
                return self->finish(r.error());
            if (reading)
                return self->finish(decodeOne<RoleCollection>(*r, self->decode));
            self->step();
        });
    }
};

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
    return Error::validation(secrets.first(), Tr::tr("destinations with secret properties: %1")
                                                  .arg(notSupportedYet(Tr::tr("writing")).message));
}

} // namespace

QFuture<Result<RoleCollection>> RemoteRoleCollections::create(const RoleCollection& value)
{
    using R = Result<RoleCollection>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    if (!value.userReferences.isEmpty())
        return readyFuture(R(notSupportedYet(Tr::tr("assigning users to role collections"))));
    return writeThenRead<RoleCollection>(m_transport, request("POST", m_spec.listPath, QJsonDocument(collectionImport(value))),
                                         m_spec.itemPath(value.name), true,
                                         m_spec.decode);
}

// The Authorization API changes a collection's description with PUT, and its roles and
// attribute mappings one by one through endpoints of their own (SAP_APIS.md 3.2). So the
// server's collection is read first and only the differences are sent, one request after the
// other: the description, the roles taken away, the roles added, the mappings taken away, the
// mappings added; then the collection is read back. A failure stops the sequence (what was sent
// stays sent: the caller reads the server again, as push does).
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
            QList<HttpRequest> writes;
            if (current->description != value.description)
                writes.append(request("PUT", path, QJsonDocument(QJsonObject{{QStringLiteral("description"), value.description}})));
            writes.append(collectionChanges(path, *current, value));
            if (writes.isEmpty())
                return readyFuture(R(std::move(*current)));
            auto job = std::make_shared<WriteSequence>();
            job->transport = transport;
            job->writes = std::move(writes);
            job->readBack = path;
            job->decode = decode;
            return job->start();
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
