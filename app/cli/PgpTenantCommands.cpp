// `pgp list|import|remove|export --tenant T`: the tenant's public and secret PGP keyrings. A
// secret keyring's file goes to the keychain before the step that names it (nothing changes
// when no keychain answers); the tenant file keeps each key's metadata and the public parts.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/KeystoreSession.h"
#include "app/cli/Table.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/PgpActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

namespace pa = pgpactions;

QJsonObject keyJson(const PgpKey& k, const QDateTime& now)
{
    QJsonObject o = k.toJson(JsonStyle::Iso);
    o.remove(QStringLiteral("PublicKey")); // bytes: `pgp export` writes them
    o.insert(QStringLiteral("Key"), k.key());
    o.insert(QStringLiteral("Status"), pgpStatusText(k.status(now)));
    o.insert(QStringLiteral("EffectiveExpiry"), k.effectiveExpiry().isValid() ? QJsonValue(toIsoUtc(k.effectiveExpiry()))
                                                                               : QJsonValue());
    return o;
}

QStringList keyRow(const PgpKey& k, const QDateTime& now)
{
    return {k.keyring, k.keyId, k.userIds.value(0), k.algorithm, dateText(k.created),
            k.effectiveExpiry().isValid() ? dateText(k.effectiveExpiry()) : QStringLiteral("never"),
            pgpStatusText(k.status(now))};
}

QStringList header()
{
    return {Text::tr("KEYRING"), Text::tr("KEY ID"),    Text::tr("USER ID"), Text::tr("ALGORITHM"),
            Text::tr("CREATED"), Text::tr("EXPIRES"), Text::tr("STATUS")};
}

struct Session
{
    std::shared_ptr<LocalTenant> tenant;
    std::unique_ptr<Workspace> workspace;
    QList<PgpKey> keys;
};

int open(const Context& context, Session& s)
{
    if (const int code = openWorkspace(context, s.tenant, s.workspace); code != Success)
        return code;
    auto keys = s.workspace->client().pgpKeys().list().result();
    if (!keys)
        return context.fail(keys.error());
    s.keys = std::move(*keys);
    return Success;
}

int applyStep(const Context& context, Session& s, const QList<Change>& changes, const QString& description,
              bool dryRun)
{
    QJsonArray json;
    QList<QStringList> rows;
    const QDateTime now = context.clock.now();
    for (const Change& c : changes) {
        const QString what = !c.before ? QStringLiteral("add") : !c.after ? QStringLiteral("remove") : QStringLiteral("update");
        const auto key = PgpKey::fromJson(c.after ? *c.after : *c.before);
        if (!key)
            return context.fail(key.error());
        QJsonObject o = keyJson(*key, now);
        o.insert(QStringLiteral("Change"), what);
        json.append(o);
        rows.append(QStringList{what} + keyRow(*key, now));
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

std::optional<pa::Keyring> keyringOf(const Context& context, const Args& args, int& code)
{
    const QString name = args.has(QStringLiteral("--keyring")) ? args.value(QStringLiteral("--keyring")) : QStringLiteral("public");
    if (name == QLatin1String("public"))
        return pa::Keyring::Public;
    if (name == QLatin1String("secret"))
        return pa::Keyring::Secret;
    code = context.usage(Text::tr("--keyring is public or secret, not '%1'").arg(name));
    return std::nullopt;
}

int list(const Context& context, const QStringList& arguments)
{
    Args args;
    if (const auto code = parseArgs(context, QStringLiteral("pgp list"), arguments, {}, {}, args))
        return *code;
    if (const auto code = expectOperands(context, QStringLiteral("pgp list"), args, 0, {}))
        return *code;
    Session s;
    if (const int code = open(context, s); code != Success)
        return code;
    const QDateTime now = context.clock.now();
    if (context.json) {
        QJsonArray array;
        for (const PgpKey& k : std::as_const(s.keys))
            array.append(keyJson(k, now));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    QList<QStringList> rows;
    for (const PgpKey& k : std::as_const(s.keys))
        rows.append(keyRow(k, now));
    writeTable(context.out, header(), rows);
    return Success;
}

int import(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("pgp import");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {QStringLiteral("--keyring")},
                                    {QStringLiteral("--dry-run")}, args))
        return *code;
    if (const auto code = expectOperands(context, command, args, 1, Text::tr("a FILE")))
        return *code;
    int code = Success;
    const auto keyring = keyringOf(context, args, code);
    if (!keyring)
        return code;
    Session s;
    if (const int opened = open(context, s); opened != Success)
        return opened;
    const auto plan = pa::planImportFile(args.operands.at(0), *keyring, s.keys);
    if (!plan)
        return context.fail(plan.error());
    if (!plan->hasChanges()) {
        context.out << Text::tr("Nothing to import: %1.").arg(plan->summary()) << "\n";
        return Success;
    }
    const bool dryRun = args.has(QStringLiteral("--dry-run"));
    if (!dryRun && *keyring == pa::Keyring::Secret) {
        auto store = ks::secretStoreOf(context);
        if (!store) {
            context.error(Text::tr("no system keychain answered (%1); a secret keyring is kept only there, so "
                                         "nothing was changed")
                              .arg(store.error().message));
            return Usage;
        }
        const Status kept =
            waitFor((*store)->write(pa::secretKeyringKey(s.tenant->id(), plan->secretSha256), plan->secretKeyring));
        if (!kept) {
            context.error(Text::tr("the secret keyring could not be kept in the keychain: %1; nothing was changed")
                              .arg(kept.error().toString()));
            return Usage;
        }
    }
    return applyStep(context, s, plan->changes(s.keys), plan->description(), dryRun);
}

int remove(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("pgp remove");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {}, {QStringLiteral("--dry-run")}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("%1 needs a KEY ID or FINGERPRINT").arg(command));
    Session s;
    if (const int code = open(context, s); code != Success)
        return code;
    QStringList also;
    const auto changes = pa::removal(s.keys, args.operands, &also);
    if (!changes)
        return context.fail(changes.error());
    for (const QString& k : std::as_const(also))
        context.error(Text::tr("note: %1 goes too: it came in the same secret keyring file").arg(k));
    return applyStep(context, s, *changes, context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Remove %1 PGP key(s)")).arg(changes->size()),
                     args.has(QStringLiteral("--dry-run")));
}

