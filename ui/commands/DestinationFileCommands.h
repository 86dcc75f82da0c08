#pragma once

// Destinations in and out of the BTP cockpit's files: Import… (files chosen or dropped on the
// pane: reviewed first, the valid part imported as one undoable step, secrets the files carry
// kept in the keychain, secrets the cockpit stripped asked for) and Export… (properties or
// JSON, one file per destination, secrets never written).

#include "app/workspace/DestinationFiles.h"
#include "ui/commands/Command.h"

#include <memory>

namespace gh {

class DestinationsModel;

class ImportDestinationsCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    // Without `paths`, asks for the files.
    ImportDestinationsCommand(const CommandContext& context, QStringList keys,
                              const DestinationsModel* model, QStringList paths = {});

    // Files larger than this are refused (a JSON array of many destinations at most).
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

protected:
    void doStart() override;

private:
    void plan(const QList<Destination>& existing);
    void review(destinations::ImportPlan plan);

    QStringList m_paths;
};

// Copies the selected destinations into another tenant file's journal (as pending changes there,
// reviewable before a push): reviewed like an import, their secrets asked for again (a secret
// the target already has stays), kept in the keychain under the target tenant.
class CopyDestinationsCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection; }
    // Without `targetPath`, asks for the tenant file.
    CopyDestinationsCommand(const CommandContext& context, QStringList keys,
                            const DestinationsModel* model, QString targetPath = {});
    ~CopyDestinationsCommand() override;

protected:
    void doStart() override;

private:
    void opened(std::shared_ptr<LocalTenant> target);
    void planAgainst(const QList<Destination>& existing);

    const DestinationsModel* m_model;
    QString m_targetPath;
    QList<Destination> m_chosen;
    std::shared_ptr<LocalTenant> m_target;
    std::unique_ptr<Workspace> m_targetWorkspace;
};

class ExportDestinationsCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection; }
    ExportDestinationsCommand(const CommandContext& context, QStringList keys,
                              const DestinationsModel* model);

protected:
    void doStart() override;

private:
    const DestinationsModel* m_model;
};

} // namespace gh
