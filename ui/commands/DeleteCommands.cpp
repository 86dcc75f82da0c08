#include "ui/commands/DeleteCommands.h"

namespace gh {

namespace {

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted.append(QStringLiteral("“") + name + QStringLiteral("”"));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

// ---- Destinations -------------------------------------------------------------------------------

DeleteDestinationsCommand::DeleteDestinationsCommand(const CommandContext& context,
                                                     QStringList keys,
                                                     const DestinationsModel* model)
    : DeleteEntriesCommand<Destination>(context, std::move(keys), model)
{
}

QString DeleteDestinationsCommand::title(const QStringList& names) const
{
    return tr("Delete %n destination(s)", nullptr, static_cast<int>(names.size()));
}

QString DeleteDestinationsCommand::question(const QStringList& names) const
{
    const QString what =
        names.size() == 1
            ? tr("Delete the destination %1?").arg(quotedList(names))
            : QString(tr("Delete these %n destinations?", nullptr, static_cast<int>(names.size())) +
                      QStringLiteral("\n") + quotedList(names));
    return what + QStringLiteral("\n\n") +
           tr("The deletion stays a pending change: Undo brings the destination back.");
}

QString DeleteDestinationsCommand::stepDescription(const QStringList& names) const
{
    return names.size() == 1
               ? tr("Delete destination %1").arg(names.first())
               : tr("Delete %n destinations", nullptr, static_cast<int>(names.size()));
}

// ---- Role collections
// -----------------------------------------------------------------------------

DeleteRoleCollectionsCommand::DeleteRoleCollectionsCommand(const CommandContext& context,
                                                           QStringList keys,
                                                           const RoleCollectionsModel* model)
    : DeleteEntriesCommand<RoleCollection>(context, std::move(keys), model)
{
}

QString DeleteRoleCollectionsCommand::blockedReason(const RoleCollectionsModel* model,
                                                    const QStringList& keys)
{
    return model->readOnlyReason(keys);
}

QString DeleteRoleCollectionsCommand::title(const QStringList& names) const
{
    return tr("Delete %n role collection(s)", nullptr, static_cast<int>(names.size()));
}

QString DeleteRoleCollectionsCommand::question(const QStringList& names) const
{
    const QString what = names.size() == 1
                             ? tr("Delete the role collection %1?").arg(quotedList(names))
                             : QString(tr("Delete these %n role collections?", nullptr,
                                          static_cast<int>(names.size())) +
                                       QStringLiteral("\n") + quotedList(names));
    return what + QStringLiteral("\n\n") +
           tr("Users and groups assigned to it lose its roles. Undo brings it back.");
}

QString DeleteRoleCollectionsCommand::stepDescription(const QStringList& names) const
{
    return names.size() == 1
               ? tr("Delete role collection %1").arg(names.first())
               : tr("Delete %n role collections", nullptr, static_cast<int>(names.size()));
}

} // namespace gh
