#include "ui/commands/KeystoreCommands.h"

#include "app/crypto/CertificateReader.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/WhereUsed.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QSaveFile>
#include <QtConcurrent>

namespace gh {

namespace {

// Who acts: the desktop user (LastModifiedBy of what Gatehouse writes).
QString localUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? keystore::TenantOwner : user;
}

} // namespace

// ---- Rules
// ---------------------------------------------------------------------------------------

namespace keystoreRules {

QString keyPairsOnly(const KeystoreModel* model, const QStringList& keys)
{
    for (const QString& key : keys) {
        const KeystoreEntry* entry = model ? model->entry(key) : nullptr;
        if (entry && !entry->isKeyPair())
            return KeystoreCommand::tr("%1 is a %2, not a key pair: only key pairs have a "
                                       "private key.")
                .arg(quoted(entry->alias), entry->type.toLower());
    }
    return {};
}

QString notSapOwned(const KeystoreModel* model, const QStringList& keys)
{
    for (const QString& key : keys) {
        const KeystoreEntry* entry = model ? model->entry(key) : nullptr;
        if (entry && entry->isSapOwned())
            return KeystoreCommand::tr("%1 is owned by SAP and cannot be changed here.")
                .arg(quoted(entry->alias));
    }
    return {};
}

} // namespace keystoreRules

// ---- KeystoreCommand
// -----------------------------------------------------------------------------

KeystoreCommand::KeystoreCommand(const CommandContext& context, QStringList keys,
                                 KeystoreCommandArgs args)
    : Command(context, std::move(keys)), m_args(args)
{
}

const KeystoreEntry* KeystoreCommand::firstEntry(const KeystoreModel* model,
                                                 const QStringList& keys)
{
    return model && !keys.isEmpty() ? model->entry(keys.first()) : nullptr;
}

keystore::Actor KeystoreCommand::actor() const
{
    return {localUser(), m_args.clock ? m_args.clock->now() : QDateTime::currentDateTimeUtc()};
}

const KeystoreEntry* KeystoreCommand::selectedEntry() const
{
    return firstEntry(m_args.model, keys());
}

void KeystoreCommand::withEntries(std::function<void(const QList<KeystoreEntry>&)> f)
{
    if (!workspace()) {
        failWith(tr("No tenant"), tr("No tenant is open."));
        return;
    }
    whenFinished(workspace()->client().keystore().list(), this,
                 [this, f = std::move(f)](const Result<QList<KeystoreEntry>>& entries) {
                     if (!entries) {
                         failWith(tr("Could not read the keystore"), entries.error().toString());
                         return;
                     }
                     f(entries.value());
                 });
}

void KeystoreCommand::keepKeys(QList<std::shared_ptr<const crypto::PrivateKey>> keys,
                               std::function<void()> then)
{
    if (keys.isEmpty()) {
        then();
        return;
    }
    if (!keyVault()) {
        failWith(tr("No place for private keys"),
                 tr("Gatehouse is still checking the system keychain. Try again in a moment."));
        return;
    }
    const std::shared_ptr<const crypto::PrivateKey> key = keys.takeFirst();
    whenFinished(
        keyVault()->keep(*key), this,
        [this, key, keys = std::move(keys), then = std::move(then)](const Status& kept) mutable {
            if (!kept) {
                failWith(tr("Could not keep the private key"), kept.error().toString());
                return;
            }
            keepKeys(std::move(keys), std::move(then));
        });
}

// ---- Delete
// --------------------------------------------------------------------------------------

DeleteKeystoreEntriesCommand::DeleteKeystoreEntriesCommand(const CommandContext& context,
                                                           QStringList keys,
                                                           KeystoreCommandArgs args)
    : DeleteEntriesCommand<KeystoreEntry>(context, std::move(keys), args.model)
{
}

QString DeleteKeystoreEntriesCommand::blockedReason(KeystoreCommandArgs args,
                                                    const QStringList& keys)
{
    for (const QString& key : keys) {
        const KeystoreEntry* entry = args.model ? args.model->entry(key) : nullptr;
        if (entry && entry->isSapOwned())
            return tr("%1 is owned by SAP and cannot be deleted.").arg(quoted(entry->alias));
    }
    return {};
}

void DeleteKeystoreEntriesCommand::doStart()
{
    if (!workspace()) {
        DeleteEntriesCommand::doStart();
        return;
    }
    whenFinished(workspace()->client().destinations().list(), this,
                 [this](const Result<QList<Destination>>& destinations) {
                     if (destinations) {
                         for (const QString& key : keys()) {
                             const KeystoreEntry* entry = model() ? model()->entry(key) : nullptr;
                             // Destinations name aliases of the system keystore.
                             if (!entry || entry->keystore != keystore::SystemKeystore)
                                 continue;
                             const QList<keystore::Reference> refs =
                                 keystore::referencesTo(entry->alias, *destinations);
                             for (const keystore::Reference& r : refs)
                                 m_references.append(tr("destination %1 (%2) uses %3")
                                                         .arg(quoted(r.destination), r.property,
                                                              quoted(entry->alias)));
                         }
                     }
                     // Without the destinations the question is asked all the same.
                     DeleteEntriesCommand::doStart();
                 });
}

