// `identity-providers list`: the subaccount's trust configurations with what depends on each
// (its users, and the role collections that map its groups or attributes).
#include "app/cli/AccessSession.h"
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

int list(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("identity-providers list");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 0, QString()))
        return *code;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const QHash<QString, IdentityProviderUsage> usage = session.index().usageByIdentityProvider();
    QJsonArray json;
    QList<QStringList> rows;
    for (const IdentityProvider& idp : std::as_const(session.identityProviders)) {
        const IdentityProviderUsage u = usage.value(idp.originKey);
        QJsonObject o = idp.toJson(JsonStyle::Iso);
        o.insert(QStringLiteral("Users"), double(u.users));
        o.insert(QStringLiteral("InactiveUsers"), double(u.inactiveUsers));
        QJsonArray mappings;
        QStringList groups;
        for (const auto& [collection, m] : u.mappings) {
            mappings.append(QJsonObject{{QStringLiteral("RoleCollection"), collection},
                                        {QStringLiteral("Attribute"), m.attributeName},
                                        {QStringLiteral("Operator"), m.comparisonOperator},
                                        {QStringLiteral("Value"), m.attributeValue}});
            groups.append(m.isGroupMapping() ? QString(m.attributeValue + QStringLiteral(" → ") + collection)
                                             : QString(m.attributeName + QLatin1Char('=') + m.attributeValue +
                                                       QStringLiteral(" → ") + collection));
        }
        o.insert(QStringLiteral("Mappings"), mappings);
        json.append(o);
        rows.append({idp.originKey, idp.name, idp.type, idp.status, numberText(u.users),
                     groups.isEmpty() ? QStringLiteral("-") : groups.join(QStringLiteral(", "))});
    }
    if (context.json) {
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    writeTable(context.out,
               {Text::tr("ORIGIN"), Text::tr("NAME"), Text::tr("TYPE"), Text::tr("STATUS"),
                Text::tr("USERS"), Text::tr("MAPPINGS")},
               rows);
    return Success;
}

} // namespace

int identityProvidersCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("list"))
        return list(context, args.mid(1));
    return context.usage(
        Text::tr("unknown command 'identity-providers %1' (expected: list)").arg(verb));
}

} // namespace gh::cli
