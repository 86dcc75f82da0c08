#include "app/workspace/AccessActions.h"

#include "app/domain/Validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace gh::access {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::AccessActions)
};
} // namespace

namespace {

Error readOnly(const RoleCollection& c)
{
    return Error::make(Error::Kind::ReadOnly,
                       Tr::tr("role collection '%1' is predefined by SAP and cannot be changed").arg(c.name));
}

Status firstOf(const Problems& problems)
{
    if (problems.isEmpty())
        return {};
    return problems.first();
}

} // namespace

Result<User> createUser(const NewUser& request, const QList<User>& users, const QList<IdentityProvider>& idps,
                        const QDateTime& now)
{
    User u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.userName = request.userName.trimmed();
    u.origin = request.origin.trimmed();
    u.givenName = request.givenName.trimmed();
    u.familyName = request.familyName.trimmed();
    QString email = request.email.trimmed();
    if (email.isEmpty() && u.userName.contains(QLatin1Char('@')))
        email = u.userName;
    if (!email.isEmpty())
        u.emails.append({email, true});
    const QDateTime whole = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    u.created = whole;
    u.lastModified = whole;
    u.verified = false;
    u.active = true;
    if (Status s = firstOf(validateUser(u)); !s)
        return s.error();
    const bool knownIdp = std::any_of(idps.cbegin(), idps.cend(), [&](const IdentityProvider& i) { return i.originKey == u.origin; });
    if (!knownIdp)
        return Error::validation(QStringLiteral("origin"),
                                 Tr::tr("no identity provider '%1' is trusted by this subaccount").arg(u.origin));
    for (const User& other : users) {
        if (other.origin == u.origin && other.userName.compare(u.userName, Qt::CaseInsensitive) == 0)
            return Error::conflict(Tr::tr("identity provider '%1' already has a user '%2'").arg(u.origin, other.userName));
    }
    return u;
}

QList<Change> deleteUsers(const QList<User>& users)
{
    QList<Change> out;
    for (const User& u : users)
        out.append(Change::removal(u));
    return out;
}

Result<RoleCollection> createRoleCollection(const QString& name, const QString& description,
                                            const QList<RoleCollection>& collections)
{
    RoleCollection c;
    c.name = name.trimmed();
    c.description = description;
    if (Status s = firstOf(validateRoleCollection(c)); !s)
        return s.error();
    for (const RoleCollection& other : collections) {
        if (other.name.compare(c.name, Qt::CaseInsensitive) == 0)
            return Error::conflict(Tr::tr("a role collection '%1' already exists").arg(other.name));
    }
    return c;
}

Result<Change> setDescription(const RoleCollection& collection, const QString& description)
{
    if (collection.isReadOnly)
        return readOnly(collection);
    RoleCollection after = collection;
    after.description = description;
    if (Status s = firstOf(validateRoleCollection(after)); !s)
        return s.error();
    return Change::updated(collection, after);
}

Result<Change> addRoles(const RoleCollection& collection, const QList<RoleReference>& roles)
{
    if (collection.isReadOnly)
        return readOnly(collection);
    RoleCollection after = collection;
    for (const RoleReference& r : roles) {
        const bool present = std::any_of(after.roleReferences.cbegin(), after.roleReferences.cend(),
                                         [&](const RoleReference& have) { return have.roleKey() == r.roleKey(); });
        if (!present)
            after.roleReferences.append(r);
    }
    if (after.roleReferences.size() == collection.roleReferences.size())
        return Error::validation(QStringLiteral("roles"),
                                 Tr::tr("role collection '%1' already has these roles").arg(collection.name));
    return Change::updated(collection, after);
}

Result<Change> removeRoles(const RoleCollection& collection, const QList<RoleReference>& roles)
{
    if (collection.isReadOnly)
        return readOnly(collection);
    RoleCollection after = collection;
    after.roleReferences.removeIf([&](const RoleReference& have) {
        return std::any_of(roles.cbegin(), roles.cend(), [&](const RoleReference& r) { return r.roleKey() == have.roleKey(); });
    });
    if (after.roleReferences.size() == collection.roleReferences.size())
        return Error::validation(QStringLiteral("roles"),
                                 Tr::tr("role collection '%1' has none of these roles").arg(collection.name));
    return Change::updated(collection, after);
}

Result<QList<Change>> deleteRoleCollections(const QList<RoleCollection>& collections)
{
    QList<Change> out;
    for (const RoleCollection& c : collections) {
        if (c.isReadOnly)
            return readOnly(c);
        out.append(Change::removal(c));
    }
    return out;
}

Result<QList<Change>> assign(const QList<User>& users, const QStringList& collections)
{
    QList<Change> out;
    for (const User& u : users) {
        for (const QString& c : collections) {
            if (!u.roleCollections.contains(c))
                out.append(Change::created(Assignment{c, u.id}));
        }
    }
    if (out.isEmpty())
        return Error::validation(QStringLiteral("assignments"),
                                 users.size() == 1 && collections.size() == 1
                                     ? Tr::tr("'%1' already holds '%2' directly").arg(users.first().userName, collections.first())
                                     : Tr::tr("every selected user already holds these role collections directly"));
    return out;
}

Result<QList<Change>> unassign(const QList<User>& users, const QStringList& collections)
{
    QList<Change> out;
    for (const User& u : users) {
        for (const QString& c : collections) {
            if (u.roleCollections.contains(c))
                out.append(Change::removed(Assignment{c, u.id}));
        }
    }
    if (out.isEmpty())
        return Error::validation(QStringLiteral("assignments"),
                                 users.size() == 1 && collections.size() == 1
                                     ? Tr::tr("'%1' does not hold '%2' directly").arg(users.first().userName, collections.first())
                                     : Tr::tr("none of the selected users holds these role collections directly"));
    return out;
}

QString assignDescription(const QList<User>& users, const QStringList& collections, bool assign)
{
    const QLocale locale;
    const QString what = collections.size() == 1
        ? collections.first()
        : Tr::tr("%1 role collections").arg(locale.toString(collections.size()));
    const QString whom = users.size() == 1 ? users.first().userName
                                           : Tr::tr("%1 users").arg(locale.toString(users.size()));
    return assign ? Tr::tr("Assign %1 to %2").arg(what, whom) : Tr::tr("Unassign %1 from %2").arg(what, whom);
}

QByteArray roleCollectionsJson(const QList<RoleCollection>& collections)
{
    QJsonArray array;
    for (const RoleCollection& c : collections)
        array.append(c.toJson(JsonStyle::Wire));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace gh::access