QString DeleteKeystoreEntriesCommand::nameOf(const KeystoreEntry& value) const
{
    return value.keystore == keystore::SystemKeystore
               ? value.alias
               : QString(value.keystore + QLatin1Char('/') + value.alias);
}

QString DeleteKeystoreEntriesCommand::title(const QStringList& names) const
{
    return tr("Delete %n keystore entries", nullptr, static_cast<int>(names.size()));
}

QString DeleteKeystoreEntriesCommand::question(const QStringList& names) const
{
    QStringList list;
    for (const QString& name : names)
        list.append(quoted(name));
    const QString what = names.size() == 1
                             ? tr("Delete the keystore entry %1?").arg(list.first())
                             : QString(tr("Delete these %n keystore entries?", nullptr,
                                          static_cast<int>(names.size())) +
                                       QStringLiteral("\n") + list.join(QStringLiteral(", ")));
    QString references;
    if (!m_references.isEmpty()) {
        const int shown = 8;
        QStringList lines = m_references.mid(0, shown);
        if (m_references.size() > shown)
            lines.append(tr("…and %n more", nullptr, static_cast<int>(m_references.size() - shown)));
        references = QString(QStringLiteral("\n\n") +
                             tr("%n destination(s) refer to what you delete:", nullptr,
                                static_cast<int>(m_references.size())) +
                             QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
    }
    return QString(what + references + QStringLiteral("\n\n") +
                   tr("Integration flows that use them fail until they are back. The deletion "
                      "stays a pending change: Undo brings them back."));
}

QString DeleteKeystoreEntriesCommand::stepDescription(const QStringList& names) const
{
    return names.size() == 1
               ? tr("Delete keystore entry %1").arg(names.first())
               : tr("Delete %n keystore entries", nullptr, static_cast<int>(names.size()));
}

// ---- Rename
// --------------------------------------------------------------------------------------

RenameKeystoreEntryCommand::RenameKeystoreEntryCommand(const CommandContext& context,
                                                       QStringList keys, KeystoreCommandArgs args)
    : KeystoreCommand(context, std::move(keys), args)
{
}

QString RenameKeystoreEntryCommand::blockedReason(KeystoreCommandArgs args, const QStringList& keys)
{
    return keystoreRules::notSapOwned(args.model, keys);
}

void RenameKeystoreEntryCommand::doStart()
{
    const KeystoreEntry* selected = selectedEntry();
    if (!selected) {
        fail(tr("The entry no longer exists."));
        return;
    }
    const KeystoreEntry entry = *selected;
    const std::optional<QString> answer = prompter().text(
        parentWidget(), tr("Rename %1").arg(quoted(entry.alias)), tr("New alias:"), entry.alias);
    if (!answer || answer->trimmed().isEmpty() || answer->trimmed() == entry.alias) {
        cancel();
        return;
    }
    rename(entry, answer->trimmed());
}

void RenameKeystoreEntryCommand::rename(const KeystoreEntry& entry, const QString& alias)
{
    // Destinations name aliases of the system keystore only.
    if (!workspace() || entry.keystore != keystore::SystemKeystore) {
        applyRename(entry, alias);
        return;
    }
    whenFinished(workspace()->client().destinations().list(), this,
                 [this, entry, alias](const Result<QList<Destination>>& destinations) {
                     // Without the destinations the rename goes on as before: nothing to name.
                     const QList<whereused::Use> uses =
                         destinations ? whereused::WhereUsedIndex(*destinations, {}, {}, {}, {}).usersOfEntry(entry)
                                      : QList<whereused::Use>();
                     QStringList names;
                     for (const whereused::Use& u : uses) {
                         if (!names.contains(u.destination))
                             names.append(u.destination);
                     }
                     if (!names.isEmpty()) {
                         names.sort(Qt::CaseInsensitive);
                         const QString text =
                             tr("%n destination(s) use this keystore entry: %1", nullptr, int(names.size()))
                                 .arg(names.join(QStringLiteral(", ")))
                             + QStringLiteral("\n\n")
                             + tr("After the rename they name %1, which is no longer there, until they are "
                                  "changed to %2.")
                                   .arg(quoted(entry.alias), quoted(alias));
                         if (!prompter().confirm(parentWidget(), tr("Rename %1").arg(quoted(entry.alias)), text,
                                                 tr("Rename"))) {
                             cancel();
                             return;
                         }
                     }
                     applyRename(entry, alias);
                 });
}

void RenameKeystoreEntryCommand::applyRename(const KeystoreEntry& entry, const QString& alias)
{
    withEntries([this, entry, alias](const QList<KeystoreEntry>& existing) {
        Result<QList<Change>> changes = keystore::rename(entry, alias, existing, actor());
        if (!changes) {
            failWith(tr("Cannot rename %1").arg(quoted(entry.alias)), changes.error().toString());
            return;
        }
        applyChanges(changes.value(), tr("Rename %1 to %2").arg(quoted(entry.alias), quoted(alias)),
                     tr("Could not rename"));
    });
}

// ---- Generate
// ------------------------------------------------------------------------------------

GenerateKeyPairCommand::GenerateKeyPairCommand(const CommandContext& context, QStringList keys,
                                               KeystoreCommandArgs args)
    : KeystoreCommand(context, std::move(keys), args)
{
}

void GenerateKeyPairCommand::doStart()
{
    withEntries([this](const QList<KeystoreEntry>& existing) {
        const keystore::Actor who = actor();
        const std::optional<keystore::GenerateRequest> request =
            prompter().generateKeyPair(parentWidget(), existing, who.now);
        if (!request) {
            cancel();
            return;
        }
        // Key generation takes a while (RSA 4096: seconds): off the GUI thread.
        whenFinished(QtConcurrent::run([request = *request, existing, who] {
                         return keystore::generateKeyPair(request, existing, who);
                     }),
                     this, [this](const Result<keystore::GeneratedKeyPair>& generated) {
                         if (!generated) {
                             failWith(tr("Could not generate the key pair"),
                                      generated.error().toString());
                             return;
                         }
                         const keystore::GeneratedKeyPair pair = generated.value();
                         keepKeys({pair.privateKey}, [this, pair] {
                             applyChanges({pair.change()},
                                          tr("Generate key pair %1").arg(quoted(pair.entry.alias)),
                                          tr("Could not generate the key pair"));
                         });
                     });
    });
}

// ---- CSR
// -----------------------------------------------------------------------------------------

CreateCsrCommand::CreateCsrCommand(const CommandContext& context, QStringList keys,
                                   KeystoreCommandArgs args)
    : KeystoreCommand(context, std::move(keys), args)
{
}

QString CreateCsrCommand::blockedReason(KeystoreCommandArgs args, const QStringList& keys)
{
    return keystoreRules::keyPairsOnly(args.model, keys);
}

void CreateCsrCommand::doStart()
{
    const KeystoreEntry* selected = selectedEntry();
    if (!selected) {
        fail(tr("The entry no longer exists."));
        return;
    }
    const KeystoreEntry entry = *selected;
    const QString errorTitle = tr("Cannot create a signing request");
    if (!keyVault()) {
        failWith(errorTitle,
                 tr("Gatehouse is still checking the system keychain. Try again in a moment."));
        return;
    }
    whenFinished(
        keyVault()->keyOf(entry), this,
        [this, entry, errorTitle](const Result<KeyVault::Key>& key) {
            if (!key) {
                failWith(errorTitle, key.error().toString());
                return;
            }
            Result<crypto::CertificateRequest> csr = keystore::signingRequest(entry, *key.value());
            if (!csr) {
                failWith(errorTitle, csr.error().toString());
                return;
            }
            const QString path = prompter().saveFile(
                parentWidget(), tr("Save the signing request of %1").arg(quoted(entry.alias)),
                QString(entry.alias + QStringLiteral(".csr")),
                tr("Certificate signing requests (*.csr *.pem);;All files (*)"));
            if (path.isEmpty()) {
                cancel();
                return;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csr->toPem()) < 0 ||
                !file.commit()) {
                failWith(tr("Could not save the signing request"),
                         tr("%1: %2").arg(path, file.errorString()));
                return;
            }
            done();
        });
}

