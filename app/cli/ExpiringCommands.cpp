// `expiring --days N [--all] [--pgp FILE]…`: one list of what expires across the tenant's
// keystore (every certificate of every chain), its destination certificates and the PGP keyrings
// named with --pgp (PGP keys are not kept in tenants), soonest first. Exit code 1 when anything
// expires (or has expired) within N days, for monitoring; 2 for usage errors, an unusable tenant
// or a --pgp file that cannot be read as a keyring.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/crypto/PgpKeyring.h"
#include "app/domain/FileRead.h"
#include "app/workspace/Expiring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

using expiring::ExpiringItem;

QList<expiring::PgpKeyDates> pgpDates(const QList<pgp::Key>& keys)
{
    QList<expiring::PgpKeyDates> out;
    for (const pgp::Key& key : keys) {
        const QString userId = key.userIds.value(0);
        out.append({key.keyId, QString(), userId, key.created, key.expires, key.revoked});
        for (const pgp::Subkey& sub : key.subkeys)
            out.append({key.keyId, sub.keyId, userId, sub.created, sub.expires, sub.revoked || key.revoked});
    }
    return out;
}

QJsonObject itemJson(const ExpiringItem& item, const ExpiryInfo& expiry)
{
    return {{QStringLiteral("Kind"), expiring::kindName(item.kind)},
            {QStringLiteral("Owner"), item.owner},
            {QStringLiteral("Subject"), item.subject},
            {QStringLiteral("NotAfter"),
             item.notAfter.isValid() ? QJsonValue(item.notAfter.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("DaysLeft"), item.notAfter.isValid() ? QJsonValue(expiry.daysLeft) : QJsonValue()},
            {QStringLiteral("Status"), expiryStatusName(expiry.status)}};
}

// What --days says, or -1 after reporting a usage error.
int parseDays(const Context& context, const Args& args)
{
    if (!args.has(QStringLiteral("--days"))) {
        context.usage(Text::tr("expiring needs --days N"));
        return -1;
    }
    const QString text = args.value(QStringLiteral("--days"));
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 0 || text.startsWith(QLatin1Char('+'))) {
        context.usage(Text::tr("--days: '%1' is not a non-negative whole number of days").arg(text));
        return -1;
    }
    return days;
}

} // namespace

int expiringCommand(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("expiring");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {QStringLiteral("--days"), QStringLiteral("--pgp")},
                                    {QStringLiteral("--all")}, args, {QStringLiteral("--pgp")}))
        return *code;
    if (const auto code = expectOperands(context, command, args, 0, QString()))
        return *code;
    const int days = parseDays(context, args);
    if (days < 0)
        return Usage;

    // The keyrings first: a file that cannot be read is a mistake to report before the tenant.
    QList<ExpiringItem> items;
    for (const QString& file : args.values.value(QStringLiteral("--pgp"))) {
        const auto bytes = readFileBounded(file, pgp::MaxInputSize, Text::tr("a PGP keyring"));
        if (!bytes) {
            context.error(bytes.error().toString());
            return Usage;
        }
        const auto keys = pgp::readKeyring(*bytes, file);
        if (!keys) {
            context.error(keys.error().toString());
            return Usage;
        }
        items += expiring::fromPgpKeys(pgpDates(*keys));
    }

    auto tenant = context.openTenant();
    if (!tenant) {
        context.error(tenant.error().toString());
        return Usage;
    }
    LocalTenantClient client(*tenant);
    const auto entries = client.keystore().list().result();
    if (!entries)
        return context.fail(entries.error());
    const auto certificates = client.destinationCertificates().list().result();
    if (!certificates)
        return context.fail(certificates.error());
    items += expiring::fromKeystore(*entries);
    items += expiring::fromDestinationCertificates(*certificates);
    const auto pgpKeys = client.pgpKeys().list().result();
    if (!pgpKeys)
        return context.fail(pgpKeys.error());
    items += expiring::fromTenantPgpKeys(*pgpKeys);
    expiring::sortByNotAfter(items);

    const QDateTime now = context.clock.now();
    const bool all = args.has(QStringLiteral("--all"));
    bool anyDue = false;
    QList<ExpiringItem> shown;
    for (const ExpiringItem& item : std::as_const(items)) {
        const bool due = expiring::dueWithin(item, now, days);
        anyDue = anyDue || due;
        if (due || all)
            shown.append(item);
        if (!item.problem.isEmpty())
            context.error(Text::tr("warning: %1").arg(item.problem));
    }

    if (context.json) {
        QJsonArray json;
        for (const ExpiringItem& item : std::as_const(shown))
            json.append(itemJson(item, item.expiry(now, days)));
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (shown.isEmpty()) {
        context.out << (days == 1 ? Text::tr("Nothing expires within 1 day.")
                                  : Text::tr("Nothing expires within %1 days.").arg(numberText(days)))
                    << "\n";
    } else {
        QList<QStringList> rows;
        for (const ExpiringItem& item : std::as_const(shown)) {
            const ExpiryInfo expiry = item.expiry(now, days);
            QString what = item.subject;
            if (item.kind != expiring::SourceKind::PgpKey && item.count > 1)
                what += QStringLiteral(" (chain %1/%2)").arg(item.position + 1).arg(item.count);
            rows.append({expiring::kindName(item.kind), item.owner, what, dateText(item.notAfter),
                         item.notAfter.isValid() ? numberText(expiry.daysLeft) : QStringLiteral("-"),
                         statusText(expiry.status)});
        }
        writeTable(context.out,
                   {Text::tr("KIND"), Text::tr("OWNER"), Text::tr("SUBJECT"),
                    Text::tr("NOT AFTER"), Text::tr("DAYS LEFT"), Text::tr("STATUS")},
                   rows);
    }
    return anyDue ? int(Finding) : int(Success);
}

} // namespace gh::cli
