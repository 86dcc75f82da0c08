#pragma once

// SCIM users of the remote tenant (internal to RemoteTenantClient): read as RemoteResource does
// (paged /Users), and written:
//   create  POST /Users with the user's SCIM form (its id included: gatehouse-tenantd keeps it,
//           XSUAA assigns its own). A 409 (the origin has that userName already) is looked up with
//           filter=userName eq "…" and origin eq "…": the same account there counts as created
//           (a push repeated after a failure), another one is a Conflict.
//   update  PUT /Users/{id}, If-Match: the user's meta.version.
//   remove  DELETE /Users/{id}, If-Match: the meta.version the last get() of that user read
//           (a push reads it just before), else "*".
// A read-only key's writes are the server's 403 (Forbidden).

#include "app/client/remote/RemoteResources.h"

#include <QHash>

namespace gh::remote {

class RemoteUsers final : public RemoteResource<User>
{
public:
    using RemoteResource<User>::RemoteResource;
    QFuture<Result<User>> get(const QString& id) override;
    QFuture<Result<User>> create(const User& value) override;
    QFuture<Result<User>> update(const User& value) override;
    QFuture<Status> remove(const QString& id) override;

    // The same account in what SCIM lets a client set (userName, origin, name, e-mails, active,
    // verified); meta, groups and logon times are the server's.
    static bool sameAccount(const User& a, const User& b);
    // The body of a POST or PUT.
    static QJsonObject scimBody(const User& value);

private:
    std::shared_ptr<QHash<QString, qint64>> m_seenVersions = std::make_shared<QHash<QString, qint64>>();
};

} // namespace gh::remote
