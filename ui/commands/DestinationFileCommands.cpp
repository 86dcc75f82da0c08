#include "ui/commands/DestinationFileCommands.h"

#include "app/domain/FileRead.h"
#include "app/workspace/DestinationSecrets.h"
#include "app/workspace/KeyVault.h"
#include "models/DestinationsModel.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace gh {

using namespace destinations;

namespace {

// Reads and plans off the GUI thread: ten thousand files take a while.
ImportPlan readAndPlan(const QStringList& paths, const QList<Destination>& existing)
{
    QList<SourceFile> files;
    QList<Error> unreadable;
    for (const QString& path : paths) {
        Result<QByteArray> bytes = readFileBounded(path, ImportDestinationsCommand::MaxFileSize,
                                                   ImportDestinationsCommand::tr("a destination file"));
        if (bytes)
            files.append({path, *bytes});
        else
            unreadable.append(bytes.error());
    }
    ImportPlan plan = planImport(files, existing);
    plan.problems = unreadable + plan.problems;
    return plan;
}

// The secret values an import or copy brings: those the files carried, then those the user
// types for the stripped ones (marked set in the plan). A secret not typed stays missing: the
// pane shows it, and the editor asks for it again. Cancel stops asking.
QList<DestinationSecrets::Value> askForSecrets(Prompter& prompter, QWidget* parent, ImportPlan& plan)
{
    QList<DestinationSecrets::Value> values;
    bool stopAsking = false;
    for (ImportItem& item : plan.items) {
        if (item.action != ImportAction::Add && item.action != ImportAction::Replace)
            continue;
        for (const CarriedSecret& s : item.secrets)
            values.append({item.destination.name(), s.key, s.value});
        for (const QString& key : item.missingSecrets) {
            if (stopAsking)
                break;
            std::optional<crypto::SecretBuffer> typed = prompter.password(
                parent, QCoreApplication::translate("gh::ImportDestinationsCommand", "Secret missing"),
                QCoreApplication::translate("gh::ImportDestinationsCommand",
                                            "%1 comes without its %2. Type it to keep it in the keychain, or "
                                            "cancel to leave this and the following secrets missing for now.")
                    .arg(quoted(item.destination.name()), key),
                false);
            if (!typed) {
                stopAsking = true;
                continue;
            }
            if (typed->isEmpty())
                continue;
            values.append({item.destination.name(), key,
                           std::make_shared<const crypto::SecretBuffer>(std::move(*typed))});
            item.destination.setSecretState(key, Destination::SecretState::Set);
        }
    }
    return values;
}

// Keeps `values` under `tenantId`, then calls `then` with the outcome (the keychain's error, if any).
void keepSecretsThen(Command* command, KeyVault* vault, const QString& tenantId,
                     const QList<DestinationSecrets::Value>& values, std::function<void(Status)> then)
{
    if (values.isEmpty()) {
        then({});
        return;
    }
    if (!vault || !vault->secretStore()) {
        then(Error::make(Error::Kind::Internal,
                         QCoreApplication::translate("gh::ImportDestinationsCommand",
                                                     "the keychain is not available yet, so the secrets cannot be "
                                                     "kept; nothing was changed, try again in a moment")));
        return;
    }
    DestinationSecrets secrets(*vault->secretStore(), tenantId);
    whenFinished(secrets.write(values), command, std::move(then));
}

} // namespace

ImportDestinationsCommand::ImportDestinationsCommand(const CommandContext& context, QStringList keys,
                                                     const DestinationsModel*, QStringList paths)
    : Command(context, std::move(keys)), m_paths(std::move(paths))
{
}

void ImportDestinationsCommand::doStart()
{
    if (!workspace()) {
        failWith(tr("Cannot import destinations"), tr("No tenant is open."));
        return;
    }
    if (m_paths.isEmpty()) {
        m_paths = prompter().openFiles(parentWidget(), tr("Import Destinations"),
                                       tr("Destination files, as the BTP cockpit exports them (*);;"
                                          "JSON (*.json);;All files (*)"));
        if (m_paths.isEmpty()) {
            cancel();
            return;
        }
    }
    whenFinished(workspace()->client().destinations().list(), this,
                 [this](const Result<QList<Destination>>& existing) {
                     if (!existing) {
                         failWith(tr("Cannot import destinations"), existing.error().toString());
                         return;
                     }
                     plan(existing.value());
                 });
}

