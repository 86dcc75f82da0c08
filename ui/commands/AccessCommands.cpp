#include "ui/commands/AccessCommands.h"

#include "app/workspace/AccessActions.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QSet>

namespace gh {

namespace {

QString userLabel(const User& user)
{
    return user.userName;
}

QString userDetail(const User& user)
{
    const QString name = QString(user.givenName + QLatin1Char(' ') + user.familyName).trimmed();
    return name.isEmpty() ? user.origin : QString(name + QStringLiteral(" · ") + user.origin);
}

PickItem pickItem(const QString& key, const QString& text, const QString& detail)
{
    PickItem item;
    item.key = key;
    item.text = text;
    item.detail = detail;
    return item;
}

QList<User> usersById(const QList<User>& users, const QStringList& ids)
{
    QHash<QString, const User*> byId;
    for (const User& u : users)
        byId.insert(u.id, &u);
    QList<User> out;
    for (const QString& id : ids) {
        if (const User* u = byId.value(id))
            out.append(*u);
    }
    return out;
}

} // namespace

QString userIdsMimeType()
{
    return QStringLiteral("application/x-gatehouse-user-ids");
}

QString roleCollectionNamesMimeType()
{
    return QStringLiteral("application/x-gatehouse-role-collection-names");
}

// ---- AccessCommand -----------------------------------------------------------------------------

AccessCommand::AccessCommand(const CommandContext& context, QStringList keys,
                             AccessCommandArgs args)
    : Command(context, std::move(keys)), m_args(args)
{
}

void AccessCommand::withUsers(std::function<void(const QList<User>&)> f)
{
    if (!workspace()) {
        failWith(tr("No tenant"), tr("No tenant is open."));
        return;
    }
    whenFinished(workspace()->client().users().list(), this,
                 [this, f = std::move(f)](const Result<QList<User>>& users) {
                     if (!users) {
                         failWith(tr("Could not read the users"), users.error().toString());
                         return;
                     }
                     f(users.value());
                 });
}

void AccessCommand::withCollections(std::function<void(const QList<RoleCollection>&)> f)
{
    if (!workspace()) {
        failWith(tr("No tenant"), tr("No tenant is open."));
        return;
    }
    whenFinished(workspace()->client().roleCollections().list(), this,
                 [this, f = std::move(f)](const Result<QList<RoleCollection>>& collections) {
                     if (!collections) {
                         failWith(tr("Could not read the role collections"),
                                  collections.error().toString());
                         return;
                     }
                     f(collections.value());
                 });
}

void AccessCommand::assignAll(const QList<User>& users, const QStringList& collections)
{
    const Result<QList<Change>> changes = access::assign(users, collections);
    if (!changes) {
        failWith(tr("Could not assign"), changes.error().toString());
        return;
    }
    applyChanges(changes.value(), access::assignDescription(users, collections, true),
                 tr("Could not assign"));
}

const RoleCollection* AccessCommand::selectedCollection() const
{
    return m_args.collections && !keys().isEmpty() ? m_args.collections->entry(keys().first())
                                                   : nullptr;
}

// ---- Assign role collections to users -----------------------------------------------------------

AssignRoleCollectionsCommand::AssignRoleCollectionsCommand(const CommandContext& context,
                                                           QStringList keys,
                                                           AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

AssignRoleCollectionsCommand::AssignRoleCollectionsCommand(const CommandContext& context,
                                                           AccessCommandArgs args,
                                                           const QString& userId,
                                                           QStringList collections)
    : AccessCommand(context, QStringList{userId}, args), m_given(std::move(collections))
{
}

void AssignRoleCollectionsCommand::doStart()
{
    withUsers([this](const QList<User>& all) {
        const QList<User> users = usersById(all, keys());
        if (users.isEmpty()) {
            failWith(tr("Could not assign"), tr("The selected users no longer exist."));
            return;
        }
        if (!m_given.isEmpty()) {
            assignAll(users, m_given);
            return;
        }
        withCollections([this, users](const QList<RoleCollection>& collections) {
            PickRequest request;
            request.title = tr("Assign Role Collections");
            request.text =
                users.size() == 1
                    ? tr("Role collections to assign to %1:").arg(quoted(users.first().userName))
                    : tr("Role collections to assign to the %n selected users:", nullptr,
                         static_cast<int>(users.size()));
            request.acceptText = tr("Assign");
            request.itemsName = tr("role collections");
            for (const RoleCollection& rc : collections) {
                PickItem item = pickItem(rc.name, rc.name, rc.description);
                // With one user, what is assigned already shows checked and cannot be picked.
                if (users.size() == 1 && users.first().roleCollections.contains(rc.name)) {
                    item.checked = true;
                    item.enabled = false;
                    item.disabledReason = tr("Already assigned directly");
                }
                request.items.append(item);
            }
            const std::optional<QStringList> chosen = prompter().pickItems(parentWidget(), request);
            if (!chosen || chosen->isEmpty()) {
                cancel();
                return;
            }
            assignAll(users, *chosen);
        });
    });
}

// ---- Unassign ---------------------------------------------------------------------------------

UnassignRoleCollectionsCommand::UnassignRoleCollectionsCommand(const CommandContext& context,
                                                               QStringList keys,
                                                               AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

QString UnassignRoleCollectionsCommand::blockedReason(AccessCommandArgs args,
                                                      const QStringList& keys)
{
    if (!args.users)
        return {};
    for (const QString& key : keys) {
        const User* user = args.users->entry(key);
        if (!user || !user->roleCollections.isEmpty())
            return {};
    }
    return keys.size() == 1 ? tr("%1 holds no role collection directly; collections obtained "
                                 "through identity provider groups change with the group mapping.")
                                  .arg(quoted(args.users->entry(keys.first())->userName))
                            : tr("None of the selected users holds a role collection directly.");
}

void UnassignRoleCollectionsCommand::doStart()
{
    withUsers([this](const QList<User>& all) {
        const QList<User> users = usersById(all, keys());
        QStringList held;
        QHash<QString, int> holders;
        for (const User& u : users) {
            for (const QString& rc : u.roleCollections) {
                if (!held.contains(rc))
                    held.append(rc);
                ++holders[rc];
            }
        }
        if (held.isEmpty()) {
            failWith(tr("Nothing to unassign"),
                     tr("None of the selected users holds a role collection directly."));
            return;
        }
        held.sort(Qt::CaseInsensitive);
        PickRequest request;
        request.title = tr("Unassign Role Collections");
        request.text = users.size() == 1
                           ? tr("Role collections to take from %1:").arg(quoted(users.first().userName))
                           : tr("Role collections to take from the %n selected users:", nullptr,
                                static_cast<int>(users.size()));
        request.acceptText = tr("Unassign");
        request.itemsName = tr("role collections");
        for (const QString& rc : std::as_const(held))
            request.items.append(pickItem(
                rc, rc,
                 users.size() == 1 ? tr("assigned directly")
                                   : tr("held directly by %1 of %n users", nullptr,
                                        static_cast<int>(users.size()))
                                         .arg(holders.value(rc))));
        const std::optional<QStringList> chosen = prompter().pickItems(parentWidget(), request);
        if (!chosen || chosen->isEmpty()) {
            cancel();
            return;
        }
        const Result<QList<Change>> changes = access::unassign(users, *chosen);
        if (!changes) {
            failWith(tr("Could not unassign"), changes.error().toString());
            return;
        }
        applyChanges(changes.value(), access::assignDescription(users, *chosen, false),
                     tr("Could not unassign"));
    });
}

// ---- Assign a collection to users ---------------------------------------------------------------

AssignToUsersCommand::AssignToUsersCommand(const CommandContext& context, QStringList keys,
                                           AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

AssignToUsersCommand::AssignToUsersCommand(const CommandContext& context, AccessCommandArgs args,
                                           QStringList userIds, const QString& collection)
    : AccessCommand(context, {collection}, args), m_given(std::move(userIds))
{
}

void AssignToUsersCommand::doStart()
{
    withUsers([this](const QList<User>& all) {
        if (!m_given.isEmpty()) {
            assign(all, m_given);
            return;
        }
        PickRequest request;
        request.title = tr("Assign to Users");
        request.text = keys().size() == 1
                           ? tr("Users to assign %1 to:").arg(quoted(keys().first()))
                           : tr("Users to assign the %n selected role collections to:", nullptr,
                                static_cast<int>(keys().size()));
        request.acceptText = tr("Assign");
        request.itemsName = tr("users");
        for (const User& u : all) {
            PickItem item = pickItem(u.id, userLabel(u), userDetail(u));
            if (keys().size() == 1 && u.roleCollections.contains(keys().first())) {
                item.checked = true;
                item.enabled = false;
                item.disabledReason = tr("Already assigned directly");
            }
            request.items.append(item);
        }
        const std::optional<QStringList> chosen = prompter().pickItems(parentWidget(), request);
        if (!chosen || chosen->isEmpty()) {
            cancel();
            return;
        }
        assign(all, *chosen);
    });
}

void AssignToUsersCommand::assign(const QList<User>& all, const QStringList& userIds)
{
    const QList<User> users = usersById(all, userIds);
    if (users.isEmpty()) {
        failWith(tr("Could not assign"), tr("The users no longer exist."));
        return;
    }
    assignAll(users, keys());
}

// ---- New user ---------------------------------------------------------------------------------

NewUserCommand::NewUserCommand(const CommandContext& context, QStringList keys,
                               AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

void NewUserCommand::doStart()
{
    if (!workspace()) {
        failWith(tr("No tenant"), tr("No tenant is open."));
        return;
    }
    whenFinished(
        workspace()->client().identityProviders().list(), this,
        [this](const Result<QList<IdentityProvider>>& idps) {
            if (!idps) {
                failWith(tr("Could not read the identity providers"), idps.error().toString());
                return;
            }
            withUsers([this, idps = idps.value()](const QList<User>& users) {
                const QDateTime now =
                    m_args.clock ? m_args.clock->now() : QDateTime::currentDateTimeUtc();
                const std::optional<access::NewUser> request =
                    prompter().newUser(parentWidget(), idps, users, now);
                if (!request) {
                    cancel();
                    return;
                }
                const Result<User> user = access::createUser(*request, users, idps, now);
                if (!user) {
                    failWith(tr("Could not create the user"), user.error().toString());
                    return;
                }
                applyChanges({Change::created(user.value())},
                             tr("Create user %1").arg(user->userName),
                             tr("Could not create the user"));
            });
        });
}

// ---- Delete users -----------------------------------------------------------------------------

DeleteUsersCommand::DeleteUsersCommand(const CommandContext& context, QStringList keys,
                                       AccessCommandArgs args)
    : DeleteEntriesCommand<User>(context, std::move(keys), args.users)
{
    for (const QString& key : this->keys()) {
        if (const User* user = args.users ? args.users->entry(key) : nullptr)
            m_assignments += static_cast<int>(user->roleCollections.size());
    }
}

QString DeleteUsersCommand::nameOf(const User& value) const
{
    return tr("%1 (%2)").arg(value.userName, value.origin);
}

QString DeleteUsersCommand::title(const QStringList& names) const
{
    return tr("Delete %n user(s)", nullptr, static_cast<int>(names.size()));
}

QString DeleteUsersCommand::question(const QStringList& names) const
{
    QStringList list;
    for (const QString& name : names)
        list.append(quoted(name));
    const int shown = 12;
    QStringList lines = list.mid(0, shown);
    if (list.size() > shown)
        lines.append(tr("…and %n more", nullptr, static_cast<int>(list.size() - shown)));
    const QString what = names.size() == 1
                             ? tr("Delete the user %1?").arg(list.first())
                             : QString(tr("Delete these %n users?", nullptr,
                                          static_cast<int>(names.size())) +
                                       QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
    const QString assignments =
        m_assignments == 0
            ? tr("They hold no role collection directly.")
            : tr("Their %n direct role collection assignment(s) go too; collections obtained "
                 "through identity provider groups are not affected.",
                 nullptr, m_assignments);
    return QString(what + QStringLiteral("\n\n") + assignments + QStringLiteral("\n\n") +
                   tr("The deletion stays a pending change: Undo brings the users and their "
                      "assignments back."));
}

QString DeleteUsersCommand::stepDescription(const QStringList& names) const
{
    return names.size() == 1 ? tr("Delete user %1").arg(names.first())
                             : tr("Delete %n users", nullptr, static_cast<int>(names.size()));
}

// ---- New role collection, description -----------------------------------------------------------

NewRoleCollectionCommand::NewRoleCollectionCommand(const CommandContext& context,
                                                   QStringList keys, AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

void NewRoleCollectionCommand::doStart()
{
    withCollections([this](const QList<RoleCollection>& collections) {
        const std::optional<QString> name =
            prompter().text(parentWidget(), tr("New Role Collection"),
                            tr("Name of the new role collection:"), QString());
        if (!name || name->trimmed().isEmpty()) {
            cancel();
            return;
        }
        // Checked before the description is asked, so a taken name is told at once.
        if (const Result<RoleCollection> check =
                access::createRoleCollection(*name, QString(), collections);
            !check) {
            failWith(tr("Could not create the role collection"), check.error().toString());
            return;
        }
        const std::optional<QString> description = prompter().text(
            parentWidget(), tr("New Role Collection"),
            tr("Description of %1 (optional):").arg(quoted(name->trimmed())), QString());
        if (!description) {
            cancel();
            return;
        }
        const Result<RoleCollection> rc =
            access::createRoleCollection(*name, description->trimmed(), collections);
        if (!rc) {
            failWith(tr("Could not create the role collection"), rc.error().toString());
            return;
        }
        applyChanges({Change::created(rc.value())}, tr("Create role collection %1").arg(rc->name),
                     tr("Could not create the role collection"));
    });
}

EditDescriptionCommand::EditDescriptionCommand(const CommandContext& context, QStringList keys,
                                               AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

QString EditDescriptionCommand::blockedReason(AccessCommandArgs args, const QStringList& keys)
{
    return args.collections ? args.collections->readOnlyReason(keys) : QString();
}

void EditDescriptionCommand::doStart()
{
    const RoleCollection* rc = selectedCollection();
    if (!rc) {
        failWith(tr("Could not edit the description"), tr("The role collection no longer exists."));
        return;
    }
    const RoleCollection before = *rc;
    const std::optional<QString> description =
        prompter().text(parentWidget(), tr("Edit Description"),
                        tr("Description of %1:").arg(quoted(before.name)), before.description);
    if (!description || *description == before.description) {
        cancel();
        return;
    }
    const Result<Change> change = access::setDescription(before, description->trimmed());
    if (!change) {
        failWith(tr("Could not edit the description"), change.error().toString());
        return;
    }
    applyChanges({change.value()}, tr("Edit description of %1").arg(before.name),
                 tr("Could not edit the description"));
}

// ---- Add roles --------------------------------------------------------------------------------

AddRolesCommand::AddRolesCommand(const CommandContext& context, QStringList keys,
                                 AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

QString AddRolesCommand::blockedReason(AccessCommandArgs args, const QStringList& keys)
{
    return args.collections ? args.collections->readOnlyReason(keys) : QString();
}

void AddRolesCommand::doStart()
{
    const RoleCollection* rc = selectedCollection();
    if (!rc || !workspace()) {
        failWith(tr("Could not add roles"), tr("The role collection no longer exists."));
        return;
    }
    const RoleCollection collection = *rc;
    whenFinished(
        workspace()->client().roleTemplates().list(), this,
        [this, collection](const Result<QList<RoleTemplate>>& templates) {
            if (!templates) {
                failWith(tr("Could not read the role templates"), templates.error().toString());
                return;
            }
            if (!workspace()) {
                failWith(tr("Could not add roles"), tr("No tenant is open."));
                return;
            }
            whenFinished(
                workspace()->client().roles().list(), this,
                [this, collection, templates = templates.value()](const Result<QList<Role>>& roles) {
                    if (!roles) {
                        failWith(tr("Could not read the roles"), roles.error().toString());
                        return;
                    }
                    const std::optional<QList<RoleReference>> chosen = prompter().browseRoles(
                        parentWidget(), collection, templates, roles.value());
                    if (!chosen || chosen->isEmpty()) {
                        cancel();
                        return;
                    }
                    const Result<Change> change = access::addRoles(collection, *chosen);
                    if (!change) {
                        failWith(tr("Could not add roles"), change.error().toString());
                        return;
                    }
                    applyChanges({change.value()},
                                 tr("Add %n role(s) to %1", nullptr,
                                    static_cast<int>(chosen->size()))
                                     .arg(collection.name),
                                 tr("Could not add roles"));
                });
        });
}

} // namespace gh
