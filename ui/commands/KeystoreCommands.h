#pragma once

// The keystore pane's actions, each one undoable workspace step (or, for CSR and export, a file
// written): import (files, clipboard, dropped files), delete, rename, generate a key pair, create
// a CSR, update a key pair with its signed chain, export, renew a key, activate a renewal, roll
// back to an earlier key. Every question goes through the Prompter; private keys go to the
// KeyVault before the step that needs them is applied, and never into the journal.

#include "app/domain/Clock.h"
#include "app/workspace/KeystoreActions.h"
#include "models/KeystoreModel.h"
#include "ui/commands/DeleteCommands.h"

#include <QPointer>

#include <functional>
#include <utility>

class QProgressDialog;

namespace gh {

// What every keystore command is registered with: the pane's model (the selected entries) and
// the clock (the entries' LastModifiedTime).
struct KeystoreCommandArgs
{
    const KeystoreModel* model = nullptr;
    const Clock* clock = nullptr;
};

// Reasons a keystore command does not apply, naming the first entry concerned; empty when it
// applies.
namespace keystoreRules {
QString keyPairsOnly(const KeystoreModel* model, const QStringList& keys);
QString notSapOwned(const KeystoreModel* model, const QStringList& keys);
} // namespace keystoreRules

class KeystoreCommand : public Command
{
    Q_OBJECT

protected:
    KeystoreCommand(const CommandContext& context, QStringList keys, KeystoreCommandArgs args);

    // The entry of the first of `keys` in `model` (null when there is none).
    static const KeystoreEntry* firstEntry(const KeystoreModel* model, const QStringList& keys);
    keystore::Actor actor() const;
    // The entry of the first selected key (null when it went away).
    const KeystoreEntry* selectedEntry() const;
    // Lists every keystore's entries afresh, then calls `f` with them (fails the command when
    // listing fails).
    void withEntries(std::function<void(const QList<KeystoreEntry>&)> f);
    // Keeps `keys` in the KeyVault one after the other, then calls `then`.
    void keepKeys(QList<std::shared_ptr<const crypto::PrivateKey>> keys,
                  std::function<void()> then);

    KeystoreCommandArgs m_args;
};

// ---- Import ------------------------------------------------------------------------------------

class ImportKeystoreEntriesCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    enum class Origin { Files, Clipboard };

    static Restrictions restrictions() { return NeedWorkspace; }

    // From an action: asks for files (Files) or reads the clipboard (Clipboard).
    ImportKeystoreEntriesCommand(const CommandContext& context, QStringList keys,
                                 KeystoreCommandArgs args, Origin origin);
    // From a drop or a test: these files, then these sources.
    ImportKeystoreEntriesCommand(const CommandContext& context, KeystoreCommandArgs args,
                                 QStringList paths, QList<keystore::ImportSource> sources = {});
    ~ImportKeystoreEntriesCommand() override;

    // The sources of the clipboard's content: file URLs are read later (returned in `paths`),
    // certificate data and text become sources named "clipboard".
    static QList<keystore::ImportSource> clipboardSources(QStringList* paths);

    // What reading the sources found, before the PKCS#12 passwords are asked for.
    struct Reading
    {
        QList<keystore::ReadSource> read; // in source order; PKCS#12 ones wait for a password
        QList<Error> problems;            // files that could not be read at all
        QList<std::pair<int, keystore::ImportSource>> locked; // index into `read`, the source
    };

protected:
    void doStart() override;

private:
    // Reads and parses the sources on a pool thread, with a progress dialog ("Read 3 of 120
    // files") whose Cancel stops it and changes nothing; the GUI thread never waits.
    void read(const QStringList& paths, QList<keystore::ImportSource> sources);
    void readingDone(Reading reading);
    // Asks for the password of the first locked PKCS#12 and opens it off the GUI thread; then
    // the next one, then plan().
    void unlockNext(int attempt);
    void plan();
    void import(const keystore::ImportPlan& plan);
    // Cancel in the progress dialog: whatever is still running is dropped, nothing changes.
    void stopByUser();
    void showProgress(int total);
    void closeProgress();

    Origin m_origin = Origin::Files;
    bool m_given = false;
    QStringList m_paths;
    QList<keystore::ImportSource> m_sources;
    Reading m_reading;
    bool m_stopped = false;
    QPointer<QProgressDialog> m_progress;
};

