#include "ui/commands/DestinationFileCommands.h"

#include "app/domain/FileRead.h"
#include "app/workspace/DestinationSecrets.h"
#include "app/workspace/KeyVault.h"
#include "models/DestinationsModel.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

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
                                                   QStringLiteral("a destination file"));
        if (bytes)
            files.append({path, *bytes});
        else
            unreadable.append(bytes.error());
    }
    ImportPlan plan = planImport(files, existing);
    plan.problems = unreadable + plan.problems;
    return plan;
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
    if (!prompter().reviewDestinationImport(parentWidget(), plan) || !plan.hasChanges()) {
        cancel();
        return;
    }
    keepSecretsAndApply(std::move(plan));
}

void ImportDestinationsCommand::keepSecretsAndApply(ImportPlan plan)
{
    // The values the files carried, then those the user types for the stripped ones. A secret
    // not typed stays missing: the pane shows it, and the editor asks for it again.
    QList<DestinationSecrets::Value> values;
    int asked = 0;
    int stillMissing = 0;
    bool stopAsking = false;
    for (ImportItem& item : plan.items) {
        if (item.action != ImportAction::Add && item.action != ImportAction::Replace)
            continue;
        for (const CarriedSecret& s : item.secrets)
            values.append({item.destination.name(), s.key, s.value});
        for (const QString& key : item.missingSecrets) {
            if (stopAsking) {
                ++stillMissing;
                continue;
            }
            ++asked;
            std::optional<crypto::SecretBuffer> typed = prompter().password(
                parentWidget(), tr("Secret missing"),
                tr("The export of %1 left out its %2. Type it to keep it in the keychain, or "
                   "cancel to leave this and the following secrets missing for now.")
                    .arg(quoted(item.destination.name()), key),
                false);
            if (!typed || typed->isEmpty()) {
                stopAsking = !typed.has_value();
                ++stillMissing;
                continue;
            }
            values.append({item.destination.name(), key,
                           std::make_shared<const crypto::SecretBuffer>(std::move(*typed))});
            item.destination.setSecretState(key, Destination::SecretState::Set);
        }
    }
    Q_UNUSED(asked);
    const auto apply = [this, plan] { applyChanges(plan.changes(), plan.description(), tr("Cannot import destinations")); };
    if (values.isEmpty()) {
        apply();
        return;
    }
    if (!keyVault() || !keyVault()->secretStore()) {
        failWith(tr("Cannot import destinations"),
                 tr("The keychain is not available yet, so the secrets cannot be kept. Nothing was "
                    "imported; try again in a moment."));
        return;
    }
    DestinationSecrets secrets(*keyVault()->secretStore(), keyVault()->tenantId());
    whenFinished(secrets.write(values), this, [this, apply](const Status& written) {
        if (!written) {
            failWith(tr("Cannot import destinations"),
                     tr("The secrets could not be kept, so nothing was imported: %1").arg(written.error().toString()));
            return;
        }
        apply();
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
