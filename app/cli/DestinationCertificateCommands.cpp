// `destination-certificates list|show|import|export|delete`: the Destination service's
// certificates and keystores (DestinationCertificateActions.h). Imports and deletes are one
// workspace step each; a keystore's file goes to the keychain, never into the tenant file.
#include "app/cli/DestinationCertificateCommands.h"

#include "app/cli/Arguments.h"
#include "app/cli/KeystoreSession.h"
#include "app/cli/Table.h"
#include "app/crypto/CertificateReader.h"
#include "app/domain/Expiry.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/DestinationCertificateActions.h"
#include "app/workspace/Workspace.h"

#include <QFile>
#include <QJsonDocument>

namespace gh::cli {

namespace {

namespace dc = gh::destinationcerts;

const QString kCommand = QStringLiteral("destination-certificates");

struct Session
{
    std::shared_ptr<LocalTenant> tenant;
    std::unique_ptr<Workspace> workspace;
    QList<DestinationCertificate> certificates;
    QList<Destination> destinations;
};

int openSession(const Context& context, Session& session)
{
    if (const int code = openWorkspace(context, session.tenant, session.workspace); code != Success)
        return code;
    auto certificates = session.workspace->client().destinationCertificates().list().result();
    if (!certificates)
        return context.fail(certificates.error());
    auto destinations = session.workspace->client().destinations().list().result();
    if (!destinations)
        return context.fail(destinations.error());
    session.certificates = std::move(*certificates);
    session.destinations = std::move(*destinations);
    return Success;
}

const DestinationCertificate* findOrReport(const Context& context, const Session& session, const QString& name)
{
    for (const DestinationCertificate& c : session.certificates) {
        if (c.name == name)
            return &c;
    }
    context.error(Text::tr("no destination certificate '%1'").arg(name));
    return nullptr;
}

QJsonArray usagesJson(const QList<dc::Usage>& usages)
{
    QJsonArray out;
    for (const dc::Usage& u : usages)
        out.append(QJsonObject{{QStringLiteral("destination"), u.destination}, {QStringLiteral("property"), u.property}});
    return out;
}

// The stored form without the DER (as SAP's listing writes it), with expiry and the users.
QJsonObject summaryJson(const DestinationCertificate& c, const QList<dc::Usage>& usages, const QDateTime& now)
{
    QJsonObject o = c.toJson(JsonStyle::Iso);
    const ExpiryInfo expiry = expiryOf(c.notBefore(), c.notAfter(), now);
    o.insert(QStringLiteral("subject"), c.subject());
    o.insert(QStringLiteral("not_after"), toIsoUtc(c.notAfter()));
    o.insert(QStringLiteral("days_left"), static_cast<double>(expiry.daysLeft));
    o.insert(QStringLiteral("expiry_status"), expiryStatusName(expiry.status));
    o.insert(QStringLiteral("used_by"), usagesJson(usages));
    return o;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

int list(const Context& context, const QStringList& rest)
{
    if (!rest.isEmpty())
        return context.usage(Text::tr("unexpected argument '%1'").arg(rest.first()));
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const QDateTime now = context.clock.now();
    QJsonArray json;
    QList<QStringList> rows;
    for (const DestinationCertificate& c : std::as_const(session.certificates)) {
        const QList<dc::Usage> usages = dc::usagesOf(c.name, session.destinations);
        if (context.json) {
            QJsonObject o = summaryJson(c, usages, now);
            o.remove(QStringLiteral("nodes")); // `show` has them
            json.append(o);
            continue;
        }
        const ExpiryInfo expiry = expiryOf(c.notBefore(), c.notAfter(), now);
        rows.append({c.name, c.type, orDash(commonNameOf(c.subject())), dateText(c.notAfter()),
                     expiryStatusName(expiry.status), numberText(usages.size())});
    }
    if (context.json) {
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    writeTable(context.out,
               {Text::tr("NAME"), Text::tr("TYPE"), Text::tr("SUBJECT"), Text::tr("NOT AFTER"),
                Text::tr("STATUS"), Text::tr("USED BY")},
               rows);
    return Success;
}

int show(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, kCommand + QStringLiteral(" show"), rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, kCommand + QStringLiteral(" show"), args, 1, Text::tr("NAME")))
        return *code;
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const DestinationCertificate* c = findOrReport(context, session, args.operands.first());
    if (!c)
        return Finding;
    const QList<dc::Usage> usages = dc::usagesOf(c->name, session.destinations);
    if (context.json) {
        context.out << QJsonDocument(summaryJson(*c, usages, context.clock.now())).toJson(QJsonDocument::Indented);
        return Success;
    }
    QList<Field> fields{{Text::tr("Name"), c->name},
                        {Text::tr("Type"), c->type},
                        {Text::tr("Created by"), c->generationMethod}};
    if (c->isKeystore())
        fields.append({Text::tr("File"), c->contentSha256.isEmpty()
                                             ? Text::tr("not on this machine (only its public nodes are known)")
                                             : Text::tr("in the keychain of the machine that imported it")});
    writeFields(context.out, fields, 13);
    context.out << "\n";
    QList<QStringList> rows;
    for (const DestinationCertificateNode& n : c->nodes) {
        if (n.isPrivateKey()) {
            rows.append({Text::tr("private key"), QStringLiteral("%1 %2").arg(n.algorithm, n.format).trimmed(),
                         QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
            continue;
        }
        const ExpiryInfo expiry = expiryOf(n.notBefore, n.notAfter, context.clock.now());
        rows.append({Text::tr("certificate"), n.subject, orDash(n.issuer), dateText(n.notAfter),
                     expiryStatusName(expiry.status)});
    }
    writeTable(context.out,
               {Text::tr("NODE"), Text::tr("SUBJECT"), Text::tr("ISSUER"), Text::tr("NOT AFTER"),
                Text::tr("STATUS")},
               rows);
    context.out << "\n";
    if (usages.isEmpty()) {
        context.out << Text::tr("Used by no destination.") << "\n";
    } else {
        context.out << Text::tr("Used by:") << "\n";
        for (const dc::Usage& u : usages)
            context.out << "  " << u.destination << " (" << u.property << ")\n";
    }
    return Success;
}

// Keeps each keystore's file in the keychain before the step that names it. Usage (2) when there
// is no keychain: nothing is changed then.
int keepKeystoreFiles(const Context& context, const Session& session, const dc::ImportPlan& plan)
{
    SecretStore* store = nullptr;
    for (const dc::ImportItem& item : plan.items) {
        if (item.keystoreContent.isEmpty() || item.action == dc::ImportAction::Unchanged)
            continue;
        if (!store) {
            auto opened = ks::secretStoreOf(context);
            if (!opened) {
                context.error(Text::tr("no system keychain answered (%1); the keystore '%2' holds a private key "
                                             "and is kept only there, so nothing was changed")
                                  .arg(opened.error().message, item.certificate.name));
                return Usage;
            }
            store = *opened;
        }
        const Status kept = waitFor(store->write(
            SecretStore::destinationCertificateContentKey(session.tenant->id(), item.certificate.name), item.keystoreContent));
        if (!kept) {
            context.error(Text::tr("the keystore '%1' could not be kept in the keychain: %2; nothing was changed")
                              .arg(item.certificate.name, kept.error().toString()));
            return Usage;
        }
    }
    return Success;
}

int importFiles(const Context& context, const QStringList& rawArgs)
{
    const QString command = kCommand + QStringLiteral(" import");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--name"), QStringLiteral("--password-file")},
                              {QStringLiteral("--password-stdin"), QStringLiteral("--dry-run")}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(command + QStringLiteral(" needs at least one FILE"));
    if (args.has(QStringLiteral("--name")) && args.operands.size() > 1)
        return context.usage(Text::tr("--name names one file, not %1").arg(args.operands.size()));
    if (args.has(QStringLiteral("--password-stdin")) && args.has(QStringLiteral("--password-file")))
        return context.usage(Text::tr("give the password with --password-stdin or --password-file, not both"));

    std::optional<crypto::SecretBuffer> password;
    if (args.has(QStringLiteral("--password-stdin")) || args.has(QStringLiteral("--password-file"))) {
        // Standard input as a file: read once, whatever the number of keystores.
        const QString from = args.has(QStringLiteral("--password-stdin")) ? QStringLiteral("/dev/stdin")
                                                                          : args.value(QStringLiteral("--password-file"));
        auto read = ks::readPasswordFile(from);
        if (!read) {
            context.error(read.error().toString());
            return Usage;
        }
        password = std::move(*read);
    }
    QList<dc::ImportSource> sources;
    QList<Error> unreadable;
    for (const QString& path : std::as_const(args.operands)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            unreadable.append(Error::make(Error::Kind::Io, Text::tr("cannot read the file: %1").arg(file.errorString()), path));
        } else if (file.size() > crypto::CertificateReader::MaxInputSize) {
            unreadable.append(Error::make(Error::Kind::Validation, Text::tr("is too large for a certificate file"), path));
        } else {
            sources.append({path, file.readAll()});
        }
    }
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    dc::ImportOptions options;
    options.name = args.value(QStringLiteral("--name"));
    options.passwordAttempts = 1;
    options.password = [&password](const QString&, int attempt) -> std::optional<crypto::SecretBuffer> {
        if (!password || attempt > 0)
            return std::nullopt;
        return password->clone();
    };
    dc::ImportPlan plan = dc::planImport(sources, session.certificates, options);
    plan.problems = unreadable + plan.problems;
    for (const Error& problem : std::as_const(plan.problems)) {
        context.error(problem.toString());
        if (problem.kind == Error::Kind::WrongPassword && !password)
            context.error(Text::tr("give the PKCS#12 password with --password-stdin or --password-file"));
    }
    const bool apply = !args.has(QStringLiteral("--dry-run")) && plan.problems.isEmpty() && plan.hasChanges();
    if (apply) {
        if (const int code = keepKeystoreFiles(context, session, plan); code != Success)
            return code;
        const Status applied = session.workspace->apply(plan.changes(), plan.description()).result();
        if (!applied)
            return context.fail(applied.error());
    }
    if (context.json) {
        QJsonArray items;
        for (const dc::ImportItem& item : std::as_const(plan.items)) {
            QJsonObject o = summaryJson(item.certificate, dc::usagesOf(item.certificate.name, session.destinations),
                                        context.clock.now());
            o.remove(QStringLiteral("nodes"));
            o.insert(QStringLiteral("action"), dc::importActionName(item.action));
            o.insert(QStringLiteral("source"), item.source);
            items.append(o);
        }
        QJsonArray problems;
        for (const Error& e : std::as_const(plan.problems))
            problems.append(e.toString());
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                                 {QStringLiteral("problems"), problems},
                                                 {QStringLiteral("applied"), apply}})
                           .toJson(QJsonDocument::Indented);
        return plan.problems.isEmpty() ? int(Success) : int(Finding);
    }
    QList<QStringList> rows;
    for (const dc::ImportItem& item : std::as_const(plan.items))
        rows.append({dc::importActionName(item.action), item.certificate.name, item.certificate.type,
                     orDash(commonNameOf(item.certificate.subject())), dateText(item.certificate.notAfter()), item.source});
    if (!rows.isEmpty())
        writeTable(context.out,
                   {Text::tr("ACTION"), Text::tr("NAME"), Text::tr("TYPE"), Text::tr("SUBJECT"),
                    Text::tr("NOT AFTER"), Text::tr("SOURCE")},
                   rows);
    context.out << plan.summary() << "\n";
    if (apply)
        context.out << Text::tr("Done: %1.").arg(plan.description()) << "\n";
    else if (args.has(QStringLiteral("--dry-run")))
        context.out << Text::tr("Dry run: nothing was changed.") << "\n";
    else if (!plan.problems.isEmpty())
        context.out << Text::tr("Nothing was changed because of the problems above.") << "\n";
    else
        context.out << Text::tr("Nothing to change.") << "\n";
    return plan.problems.isEmpty() ? int(Success) : int(Finding);
}

int exportPem(const Context& context, const QStringList& rawArgs)
{
    const QString command = kCommand + QStringLiteral(" export");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--output")}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("NAME")))
        return *code;
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const DestinationCertificate* c = findOrReport(context, session, args.operands.first());
    if (!c)
        return Finding;
    auto pem = dc::exportPem(*c);
    if (!pem)
        return context.fail(pem.error());
    const QString output = args.value(QStringLiteral("--output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        context.out << QString::fromLatin1(*pem);
        return Success;
    }
    if (const Status saved = writeOutput(output, *pem); !saved)
        return context.fail(saved.error());
    if (!context.json)
        context.out << Text::tr("Wrote %1").arg(output) << "\n";
    else
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), output}}).toJson(QJsonDocument::Indented);
    return Success;
}