// ---- Delete, rename ----------------------------------------------------------------------------

class DeleteKeystoreEntriesCommand final : public DeleteEntriesCommand<KeystoreEntry>
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return DeleteEntriesCommand::restrictions() | ComplexApplicability;
    }
    // SAP-owned entries cannot be deleted: the reason, naming the first one selected.
    static QString blockedReason(KeystoreCommandArgs args, const QStringList& keys);

    DeleteKeystoreEntriesCommand(const CommandContext& context, QStringList keys,
                                 KeystoreCommandArgs args);

protected:
    // Reads the destinations first, so that the confirmation names what refers to the entries.
    void doStart() override;
    QString nameOf(const KeystoreEntry& value) const override;
    QString title(const QStringList& names) const override;
    QString question(const QStringList& names) const override;
    QString stepDescription(const QStringList& names) const override;

private:
    QStringList m_references; // "destination 'X' (KeyStoreLocation) uses 'alias'"
};

class RenameKeystoreEntryCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | OnlyOne | ComplexApplicability;
    }
    static QString blockedReason(KeystoreCommandArgs args, const QStringList& keys);
    RenameKeystoreEntryCommand(const CommandContext& context, QStringList keys,
                               KeystoreCommandArgs args);

protected:
    void doStart() override;

private:
    // Renames `entry` to `alias`; a system entry destinations name is confirmed first, naming
    // them ("2 destinations use this keystore entry: A, B").
    void rename(const KeystoreEntry& entry, const QString& alias);
    void applyRename(const KeystoreEntry& entry, const QString& alias);
};

// ---- Generate, CSR, signed chain, export --------------------------------------------------------

class GenerateKeyPairCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    GenerateKeyPairCommand(const CommandContext& context, QStringList keys,
                           KeystoreCommandArgs args);

protected:
    void doStart() override;
};

class CreateCsrCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | OnlyOne | ComplexApplicability;
    }
    static QString blockedReason(KeystoreCommandArgs args, const QStringList& keys);
    CreateCsrCommand(const CommandContext& context, QStringList keys, KeystoreCommandArgs args);

protected:
    void doStart() override;
};

class UpdateSignedChainCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | OnlyOne | ComplexApplicability;
    }
    static QString blockedReason(KeystoreCommandArgs args, const QStringList& keys);
    UpdateSignedChainCommand(const CommandContext& context, QStringList keys,
                             KeystoreCommandArgs args);

protected:
    void doStart() override;
};

class ExportKeystoreEntryCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    enum class Format { CertificatePem, CertificateDer, ChainPem, ChainPkcs7, Pkcs12 };

    static Restrictions restrictions() { return NeedWorkspace | NeedSelection | OnlyOne; }
    ExportKeystoreEntryCommand(const CommandContext& context, QStringList keys,
                               KeystoreCommandArgs args);

    // The formats offered for `entry` (PKCS#12 only for key pairs), and their names.
    static QList<Format> formatsFor(const KeystoreEntry& entry);
    static QString formatName(Format format);

protected:
    void doStart() override;

private:
    void write(const QString& path, const QByteArray& bytes);
};

// ---- Key renewal
// ---------------------------------------------------------------------------------

class RenewKeyCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | OnlyOne | ComplexApplicability;
    }
    static QString blockedReason(KeystoreCommandArgs args, const QStringList& keys);
    RenewKeyCommand(const CommandContext& context, QStringList keys, KeystoreCommandArgs args);

protected:
    void doStart() override;
};

class ActivateRenewalCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | OnlyOne | ComplexApplicability;
    }
    static QString blockedReason(KeystoreCommandArgs args, const QStringList& keys);
    ActivateRenewalCommand(const CommandContext& context, QStringList keys,
                           KeystoreCommandArgs args);

protected:
    void doStart() override;
};

class RollBackKeyCommand final : public KeystoreCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return NeedWorkspace | NeedSelection | OnlyOne | ComplexApplicability;
    }
    static QString blockedReason(KeystoreCommandArgs args, const QStringList& keys);
    RollBackKeyCommand(const CommandContext& context, QStringList keys, KeystoreCommandArgs args);

protected:
    void doStart() override;
};

} // namespace gh
