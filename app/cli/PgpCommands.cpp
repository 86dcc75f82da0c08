// `pgp inspect FILE [--expect public|secret]`: the keys of a PGP keyring file (armored or binary,
// public or secret) with the status Cloud Integration's PGP monitor shows, no tenant needed.
// GnuPG reads the file in a throwaway home (see PgpKeyring.h). A file that is not a whole keyring
// of the expected kind gives exit code 1; an unreadable one, or no GnuPG, exit code 2.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/crypto/PgpKeyring.h"
#include "app/domain/FileRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

QJsonValue isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

// Exactly the fields issue 7 names for --json (the table also shows the status and flags).
QJsonObject keyJson(const pgp::Key& key)
{
    return {{QStringLiteral("KeyId"), key.keyId},
            {QStringLiteral("Fingerprint"), key.fingerprint},
            {QStringLiteral("UserIds"), QJsonArray::fromStringList(key.userIds)},
            {QStringLiteral("Algorithm"), key.algorithm},
            {QStringLiteral("Created"), isoUtc(key.created)},
            {QStringLiteral("Expires"), isoUtc(key.effectiveExpiry())}};
}

QString flagsText(const pgp::Key& key)
{
    QStringList flags;
    if (key.secret)
        flags.append(QStringLiteral("secret"));
    if (key.revoked)
        flags.append(QStringLiteral("revoked"));
    if (key.disabled)
        flags.append(QStringLiteral("disabled"));
    return flags.join(QLatin1Char(','));
}

int inspect(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("pgp inspect");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {QStringLiteral("--expect")}, {}, args))
        return *code;
    if (const auto code = expectOperands(context, command, args, 1, Text::tr("a FILE")))
        return *code;
    pgp::Expect expect = pgp::Expect::Any;
    if (args.has(QStringLiteral("--expect"))) {
        const QString kind = args.value(QStringLiteral("--expect"));
        if (kind == QLatin1String("public"))
            expect = pgp::Expect::Public;
        else if (kind == QLatin1String("secret"))
            expect = pgp::Expect::Secret;
        else
            return context.usage(Text::tr("--expect takes public or secret, not '%1'").arg(kind));
    }
    const QString file = args.operands.at(0);

    // An unreadable or oversized file is no keyring at all: a usage error, like knownhosts.
    const auto bytes = readFileBounded(file, pgp::MaxInputSize, Text::tr("a PGP keyring"));
    if (!bytes) {
        context.error(bytes.error().toString());
        return Usage;
    }
    const auto keys = pgp::readKeyring(*bytes, file, expect);
    if (!keys) {
        context.error(keys.error().toString());
        // A file GnuPG read and found wanting is a finding; a GnuPG that could not be run says
        // nothing about the file.
        return keys.error().kind == Error::Kind::Validation ? int(Finding) : int(Usage);
    }

    const QDateTime now = context.clock.now();
    if (context.json) {
        QJsonArray array;
        for (const pgp::Key& key : *keys)
            array.append(keyJson(key));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QList<QStringList> rows;
        const auto date = [](const QDateTime& t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
        };
        for (const pgp::Key& key : *keys)
            rows.append({key.keyId, key.userIds.join(QStringLiteral("; ")), key.algorithm, date(key.created),
                         date(key.effectiveExpiry()), pgp::statusText(key.status(now)), flagsText(key),
                         key.fingerprint});
        writeTable(context.out,
                   {Text::tr("KEY ID"), Text::tr("USER IDS"), Text::tr("ALGORITHM"),
                    Text::tr("CREATED"), Text::tr("EXPIRES"), Text::tr("STATUS"),
                    Text::tr("FLAGS"), Text::tr("FINGERPRINT")},
                   rows);
    }
    return Success;
}

} // namespace

int pgpCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("inspect"))
        return inspect(context, args.mid(1));
    if (const int code = pgpTenantCommand(context, verb, args.mid(1)); code >= 0)
        return code;
    return context.usage(
        Text::tr("unknown command 'pgp %1' (expected: pgp inspect|list|import|remove|export)").arg(verb));
}

} // namespace gh::cli