int exportKeyring(const Context& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("pgp export");
    Args args;
    if (const auto code = parseArgs(context, command, arguments, {QStringLiteral("--keyring"), QStringLiteral("--output")},
                                    {QStringLiteral("--armor")}, args))
        return *code;
    if (const auto code = expectOperands(context, command, args, 0, {}))
        return *code;
    int code = Success;
    const auto keyring = keyringOf(context, args, code);
    if (!keyring)
        return code;
    Session s;
    if (const int opened = open(context, s); opened != Success)
        return opened;
    QByteArray bytes;
    if (*keyring == pa::Keyring::Public) {
        bytes = pa::exportPublic(s.keys, args.has(QStringLiteral("--armor")));
    } else {
        if (args.has(QStringLiteral("--armor")))
            return context.usage(Text::tr("the secret keyring is exported as it was imported; --armor is for the "
                                                "public keyring"));
        const QStringList hashes = pa::secretKeyringHashes(s.keys);
        if (!hashes.isEmpty()) {
            auto store = ks::secretStoreOf(context);
            if (!store) {
                context.error(Text::tr("no system keychain answered (%1); the secret keyring is kept only there")
                                  .arg(store.error().message));
                return Usage;
            }
            for (const QString& sha : hashes) {
                const auto read = waitFor((*store)->read(pa::secretKeyringKey(s.tenant->id(), sha)));
                if (!read)
                    return context.fail(Error::make(read.error().kind,
                                                    Text::tr("the secret keyring file %1 is not in this keychain: %2")
                                                        .arg(sha.left(16), read.error().message)));
                bytes += *read;
            }
        }
    }
    return emitOutput(context, args.value(QStringLiteral("--output")), bytes);
}

} // namespace

int pgpTenantCommand(const Context& context, const QString& verb, const QStringList& args)
{
    if (verb == QLatin1String("list"))
        return list(context, args);
    if (verb == QLatin1String("import"))
        return import(context, args);
    if (verb == QLatin1String("remove"))
        return remove(context, args);
    if (verb == QLatin1String("export"))
        return exportKeyring(context, args);
    return -1;
}

} // namespace gh::cli
