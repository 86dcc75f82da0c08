#pragma once

// What an administrator does to users, role collections and their assignments, as workspace
// changes (pure, like KeystoreActions): each function reads the entities as listed and returns
// the Change list of one undoable step, or a Validation/Conflict/ReadOnly error naming the field
// or entity. Existing assignments and predefined (read-only) collections are respected here, so
// the CLI, the GUI's commands and the CSV import all refuse the same things with the same words.

#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/workspace/Change.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::access {

struct NewUser
{
    QString userName;
    QString origin = QStringLiteral("sap.default"); // an identity provider's originKey
    QString email;                                   // defaults to userName when that is one
    QString givenName;
    QString familyName;
};

// A shadow user for an identity provider. Its id is a fresh UUID (what SCIM assigns). Errors:
// Validation on "userName", "origin" (unknown identity provider) or "emails"; Conflict when the
// IdP already has a user of that name (user names compare case-insensitively, as XSUAA does).
Result<User> createUser(const NewUser& request, const QList<User>& users, const QList<IdentityProvider>& idps,
                        const QDateTime& now);

// Deleting users, with their direct assignments (Change::removal).
QList<Change> deleteUsers(const QList<User>& users);

// A custom role collection. Validation on "name" (rules of validateRoleCollectionName) or
// "description"; Conflict when the name is taken (case-insensitively).
Result<RoleCollection> createRoleCollection(const QString& name, const QString& description,
                                            const QList<RoleCollection>& collections);
// Description edits, role additions and removals of one collection; ReadOnly for a predefined one.
Result<Change> setDescription(const RoleCollection& collection, const QString& description);
// Adds the roles not yet in the collection (the others are skipped); Validation on "roles" when
// none is new.
Result<Change> addRoles(const RoleCollection& collection, const QList<RoleReference>& roles);
Result<Change> removeRoles(const RoleCollection& collection, const QList<RoleReference>& roles);
// Deleting collections with their assignments; ReadOnly (naming it) for a predefined one.
Result<QList<Change>> deleteRoleCollections(const QList<RoleCollection>& collections);

// Assigns every collection to every user (a user × collection product), skipping pairs that are
// already assigned directly. Validation when nothing would change. Predefined collections can be
// assigned (that is what they are for).
Result<QList<Change>> assign(const QList<User>& users, const QStringList& collections);
// Unassigns the pairs that are assigned directly; Validation when none is.
Result<QList<Change>> unassign(const QList<User>& users, const QStringList& collections);

// "Assign PI_Read_Only to anna@…", "Assign 2 role collections to 5 users" …: step descriptions.
QString assignDescription(const QList<User>& users, const QStringList& collections, bool assign);

// Role collections as JSON in the XSUAA API's form (an indented array, with their roles,
// mappings and users): what the cockpit's and the CLI's exports write.
QByteArray roleCollectionsJson(const QList<RoleCollection>& collections);

} // namespace gh::access
