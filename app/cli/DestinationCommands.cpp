// `destinations list|import|export`: the BTP cockpit's destination files (DestinationFiles.h)
// in and out of a tenant; an import is one workspace step, journaled like the cockpit's edits.
// show, create, update and delete: DestinationEditCommands.cpp.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/DestinationSession.h"
#include "app/cli/Table.h"
#include "app/domain/FileRead.h"
#include "app/secrets/Cleanse.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/DestinationFiles.h"
#include "app/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

using destinations::ImportAction;

QString actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Add:
        return QStringLiteral("add");
    case ImportAction::Replace:
        return QStringLiteral("replace");
    case ImportAction::Unchanged:
        return QStringLiteral("unchanged");
    case ImportAction::Refused:
        break;
    }
    return QStringLiteral("refused");
}


// Keeps the secrets the files carried in the keychain, before the step that says they are set.
// Usage (2) when there is no keychain: nothing may be changed then.
int keepSecrets(const Context& context, const DestinationSession& session, const destinations::ImportPlan& plan)
{
    QList<SecretValue> values;
    for (const destinations::ImportItem& item : plan.items) {
        if (item.action != ImportAction::Add && item.action != ImportAction::Replace)
            continue;
        for (const destinations::CarriedSecret& secret : item.secrets)
            values.append({item.destination.name(), secret.key, deepCopy(secret.value->view().toByteArray())});
    }
    return keepDestinationSecrets(context, session, values);
}

int importFiles(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("destinations import");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {},
                              {QStringLiteral("--dry-run"), QStringLiteral("--apply-valid")}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("destinations import needs at least one FILE"));
    const bool dryRun = args.has(QStringLiteral("--dry-run"));
    const bool applyValid = args.has(QStringLiteral("--apply-valid"));

    QList<destinations::SourceFile> files;
    QList<Error> unreadable;
    for (const QString& path : std::as_const(args.operands)) {
        Result<QByteArray> bytes = readFileBounded(path, 16 * 1024 * 1024, Text::tr("a destination file"));
        if (bytes)
            files.append({path, std::move(*bytes)});
        else
            unreadable.append(bytes.error());
    }
    DestinationSession session;
    if (const int code = openDestinationSession(context, session); code != Success)
        return code;
    destinations::ImportPlan plan = destinations::planImport(files, session.destinations);
    for (destinations::SourceFile& file : files)
        secureZero(file.bytes); // a hand-written file may hold a password
    plan.problems = unreadable + plan.problems;
    const QList<Error> problems = plan.allProblems();
    const bool apply = !dryRun && plan.hasChanges() && (problems.isEmpty() || applyValid);

    if (apply) {
        if (const int code = keepSecrets(context, session, plan); code != Success)
            return code;
        const Status applied = session.workspace->apply(plan.changes(), plan.description()).result();
        if (!applied)
            return context.fail(applied.error());
    }
    for (const Error& problem : problems)
        context.error(problem.toString()); // file:line or the JSON path

    if (context.json) {
        QJsonArray items;
        for (const destinations::ImportItem& item : std::as_const(plan.items)) {
            QJsonArray issues;
            for (const Error& e : item.problems)
                issues.append(e.toString());
            items.append(QJsonObject{{QStringLiteral("Action"), actionName(item.action)},
                                     {QStringLiteral("Name"), item.destination.name()},
                                     {QStringLiteral("Type"), item.destination.type()},
                                     {QStringLiteral("Source"), item.source},
                                     {QStringLiteral("SecretsMissing"), QJsonArray::fromStringList(item.missingSecrets)},
                                     {QStringLiteral("Problems"), issues}});
        }
        QJsonArray unread;
        for (const Error& e : std::as_const(plan.problems))
            unread.append(e.toString());
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Items"), items},
                                                 {QStringLiteral("Problems"), unread},
                                                 {QStringLiteral("Applied"), apply}})
                           .toJson(QJsonDocument::Indented);
        return problems.isEmpty() ? int(Success) : int(Finding);
    }
    QList<QStringList> rows;
    for (const destinations::ImportItem& item : std::as_const(plan.items)) {
        QString note;
        if (!item.missingSecrets.isEmpty())
            note = QStringLiteral("secret missing: %1").arg(item.missingSecrets.join(QStringLiteral(", ")));
        else if (!item.problems.isEmpty())
            note = item.problems.first().field.isEmpty()
                       ? item.problems.first().message
                       : QString(item.problems.first().field + QStringLiteral(": ") + item.problems.first().message);
        rows.append({actionName(item.action), item.destination.name().isEmpty() ? QStringLiteral("-") : item.destination.name(),
                     item.destination.type().isEmpty() ? QStringLiteral("-") : item.destination.type(), item.source,
                     note.isEmpty() ? QStringLiteral("-") : note});
    }
    if (!rows.isEmpty())
        writeTable(context.out,
                   {Text::tr("ACTION"), Text::tr("NAME"), Text::tr("TYPE"),
                    Text::tr("SOURCE"), Text::tr("NOTE")},
                   rows);
    context.out << plan.summary() << "\n";
    if (apply)
        context.out << Text::tr("Done: %1.").arg(plan.description()) << "\n";
    else if (dryRun)
        context.out << Text::tr("Dry run: nothing was changed.") << "\n";
    else if (!problems.isEmpty() && plan.hasChanges())
        context.out << Text::tr("Nothing was changed because of the problems above: correct those files and "
                                "import again, or add --apply-valid to import the valid destinations only.")
                    << "\n";
    else
        context.out << Text::tr("Nothing to change.") << "\n";
    return problems.isEmpty() ? int(Success) : int(Finding);
}

