// The keystore commands that work with key material leaving or replacing an entry: export
// (PEM, DER, PKCS#7, PKCS#12 from the KeyVault) and key renewal (renew, activate, roll back).
// Declared in KeystoreCommands.h with the others.
#include "ui/commands/KeystoreCommands.h"

#include "app/crypto/Exporter.h"
#include "app/workspace/KeyVault.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QSaveFile>
#include <QtConcurrent>

namespace gh {

// ---- Export
// --------------------------------------------------------------------------------------

ExportKeystoreEntryCommand::ExportKeystoreEntryCommand(const CommandContext& context,
                                                       QStringList keys, KeystoreCommandArgs args)
    : KeystoreCommand(context, std::move(keys), args)
{
}

QList<ExportKeystoreEntryCommand::Format>
ExportKeystoreEntryCommand::formatsFor(const KeystoreEntry& entry)
{
    QList<Format> formats{Format::CertificatePem, Format::CertificateDer, Format::ChainPem,
                          Format::ChainPkcs7};
    if (entry.isKeyPair())
        formats.append(Format::Pkcs12);
    return formats;
}

QString ExportKeystoreEntryCommand::formatName(Format format)
{
    switch (format) {
    case Format::CertificatePem:
        return tr("Certificate, PEM (.pem)");
    case Format::CertificateDer:
        return tr("Certificate, DER (.cer)");
    case Format::ChainPem:
        return tr("Certificate chain, PEM (.pem)");
    case Format::ChainPkcs7:
        return tr("Certificate chain, PKCS#7 (.p7b)");
    case Format::Pkcs12:
        return tr("Key pair with its chain, PKCS#12 (.p12, password protected)");
    }
    return {};
}

void ExportKeystoreEntryCommand::doStart()
{
    const KeystoreEntry* selected = selectedEntry();
    if (!selected) {
        fail(tr("The entry no longer exists."));
        return;
    }
    const KeystoreEntry entry = *selected;
    const QString errorTitle = tr("Cannot export %1").arg(quoted(entry.alias));
    const QList<Format> formats = formatsFor(entry);
    QStringList names;
    for (Format f : formats)
        names.append(formatName(f));
    const int chosen = prompter().choose(parentWidget(), tr("Export %1").arg(quoted(entry.alias)),
                                         tr("Format:"), names);
    if (chosen < 0 || chosen >= formats.size()) {
        cancel();
        return;
    }
    const Format format = formats.at(chosen);
    Result<QList<crypto::Certificate>> chain = keystore::chainOf(entry);
    if (!chain || chain->isEmpty()) {
        failWith(errorTitle,
                 chain ? tr("The entry holds no certificate.") : chain.error().toString());
        return;
    }
    QString suffix;
    QString filter;
    switch (format) {
    case Format::CertificatePem:
    case Format::ChainPem:
        suffix = QStringLiteral(".pem");
        filter = tr("PEM files (*.pem *.crt)");
        break;
    case Format::CertificateDer:
        suffix = QStringLiteral(".cer");
        filter = tr("DER certificates (*.cer *.der)");
        break;
    case Format::ChainPkcs7:
        suffix = QStringLiteral(".p7b");
        filter = tr("PKCS#7 chains (*.p7b *.p7c)");
        break;
    case Format::Pkcs12:
        suffix = QStringLiteral(".p12");
        filter = tr("PKCS#12 files (*.p12 *.pfx)");
        break;
    }
    const QString path =
        prompter().saveFile(parentWidget(), tr("Export %1").arg(quoted(entry.alias)),
                            QString(entry.alias + suffix), filter);
    if (path.isEmpty()) {
        cancel();
        return;
    }
    const QList<crypto::Certificate> certificates = chain.value();
    switch (format) {
    case Format::CertificatePem:
        write(path, crypto::Exporter::certificatePem(certificates.first()));
        return;
    case Format::CertificateDer:
        write(path, crypto::Exporter::certificateDer(certificates.first()));
        return;
    case Format::ChainPem:
    case Format::ChainPkcs7: {
        Result<QByteArray> bytes = format == Format::ChainPem
                                       ? crypto::Exporter::chainPem(certificates)
                                       : crypto::Exporter::chainPkcs7Der(certificates);
        if (!bytes)
            failWith(errorTitle, bytes.error().toString());
        else
            write(path, bytes.value());
        return;
    }
    case Format::Pkcs12:
        break;
    }
    if (!keyVault()) {
        failWith(errorTitle,
                 tr("Gatehouse is still checking the system keychain. Try again in a moment."));
        return;
    }
    whenFinished(keyVault()->keyOf(entry), this,
                 [this, entry, certificates, path, errorTitle](const Result<KeyVault::Key>& key) {
                     if (!key) {
                         failWith(errorTitle, key.error().toString());
                         return;
                     }
                     std::optional<crypto::SecretBuffer> password = prompter().password(
                         parentWidget(), tr("Protect %1").arg(quoted(entry.alias)),
                         tr("The private key leaves Gatehouse only encrypted. Choose the "
                            "password of the PKCS#12 file:"),
                         true);
                     if (!password || password->isEmpty()) {
                         cancel();
                         return;
                     }
                     crypto::Pkcs12Options options;
                     options.friendlyName = entry.alias;
                     Result<QByteArray> bytes =
                         crypto::Exporter::pkcs12(*key.value(), certificates, *password, options);
                     password->clear();
                     if (!bytes) {
                         failWith(errorTitle, bytes.error().toString());
                         return;
                     }
                     write(path, bytes.value());
                 });
}

void ExportKeystoreEntryCommand::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        failWith(tr("Could not export"), tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    done();
}

// ---- Renewal
// -------------------------------------------------------------------------------------

RenewKeyCommand::RenewKeyCommand(const CommandContext& context, QStringList keys,
                                 KeystoreCommandArgs args)
    : KeystoreCommand(context, std::move(keys), args)
{
}

QString RenewKeyCommand::blockedReason(KeystoreCommandArgs args, const QStringList& keys)
{
    if (QString reason = keystoreRules::keyPairsOnly(args.model, keys); !reason.isEmpty())
        return reason;
    if (QString reason = keystoreRules::notSapOwned(args.model, keys); !reason.isEmpty())
        return reason;
    const KeystoreEntry* entry = firstEntry(args.model, keys);
    if (entry && entry->keystore != keystore::SystemKeystore)
        return tr("Only key pairs of the system keystore are renewed; %1 is in %2.")
            .arg(quoted(entry->alias), entry->keystore);
    return {};
}

void RenewKeyCommand::doStart()
{
    const KeystoreEntry* selected = selectedEntry();
    if (!selected) {
        fail(tr("The entry no longer exists."));
        return;
    }
    const KeystoreEntry entry = *selected;
    withEntries([this, entry](const QList<KeystoreEntry>& existing) {
        const keystore::Actor who = actor();
        whenFinished(QtConcurrent::run([entry, existing, who] {
                         return keystore::renewalKeyPair(entry, existing, who);
                     }),
                     this, [this, entry](const Result<keystore::GeneratedKeyPair>& generated) {
                         if (!generated) {
                             failWith(tr("Cannot renew %1").arg(quoted(entry.alias)),
                                      generated.error().toString());
                             return;
                         }
                         const keystore::GeneratedKeyPair pair = generated.value();
                         keepKeys({pair.privateKey}, [this, pair, entry] {
                             applyChanges({pair.change()},
                                          tr("Renew key %1").arg(quoted(entry.alias)),
                                          tr("Could not renew the key"));
                         });
                     });
    });
}

ActivateRenewalCommand::ActivateRenewalCommand(const CommandContext& context, QStringList keys,
                                               KeystoreCommandArgs args)
    : KeystoreCommand(context, std::move(keys), args)
{
}

QString ActivateRenewalCommand::blockedReason(KeystoreCommandArgs args, const QStringList& keys)
{
    const KeystoreEntry* entry = firstEntry(args.model, keys);
    if (entry && entry->keystore != keystore::RenewalKeystore)
        return tr("Only a renewed key (in the KeyRenewal keystore) can be activated.");
    return {};
}

void ActivateRenewalCommand::doStart()
{
    const KeystoreEntry* selected = selectedEntry();
    if (!selected) {
        fail(tr("The entry no longer exists."));
        return;
    }
    const KeystoreEntry entry = *selected;
    if (!prompter().confirm(parentWidget(), tr("Activate the renewed key"),
                            tr("Activate the renewed key %1? The current key moves to the key "
                               "history; Undo or Roll back returns to it.")
                                .arg(quoted(entry.alias)),
                            tr("Activate"))) {
        cancel();
        return;
    }
    withEntries([this, entry](const QList<KeystoreEntry>& existing) {
        Result<QList<Change>> changes = keystore::activateRenewal(entry, existing, actor());
        if (!changes) {
            failWith(tr("Cannot activate %1").arg(quoted(entry.alias)), changes.error().toString());
            return;
        }
        applyChanges(changes.value(), tr("Activate renewed key %1").arg(quoted(entry.alias)),
                     tr("Could not activate the renewed key"));
    });
}

RollBackKeyCommand::RollBackKeyCommand(const CommandContext& context, QStringList keys,
                                       KeystoreCommandArgs args)
    : KeystoreCommand(context, std::move(keys), args)
{
}

QString RollBackKeyCommand::blockedReason(KeystoreCommandArgs args, const QStringList& keys)
{
    const KeystoreEntry* entry = firstEntry(args.model, keys);
    if (entry && entry->keystore != keystore::HistoryKeystore)
        return tr("Only an earlier key (in the KeyHistory keystore) can be rolled back to.");
    return {};
}

void RollBackKeyCommand::doStart()
{
    const KeystoreEntry* selected = selectedEntry();
    if (!selected) {
        fail(tr("The entry no longer exists."));
        return;
    }
    const KeystoreEntry entry = *selected;
    if (!prompter().confirm(parentWidget(), tr("Roll back to an earlier key"),
                            tr("Make %1 the active key again? The current key moves to the key "
                               "history.")
                                .arg(quoted(entry.alias)),
                            tr("Roll back"))) {
        cancel();
        return;
    }
    withEntries([this, entry](const QList<KeystoreEntry>& existing) {
        Result<QList<Change>> changes = keystore::rollBack(entry, existing, actor());
        if (!changes) {
            failWith(tr("Cannot roll back to %1").arg(quoted(entry.alias)),
                     changes.error().toString());
            return;
        }
        applyChanges(changes.value(), tr("Roll back to key %1").arg(quoted(entry.alias)),
                     tr("Could not roll back"));
    });
}

} // namespace gh
