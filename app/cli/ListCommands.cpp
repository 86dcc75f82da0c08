// `RESOURCE list` for role-collections, destinations and keystore (users list filters: see
// UsersCommands), and the helpers the
// other commands share with it.
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/domain/DnText.h"
#include "app/domain/Expiry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

QString join(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

} // namespace

QString commonNameOf(const QString& dn)
{
    return dnCommonName(dn);
}

QJsonObject keystoreEntryJson(const KeystoreEntry& e, const QDateTime& now, int expiringWithinDays)
{
    QJsonObject o = e.toJson(JsonStyle::Iso);
    o.remove(QStringLiteral("Chain"));
    const ExpiryInfo expiry = expiryOf(e.validNotBefore, e.validNotAfter, now, expiringWithinDays);
    o.insert(QStringLiteral("DaysLeft"), static_cast<double>(expiry.daysLeft));
    o.insert(QStringLiteral("ExpiryStatus"), expiryStatusName(expiry.status));
    return o;
}

int openWorkspace(const Context& context, std::shared_ptr<LocalTenant>& tenant,
                  std::unique_ptr<Workspace>& workspace)
{
    auto opened = context.openTenant();
    if (!opened) {
        context.error(opened.error().toString());
        return Usage;
    }
    tenant = *opened;
    workspace = std::make_unique<Workspace>(tenant, context.clock);
    return Success;
}

void reportStep(const Context& context, const QString& description, const QJsonArray& changes,
                const QStringList& header, const QList<QStringList>& rows)
{
    if (context.json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Description"), description},
                                                 {QStringLiteral("Changes"), changes}})
                           .toJson(QJsonDocument::Indented);
        return;
    }
    writeTable(context.out, header, rows);
    context.out << Text::tr("Done: %1.").arg(description) << "\n";
}

int listResource(const Context& context, const QString& resource)
{
    Result<std::shared_ptr<LocalTenant>> tenant = context.openTenant();
    if (!tenant) {
        context.error(tenant.error().toString());
        return Usage;
    }
    LocalTenantClient client(*tenant);
    QJsonArray json;
    QStringList header;
    QList<QStringList> rows;
    const auto fail = [&](const Error& e) { return context.fail(e); };

    if (resource == QLatin1String("role-collections")) {
        auto collections = client.roleCollections().list().result();
        if (!collections)
            return fail(collections.error());
        header = {Text::tr("NAME"), Text::tr("READ-ONLY"), Text::tr("ROLES"),
                  Text::tr("USERS"), Text::tr("GROUP MAPPINGS")};
        for (const RoleCollection& rc : *collections) {
            json.append(rc.toJson(JsonStyle::Iso));
            QStringList groups;
            for (const AttributeMapping& m : rc.groupReferences())
                groups.append(m.idpId + QLatin1Char(':') + m.attributeValue);
            rows.append({rc.name, rc.isReadOnly ? QStringLiteral("yes") : QStringLiteral("no"),
                         numberText(rc.roleReferences.size()), numberText(rc.userReferences.size()),
                         join(groups)});
        }
    } else if (resource == QLatin1String("destinations")) {
        auto destinations = client.destinations().list().result();
        if (!destinations)
            return fail(destinations.error());
        header = {Text::tr("NAME"), Text::tr("TYPE"), Text::tr("PROXY"),
                  Text::tr("AUTHENTICATION"), Text::tr("SECRETS"), Text::tr("URL")};
        for (const Destination& d : *destinations) {
            json.append(d.toJson());
            QString secrets = QStringLiteral("-");
            if (d.hasMissingSecret())
                secrets = QStringLiteral("missing: ") + join(d.secretsMissing());
            else if (!d.secretsSet().isEmpty())
                secrets = QStringLiteral("set");
            const QString auth = d.authentication();
            rows.append({d.name(), d.type(), d.proxyType(), auth.isEmpty() ? QStringLiteral("-") : auth, secrets,
                         d.url().isEmpty() ? QStringLiteral("-") : d.url()});
        }
    } else {
        auto entries = client.keystore().list().result();
        if (!entries)
            return fail(entries.error());
        // KEYSTORE: a renewal puts entries of the same alias in KeyRenewal and KeyHistory.
        header = {Text::tr("ALIAS"), Text::tr("KEYSTORE"), Text::tr("TYPE"), Text::tr("OWNER"),
                  Text::tr("SUBJECT CN"),
                  Text::tr("VALID UNTIL"), Text::tr("DAYS LEFT"), Text::tr("STATUS")};
        const QDateTime now = context.clock.now();
        for (const KeystoreEntry& e : *entries) {
            const ExpiryInfo expiry = expiryOf(e.validNotBefore, e.validNotAfter, now);
            json.append(keystoreEntryJson(e, now));
            rows.append({e.alias, e.keystore, e.type, e.owner, commonNameOf(e.subjectDN), dateText(e.validNotAfter),
                         numberText(expiry.daysLeft), statusText(expiry.status)});
        }
    }
    if (context.json)
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        writeTable(context.out, header, rows);
    return Success;
}

} // namespace gh::cli
