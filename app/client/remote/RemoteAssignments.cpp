// Assigning users to role collections over SCIM /Groups (SAP_APIS.md 3.4): a role collection is
// the group whose displayName is its name; the group's id and version come from listing /Groups
// (XSUAA's ids are not the names), then one PATCH /Groups/{id} with If-Match: "<version>" adds or
// deletes the members. A group changed in between answers 412: listed again once, then a
// Conflict for the caller.
#include "app/client/remote/RemoteResources.h"

#include <QCoreApplication>
#include "app/client/remote/ScimGroup.h"

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::RemoteAssignments)
};
} // namespace

namespace {

constexpr int kGroupPageSize = 500; // UAA's largest SCIM page

QFuture<Result<QList<ScimGroup>>> listGroups(QPointer<HttpTransport> transport)
{
    auto job = std::make_shared<PagedList<ScimGroup>>();
    job->transport = transport;
    job->next = [](qsizetype collected, int) -> std::optional<HttpRequest> {
        HttpRequest r;
        r.path = QStringLiteral("/Groups");
        r.query.addQueryItem(QStringLiteral("startIndex"), QString::number(collected + 1));
        r.query.addQueryItem(QStringLiteral("count"), QString::number(kGroupPageSize));
        return r;
    };
    job->decode = [](const HttpResponse& response, int, bool& last) -> Result<QList<ScimGroup>> {
        auto object = objectOf(response);
        if (!object)
            return object.error();
        auto page = decodeScimGroupPage(*object, last);
        if (!page)
            return malformed(page.error(), response.where);
        return page;
    };
    return job->start();
}

// `attempts`: a 412 (the group changed between the listing and the PATCH) lists again and
// recomputes the change, this many times in all; then it is the caller's Conflict.
QFuture<Status> changeMembers(QPointer<HttpTransport> transport, const QString& collection, const QStringList& userIds,
                              bool remove, int attempts = 2)
{
    if (userIds.isEmpty())
        return readyFuture(Status());
    if (!transport)
        return readyFuture(Status(Error::make(Error::Kind::Cancelled, Tr::tr("the remote tenant was closed"))));
    HttpTransport* context = transport.data();
    return listGroups(transport)
        .then(context, [transport, collection, userIds, remove, attempts](Result<QList<ScimGroup>> groups) -> QFuture<Status> {
            if (!groups)
                return readyFuture(Status(groups.error()));
            const auto group = std::find_if(groups->cbegin(), groups->cend(),
                                            [&](const ScimGroup& g) { return g.displayName == collection; });
            if (group == groups->cend())
                return readyFuture(Status(Error::notFound(
                    Tr::tr("no role collection '%1' (no SCIM group of that displayName)").arg(collection))));
            // Only what would change is sent: an assigned user is not added twice.
            QStringList ids;
            for (const QString& id : userIds) {
                const bool member = std::any_of(group->members.cbegin(), group->members.cend(),
                                                [&](const UserReference& u) { return u.id == id; });
                if (member == remove && !ids.contains(id))
                    ids.append(id);
            }
            if (ids.isEmpty())
                return readyFuture(Status());
            if (!transport)
                return readyFuture(Status(Error::make(Error::Kind::Cancelled, Tr::tr("the remote tenant was closed"))));
            HttpRequest patch;
            patch.method = QByteArrayLiteral("PATCH");
            patch.path = QStringLiteral("/Groups/") + HttpRequest::segment(group->id);
            patch.body = QJsonDocument(scimMembersPatch(ids, remove));
            patch.headers.append({QByteArrayLiteral("If-Match"), '"' + QByteArray::number(group->version) + '"'});
            HttpTransport* sender = transport.data();
            return sender->send(std::move(patch))
                .then(sender, [transport, collection, userIds, remove, attempts](Result<HttpResponse> r) -> QFuture<Status> {
                    if (r)
                        return readyFuture(Status());
                    if (r.error().kind == Error::Kind::Conflict && attempts > 1)
                        return changeMembers(transport, collection, userIds, remove, attempts - 1);
                    return readyFuture(Status(r.error()));
                })
                .unwrap();
        })
        .unwrap();
}

} // namespace

QFuture<Status> RemoteRoleCollections::assignUsers(const QString& roleCollection, const QStringList& userIds)
{
    if (const auto e = unavailable())
        return readyFuture(Status(*e));
    return changeMembers(m_transport, roleCollection, userIds, false);
}

QFuture<Status> RemoteRoleCollections::unassignUsers(const QString& roleCollection, const QStringList& userIds)
{
    if (const auto e = unavailable())
        return readyFuture(Status(*e));
    return changeMembers(m_transport, roleCollection, userIds, true);
}

} // namespace gh::remote
