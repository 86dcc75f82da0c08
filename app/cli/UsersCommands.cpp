// `users list|show|create|delete|export|import-assignments`: users and their role collections,
// every write one workspace step (AccessActions.h, AccessCsv.h), journaled like the cockpit's.
#include "app/cli/AccessSession.h"
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/workspace/AccessActions.h"
#include "app/workspace/AccessCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

// An assignments file larger than this is a mistake (the wrong file), not a CSV to import.
constexpr qint64 kMaxCsvSize = 64 * 1024 * 1024;

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString isoOrDash(const QDateTime& date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

// ---- list -------------------------------------------------------------------------------------

// `users list [--origin IDP] [--role-collection NAME] [--inactive-days N]`: every filter given
// must hold; --inactive-days N is the stale-user report (no logon for more than N days, or never).
int list(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("users list");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs,
                              {QStringLiteral("--origin"), QStringLiteral("--role-collection"),
                               QStringLiteral("--inactive-days")},
                              {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 0, QString()))
        return *code;
    std::optional<int> inactiveDays;
    if (args.has(QStringLiteral("--inactive-days"))) {
        bool ok = false;
        const int days = args.value(QStringLiteral("--inactive-days")).toInt(&ok);
        if (!ok || days < 0)
            return context.usage(Text::tr("--inactive-days needs a number of days (0 or more), not '%1'")
                                     .arg(args.value(QStringLiteral("--inactive-days"))));
        inactiveDays = days;
    }
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const QString origin = args.value(QStringLiteral("--origin"));
    if (!origin.isEmpty()) {
        QStringList known;
        for (const IdentityProvider& idp : std::as_const(session.identityProviders))
            known.append(idp.originKey);
        if (!known.contains(origin)) {
            context.error(Text::tr("no identity provider '%1' (this tenant has: %2)")
                              .arg(origin, known.join(QStringLiteral(", "))));
            return Finding;
        }
    }
    QString collection;
    if (args.has(QStringLiteral("--role-collection"))) {
        const RoleCollection* rc =
            findCollection(context, session.collections, args.value(QStringLiteral("--role-collection")));
        if (!rc)
            return Finding;
        collection = rc->name;
    }
    const QDateTime cutoff = inactiveDays ? context.clock.now().addDays(-*inactiveDays) : QDateTime();

    QList<const User*> chosen;
    for (const User& u : std::as_const(session.users)) {
        if (!origin.isEmpty() && u.origin != origin)
            continue;
        if (!collection.isEmpty() && !u.roleCollections.contains(collection))
            continue;
        if (inactiveDays && u.lastLogonTime.isValid() && u.lastLogonTime >= cutoff)
            continue;
        chosen.append(&u);
    }
    std::sort(chosen.begin(), chosen.end(), [](const User* a, const User* b) {
        return std::tie(a->origin, a->userName) < std::tie(b->origin, b->userName);
    });
    if (context.json) {
        QJsonArray json;
        for (const User* u : std::as_const(chosen))
            json.append(u->toJson(JsonStyle::Iso));
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    QList<QStringList> rows;
    for (const User* u : std::as_const(chosen))
        rows.append({u->userName, u->origin, u->displayName(), dateText(u->lastLogonTime),
                     u->roleCollections.join(QStringLiteral(", "))});
    writeTable(context.out,
               {Text::tr("USER NAME"), Text::tr("ORIGIN"), Text::tr("NAME"),
                Text::tr("LAST LOGON"), Text::tr("ROLE COLLECTIONS")},
               rows);
    return Success;
}

// ---- show -------------------------------------------------------------------------------------

int show(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("users show");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--origin")}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a USER (id or user name)")))
        return *code;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const User* user = findUser(context, session.users, args.operands.first(), args.value(QStringLiteral("--origin")));
    if (!user)
        return Finding;
    const AccessIndex index = session.index();
    const QList<CollectionGrant> grants = index.grantsOf(*user);
    const QStringList warnings = index.warningsFor(*user);

    if (context.json) {
        QJsonObject o = user->toJson(JsonStyle::Iso);
        QJsonArray collections;
        for (const CollectionGrant& g : grants) {
            collections.append(QJsonObject{{QStringLiteral("Name"), g.roleCollection},
                                           {QStringLiteral("Obtained"), grantHowName(g.how)},
                                           {QStringLiteral("Detail"), g.detail}});
        }
        o.insert(QStringLiteral("RoleCollections"), collections);
        o.insert(QStringLiteral("Warnings"), QJsonArray::fromStringList(warnings));
        context.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }
    QTextStream& out = context.out;
    writeFields(out,
                {{Text::tr("User name"), user->userName},
                 {Text::tr("Origin"), user->origin},
                 {Text::tr("ID"), user->id},
                 {Text::tr("Name"), orDash(user->displayName())},
                 {Text::tr("E-mail"), orDash(user->primaryEmail())},
                 {Text::tr("Active"), yesNo(user->active)},
                 {Text::tr("Verified"), yesNo(user->verified)},
                 {Text::tr("Last logon"), isoOrDash(user->lastLogonTime)},
                 {Text::tr("Created"), isoOrDash(user->created)},
                 {Text::tr("IdP groups"), orDash(user->idpGroups.join(QStringLiteral(", ")))}},
                13);
    out << "\n";
    if (grants.isEmpty()) {
        out << Text::tr("Role collections: none") << "\n";
    } else {
        out << Text::tr("Role collections:") << "\n";
        QList<QStringList> rows;
        for (const CollectionGrant& g : grants)
            rows.append({g.roleCollection, grantHowName(g.how), orDash(g.detail)});
        writeTable(out, {Text::tr("ROLE COLLECTION"), Text::tr("OBTAINED"), Text::tr("DETAIL")}, rows);
    }
    if (!warnings.isEmpty()) {
        out << "\n" << Text::tr("Warnings:") << "\n";
        for (const QString& w : warnings)
            out << "  - " << w << "\n";
    }
    return Success;
}

