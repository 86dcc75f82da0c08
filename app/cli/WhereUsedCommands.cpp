// `where-used (--certificate NAME | --alias ALIAS | --role APPID/TEMPLATE/ROLE | --destination
// NAME)`: the destinations naming a destination certificate or a system keystore alias, the role
// collections holding a role, or what a destination names and whether it is there
// (app/workspace/WhereUsed). Exit code 1 when the thing asked about is neither in the tenant nor
// named by anything (a destination: not in the tenant); 2 for usage and unusable tenants.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/workspace/WhereUsed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

using whereused::Referent;
using whereused::Use;
using whereused::WhereUsedIndex;

const QString kCertificate = QStringLiteral("--certificate");
const QString kAlias = QStringLiteral("--alias");
const QString kRole = QStringLiteral("--role");
const QString kDestination = QStringLiteral("--destination");

QJsonArray usesJson(const QList<Use>& uses)
{
    QJsonArray out;
    for (const Use& u : uses)
        out.append(QJsonObject{{QStringLiteral("Destination"), u.destination}, {QStringLiteral("Property"), u.property}});
    return out;
}

void printJson(const Context& context, const QJsonObject& object)
{
    context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void printUses(const Context& context, const QList<Use>& uses)
{
    QList<QStringList> rows;
    for (const Use& u : uses)
        rows.append({u.destination, u.property});
    writeTable(context.out, {Text::tr("DESTINATION"), Text::tr("PROPERTY")}, rows);
}

// Certificates and aliases: who names it. `exists`: whether the tenant has it.
int reportUses(const Context& context, const QString& what, const QString& name, bool exists,
               const QList<Use>& uses, QJsonObject json)
{
    if (!exists && uses.isEmpty()) {
        context.error(Text::tr("no %1 '%2', and no destination names it").arg(what, name));
        return Finding;
    }
    if (context.json) {
        json.insert(QStringLiteral("Exists"), exists);
        json.insert(QStringLiteral("UsedBy"), usesJson(uses));
        printJson(context, json);
        return Success;
    }
    if (!exists)
        context.out << Text::tr("Warning: there is no %1 '%2': the destinations below name something that is "
                                "not there.")
                           .arg(what, name)
                    << "\n";
    if (uses.isEmpty()) {
        context.out << Text::tr("No destination uses the %1 '%2'.").arg(what, name) << "\n";
        return Success;
    }
    printUses(context, uses);
    context.out << whereused::usageSentence(uses, what, 8) << "\n";
    return Success;
}

int reportRole(const Context& context, const WhereUsedIndex& index, const QString& key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() < 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || parts.mid(2).join(QLatin1Char('/')).isEmpty())
        return context.usage(Text::tr("--role: '%1' is not a role: expected APPID/TEMPLATE/ROLE (such as "
                                            "it!b18631/AuthGroup_Administrator/AuthGroup_Administrator)")
                                 .arg(key));
    const bool exists = index.hasRole(key);
    const QStringList collections = index.collectionsWithRole(key);
    if (!exists && collections.isEmpty()) {
        context.error(Text::tr("no role '%1', and no role collection holds it").arg(key));
        return Finding;
    }
    if (context.json) {
        printJson(context, {{QStringLiteral("Role"),
                             QJsonObject{{QStringLiteral("roleTemplateAppId"), parts.at(0)},
                                         {QStringLiteral("roleTemplateName"), parts.at(1)},
                                         {QStringLiteral("name"), parts.mid(2).join(QLatin1Char('/'))}}},
                            {QStringLiteral("Exists"), exists},
                            {QStringLiteral("RoleCollections"), QJsonArray::fromStringList(collections)}});
        return Success;
    }
    if (!exists)
        context.out << Text::tr("Warning: there is no role '%1': the role collections below hold something "
                                "that is not there.")
                           .arg(key)
                    << "\n";
    if (collections.isEmpty()) {
        context.out << Text::tr("No role collection holds the role '%1'.").arg(key) << "\n";
        return Success;
    }
    QList<QStringList> rows;
    for (const QString& c : collections)
        rows.append({c});
    writeTable(context.out, {Text::tr("ROLE COLLECTION")}, rows);
    context.out << (collections.size() == 1 ? QStringLiteral("1 role collection holds this role.")
                                            : QStringLiteral("%1 role collections hold this role.").arg(collections.size()))
                << "\n";
    return Success;
}

