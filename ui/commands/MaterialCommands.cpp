#include "ui/commands/MaterialCommands.h"

#include "app/secrets/Cleanse.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KnownHostActions.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace gh {

namespace {

Status writeFile(const QString& path, const QByteArray& bytes, bool ownerOnly = false)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, file.errorString(), path);
    // Secret material: readable by its owner only, before a byte is written.
    if (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error::make(Error::Kind::Io, file.errorString(), path);
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io, file.errorString(), path);
    return {};
}

} // namespace

// ---- Known hosts ------------------------------------------------------------------------------

ImportKnownHostsCommand::ImportKnownHostsCommand(const CommandContext& context, QStringList keys,
                                                 const KnownHostsModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

ImportKnownHostsCommand::ImportKnownHostsCommand(const CommandContext& context, const KnownHostsModel* model,
                                                 QString path)
    : Command(context, {}), m_model(model), m_path(std::move(path))
{
}

void ImportKnownHostsCommand::doStart()
{
    QString path = m_path;
    if (path.isEmpty()) {
        path = prompter().openFiles(parentWidget(), tr("Import known hosts"), tr("known_hosts files (*)")).value(0);
        if (path.isEmpty()) {
            cancel();
            return;
        }
    }
    const auto plan = knownhostactions::planImportFile(path, m_model->entries());
    if (!plan) {
        failWith(tr("Nothing imported"), plan.error().toString());
        return;
    }
    if (!plan->hasChanges()) {
        prompter().error(parentWidget(), tr("Nothing to import"),
                         tr("The tenant holds these known hosts already (%1).").arg(plan->summary()));
        cancel();
        return;
    }
    applyChanges(plan->changes(m_model->entries()), plan->description(), tr("Could not import"));
}

AddKnownHostCommand::AddKnownHostCommand(const CommandContext& context, QStringList keys,
                                         const KnownHostsModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void AddKnownHostCommand::doStart()
{
    const std::optional<QString> line = prompter().knownHostLine(parentWidget(), m_model->entries());
    if (!line) {
        cancel();
        return;
    }
    // Checked again against what the tenant holds now (the dialog checked what it held then).
    const Result<Change> change = knownhostactions::addLine(*line, m_model->entries());
    if (!change) {
        failWith(tr("Could not add"), change.error().toString());
        return;
    }
    applyChanges({*change}, tr("Add known host"), tr("Could not add"));
}

RemoveKnownHostsCommand::RemoveKnownHostsCommand(const CommandContext& context, QStringList keys,
                                                 const KnownHostsModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void RemoveKnownHostsCommand::doStart()
{
    QList<Change> changes;
    QStringList names;
    for (const QString& key : keys()) {
        const KnownHost* host = m_model->entry(key);
        if (!host) {
            fail(tr("“%1” no longer exists.").arg(key));
            return;
        }
        changes.append(Change::removed(*host));
        names.append(KnownHostsModel::hostsText(*host) + QLatin1Char(' ') + host->keyType);
    }
    const QString title = changes.size() == 1 ? tr("Remove 1 known host")
                                              : tr("Remove %1 known hosts").arg(changes.size());
    if (!prompter().confirm(parentWidget(), title,
                            names.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                tr("The removal stays a pending change: Undo brings it back."),
                            tr("Remove"))) {
        cancel();
        return;
    }
    applyChanges(changes, title, tr("Could not remove"));
}

ExportKnownHostsCommand::ExportKnownHostsCommand(const CommandContext& context, QStringList keys,
                                                 const KnownHostsModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void ExportKnownHostsCommand::doStart()
{
    const QString path = prompter().saveFile(parentWidget(), tr("Export known hosts"), QStringLiteral("known_hosts"),
                                             tr("known_hosts files (*)"));
    if (path.isEmpty()) {
        cancel();
        return;
    }
    if (const Status written = writeFile(path, knownhostactions::exportFile(m_model->entries())); !written) {
        failWith(tr("Could not export"), written.error().toString());
        return;
    }
    done();
}

// ---- PGP keys ---------------------------------------------------------------------------------

ImportPgpKeyringCommand::ImportPgpKeyringCommand(const CommandContext& context, QStringList keys,
                                                 const PgpKeysModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

ImportPgpKeyringCommand::ImportPgpKeyringCommand(const CommandContext& context, const PgpKeysModel* model, QString path)
    : Command(context, {}), m_model(model), m_path(std::move(path))
{
}

void ImportPgpKeyringCommand::doStart()
{
    QString path = m_path;
    if (path.isEmpty()) {
        path = prompter()
                   .openFiles(parentWidget(), tr("Import PGP keyring"),
                              tr("PGP keyrings (*.asc *.gpg *.pgp *.pub *.sec);;All files (*)"))
                   .value(0);
        if (path.isEmpty()) {
            cancel();
            return;
        }
    }
    const int choice = prompter().choose(parentWidget(), tr("Import PGP keyring"),
                                         tr("Import %1 into which keyring of the tenant?").arg(quoted(QFileInfo(path).fileName())),
                                         {tr("Public keyring"), tr("Secret keyring")});
    if (choice < 0) {
        cancel();
        return;
    }
    const pgpactions::Keyring keyring = choice == 1 ? pgpactions::Keyring::Secret : pgpactions::Keyring::Public;
    // GnuPG runs in a process of its own: not on the GUI thread.
    const QList<PgpKey> existing = m_model->entries();
    whenFinished(QtConcurrent::run([path, keyring, existing] { return pgpactions::planImportFile(path, keyring, existing); }),
                 this, [this, existing](const Result<pgpactions::ImportPlan>& plan) {
                     if (!plan) {
                         failWith(tr("Nothing imported"), plan.error().toString());
                         return;
                     }
                     if (!plan->hasChanges()) {
                         prompter().error(parentWidget(), tr("Nothing to import"),
                                          tr("The tenant holds these keys already (%1).").arg(plan->summary()));
                         cancel();
                         return;
                     }
                     const QList<Change> changes = plan->changes(existing);
                     const QString description = plan->description();
                     if (plan->keyring == pgpactions::Keyring::Public) {
                         applyChanges(changes, description, tr("Could not import"));
                         return;
                     }
                     SecretStore* store = keyVault() ? keyVault()->secretStore() : nullptr;
                     if (!store) {
                         failWith(tr("Could not import"),
                                  tr("A secret keyring is kept only in the keychain, and no keychain is available "
                                     "yet. Nothing was imported."));
                         return;
                     }
                     whenFinished(store->write(pgpactions::secretKeyringKey(keyVault()->tenantId(), plan->secretSha256),
                                               plan->secretKeyring),
                                  this, [this, changes, description](const Status& kept) {
                                      if (!kept) {
                                          failWith(tr("Could not import"),
                                                   tr("The secret keyring could not be kept in the keychain: %1. "
                                                      "Nothing was imported.")
                                                       .arg(kept.error().toString()));
                                          return;
                                      }
                                      applyChanges(changes, description, tr("Could not import"));
                                  });
                 });
}

RemovePgpKeysCommand::RemovePgpKeysCommand(const CommandContext& context, QStringList keys, const PgpKeysModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void RemovePgpKeysCommand::doStart()
{
    QStringList also;
    const auto changes = pgpactions::removal(m_model->entries(), keys(), &also);
    if (!changes) {
        fail(changes.error().message);
        return;
    }
    QStringList names;
    for (const Change& c : *changes) {
        const PgpKey* k = m_model->entry(c.key);
        names.append(k ? QStringLiteral("%1 %2 (%3)").arg(k->keyId, k->userIds.value(0), PgpKeysModel::keyringText(*k))
                       : c.key);
    }
    QString text = names.join(QLatin1Char('\n'));
    if (!also.isEmpty())
        text += QStringLiteral("\n\n") + tr("The secret keys of one keyring file go together.");
    text += QStringLiteral("\n\n") + tr("The removal stays a pending change: Undo brings it back.");
    const QString title = changes->size() == 1 ? tr("Remove 1 PGP key") : tr("Remove %1 PGP keys").arg(changes->size());
    if (!prompter().confirm(parentWidget(), title, text, tr("Remove"))) {
        cancel();
        return;
    }
    applyChanges(*changes, title, tr("Could not remove"));
}

ExportPgpKeyringCommand::ExportPgpKeyringCommand(const CommandContext& context, QStringList keys,
                                                 const PgpKeysModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void ExportPgpKeyringCommand::doStart()
{
    const QString path = prompter().saveFile(parentWidget(), tr("Export public PGP keyring"),
                                             QStringLiteral("pubring.asc"), tr("Armored keyrings (*.asc)"));
    if (path.isEmpty()) {
        cancel();
        return;
    }
    if (const Status written = writeFile(path, pgpactions::exportPublic(m_model->entries(), true)); !written) {
        failWith(tr("Could not export"), written.error().toString());
        return;
    }
    done();
}

ExportPgpSecretKeyringCommand::ExportPgpSecretKeyringCommand(const CommandContext& context, QStringList keys,
                                                             const PgpKeysModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void ExportPgpSecretKeyringCommand::doStart()
{
    const QStringList hashes = pgpactions::secretKeyringHashes(m_model->entries());
    if (hashes.isEmpty()) {
        fail(tr("The tenant's secret keyring is empty: there is nothing to export."));
        return;
    }
    SecretStore* store = keyVault() ? keyVault()->secretStore() : nullptr;
    if (!store) {
        failWith(tr("Could not export"),
                 tr("The secret keyring is kept only in the keychain, and no keychain is available."));
        return;
    }
    if (!prompter().confirm(parentWidget(), tr("Export Secret Keyring"),
                            tr("The file will hold the tenant's secret PGP keys, as they were imported. "
                               "Anyone who has it can decrypt what is sent to the tenant and sign in its "
                               "name: keep it somewhere safe, and delete it once it has served."),
                            tr("Export…"))) {
        cancel();
        return;
    }
    const QString path = prompter().saveFile(parentWidget(), tr("Export secret PGP keyring"),
                                             QStringLiteral("secring.gpg"),
                                             tr("Keyrings (*.gpg *.asc);;All files (*)"));
    if (path.isEmpty()) {
        cancel();
        return;
    }
    readNext(std::make_shared<QByteArray>(), hashes, path);
}

void ExportPgpSecretKeyringCommand::readNext(const std::shared_ptr<QByteArray>& bytes, QStringList hashes,
                                             const QString& path)
{
    SecretStore* store = keyVault() ? keyVault()->secretStore() : nullptr;
    if (!store) {
        cleanse(*bytes);
        failWith(tr("Could not export"), tr("The keychain is no longer available."));
        return;
    }
    if (hashes.isEmpty()) {
        const Status written = writeFile(path, *bytes, true);
        cleanse(*bytes);
        if (!written) {
            failWith(tr("Could not export"), written.error().toString());
            return;
        }
        done();
        return;
    }
    const QString sha = hashes.takeFirst();
    whenFinished(store->read(pgpactions::secretKeyringKey(keyVault()->tenantId(), sha)), this,
                 [this, bytes, hashes, path, sha](Result<QByteArray> read) {
                     if (!read) {
                         cleanse(*bytes);
                         failWith(tr("Could not export"),
                                  tr("The secret keyring file %1 is not in this keychain: %2. Nothing was "
                                     "written.")
                                      .arg(sha.left(16), read.error().message));
                         return;
                     }
                     bytes->append(*read);
                     cleanse(*read);
                     readNext(bytes, hashes, path);
                 });
}

} // namespace gh