// ---- create, delete ---------------------------------------------------------------------------

int create(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("users create");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs,
                              {QStringLiteral("--origin"), QStringLiteral("--email"), QStringLiteral("--given-name"),
                               QStringLiteral("--family-name")},
                              {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a USERNAME")))
        return *code;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    access::NewUser request;
    request.userName = args.operands.first();
    if (args.has(QStringLiteral("--origin")))
        request.origin = args.value(QStringLiteral("--origin"));
    request.email = args.value(QStringLiteral("--email"));
    request.givenName = args.value(QStringLiteral("--given-name"));
    request.familyName = args.value(QStringLiteral("--family-name"));
    auto user = access::createUser(request, session.users, session.identityProviders, context.clock.now());
    if (!user)
        return context.fail(user.error());
    return applyAccessChanges(context, session, {Change::created(*user)},
                              context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Create user '%1' (%2)")).arg(user->userName, user->origin));
}

int remove(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("users delete");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--origin")}, {}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("users delete needs at least one USER"));
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    QList<User> doomed;
    bool missing = false;
    for (const QString& name : std::as_const(args.operands)) {
        const User* user = findUser(context, session.users, name, args.value(QStringLiteral("--origin")));
        if (!user)
            missing = true;
        else if (std::none_of(doomed.cbegin(), doomed.cend(), [&](const User& u) { return u.id == user->id; }))
            doomed.append(*user);
    }
    if (missing) {
        context.error(Text::tr("nothing was deleted"));
        return Finding;
    }
    const QString description = doomed.size() == 1 ? context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete user '%1'")).arg(doomed.first().userName)
                                                    : context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete %1 users")).arg(doomed.size());
    return applyAccessChanges(context, session, access::deleteUsers(doomed), description);
}

// ---- export, import-assignments ---------------------------------------------------------------

int exportCsv(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("users export");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--output")}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 0, QString()))
        return *code;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const QByteArray csv = access::exportAssignments(session.index());
    const QString output = args.value(QStringLiteral("--output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        context.out << QString::fromUtf8(csv);
        return Success;
    }
    if (const Status written = writeOutput(output, csv); !written) {
        context.error(written.error().toString());
        return Finding;
    }
    if (context.json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("File"), output},
                                                 {QStringLiteral("Format"), QStringLiteral("csv")}})
                           .toJson();
    return Success;
}

Result<QByteArray> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, Text::tr("cannot open the file: %1").arg(file.errorString()), path);
    QByteArray bytes = file.read(kMaxCsvSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Io, Text::tr("cannot read the file: %1").arg(file.errorString()), path);
    if (bytes.size() > kMaxCsvSize)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("the file is larger than %1 MiB").arg(kMaxCsvSize / (1024 * 1024)), path);
    return bytes;
}

// The line number in a problem's "file:line", 0 when it names none.
qsizetype lineOf(const Error& problem)
{
    bool ok = false;
    const qsizetype line = problem.where.section(QLatin1Char(':'), -1).toLongLong(&ok);
    return ok ? line : 0;
}

