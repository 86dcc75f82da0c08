#pragma once

// Trust configurations of the remote tenant (internal to RemoteTenantClient): read as
// RemoteResource does, written through /sap/rest/identity-providers (SAP_APIS.md 3.2, paths only):
// create POSTs the configuration, update PUTs it to /{origin}, remove DELETEs /{origin}; each
// answers what the server has afterwards. Needs the xs_idp.write scope (else Forbidden).

#include "app/client/remote/RemoteResources.h"

namespace gh::remote {

class RemoteIdentityProviders final : public RemoteResource<IdentityProvider>
{
public:
    using RemoteResource<IdentityProvider>::RemoteResource;
    QFuture<Result<IdentityProvider>> create(const IdentityProvider& value) override;
    QFuture<Result<IdentityProvider>> update(const IdentityProvider& value) override;
    QFuture<Status> remove(const QString& origin) override;
};

} // namespace gh::remote
