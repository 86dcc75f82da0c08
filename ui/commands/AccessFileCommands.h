#pragma once

// The user-access commands that read or write files, off the GUI thread: the audit CSV of users
// and their role collections, the bulk-assignment CSV import (after a preview), and the role
// collections as JSON.

#include "ui/commands/AccessCommands.h"

namespace gh {

// ---- CSV ----------------------------------------------------------------------------------------

// File → Export Users and Role Collections…: the audit CSV (every way each user holds each
// collection), written with QSaveFile off the GUI thread.
class ExportAccessCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    ExportAccessCommand(const CommandContext& context, QStringList keys, AccessCommandArgs args);
    // Without asking: to `path` (a test, a drop).
    ExportAccessCommand(const CommandContext& context, AccessCommandArgs args, QString path);

protected:
    void doStart() override;

private:
    void write(const QString& path);
    QString m_path;
};

// File → Import Assignments…: reads a CSV, plans it against the tenant, shows the plan (nothing
// changes before) and applies its valid part as one step.
class ImportAssignmentsCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    ImportAssignmentsCommand(const CommandContext& context, QStringList keys, AccessCommandArgs args);
    ImportAssignmentsCommand(const CommandContext& context, AccessCommandArgs args, QString path);

protected:
    void doStart() override;

private:
    void read(const QString& path);
    QString m_path;
};

// Role collections pane: the selected collections as JSON, in the XSUAA API's form (an array of
// role collections with their roles, mappings and users), as `gatehouse-cli role-collections
// export` writes them.
class ExportRoleCollectionsCommand final : public AccessCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection; }
    ExportRoleCollectionsCommand(const CommandContext& context, QStringList keys,
                                 AccessCommandArgs args);

protected:
    void doStart() override;
};

} // namespace gh
