#pragma once

// Internal to gh_cli: what the users, role-collections and access commands share: the tenant
// with a workspace on it, its users, role collections and identity providers, lookups that
// report what they could not find, and the report of a step's changes.

#include "app/cli/Commands.h"
#include "app/domain/Access.h"
#include "app/domain/Catalogue.h"
#include "app/workspace/Change.h"
#include "app/workspace/Workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gh::cli {

struct AccessSession
{
    std::shared_ptr<LocalTenant> tenant;
    std::unique_ptr<Workspace> workspace;
    QList<User> users;                   // with their direct role collections
    QList<RoleCollection> collections;   // with their directly assigned users
    QList<IdentityProvider> identityProviders;

    AccessIndex index() const { return AccessIndex(users, collections, Catalogue::builtIn()); }
};

// Success, or the exit code after reporting why the tenant cannot be used.
int openAccessSession(const Context& context, AccessSession& session);

// USER is a user's id or user name (case-insensitive, as XSUAA compares); `origin`, when not
// empty, narrows to one identity provider. Null after reporting "no user …" or, for a name that
// several identity providers have, the origins to choose from with --origin.
const User* findUser(const Context& context, const QList<User>& users, const QString& user, const QString& origin);

// The collection of that name (exact, else the one case-insensitive match); null after
// reporting "no role collection …".
const RoleCollection* findCollection(const Context& context, const QList<RoleCollection>& collections,
                                     const QString& name);

// "anna@… (sap.default)"
QString userLabel(const User& user);

// What a step changed, one line per change, then "Done: <description>."; with --json
// {"Description", "Changes": [{"Change", "Kind", …}]}.
void reportAccessChanges(const Context& context, const AccessSession& session, const QList<Change>& changes,
                         const QString& description);

// Applies `changes` as one journaled step and reports them; the exit code.
int applyAccessChanges(const Context& context, AccessSession& session, const QList<Change>& changes,
                       const QString& description);

} // namespace gh::cli