void ImportDestinationsCommand::plan(const QList<Destination>& existing)
{
    auto* watcher = new QFutureWatcher<ImportPlan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        review(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readAndPlan, m_paths, existing));
}

void ImportDestinationsCommand::review(ImportPlan plan)
{
    if (!prompter().reviewDestinationImport(parentWidget(), plan, tr("Import Destinations"))
        || !plan.hasChanges()) {
        cancel();
        return;
    }
    const QList<DestinationSecrets::Value> values = askForSecrets(prompter(), parentWidget(), plan);
    const QString errorTitle = tr("Cannot import destinations");
    keepSecretsThen(this, keyVault(), keyVault() ? keyVault()->tenantId() : QString(), values,
                    [this, plan, errorTitle](const Status& kept) {
                        if (!kept) {
                            failWith(errorTitle, tr("The secrets could not be kept, so nothing was imported: %1")
                                                     .arg(kept.error().toString()));
                            return;
                        }
                        applyChanges(plan.changes(), plan.description(), errorTitle);
                    });
}

// ---- Copy to another tenant --------------------------------------------------------------------

CopyDestinationsCommand::CopyDestinationsCommand(const CommandContext& context, QStringList keys,
                                                 const DestinationsModel* model, QString targetPath)
    : Command(context, std::move(keys)), m_model(model), m_targetPath(std::move(targetPath))
{
}

CopyDestinationsCommand::~CopyDestinationsCommand() = default;

void CopyDestinationsCommand::doStart()
{
    for (const QString& key : keys())
        if (const Destination* d = m_model->entry(key))
            m_chosen.append(*d);
    if (!workspace() || m_chosen.isEmpty()) {
        failWith(tr("Cannot copy destinations"), tr("The selected destinations no longer exist."));
        return;
    }
    if (m_targetPath.isEmpty()) {
        m_targetPath = prompter()
                           .openFiles(parentWidget(), tr("Copy Destinations to Tenant"),
                                      tr("Gatehouse tenants (*.ghtenant);;All files (*)"))
                           .value(0);
        if (m_targetPath.isEmpty()) {
            cancel();
            return;
        }
    }
    whenFinished(LocalTenant::openAsync(m_targetPath, LocalTenant::OpenMode::OpenExisting), this,
                 [this](const Result<std::shared_ptr<LocalTenant>>& target) {
                     if (!target) {
                         failWith(tr("Cannot copy destinations"), target.error().toString());
                         return;
                     }
                     opened(target.value());
                 });
}

void CopyDestinationsCommand::opened(std::shared_ptr<LocalTenant> target)
{
    if (target->id() == workspace()->tenant()->id()) {
        failWith(tr("Cannot copy destinations"),
                 tr("%1 is the tenant open here: choose another one.").arg(QDir::toNativeSeparators(m_targetPath)));
        return;
    }
    m_target = std::move(target);
    // The target's own journal: what is copied waits there as pending changes, undoable there.
    m_targetWorkspace = std::make_unique<Workspace>(m_target, m_model->clock());
    whenFinished(m_targetWorkspace->client().destinations().list(), this,
                 [this](const Result<QList<Destination>>& existing) {
                     if (!existing) {
                         failWith(tr("Cannot copy destinations"), existing.error().toString());
                         return;
                     }
                     planAgainst(existing.value());
                 });
}

