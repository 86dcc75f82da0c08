// `knownhosts list|import|add|remove|export --tenant T`: the tenant's known_hosts, each write one
// journaled Workspace step (undoable in the GUI and by a later step's undo).
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/workspace/KnownHostActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

namespace kh = knownhostactions;

QJsonObject hostJson(const KnownHost& h)
{
    return {{QStringLiteral("Key"), h.key()},
            {QStringLiteral("Marker"), knownhosts::markerText(h.marker)},
            {QStringLiteral("Hosts"), QJsonArray::fromStringList(h.hosts)},
            {QStringLiteral("Hashed"), h.hashed()},
            {QStringLiteral("KeyType"), h.keyType},
            {QStringLiteral("Bits"), h.bits()},
            {QStringLiteral("FingerprintSha256"), h.fingerprintSha256()},
            {QStringLiteral("Comment"), h.comment}};
}

QStringList hostRow(const KnownHost& h)
{
    return {h.hashed() ? QStringLiteral("(hashed)") : h.hosts.join(QLatin1Char(',')), h.keyType,
            QString::number(h.bits()), h.fingerprintSha256(), knownhosts::markerText(h.marker)};
}

// The marker last: most lines have none, and a table's first column should not be blank.
QStringList header()
{
    return {Text::tr("HOSTS"), Text::tr("TYPE"), Text::tr("BITS"), Text::tr("SHA-256"), Text::tr("MARKER")};
}

struct Session
{
    std::shared_ptr<LocalTenant> tenant;
    std::unique_ptr<Workspace> workspace;
    QList<KnownHost> hosts;
};

int open(const Context& context, Session& s)
{
    if (const int code = openWorkspace(context, s.tenant, s.workspace); code != Success)
        return code;
    auto hosts = s.workspace->client().knownHosts().list().result();
    if (!hosts)
        return context.fail(hosts.error());
    s.hosts = std::move(*hosts);
    return Success;
}

int applyStep(const Context& context, Session& s, const QList<Change>& changes, const QString& description,
              bool dryRun)
{
    QJsonArray json;
    QList<QStringList> rows;
    for (const Change& c : changes) {
        const QString what = !c.before ? QStringLiteral("add") : !c.after ? QStringLiteral("remove") : QStringLiteral("update");
        const auto host = KnownHost::fromJson(c.after ? *c.after : *c.before);
        if (!host)
            return context.fail(host.error());
        QJsonObject o = hostJson(*host);
        o.insert(QStringLiteral("Change"), what);
        json.append(o);
        rows.append(QStringList{what} + hostRow(*host));
    }
    if (!dryRun && !changes.isEmpty()) {
        const Status applied = s.workspace->apply(changes, description).result();
        if (!applied)
            return context.fail(applied.error());
    }
    reportStep(context, dryRun ? description + QStringLiteral(" (dry run, nothing changed)") : description, json,
               QStringList{Text::tr("CHANGE")} + header(), rows);
    return Success;
}

int list(const Context& context, const QStringList& arguments)
{
    Args args;
    if (const auto code = parseArgs(context, QStringLiteral("knownhosts list"), arguments, {}, {}, args))
        return *code;
    if (const auto code = expectOperands(context, QStringLiteral("knownhosts list"), args, 0, {}))
        return *code;
    Session s;
    if (const int code = open(context, s); code != Success)
        return code;
    if (context.json) {
        QJsonArray array;
        for (const KnownHost& h : std::as_const(s.hosts))
            array.append(hostJson(h));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    QList<QStringList> rows;
    for (const KnownHost& h : std::as_const(s.hosts))
        rows.append(hostRow(h));
    writeTable(context.out, header(), rows);
    return Success;
}

int import(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("knownhosts import");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {}, {QStringLiteral("--dry-run")}, args))
        return *code;
    if (const auto code = expectOperands(context, command, args, 1, Text::tr("a FILE")))
        return *code;
    Session s;
    if (const int code = open(context, s); code != Success)
        return code;
    const auto plan = kh::planImportFile(args.operands.at(0), s.hosts);
    if (!plan)
        return context.fail(plan.error());
    if (!plan->hasChanges()) {
        context.out << Text::tr("Nothing to import: %1.").arg(plan->summary()) << "\n";
        return Success;
    }
    return applyStep(context, s, plan->changes(s.hosts), plan->description(), args.has(QStringLiteral("--dry-run")));
}

int add(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("knownhosts add");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {}, {}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("%1 needs a LINE (quoted)").arg(command));
    Session s;
    if (const int code = open(context, s); code != Success)
        return code;
    const auto change = kh::addLine(args.operands.join(QLatin1Char(' ')), s.hosts);
    if (!change)
        return context.fail(change.error());
    return applyStep(context, s, {*change}, context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Add known host")), false);
}

int remove(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("knownhosts remove");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {}, {QStringLiteral("--dry-run")}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("%1 needs a HOST or KEY").arg(command));
    Session s;
    if (const int code = open(context, s); code != Success)
        return code;
    const auto changes = kh::removal(s.hosts, args.operands);
    if (!changes)
        return context.fail(changes.error());
    return applyStep(context, s, *changes,
                     context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Remove %1 known host(s)")).arg(changes->size()), args.has(QStringLiteral("--dry-run")));
}

int exportFile(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("knownhosts export");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {QStringLiteral("--output")}, {}, args))
        return *code;
    if (const auto code = expectOperands(context, command, args, 0, {}))
        return *code;
    Session s;
    if (const int code = open(context, s); code != Success)
        return code;
    const QByteArray bytes = kh::exportFile(s.hosts);
    return emitOutput(context, args.value(QStringLiteral("--output")), bytes);
}

} // namespace

// Called by knownHostsCommand for every verb but inspect; -1 for an unknown one.
int knownHostsTenantCommand(const Context& context, const QString& verb, const QStringList& args)
{
    if (verb == QLatin1String("list"))
        return list(context, args);
    if (verb == QLatin1String("import"))
        return import(context, args);
    if (verb == QLatin1String("add"))
        return add(context, args);
    if (verb == QLatin1String("remove"))
        return remove(context, args);
    if (verb == QLatin1String("export"))
        return exportFile(context, args);
    return -1;
}

} // namespace gh::cli
