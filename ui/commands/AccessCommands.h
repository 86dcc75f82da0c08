#pragma once

// The user-access actions of the users and role collections panes, each one undoable workspace
// step built by gh::access (AccessActions.h): assign and unassign role collections for a
// multi-selection of users, assign a collection to users (from the collections pane, or by
// dropping users on it), create and delete users, create role collections, edit a description,
// add roles through the role-template browser. Every question goes through the Prompter.

#include "app/domain/Clock.h"
#include "models/RoleCollectionsModel.h"
#include "models/UsersModel.h"
#include "ui/commands/DeleteCommands.h"

#include <functional>

namespace gh {

// What the access commands are registered with.
struct AccessCommandArgs
{
    const UsersModel* users = nullptr;                 // the users pane's model
    const RoleCollectionsModel* collections = nullptr; // the role collections pane's model
    const Clock* clock = nullptr;
};

// The MIME type of user ids dragged from the users table (one id a line).
QString userIdsMimeType();
// The MIME type of role collection names dragged from the role collections table.
QString roleCollectionNamesMimeType();

class AccessCommand : public Command
{
    Q_OBJECT

protected:
    AccessCommand(const CommandContext& context, QStringList keys, AccessCommandArgs args);

    // Lists afresh, then calls `f` (fails the command, telling the user, when listing fails).
    void withUsers(std::function<void(const QList<User>&)> f);
    void withCollections(std::function<void(const QList<RoleCollection>&)> f);
    // Assigns `collections` to `users` as one step (an error when they hold them all already).
    void assignAll(const QList<User>& users, const QStringList& collections);
    // The role collection of the first selected key (null when it went away).
    const RoleCollection* selectedCollection() const;

    AccessCommandArgs m_args;
};

// ---- Assignments -------------------------------------------------------------------------------

// Users pane: asks which role collections to assign to the selected users; or, made with the
// collections given (collections dropped on a user), assigns them without asking.
class AssignRoleCollectionsCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection; }
    AssignRoleCollectionsCommand(const CommandContext& context, QStringList keys,
                                 AccessCommandArgs args);
    // The collections `collections` to the user `userId`: a drop.
    AssignRoleCollectionsCommand(const CommandContext& context, AccessCommandArgs args,
                                 const QString& userId, QStringList collections);

protected:
    void doStart() override;

private:
    QStringList m_given;
};

// Users pane: asks which of the selected users' direct role collections to unassign.
class UnassignRoleCollectionsCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | ComplexApplicability;
    }
    // Nothing to unassign when no selected user holds a collection directly.
    static QString blockedReason(AccessCommandArgs args, const QStringList& keys);
    UnassignRoleCollectionsCommand(const CommandContext& context, QStringList keys,
                                   AccessCommandArgs args);

protected:
    void doStart() override;
};

// Role collections pane: asks which users to assign the selected collections to; or, made with
// the users given (a drop of users on a collection), assigns them without asking.
class AssignToUsersCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection; }
    AssignToUsersCommand(const CommandContext& context, QStringList keys, AccessCommandArgs args);
    // The users `userIds` to the collection `collection`: a drop.
    AssignToUsersCommand(const CommandContext& context, AccessCommandArgs args,
                         QStringList userIds, const QString& collection);

protected:
    void doStart() override;

private:
    void assign(const QList<User>& users, const QStringList& userIds);

    QStringList m_given;
};

// ---- Users -----------------------------------------------------------------------------------

class NewUserCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    NewUserCommand(const CommandContext& context, QStringList keys, AccessCommandArgs args);

protected:
    void doStart() override;
};

class DeleteUsersCommand final : public DeleteEntriesCommand<User>
{
    Q_OBJECT

public:
    DeleteUsersCommand(const CommandContext& context, QStringList keys, AccessCommandArgs args);

protected:
    QString nameOf(const User& value) const override;
    QString title(const QStringList& names) const override;
    QString question(const QStringList& names) const override;
    QString stepDescription(const QStringList& names) const override;

private:
    int m_assignments = 0;
};

// ---- Role collections --------------------------------------------------------------------------

class NewRoleCollectionCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    NewRoleCollectionCommand(const CommandContext& context, QStringList keys,
                             AccessCommandArgs args);

protected:
    void doStart() override;
};

class EditDescriptionCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | OnlyOne | ComplexApplicability;
    }
    static QString blockedReason(AccessCommandArgs args, const QStringList& keys);
    EditDescriptionCommand(const CommandContext& context, QStringList keys, AccessCommandArgs args);

protected:
    void doStart() override;
};

class AddRolesCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | OnlyOne | ComplexApplicability;
    }
    static QString blockedReason(AccessCommandArgs args, const QStringList& keys);
    AddRolesCommand(const CommandContext& context, QStringList keys, AccessCommandArgs args);

protected:
    void doStart() override;
};

} // namespace gh