void CopyDestinationsCommand::planAgainst(const QList<Destination>& existing)
{
    // As the cockpit's JSON export: every secret is left out, so each comes back as missing
    // unless the target already has it set.
    const QString from = workspace()->displayName();
    QList<SourceFile> files;
    for (const Destination& d : std::as_const(m_chosen))
        files.append({tr("%1: %2").arg(from, d.name()), toJson(d)});
    ImportPlan plan = planImport(files, existing);
    if (!prompter().reviewDestinationImport(parentWidget(), plan,
                                            tr("Copy Destinations to %1").arg(m_target->name()))
        || !plan.hasChanges()) {
        cancel();
        return;
    }
    const QList<DestinationSecrets::Value> values = askForSecrets(prompter(), parentWidget(), plan);
    const QString errorTitle = tr("Cannot copy destinations");
    keepSecretsThen(this, keyVault(), m_target->id(), values, [this, plan, errorTitle](const Status& kept) {
        if (!kept) {
            failWith(errorTitle,
                     tr("The secrets could not be kept, so nothing was copied: %1").arg(kept.error().toString()));
            return;
        }
        const QString description = plan.items.size() == 1
                                        ? tr("Copy destination %1 from %2").arg(plan.items.first().destination.name(),
                                                                                 workspace()->displayName())
                                        : tr("Copy %n destinations from %1", nullptr, int(plan.items.size()))
                                              .arg(workspace()->displayName());
        whenFinished(m_targetWorkspace->apply(plan.changes(), description), this, [this, errorTitle](const Status& applied) {
            if (!applied) {
                failWith(errorTitle, applied.error().toString());
                return;
            }
            done();
        });
    });
}

// ---- Export ------------------------------------------------------------------------------------

ExportDestinationsCommand::ExportDestinationsCommand(const CommandContext& context, QStringList keys,
                                                     const DestinationsModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void ExportDestinationsCommand::doStart()
{
    const QString errorTitle = tr("Cannot export destinations");
    QList<Destination> chosen;
    for (const QString& key : keys())
        if (const Destination* d = m_model->entry(key))
            chosen.append(*d);
    if (chosen.isEmpty()) {
        failWith(errorTitle, tr("The selected destinations no longer exist."));
        return;
    }
    const int format = prompter().choose(parentWidget(), tr("Export Destinations"), tr("Format:"),
                                         {tr("Properties, as the BTP cockpit exports them"),
                                          tr("JSON ({\"destination\": …})")});
    if (format < 0) {
        cancel();
        return;
    }
    const FileFormat fileFormat = format == 0 ? FileFormat::Properties : FileFormat::Json;
    QList<std::pair<QString, QByteArray>> files; // path, bytes
    const auto bytesOf = [&](const Destination& d) {
        return fileFormat == FileFormat::Json ? toJson(d) : toProperties(d, m_model->clock().now());
    };
    if (chosen.size() == 1) {
        const QString path = prompter().saveFile(parentWidget(), tr("Export Destination"),
                                                 fileName(chosen.first(), fileFormat),
                                                 fileFormat == FileFormat::Json ? tr("JSON (*.json)")
                                                                                : tr("All files (*)"));
        if (path.isEmpty()) {
            cancel();
            return;
        }
        files.append({path, bytesOf(chosen.first())});
    } else {
        const QString dir = prompter().directory(parentWidget(), tr("Export %n Destinations Into", nullptr,
                                                                    int(chosen.size())));
        if (dir.isEmpty()) {
            cancel();
            return;
        }
        QStringList existing;
        for (const Destination& d : std::as_const(chosen)) {
            const QString path = QDir(dir).filePath(fileName(d, fileFormat));
            if (QFileInfo::exists(path))
                existing.append(QFileInfo(path).fileName());
            files.append({path, bytesOf(d)});
        }
        if (!existing.isEmpty()
            && !prompter().confirm(parentWidget(), tr("Replace files?"),
                                   tr("%1 already holds %2. Replace them?")
                                       .arg(QDir::toNativeSeparators(dir), existing.join(QStringLiteral(", "))),
                                   tr("Replace"))) {
            cancel();
            return;
        }
    }
    for (const auto& [path, bytes] : std::as_const(files)) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            failWith(errorTitle, tr("%1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
            return;
        }
    }
    done();
}

} // namespace gh
