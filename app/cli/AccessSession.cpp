#include "app/cli/AccessSession.h"

#include "app/cli/Table.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

int openAccessSession(const Context& context, AccessSession& session)
{
    if (const int code = openWorkspace(context, session.tenant, session.workspace); code != Success)
        return code;
    TenantClient& client = session.workspace->client();
    auto users = client.users().list().result();
    if (!users)
        return context.fail(users.error());
    auto collections = client.roleCollections().list().result();
    if (!collections)
        return context.fail(collections.error());
    auto idps = client.identityProviders().list().result();
    if (!idps)
        return context.fail(idps.error());
    session.users = std::move(*users);
    std::sort(session.users.begin(), session.users.end(), [](const User& a, const User& b) {
        return std::tie(a.origin, a.userName) < std::tie(b.origin, b.userName);
    });
    session.collections = std::move(*collections);
    session.identityProviders = std::move(*idps);
    return Success;
}

QString userLabel(const User& user)
{
    return QStringLiteral("%1 (%2)").arg(user.userName, user.origin);
}

const User* findUser(const Context& context, const QList<User>& users, const QString& user, const QString& origin)
{
    for (const User& u : users) {
        if (u.id == user && (origin.isEmpty() || u.origin == origin))
            return &u;
    }
    QList<const User*> matches;
    for (const User& u : users) {
        if (u.userName.compare(user, Qt::CaseInsensitive) == 0 && (origin.isEmpty() || u.origin == origin))
            matches.append(&u);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        context.error(origin.isEmpty()
                          ? QStringLiteral("no user '%1'").arg(user)
                          : QStringLiteral("no user '%1' from identity provider '%2'").arg(user, origin));
        return nullptr;
    }
    QStringList origins;
    for (const User* u : std::as_const(matches))
        origins.append(u->origin);
    context.error(Text::tr("user name '%1' exists in several identity providers (%2): choose one with --origin")
                      .arg(user, origins.join(QStringLiteral(", "))));
    return nullptr;
}

const RoleCollection* findCollection(const Context& context, const QList<RoleCollection>& collections,
                                     const QString& name)
{
    const RoleCollection* folded = nullptr;
    int foldedCount = 0;
    for (const RoleCollection& c : collections) {
        if (c.name == name)
            return &c;
        if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
            folded = &c;
            ++foldedCount;
        }
    }
    if (foldedCount == 1)
        return folded;
    context.error(Text::tr("no role collection '%1'").arg(name));
    return nullptr;
}

namespace {

QString changeName(const Change& change)
{
    return !change.before ? QStringLiteral("created") : !change.after ? QStringLiteral("deleted") : QStringLiteral("updated");
}

QString roleKeys(const QList<RoleReference>& roles)
{
    QStringList keys;
    for (const RoleReference& r : roles)
        keys.append(r.roleKey());
    return keys.join(QStringLiteral(", "));
}

// "roles: +a/b/c -d/e/f", "description" …: what an update of a role collection changed.
QString collectionUpdate(const RoleCollection& before, const RoleCollection& after)
{
    QList<RoleReference> added;
    QList<RoleReference> removed;
    for (const RoleReference& r : after.roleReferences) {
        if (!before.roleReferences.contains(r))
            added.append(r);
    }
    for (const RoleReference& r : before.roleReferences) {
        if (!after.roleReferences.contains(r))
            removed.append(r);
    }
    QStringList parts;
    if (!added.isEmpty())
        parts.append(QStringLiteral("roles added: %1").arg(roleKeys(added)));
    if (!removed.isEmpty())
        parts.append(QStringLiteral("roles removed: %1").arg(roleKeys(removed)));
    if (before.description != after.description)
        parts.append(QStringLiteral("description: %1").arg(after.description));
    return parts.join(QStringLiteral("; "));
}

} // namespace

void reportAccessChanges(const Context& context, const AccessSession& session, const QList<Change>& changes,
                         const QString& description)
{
    // Users by id, including those the step creates or deletes.
    QHash<QString, User> usersById;
    for (const User& u : session.users)
        usersById.insert(u.id, u);
    for (const Change& change : changes) {
        if (change.kind != EntityKind::User)
            continue;
        if (auto u = User::fromJson(change.after ? *change.after : *change.before))
            usersById.insert(u->id, *u);
    }

    QJsonArray json;
    QList<QStringList> rows;
    for (const Change& change : changes) {
        const QString what = changeName(change);
        const QJsonObject stored = change.after ? *change.after : *change.before;
        QJsonObject o;
        o.insert(QStringLiteral("Change"), what);
        o.insert(QStringLiteral("Kind"), entityKindLabel(change.kind));
        QString name = change.key;
        QString detail;
        if (change.kind == EntityKind::Assignment) {
            auto a = Assignment::fromJson(stored);
            if (!a)
                continue;
            const auto user = usersById.constFind(a->userId);
            o.insert(QStringLiteral("RoleCollection"), a->roleCollection);
            o.insert(QStringLiteral("UserId"), a->userId);
            o.insert(QStringLiteral("User"), user != usersById.cend() ? QJsonValue(user->userName) : QJsonValue());
            o.insert(QStringLiteral("Origin"), user != usersById.cend() ? QJsonValue(user->origin) : QJsonValue());
            name = a->roleCollection;
            detail = user != usersById.cend() ? userLabel(*user) : a->userId;
        } else if (change.kind == EntityKind::User) {
            auto u = User::fromJson(stored);
            if (!u)
                continue;
            for (auto it = stored.begin(); it != stored.end(); ++it)
                o.insert(it.key(), it.value());
            name = u->userName;
            detail = u->origin;
        } else if (change.kind == EntityKind::RoleCollection) {
            auto c = RoleCollection::fromJson(stored);
            if (!c)
                continue;
            for (auto it = stored.begin(); it != stored.end(); ++it)
                o.insert(it.key(), it.value());
            name = c->name;
            if (change.before && change.after) {
                auto before = RoleCollection::fromJson(*change.before);
                if (before)
                    detail = collectionUpdate(*before, *c);
            } else {
                detail = c->description;
            }
        }
        json.append(o);
        rows.append({what, entityKindLabel(change.kind), name, detail});
    }
    reportStep(context, description, json,
               {Text::tr("CHANGE"), Text::tr("KIND"), Text::tr("NAME"), Text::tr("DETAIL")},
               rows);
}

int applyAccessChanges(const Context& context, AccessSession& session, const QList<Change>& changes,
                       const QString& description)
{
    const Status applied = session.workspace->apply(changes, description).result();
    if (!applied)
        return context.fail(applied.error());
    reportAccessChanges(context, session, changes, description);
    return Success;
}

} // namespace gh::cli