int exportFiles(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("destinations export");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--format"), QStringLiteral("--output")},
                              {}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("destinations export needs at least one NAME"));
    const QString formatName = args.has(QStringLiteral("--format")) ? args.value(QStringLiteral("--format"))
                                                                     : QStringLiteral("properties");
    if (formatName != QLatin1String("properties") && formatName != QLatin1String("json"))
        return context.usage(Text::tr("--format: '%1' is not a format (expected: properties or json)").arg(formatName));
    const auto format = formatName == QLatin1String("json") ? destinations::FileFormat::Json
                                                             : destinations::FileFormat::Properties;
    const QString output = args.value(QStringLiteral("--output"));
    if (args.operands.size() > 1 && output.isEmpty())
        return context.usage(Text::tr("several destinations are written one file each: give a folder with -o DIR"));

    DestinationSession session;
    if (const int code = openDestinationSession(context, session); code != Success)
        return code;
    QList<const Destination*> chosen;
    for (const QString& name : std::as_const(args.operands)) {
        const Destination* destination = session.find(name);
        if (!destination) {
            context.error(Text::tr("no destination '%1'").arg(name));
            return Finding;
        }
        chosen.append(destination);
    }
    const auto bytesOf = [&](const Destination& d) {
        return format == destinations::FileFormat::Json ? destinations::toJson(d)
                                                         : destinations::toProperties(d, context.clock.now());
    };
    if (output.isEmpty() || output == QLatin1String("-")) {
        context.out << QString::fromUtf8(bytesOf(*chosen.first()));
        return Success;
    }
    // One destination to a file (or into a folder that exists); several into a folder.
    const bool intoFolder = chosen.size() > 1 || QFileInfo(output).isDir();
    if (intoFolder && !QDir().mkpath(output)) {
        context.error(Text::tr("%1: cannot create the folder").arg(output));
        return Finding;
    }
    QStringList written;
    for (const Destination* d : std::as_const(chosen)) {
        const QString path = intoFolder ? QDir(output).filePath(destinations::fileName(*d, format)) : output;
        if (const Status saved = writeOutput(path, bytesOf(*d)); !saved) {
            context.error(saved.error().toString());
            return Finding;
        }
        written.append(path);
    }
    if (context.json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Files"), QJsonArray::fromStringList(written)}})
                           .toJson(QJsonDocument::Indented);
    else
        for (const QString& path : std::as_const(written))
            context.out << Text::tr("Wrote %1").arg(path) << "\n";
    return Success;
}

} // namespace

const Destination* DestinationSession::find(const QString& name) const
{
    const auto it = std::find_if(destinations.cbegin(), destinations.cend(),
                                 [&](const Destination& d) { return d.name() == name; });
    return it == destinations.cend() ? nullptr : &*it;
}

int keepDestinationSecrets(const Context& context, const DestinationSession& session, QList<SecretValue>& secrets)
{
    const auto wipe = [&] {
        for (SecretValue& s : secrets)
            secureZero(s.value);
    };
    if (secrets.isEmpty())
        return Success;
    auto opened = context.secretStore ? context.secretStore()
                                      : Result<SecretStore*>(Error::make(Error::Kind::Io, Text::tr("no secret store")));
    if (!opened) {
        wipe();
        context.error(Text::tr("no system keychain answered (%1); the secrets of '%2' "
                                     "could not be kept, so nothing was changed")
                          .arg(opened.error().message, secrets.first().destination));
        return Usage;
    }
    for (SecretValue& secret : secrets) {
        const Status kept = waitFor((*opened)->write(
            SecretStore::destinationKey(session.tenant->id(), secret.destination, secret.key), secret.value));
        if (!kept) {
            wipe();
            context.error(Text::tr("the secret %1 of '%2' could not be kept: %3; nothing was changed")
                              .arg(secret.key, secret.destination, kept.error().toString()));
            return Usage;
        }
    }
    wipe();
    return Success;
}

int openDestinationSession(const Context& context, DestinationSession& session)
{
    if (const int code = openWorkspace(context, session.tenant, session.workspace); code != Success)
        return code;
    auto listed = session.workspace->client().destinations().list().result();
    if (!listed)
        return context.fail(listed.error());
    session.destinations = std::move(*listed);
    return Success;
}

int destinationsCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("list")) {
        if (!rest.isEmpty())
            return context.usage(Text::tr("unexpected argument '%1'").arg(rest.first()));
        return listResource(context, QStringLiteral("destinations"));
    }
    if (verb == QLatin1String("import"))
        return importFiles(context, rest);
    if (verb == QLatin1String("export"))
        return exportFiles(context, rest);
    if (const int code = destinationEditCommand(context, verb, rest); code >= 0)
        return code;
    return context.usage(Text::tr("unknown command 'destinations %1' (expected: list, show, create, update, "
                                        "delete, import, export)")
                             .arg(verb));
}

} // namespace gh::cli