int importAssignments(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("users import-assignments");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {QStringLiteral("--dry-run"), QStringLiteral("--apply-valid")},
                              args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a FILE (CSV)")))
        return *code;
    const QString file = args.operands.first();
    const bool dryRun = args.has(QStringLiteral("--dry-run"));
    const bool applyValid = args.has(QStringLiteral("--apply-valid"));
    auto data = readCsv(file);
    if (!data) {
        context.error(data.error().toString());
        return Usage;
    }
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const access::AssignmentPlan plan = access::planAssignmentImport(*data, file, session.users, session.collections);

    const bool problems = !plan.problems.isEmpty();
    const bool apply = !dryRun && plan.hasChanges() && (!problems || applyValid);
    if (apply) {
        const Status applied = session.workspace->apply(plan.changes(), plan.description()).result();
        if (!applied)
            return context.fail(applied.error());
    }

    if (context.json) {
        for (const Error& problem : plan.problems)
            context.error(problem.toString()); // "users.csv:7: no user 'x'"
        QJsonArray items;
        for (const access::AssignmentPlanItem& item : plan.items) {
            items.append(QJsonObject{{QStringLiteral("Line"), double(item.line)},
                                     {QStringLiteral("Outcome"), access::rowOutcomeName(item.outcome)},
                                     {QStringLiteral("User"), item.userName},
                                     {QStringLiteral("UserId"), item.userId},
                                     {QStringLiteral("Origin"), item.origin},
                                     {QStringLiteral("RoleCollection"), item.roleCollection},
                                     {QStringLiteral("Note"), item.note}});
        }
        QJsonArray problemsJson;
        for (const Error& problem : plan.problems) {
            problemsJson.append(QJsonObject{
                {QStringLiteral("Where"), problem.where},
                {QStringLiteral("Line"), double(lineOf(problem))},
                {QStringLiteral("Message"),
                 problem.field.isEmpty() ? problem.message : QString(problem.field + QStringLiteral(": ") + problem.message)}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Items"), items},
                                                 {QStringLiteral("Problems"), problemsJson},
                                                 {QStringLiteral("Summary"), plan.summary()},
                                                 {QStringLiteral("Description"), plan.description()},
                                                 {QStringLiteral("Applied"), apply}})
                           .toJson(QJsonDocument::Indented);
    } else {
        QList<QStringList> rows;
        for (const access::AssignmentPlanItem& item : plan.items) {
            rows.append({QString::number(item.line), access::rowOutcomeName(item.outcome), item.userName,
                         orDash(item.origin), orDash(item.roleCollection), item.note});
        }
        if (!rows.isEmpty()) {
            writeTable(context.out,
                       {Text::tr("LINE"), Text::tr("OUTCOME"), Text::tr("USER"), Text::tr("ORIGIN"),
                        Text::tr("ROLE COLLECTION"), Text::tr("NOTE")},
                       rows);
        }
        for (const Error& problem : plan.problems)
            context.out << Text::tr("problem: %1").arg(problem.toString()) << "\n";
        context.out << plan.summary() << "\n";
        if (apply)
            context.out << Text::tr("Done: %1.").arg(plan.description()) << "\n";
        else if (dryRun)
            context.out << Text::tr("Dry run: nothing was changed.") << "\n";
        else if (problems && plan.hasChanges())
            context.out << Text::tr("Nothing was changed because of the problems above: correct those lines and "
                                    "import again, or add --apply-valid to apply the valid lines only.")
                        << "\n";
        else
            context.out << Text::tr("Nothing to change.") << "\n";
        if (problems) {
            context.error(Text::tr("%1: %2 with problems; %3")
                              .arg(file,
                                   plan.problems.size() == 1 ? QStringLiteral("1 line")
                                                             : QStringLiteral("%1 lines").arg(plan.problems.size()),
                                   apply ? QStringLiteral("the valid lines were applied")
                                         : QStringLiteral("nothing was changed")));
        }
    }
    return problems ? int(Finding) : int(Success);
}

} // namespace

int usersCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("list"))
        return list(context, rest);
    if (verb == QLatin1String("show"))
        return show(context, rest);
    if (verb == QLatin1String("create"))
        return create(context, rest);
    if (verb == QLatin1String("delete"))
        return remove(context, rest);
    if (verb == QLatin1String("export"))
        return exportCsv(context, rest);
    if (verb == QLatin1String("import-assignments"))
        return importAssignments(context, rest);
    return context.usage(
        Text::tr("unknown command 'users %1' (expected: list, show, create, delete, export, import-assignments)")
            .arg(verb));
}

} // namespace gh::cli