int deleteCertificates(const Context& context, const QStringList& rawArgs)
{
    const QString command = kCommand + QStringLiteral(" delete");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {QStringLiteral("--force")}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(command + QStringLiteral(" needs at least one NAME"));
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    QList<DestinationCertificate> chosen;
    for (const QString& name : std::as_const(args.operands)) {
        const DestinationCertificate* c = findOrReport(context, session, name);
        if (!c)
            return Finding;
        if (!chosen.contains(*c))
            chosen.append(*c);
    }
    auto changes = dc::removal(chosen, session.destinations, args.has(QStringLiteral("--force")));
    if (!changes) {
        context.error(changes.error().message + QStringLiteral("; nothing was deleted (--force deletes anyway)"));
        return Finding;
    }
    const QString description = chosen.size() == 1
                                    ? context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete destination certificate '%1'")).arg(chosen.first().name)
                                    : context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete %1 destination certificates")).arg(chosen.size());
    const Status applied = session.workspace->apply(*changes, description).result();
    if (!applied)
        return context.fail(applied.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const DestinationCertificate& c : std::as_const(chosen)) {
        const QList<dc::Usage> usages = dc::usagesOf(c.name, session.destinations);
        QJsonObject o{{QStringLiteral("change"), QStringLiteral("delete")}, {QStringLiteral("name"), c.name},
                      {QStringLiteral("type"), c.type}, {QStringLiteral("used_by"), usagesJson(usages)}};
        json.append(o);
        rows.append({QStringLiteral("delete"), c.name, c.type, numberText(usages.size())});
    }
    reportStep(context, description, json,
               {Text::tr("CHANGE"), Text::tr("NAME"), Text::tr("TYPE"), Text::tr("USED BY")}, rows);
    return Success;
}

} // namespace

int destinationCertificatesCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("list"))
        return list(context, rest);
    if (verb == QLatin1String("show"))
        return show(context, rest);
    if (verb == QLatin1String("import"))
        return importFiles(context, rest);
    if (verb == QLatin1String("export"))
        return exportPem(context, rest);
    if (verb == QLatin1String("delete"))
        return deleteCertificates(context, rest);
    return context.usage(Text::tr("unknown command '%1 %2' (expected: list, show, import, export, delete)")
                             .arg(kCommand, verb));
}

} // namespace gh::cli
