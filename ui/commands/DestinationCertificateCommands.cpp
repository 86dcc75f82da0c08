#include "ui/commands/DestinationCertificateCommands.h"

#include "app/crypto/CertificateReader.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/KeyVault.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QFile>
#include <QFileInfo>

namespace gh {

namespace {

QString quotedList(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names)
        out.append(quoted(name));
    return out.join(QStringLiteral(", "));
}

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

} // namespace

// ---- Import -----------------------------------------------------------------------------------

ImportDestinationCertificatesCommand::ImportDestinationCertificatesCommand(const CommandContext& context,
                                                                           QStringList keys,
                                                                           const DestinationCertificatesModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

ImportDestinationCertificatesCommand::ImportDestinationCertificatesCommand(const CommandContext& context,
                                                                           const DestinationCertificatesModel* model,
                                                                           QStringList paths)
    : Command(context, {}), m_model(model), m_paths(std::move(paths))
{
}

void ImportDestinationCertificatesCommand::doStart()
{
    if (!workspace()) {
        fail(tr("No tenant is open."));
        return;
    }
    QStringList paths = m_paths;
    if (paths.isEmpty()) {
        paths = prompter().openFiles(parentWidget(), tr("Import destination certificates"),
                                     tr("Certificates and keystores (*.pem *.crt *.cer *.der *.p12 *.pfx *.jks);;"
                                        "All files (*)"));
        if (paths.isEmpty()) {
            cancel();
            return;
        }
    }
    // Certificate files are small and bounded: read at once, each problem naming its file.
    QList<destinationcerts::ImportSource> sources;
    QList<Error> unreadable;
    for (const QString& path : std::as_const(paths)) {
        QFile file(path);
        if (QFileInfo(path).size() > crypto::CertificateReader::MaxInputSize)
            unreadable.append(Error::make(Error::Kind::Validation, tr("the file is too large for a certificate"), path));
        else if (!file.open(QIODevice::ReadOnly))
            unreadable.append(Error::make(Error::Kind::Io, file.errorString(), path));
        else
            sources.append({path, file.readAll()});
    }
    plan(sources, unreadable);
}

void ImportDestinationCertificatesCommand::plan(const QList<destinationcerts::ImportSource>& sources,
                                                const QList<Error>& unreadable)
{
    QList<DestinationCertificate> existing;
    for (const DestinationCertificateRow& row : m_model->entries())
        existing.append(row.certificate);
    destinationcerts::ImportOptions options;
    const int attempts = options.passwordAttempts;
    options.password = [this, attempts](const QString& source, int attempt) -> std::optional<crypto::SecretBuffer> {
        const QString name = fileName(source);
        const QString text = attempt == 0
                                 ? tr("%1 is a keystore protected by a password. Type it to read its "
                                      "certificates.").arg(quoted(name))
                                 : tr("The password for %1 is wrong. Try again (attempt %2 of %3).")
                                       .arg(quoted(name))
                                       .arg(attempt + 1)
                                       .arg(attempts);
        return prompter().password(parentWidget(), tr("Password for %1").arg(name), text, false);
    };
    destinationcerts::ImportPlan planned = destinationcerts::planImport(sources, existing, options);
    planned.problems = unreadable + planned.problems;

    QStringList problems;
    for (const Error& e : std::as_const(planned.problems))
        problems.append(e.toString());
    if (!planned.hasChanges()) {
        if (!problems.isEmpty())
            failWith(tr("Nothing imported"), problems.join(QLatin1Char('\n')));
        else {
            prompter().error(parentWidget(), tr("Nothing to import"),
                             tr("These certificates are already there: %1").arg(planned.summary()));
            cancel();
        }
        return;
    }
    QStringList lines;
    for (const destinationcerts::ImportItem& item : std::as_const(planned.items)) {
        if (item.action == destinationcerts::ImportAction::Unchanged)
            continue;
        lines.append(item.action == destinationcerts::ImportAction::Add
                         ? tr("Add %1 (%2)").arg(quoted(item.certificate.name), item.certificate.type)
                         : tr("Replace %1 (%2)").arg(quoted(item.certificate.name), item.certificate.type));
    }
    QString text = lines.join(QLatin1Char('\n'));
    if (!problems.isEmpty())
        text += QStringLiteral("\n\n") + tr("Not imported:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    if (!prompter().confirm(parentWidget(), tr("Import destination certificates"), text, tr("Import"))) {
        cancel();
        return;
    }
    keepThenApply(std::move(planned), 0);
}

// Keeps the keystores' files in the keychain one after the other, then applies the step.
void ImportDestinationCertificatesCommand::keepThenApply(destinationcerts::ImportPlan planned, qsizetype next)
{
    for (; next < planned.items.size(); ++next) {
        const destinationcerts::ImportItem& item = planned.items.at(next);
        if (item.keystoreContent.isEmpty() || item.action == destinationcerts::ImportAction::Unchanged)
            continue;
        SecretStore* store = keyVault() ? keyVault()->secretStore() : nullptr;
        if (!store) {
            failWith(tr("Could not import"),
                     tr("%1 holds a private key, which is kept only in the keychain, and no keychain is "
                        "available yet. Nothing was imported.").arg(quoted(item.certificate.name)));
            return;
        }
        const QString key = SecretStore::destinationCertificateContentKey(keyVault()->tenantId(), item.certificate.name);
        const QString name = item.certificate.name;
        whenFinished(store->write(key, item.keystoreContent), this,
                     [this, planned, next, name](const Status& kept) {
                         if (!kept) {
                             failWith(tr("Could not import"),
                                      tr("%1 could not be kept in the keychain: %2. Nothing was imported.")
                                          .arg(quoted(name), kept.error().toString()));
                             return;
                         }
                         keepThenApply(planned, next + 1);
                     });
        return;
    }
    applyChanges(planned.changes(), planned.description(), tr("Could not import"));
}

// ---- Delete -----------------------------------------------------------------------------------

DeleteDestinationCertificatesCommand::DeleteDestinationCertificatesCommand(const CommandContext& context,
                                                                           QStringList keys,
                                                                           const DestinationCertificatesModel* model)
    : Command(context, std::move(keys)), m_model(model)
{
}

void DeleteDestinationCertificatesCommand::doStart()
{
    if (!workspace()) {
        fail(tr("No tenant is open."));
        return;
    }
    QList<DestinationCertificate> chosen;
    QStringList names;
    QStringList uses;
    QStringList users; // the destinations, once each
    for (const QString& key : keys()) {
        const DestinationCertificateRow* row = m_model->entry(key);
        if (!row) {
            fail(tr("“%1” no longer exists.").arg(key));
            return;
        }
        chosen.append(row->certificate);
        names.append(row->certificate.name);
        for (const destinationcerts::Usage& u : row->usedBy) {
            uses.append(tr("%1 is used by the destination %2 (%3)")
                            .arg(quoted(row->certificate.name), quoted(u.destination), u.property));
            if (!users.contains(u.destination))
                users.append(u.destination);
        }
    }
    QString text = names.size() == 1
                       ? tr("Delete the destination certificate %1?").arg(quotedList(names))
                       : QString(tr("Delete these %n destination certificates?", nullptr, int(names.size()))
                                 + QLatin1Char('\n') + quotedList(names));
    users.sort(Qt::CaseInsensitive);
    if (!uses.isEmpty())
        text += QStringLiteral("\n\n")
                + (names.size() == 1 ? tr("%n destination(s) use this certificate: %1", nullptr, int(users.size()))
                                     : tr("%n destination(s) use these certificates: %1", nullptr, int(users.size())))
                      .arg(users.join(QStringLiteral(", ")))
                + QStringLiteral("\n") + uses.join(QLatin1Char('\n')) + QLatin1Char('\n')
                + tr("Those destinations will name a certificate that is not there.");
    text += QStringLiteral("\n\n") + tr("The deletion stays a pending change: Undo brings it back.");
    const QString title = tr("Delete %n destination certificate(s)", nullptr, int(names.size()));
    if (!prompter().confirm(parentWidget(), title, text, tr("Delete"))) {
        cancel();
        return;
    }
    // Confirmed knowing who uses them: the refusal that protects the CLI is not needed here.
    auto changes = destinationcerts::removal(chosen, {}, true);
    const QString description = names.size() == 1
                                    ? tr("Delete destination certificate %1").arg(names.first())
                                    : tr("Delete %n destination certificates", nullptr, int(names.size()));
    applyChanges(*changes, description, tr("Could not delete"));
}

} // namespace gh
