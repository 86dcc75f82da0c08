#include "ui/commands/AccessFileCommands.h"

#include "app/domain/Catalogue.h"
#include "app/workspace/AccessActions.h"
#include "app/workspace/AccessCsv.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent>

namespace gh {

// ---- CSV ------------------------------------------------------------------------------------------

namespace {

constexpr qint64 MaxCsvSize = 20 * 1024 * 1024;

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io, file.errorString(), path);
    return {};
}

// Runs on a pool thread: builds the index, writes the CSV, commits the file.
Status writeExport(QList<User> users, QList<RoleCollection> collections, QString path)
{
    const AccessIndex index(std::move(users), std::move(collections), Catalogue::builtIn());
    return writeFile(path, access::exportAssignments(index));
}

// Runs on a pool thread: the file, bounded in size.
Result<QByteArray> readCsv(QString path)
{
    QFile file(path);
    if (file.size() > MaxCsvSize)
        return Error::make(Error::Kind::Validation,
                           ExportAccessCommand::tr("the file is larger than %1 MB")
                               .arg(MaxCsvSize / (1024 * 1024)),
                           path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, file.errorString(), path);
    return file.read(MaxCsvSize + 1);
}

} // namespace

ExportAccessCommand::ExportAccessCommand(const CommandContext& context, QStringList keys,
                                         AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

ExportAccessCommand::ExportAccessCommand(const CommandContext& context, AccessCommandArgs args,
                                         QString path)
    : AccessCommand(context, {}, args), m_path(std::move(path))
{
}

void ExportAccessCommand::doStart()
{
    if (!m_path.isEmpty()) {
        write(m_path);
        return;
    }
    const QString path = prompter().saveFile(
        parentWidget(), tr("Export Users and Role Collections"),
        QStringLiteral("users-and-role-collections.csv"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        cancel();
        return;
    }
    write(path);
}

void ExportAccessCommand::write(const QString& path)
{
    withUsers([this, path](const QList<User>& users) {
        withCollections([this, path, users](const QList<RoleCollection>& collections) {
            whenFinished(QtConcurrent::run(writeExport, users, collections, path), this,
                         [this](const Status& written) {
                             if (written)
                                 done();
                             else
                                 failWith(tr("Could not export"), written.error().toString());
                         });
        });
    });
}

ImportAssignmentsCommand::ImportAssignmentsCommand(const CommandContext& context, QStringList keys,
                                                   AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

ImportAssignmentsCommand::ImportAssignmentsCommand(const CommandContext& context,
                                                   AccessCommandArgs args, QString path)
    : AccessCommand(context, {}, args), m_path(std::move(path))
{
}

void ImportAssignmentsCommand::doStart()
{
    if (!m_path.isEmpty()) {
        read(m_path);
        return;
    }
    const QStringList paths = prompter().openFiles(
        parentWidget(), tr("Import Assignments"),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (paths.isEmpty()) {
        cancel();
        return;
    }
    read(paths.first());
}

void ImportAssignmentsCommand::read(const QString& path)
{
    whenFinished(QtConcurrent::run(readCsv, path), this, [this, path](const Result<QByteArray>& data) {
        if (!data) {
            failWith(tr("Could not read the file"), data.error().toString());
            return;
        }
        withUsers([this, path, bytes = data.value()](const QList<User>& users) {
            withCollections([this, path, bytes, users](const QList<RoleCollection>& collections) {
                const access::AssignmentPlan plan = access::planAssignmentImport(
                    bytes, QFileInfo(path).fileName(), users, collections);
                if (!prompter().reviewAssignmentImport(parentWidget(), plan) || !plan.hasChanges()) {
                    cancel();
                    return;
                }
                applyChanges(plan.changes(), plan.description(), tr("Could not import"));
            });
        });
    });
}

// ---- Role collections as JSON ------------------------------------------------------------------

ExportRoleCollectionsCommand::ExportRoleCollectionsCommand(const CommandContext& context,
                                                           QStringList keys,
                                                           AccessCommandArgs args)
    : AccessCommand(context, std::move(keys), args)
{
}

void ExportRoleCollectionsCommand::doStart()
{
    withCollections([this](const QList<RoleCollection>& all) {
        QList<RoleCollection> chosen;
        for (const RoleCollection& rc : all) {
            if (keys().contains(rc.name))
                chosen.append(rc);
        }
        if (chosen.isEmpty()) {
            failWith(tr("Could not export"), tr("The selected role collections no longer exist."));
            return;
        }
        const QString suggested =
            chosen.size() == 1 ? QString(chosen.first().name + QStringLiteral(".json"))
                               : QStringLiteral("role-collections.json");
        const QString path = prompter().saveFile(parentWidget(), tr("Export Role Collections"),
                                                 suggested, tr("JSON files (*.json);;All files (*)"));
        if (path.isEmpty()) {
            cancel();
            return;
        }
        const QByteArray bytes = access::roleCollectionsJson(chosen);
        whenFinished(QtConcurrent::run(writeFile, path, bytes), this, [this](const Status& written) {
            if (written)
                done();
            else
                failWith(tr("Could not export"), written.error().toString());
        });
    });
}

} // namespace gh
