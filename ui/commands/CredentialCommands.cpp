#include "ui/commands/CredentialCommands.h"

#include "app/workspace/CredentialSecrets.h"
#include "app/workspace/KeyVault.h"
#include "models/FutureWatch.h"
#include "models/SecurityMaterialModel.h"
#include "ui/Prompter.h"

namespace gh {

credentials::Existing existingCredentials(const SecurityMaterialModel* model)
{
    credentials::Existing out;
    for (const SecurityMaterialItem& item : model->entries()) {
        if (const auto* u = std::get_if<UserCredential>(&item.value))
            out.userCredentials.append(*u);
        else if (const auto* o = std::get_if<OAuth2ClientCredential>(&item.value))
            out.oauth2ClientCredentials.append(*o);
        else if (const auto* p = std::get_if<SecureParameter>(&item.value))
            out.secureParameters.append(*p);
    }
    return out;
}

// ---- New and Edit ----------------------------------------------------------------------------------

CredentialEditCommand::CredentialEditCommand(const CommandContext& context, QStringList keys,
                                             const SecurityMaterialModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void CredentialEditCommand::doStart()
{
    std::optional<credentials::Draft> draft = makeDraft();
    if (!draft)
        return;
    std::optional<credentials::Draft> edited =
        prompter().editCredential(parentWidget(), std::move(*draft), existingCredentials(m_model));
    if (!edited) {
        cancel();
        return;
    }
    save(std::move(*edited));
}

QString CredentialEditCommand::stepDescription(const Change& change) const
{
    const QString what = describe(change.kind, change.key);
    if (!change.before)
        return tr("Create %1").arg(what);
    if (change.before == change.after)
        return tr("Set the secret of %1").arg(what);
    return tr("Edit %1").arg(what);
}

QString CredentialEditCommand::describe(EntityKind kind, const QString& name)
{
    switch (kind) {
    case EntityKind::UserCredential: return tr("user credential %1").arg(quoted(name));
    case EntityKind::OAuth2ClientCredential: return tr("OAuth2 client credential %1").arg(quoted(name));
    default: return tr("secure parameter %1").arg(quoted(name));
    }
}

void CredentialEditCommand::save(credentials::Draft draft)
{
    const bool secretTyped = !draft.secret.isEmpty();
    const credentials::Existing existing = existingCredentials(m_model);
    const Result<Change> change = draft.isNew ? credentials::create(draft.credential, secretTyped, existing)
                                              : credentials::edit(draft.credential, secretTyped, existing);
    if (!change) {
        failWith(errorTitle(), change.error().toString());
        return;
    }
    const QString description = stepDescription(*change);
    if (!secretTyped) {
        applyChanges({*change}, description, errorTitle());
        return;
    }
    if (!keyVault() || !keyVault()->secretStore()) {
        failWith(errorTitle(), tr("The keychain is not available yet, so the secret typed cannot be kept. "
                                  "Nothing was saved; try again in a moment."));
        return;
    }
    CredentialSecrets secrets(*keyVault()->secretStore(), keyVault()->tenantId());
    const Change step = *change;
    whenFinished(secrets.write(step.kind, step.key, draft.secret), this, [this, step, description](const Status& kept) {
        if (!kept) {
            failWith(errorTitle(), tr("The secret could not be kept in the %1, so nothing was saved: %2")
                                       .arg(keyVault() ? keyVault()->description() : tr("keychain"), kept.error().toString()));
            return;
        }
        applyChanges({step}, description, errorTitle());
    });
}

NewCredentialCommand::NewCredentialCommand(const CommandContext& context, QStringList keys,
                                           const SecurityMaterialModel* model, EntityKind kind)
    : CredentialEditCommand(context, std::move(keys), model), m_kind(kind)
{
}

std::optional<credentials::Draft> NewCredentialCommand::makeDraft()
{
    credentials::Draft draft;
    if (m_kind == EntityKind::OAuth2ClientCredential)
        draft.credential = OAuth2ClientCredential{};
    else if (m_kind == EntityKind::SecureParameter)
        draft.credential = SecureParameter{};
    draft.isNew = true;
    return draft;
}

QString NewCredentialCommand::errorTitle() const
{
    return tr("Could not create the credential");
}

std::optional<credentials::Draft> EditCredentialCommand::makeDraft()
{
    const SecurityMaterialItem* item = model()->entry(keys().value(0));
    if (!item) {
        failWith(errorTitle(), tr("%1 no longer exists.").arg(quoted(keys().value(0))));
        return std::nullopt;
    }
    credentials::Draft draft;
    draft.credential = item->value;
    draft.isNew = false;
    return draft;
}

QString EditCredentialCommand::errorTitle() const
{
    return tr("Could not save the credential");
}

// ---- Delete --------------------------------------------------------------------------------------

DeleteCredentialsCommand::DeleteCredentialsCommand(const CommandContext& context, QStringList keys,
                                                   const SecurityMaterialModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void DeleteCredentialsCommand::doStart()
{
    const QString title = tr("Delete Security Material");
    const credentials::Existing existing = existingCredentials(m_model);
    QList<Change> changes;
    QStringList names;
    for (const QString& key : keys()) {
        const SecurityMaterialItem* item = m_model->entry(key);
        if (!item) {
            failWith(title, tr("%1 no longer exists.").arg(quoted(key)));
            return;
        }
        const Result<Change> removal = credentials::removal(item->kind(), item->name(), existing);
        if (!removal) {
            failWith(title, removal.error().toString());
            return;
        }
        changes.append(*removal);
        names.append(CredentialEditCommand::describe(item->kind(), item->name()));
    }
    const QString question = changes.size() == 1
                                 ? tr("Delete %1? Integration flows that use it stop working once this is pushed.")
                                       .arg(names.first())
                                 : tr("Delete these %n items: %1? Integration flows that use them stop working once "
                                      "this is pushed.",
                                      nullptr, int(changes.size()))
                                       .arg(names.join(QStringLiteral(", ")));
    if (!prompter().confirm(parentWidget(), title, question, tr("Delete"))) {
        cancel();
        return;
    }
    const QString description = changes.size() == 1 ? tr("Delete %1").arg(names.first())
                                                    : tr("Delete %n security material items", nullptr, int(changes.size()));
    applyChanges(changes, description, title);
}

} // namespace gh