// ---- Signed chain
// --------------------------------------------------------------------------------

UpdateSignedChainCommand::UpdateSignedChainCommand(const CommandContext& context, QStringList keys,
                                                   KeystoreCommandArgs args)
    : KeystoreCommand(context, std::move(keys), args)
{
}

QString UpdateSignedChainCommand::blockedReason(KeystoreCommandArgs args, const QStringList& keys)
{
    const QString reason = keystoreRules::keyPairsOnly(args.model, keys);
    return reason.isEmpty() ? keystoreRules::notSapOwned(args.model, keys) : reason;
}

void UpdateSignedChainCommand::doStart()
{
    const KeystoreEntry* selected = selectedEntry();
    if (!selected) {
        fail(tr("The entry no longer exists."));
        return;
    }
    const KeystoreEntry entry = *selected;
    const QStringList paths = prompter().openFiles(
        parentWidget(), tr("The signed chain for %1").arg(quoted(entry.alias)),
        tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)"));
    if (paths.isEmpty()) {
        cancel();
        return;
    }
    const QString errorTitle = tr("Cannot update %1").arg(quoted(entry.alias));
    QList<crypto::Certificate> chain;
    for (const QString& path : paths) {
        Result<crypto::CertificateFileContents> contents =
            crypto::CertificateReader::readFile(path);
        if (!contents) {
            failWith(errorTitle, contents.error().toString());
            return;
        }
        chain.append(contents->certificates);
    }
    Result<Change> change = keystore::updateWithSignedChain(entry, chain, actor());
    if (!change) {
        failWith(errorTitle, change.error().toString());
        return;
    }
    applyChanges({change.value()}, tr("Update %1 with its signed chain").arg(quoted(entry.alias)),
                 errorTitle);
}

} // namespace gh
