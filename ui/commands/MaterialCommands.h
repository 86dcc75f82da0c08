#pragma once

// The Known Hosts and PGP Keys panes' commands: add one known_hosts line; export the secret
// keyring from the keychain; import a file (known_hosts merged; a keyring as
// the public or the secret one, chosen through the Prompter; a secret keyring's file to the
// keychain before the step), remove the selected entries, export. Each write is one undoable
// workspace step.

#include "models/KnownHostsModel.h"
#include "models/PgpKeysModel.h"
#include "app/workspace/PgpActions.h"
#include "ui/commands/Command.h"

namespace gh {

class ImportKnownHostsCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    ImportKnownHostsCommand(const CommandContext& context, QStringList keys, const KnownHostsModel* model);
    ImportKnownHostsCommand(const CommandContext& context, const KnownHostsModel* model, QString path);

protected:
    void doStart() override;

private:
    const KnownHostsModel* m_model;
    QString m_path;
};

// One line typed into the Add Known Host dialog (Prompter::knownHostLine), as one step.
class AddKnownHostCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    AddKnownHostCommand(const CommandContext& context, QStringList keys, const KnownHostsModel* model);

protected:
    void doStart() override;

private:
    const KnownHostsModel* m_model;
};

class RemoveKnownHostsCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedSelection | NeedWorkspace; }
    RemoveKnownHostsCommand(const CommandContext& context, QStringList keys, const KnownHostsModel* model);

protected:
    void doStart() override;

private:
    const KnownHostsModel* m_model;
};

class ExportKnownHostsCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    ExportKnownHostsCommand(const CommandContext& context, QStringList keys, const KnownHostsModel* model);

protected:
    void doStart() override;

private:
    const KnownHostsModel* m_model;
};

class ImportPgpKeyringCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    ImportPgpKeyringCommand(const CommandContext& context, QStringList keys, const PgpKeysModel* model);
    ImportPgpKeyringCommand(const CommandContext& context, const PgpKeysModel* model, QString path);

protected:
    void doStart() override;

private:
    const PgpKeysModel* m_model;
    QString m_path;
};

class RemovePgpKeysCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedSelection | NeedWorkspace; }
    RemovePgpKeysCommand(const CommandContext& context, QStringList keys, const PgpKeysModel* model);

protected:
    void doStart() override;

private:
    const PgpKeysModel* m_model;
};

// The public keyring, armored.
class ExportPgpKeyringCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    ExportPgpKeyringCommand(const CommandContext& context, QStringList keys, const PgpKeysModel* model);

protected:
    void doStart() override;

private:
    const PgpKeysModel* m_model;
};

// The secret keyring files, as imported, read from the keychain into a file the user chooses
// (owner-only permissions), after a warning that the file is secret material. Never logged.
class ExportPgpSecretKeyringCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    ExportPgpSecretKeyringCommand(const CommandContext& context, QStringList keys, const PgpKeysModel* model);

protected:
    void doStart() override;

private:
    void readNext(const std::shared_ptr<QByteArray>& bytes, QStringList hashes, const QString& path);

    const PgpKeysModel* m_model;
};

} // namespace gh