int reportDestination(const Context& context, const WhereUsedIndex& index, const QString& name)
{
    if (!index.hasDestination(name)) {
        context.error(Text::tr("no destination '%1'").arg(name));
        return Finding;
    }
    const QList<Referent> referents = index.referentsOfDestination(name);
    if (context.json) {
        QJsonArray refs;
        for (const Referent& r : referents)
            refs.append(QJsonObject{{QStringLiteral("Property"), r.property},
                                    {QStringLiteral("Value"), r.value},
                                    {QStringLiteral("Kind"), r.exists ? whereused::targetKindName(r.kind) : QString()},
                                    {QStringLiteral("Name"), r.exists ? QJsonValue(r.name) : QJsonValue()},
                                    {QStringLiteral("Exists"), r.exists}});
        printJson(context, {{QStringLiteral("Destination"), name}, {QStringLiteral("RefersTo"), refs}});
        return Success;
    }
    if (referents.isEmpty()) {
        context.out << Text::tr("The destination '%1' names no certificate or keystore entry.").arg(name) << "\n";
        return Success;
    }
    QList<QStringList> rows;
    int dangling = 0;
    for (const Referent& r : referents) {
        dangling += r.exists ? 0 : 1;
        rows.append({r.property, r.value, r.exists ? whereused::targetKindName(r.kind) : QStringLiteral("-"),
                     r.exists ? r.name : QStringLiteral("-"),
                     r.exists ? Text::tr("ok") : Text::tr("missing")});
    }
    writeTable(context.out,
               {Text::tr("PROPERTY"), Text::tr("VALUE"), Text::tr("KIND"), Text::tr("NAME"),
                Text::tr("STATUS")},
               rows);
    if (dangling > 0)
        context.out << (dangling == 1 ? Text::tr("Warning: 1 reference names nothing in this tenant.")
                                      : Text::tr("Warning: %1 references name nothing in this tenant.")
                                            .arg(numberText(dangling)))
                    << "\n";
    return Success;
}

} // namespace

int whereUsedCommand(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("where-used");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {kCertificate, kAlias, kRole, kDestination}, {}, args))
        return *code;
    if (const auto code = expectOperands(context, command, args, 0, QString()))
        return *code;
    QStringList given;
    for (const QString& option : {kCertificate, kAlias, kRole, kDestination}) {
        if (args.has(option))
            given.append(option);
    }
    if (given.size() != 1)
        return context.usage(Text::tr("where-used needs exactly one of --certificate NAME, --alias ALIAS, "
                                            "--role APPID/TEMPLATE/ROLE, --destination NAME"));
    const QString option = given.first();
    const QString value = args.value(option);
    if (value.trimmed().isEmpty())
        return context.usage(Text::tr("%1 needs a value").arg(option));

    auto tenant = context.openTenant();
    if (!tenant) {
        context.error(tenant.error().toString());
        return Usage;
    }
    LocalTenantClient client(*tenant);
    const Result<WhereUsedIndex> index = whereused::buildWhereUsed(client).result();
    if (!index)
        return context.fail(index.error());

    if (option == kCertificate)
        return reportUses(context, QStringLiteral("destination certificate"), value, index->hasCertificate(value),
                          index->usersOfCertificate(value), {{QStringLiteral("Certificate"), value}});
    if (option == kAlias) {
        const KeystoreEntry* entry = index->systemEntry(value);
        return reportUses(context, QStringLiteral("keystore entry"), value, entry != nullptr, index->usersOfAlias(value),
                          {{QStringLiteral("Alias"), entry ? entry->alias : value},
                           {QStringLiteral("Keystore"), QStringLiteral("system")}});
    }
    if (option == kRole)
        return reportRole(context, *index, value);
    return reportDestination(context, *index, value);
}

} // namespace gh::cli
