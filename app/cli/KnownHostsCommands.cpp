// `knownhosts inspect FILE`: the entries of an OpenSSH known_hosts file with their fingerprints
// as `ssh-keygen -l` prints them, no tenant needed. Bad lines are listed (file:line: problem)
// and give exit code 1, but the good entries are still printed, so that one broken line does
// not hide what the rest of the file trusts.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/domain/FileRead.h"
#include "app/domain/KnownHosts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

// Exactly the fields issue 7 names for --json (the table also shows the line and the bits).
QJsonObject entryJson(const knownhosts::Entry& entry)
{
    return {{QStringLiteral("Marker"), knownhosts::markerText(entry.marker)},
            {QStringLiteral("Hosts"), QJsonArray::fromStringList(entry.hosts)},
            {QStringLiteral("KeyType"), entry.keyType},
            {QStringLiteral("FingerprintSha256"), entry.fingerprintSha256()}};
}

int inspect(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("knownhosts inspect");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {}, {}, args))
        return *code;
    if (const auto code = expectOperands(context, command, args, 1, Text::tr("a FILE")))
        return *code;
    const QString file = args.operands.at(0);

    // An unreadable or oversized file is no known_hosts at all: a usage error, unlike bad lines.
    const auto bytes = readFileBounded(file, knownhosts::MaxInputSize, Text::tr("a known_hosts file"));
    if (!bytes) {
        context.error(bytes.error().toString());
        return Usage;
    }
    const auto parsed = knownhosts::parse(*bytes, file);
    if (!parsed) {
        context.error(parsed.error().toString());
        return Usage;
    }

    if (context.json) {
        QJsonArray array;
        for (const knownhosts::Entry& entry : parsed->entries)
            array.append(entryJson(entry));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (!parsed->entries.isEmpty()) {
        QList<QStringList> rows;
        for (const knownhosts::Entry& entry : parsed->entries)
            rows.append({QString::number(entry.line), knownhosts::markerText(entry.marker),
                         entry.hosts.join(QLatin1Char(',')), entry.keyType, QString::number(entry.bits()),
                         entry.fingerprintSha256()});
        writeTable(context.out,
                   {Text::tr("LINE"), Text::tr("MARKER"), Text::tr("HOSTS"), Text::tr("TYPE"),
                    Text::tr("BITS"), Text::tr("SHA-256")},
                   rows);
    }
    context.out.flush(); // the entries before the problems, when both go to one terminal
    for (const Error& problem : parsed->problems)
        context.error(problem.toString()); // "file:line: problem"
    return parsed->problems.isEmpty() ? int(Success) : int(Finding);
}

} // namespace

int knownHostsCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("inspect"))
        return inspect(context, args.mid(1));
    if (const int code = knownHostsTenantCommand(context, verb, args.mid(1)); code >= 0)
        return code;
    return context.usage(Text::tr("unknown command 'knownhosts %1' (expected: knownhosts "
                                        "inspect|list|import|add|remove|export)")
                             .arg(verb));
}

} // namespace gh::cli
