#include "ui/commands/DestinationCommands.h"

#include "app/workspace/DestinationSecrets.h"
#include "app/workspace/KeyVault.h"
#include "models/DestinationsModel.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

namespace gh {

using destinations::DestinationDraft;

namespace {

const Destination* findByName(const QList<Destination>& destinations, const QString& name)
{
    const auto it = std::find_if(destinations.cbegin(), destinations.cend(),
                                 [&](const Destination& d) { return d.name() == name; });
    return it == destinations.cend() ? nullptr : &*it;
}

} // namespace

DestinationEditCommand::DestinationEditCommand(const CommandContext& context, QStringList keys,
                                               const DestinationsModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void DestinationEditCommand::doStart()
{
    if (!workspace()) {
        failWith(errorTitle(), tr("No tenant is open."));
        return;
    }
    whenFinished(workspace()->client().destinations().list(), this,
                 [this](const Result<QList<Destination>>& listed) {
                     if (!listed) {
                         failWith(errorTitle(), listed.error().toString());
                         return;
                     }
                     withCertificateNames([this, existing = listed.value()](std::optional<QStringList> names) {
                         edit(existing, std::move(names));
                     });
                 });
}

void DestinationEditCommand::withCertificateNames(std::function<void(std::optional<QStringList>)> then)
{
    // What KeyStoreLocation and the like may name: the destination certificates, and (as the
    // demo's and many migrated tenants' destinations do) the Cloud Integration keystore's
    // aliases. When either cannot be listed, nothing is checked.
    whenFinished(workspace()->client().destinationCertificates().list(), this,
                 [this, then](const Result<QList<DestinationCertificate>>& certificates) {
                     if (!certificates) {
                         then(std::nullopt);
                         return;
                     }
                     QStringList names;
                     for (const DestinationCertificate& c : certificates.value())
                         names.append(c.name);
                     whenFinished(workspace()->client().keystore().list(), this,
                                  [then, names](const Result<QList<KeystoreEntry>>& entries) mutable {
                                      if (!entries) {
                                          then(std::nullopt);
                                          return;
                                      }
                                      for (const KeystoreEntry& e : entries.value())
                                          if (!names.contains(e.alias))
                                              names.append(e.alias);
                                      then(names);
                                  });
                 });
}

void DestinationEditCommand::edit(const QList<Destination>& existing, std::optional<QStringList> certificateNames)
{
    std::optional<DestinationDraft> draft = makeDraft(existing);
    if (!draft)
        return;
    destinations::DraftContext context;
    for (const Destination& d : existing)
        context.takenNames.append(d.name());
    context.certificateNames = std::move(certificateNames);
    std::optional<DestinationDraft> edited = prompter().editDestination(parentWidget(), std::move(*draft), context);
    if (!edited) {
        cancel();
        return;
    }
    save(std::move(*edited), existing);
}

void DestinationEditCommand::save(DestinationDraft draft, const QList<Destination>& existing)
{
    if (draft.enteredSecretKeys().isEmpty() && draft.secretsToCopy().isEmpty()) {
        apply(draft.build(), existing);
        return;
    }
    if (!keyVault() || !keyVault()->secretStore()) {
        failWith(errorTitle(), tr("The keychain is not available yet, so the secrets typed cannot be "
                                  "kept. Nothing was saved; try again in a moment."));
        return;
    }
    DestinationSecrets secrets(*keyVault()->secretStore(), keyVault()->tenantId());
    whenFinished(secrets.store(draft), this, [this, existing](const Result<Destination>& stored) {
        if (!stored) {
            failWith(errorTitle(), tr("The secrets could not be kept in the %1, so nothing was "
                                      "saved: %2")
                                       .arg(keyVault() ? keyVault()->description() : tr("keychain"),
                                            stored.error().toString()));
            return;
        }
        apply(stored.value(), existing);
    });
}

void DestinationEditCommand::apply(const Destination& saved, const QList<Destination>& existing)
{
    QList<Change> changes;
    if (const Destination* before = findByName(existing, saved.name()))
        changes.append(Change::updated(*before, saved));
    else
        changes.append(Change::created(saved));
    applyChanges(changes, stepDescription(saved), errorTitle());
}

// ---- New -----------------------------------------------------------------------------------------

std::optional<DestinationDraft> NewDestinationCommand::makeDraft(const QList<Destination>&)
{
    return DestinationDraft::create();
}

QString NewDestinationCommand::stepDescription(const Destination& saved) const
{
    return tr("Create destination %1").arg(saved.name());
}

QString NewDestinationCommand::errorTitle() const
{
    return tr("Could not create the destination");
}

// ---- Edit ----------------------------------------------------------------------------------------

std::optional<DestinationDraft> EditDestinationCommand::makeDraft(const QList<Destination>& existing)
{
    const Destination* d = findByName(existing, keys().value(0));
    if (!d) {
        failWith(errorTitle(), tr("The destination %1 no longer exists.").arg(quoted(keys().value(0))));
        return std::nullopt;
    }
    return DestinationDraft::edit(*d);
}

QString EditDestinationCommand::stepDescription(const Destination& saved) const
{
    return tr("Edit destination %1").arg(saved.name());
}

QString EditDestinationCommand::errorTitle() const
{
    return tr("Could not save the destination");
}

// ---- Duplicate -----------------------------------------------------------------------------------

QString DuplicateDestinationCommand::copyName(const QString& name, const QList<Destination>& existing)
{
    const QString base = name + QStringLiteral("_copy");
    QString candidate = base;
    for (int n = 2; findByName(existing, candidate); ++n)
        candidate = base + QStringLiteral("_%1").arg(n);
    return candidate;
}

std::optional<DestinationDraft> DuplicateDestinationCommand::makeDraft(const QList<Destination>& existing)
{
    const Destination* d = findByName(existing, keys().value(0));
    if (!d) {
        failWith(errorTitle(), tr("The destination %1 no longer exists.").arg(quoted(keys().value(0))));
        return std::nullopt;
    }
    return DestinationDraft::duplicate(*d, copyName(d->name(), existing));
}

QString DuplicateDestinationCommand::stepDescription(const Destination& saved) const
{
    return tr("Duplicate destination %1 as %2").arg(keys().value(0), saved.name());
}

QString DuplicateDestinationCommand::errorTitle() const
{
    return tr("Could not duplicate the destination");
}

} // namespace gh
