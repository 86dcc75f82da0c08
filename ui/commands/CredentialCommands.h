#pragma once

// The Security Material pane's commands: New User Credential…, New OAuth2 Client Credential…,
// New Secure Parameter…, Edit… (CredentialDialog through the Prompter) and Delete. The secret
// typed goes to the keychain (CredentialSecrets) before the step is applied; each change is one
// undoable workspace step (undo does not bring back an overwritten secret value).

#include "app/workspace/CredentialActions.h"
#include "ui/commands/Command.h"

namespace gh {

class SecurityMaterialModel;

// The credentials the model lists now, all three kinds.
credentials::Existing existingCredentials(const SecurityMaterialModel* model);

class CredentialEditCommand : public Command
{
    Q_OBJECT

public:
    CredentialEditCommand(const CommandContext& context, QStringList keys, const SecurityMaterialModel* model);

    // "user credential “X”", "OAuth2 client credential “X”", "secure parameter “X”".
    static QString describe(EntityKind kind, const QString& name);

protected:
    void doStart() override;
    // The draft to show; nullopt after failWith().
    virtual std::optional<credentials::Draft> makeDraft() = 0;
    virtual QString errorTitle() const = 0;
    const SecurityMaterialModel* model() const { return m_model; }

private:
    void save(credentials::Draft draft);
    QString stepDescription(const Change& change) const;

    const SecurityMaterialModel* m_model;
};

class NewCredentialCommand final : public CredentialEditCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    NewCredentialCommand(const CommandContext& context, QStringList keys, const SecurityMaterialModel* model,
                         EntityKind kind);

protected:
    std::optional<credentials::Draft> makeDraft() override;
    QString errorTitle() const override;

private:
    EntityKind m_kind;
};

class EditCredentialCommand final : public CredentialEditCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection | OnlyOne; }
    using CredentialEditCommand::CredentialEditCommand;

protected:
    std::optional<credentials::Draft> makeDraft() override;
    QString errorTitle() const override;
};

class DeleteCredentialsCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection; }
    DeleteCredentialsCommand(const CommandContext& context, QStringList keys, const SecurityMaterialModel* model);

protected:
    void doStart() override;

private:
    const SecurityMaterialModel* m_model;
};

} // namespace gh
