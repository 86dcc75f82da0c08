// `push --tenant PROFILE [--dry-run]`: the replica's pending changes sent to the profile's remote
// tenant; `resolve --keep-mine|--take-theirs RESOURCE KEY`: one push conflict ended;
// `status --tenant PROFILE|FILE`: a tenant's last pull, pending changes (per resource) and push
// conflicts.

#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/cli/KeystoreSession.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/CredentialSecrets.h"
#include "app/workspace/Pull.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/Push.h"

#include <QDir>
#include <QFileInfo>

#include <map>

namespace gh::cli {

namespace {

QString keyText(const QString& key)
{
    return QString(key).replace(QLatin1Char('\n'), QLatin1String(" → "));
}

QJsonObject itemJson(const PushItem& i)
{
    QJsonObject o{{QStringLiteral("Seq"), i.seq},
                  {QStringLiteral("Resource"), entityKindName(i.kind)},
                  {QStringLiteral("Key"), i.key},
                  {QStringLiteral("Action"), pushActionName(i.action)},
                  {QStringLiteral("Outcome"), pushOutcomeName(i.outcome)}};
    if (!i.message.isEmpty())
        o.insert(QStringLiteral("Message"), i.message);
    return o;
}

// Which properties of a conflict differ between the replica and the remote, in words.
QString conflictFields(const Conflict& c)
{
    if (!c.theirs)
        return QStringLiteral("(deleted on the remote)");
    if (!c.mine)
        return QStringLiteral("(deleted here)");
    return differingFields(c.mine, c.theirs).join(QStringLiteral(", "));
}

} // namespace

int pushCommand(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("push"), rawArgs, {}, {QStringLiteral("--dry-run")}, args))
        return *code;
    if (auto code = expectOperands(context, QStringLiteral("push"), args, 0, QString()))
        return *code;
    const bool dryRun = args.has(QStringLiteral("--dry-run"));
    const QString name = context.tenantPath;
    if (name.isEmpty())
        return context.usage(Text::tr("push needs --tenant PROFILE (see 'gatehouse-cli profile list')"));
    if (!context.settings || !remote::ProfileSettings(*context.settings).contains(name))
        return context.usage(Text::tr("no profile named '%1' (add one with 'gatehouse-cli profile add')").arg(name));
    const QString path = replicaPath(name);
    if (!QFileInfo::exists(path)) {
        context.error(Text::tr("profile '%1' has no local replica yet; run 'gatehouse-cli pull --tenant %1' first").arg(name));
        return Usage;
    }
    auto replica = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
    if (!replica)
        return context.fail(replica.error());

    // The secrets of credentials created or changed offline wait in the keychain; the remote
    // client asks for them as it writes.
    auto pendingSecrets = std::make_shared<PendingCredentialSecrets>();
    std::optional<CredentialSecrets> credentialSecrets;
    if (auto store = context.secretStore ? context.secretStore() : Result<SecretStore*>(nullptr); store && *store) {
        credentialSecrets.emplace(**store, (*replica)->id());
        if (const Status loaded = waitFor(credentialSecrets->loadPending(*replica, pendingSecrets)); !loaded) {
            context.error(Text::tr("the secrets of the credentials to push could not be read from the keychain: %1")
                              .arg(loaded.error().toString()));
            return Usage;
        }
    }
    int failed = 0;
    const std::shared_ptr<remote::RemoteTenantClient> client =
        profileClient(context, name, failed, PendingCredentialSecrets::source(pendingSecrets));
    if (!client)
        return failed;

    const bool json = context.json;
    PushOptions options;
    options.dryRun = dryRun;
    // Progress goes to stderr with --json, so that stdout stays one JSON document.
    QTextStream& progress = json ? context.err : context.out;
    options.progress = [&progress](const PushItem& i) {
        progress << "  " << pushOutcomeName(i.outcome) << ": " << pushActionName(i.action) << ' ' << entityKindName(i.kind)
                 << ' ' << keyText(i.key) << "\n";
        progress.flush();
    };
    // Key pairs made here go with their private key from the key vault, asked only when one goes.
    options.privateKeyOf = [&context, tenantId = (*replica)->id()](const KeystoreEntry& entry) {
        using Key = Result<std::shared_ptr<const crypto::PrivateKey>>;
        const Result<SecretStore*> store = ks::secretStoreOf(context);
        return store ? KeyVault(**store, tenantId).keyOf(entry) : QtFuture::makeReadyFuture(Key(store.error()));
    };
    if (!json)
        context.out << (dryRun ? "Checking (dry run, nothing is sent) " : "Pushing ") << QDir::toNativeSeparators(path)
                    << " to profile " << name << "\n";
    options.refuse = PendingCredentialSecrets::refuseMissing(pendingSecrets);
    const Result<PushSummary> pushed = waitFor(pushJournal(*client, *replica, context.clock, options));
    if (pushed && !dryRun && credentialSecrets) {
        // The tenant holds what it accepted: those secrets leave the keychain.
        if (const Status forgotten = waitFor(credentialSecrets->forgetPushed(*pushed, *pendingSecrets)); !forgotten)
            context.error(Text::tr("warning: a pushed secret stays in the keychain: %1").arg(forgotten.error().toString()));
    }
    pendingSecrets->clear();
    if (!pushed)
        return context.fail(pushed.error());

    const qsizetype conflicts = pushed->count(PushItem::Outcome::Conflict);
    if (json) {
        QJsonArray items;
        for (const PushItem& i : pushed->items)
            items.append(itemJson(i));
        QJsonObject out{{QStringLiteral("Profile"), name},
                        {QStringLiteral("Replica"), path},
                        {QStringLiteral("DryRun"), dryRun},
                        {QStringLiteral("Items"), items},
                        {QStringLiteral("Conflicts"), conflicts},
                        {QStringLiteral("Complete"), pushed->complete()}};
        if (pushed->stoppedBy)
            out.insert(QStringLiteral("StoppedBy"), pushed->stoppedBy->toString());
        context.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        QList<QStringList> rows;
        for (const PushItem& i : pushed->items)
            rows.append({QString::number(i.seq), entityKindName(i.kind), keyText(i.key), pushActionName(i.action),
                         pushOutcomeName(i.outcome), i.message});
        if (!rows.isEmpty())
            writeTable(context.out, {Text::tr("SEQ"), Text::tr("RESOURCE"), Text::tr("KEY"), Text::tr("ACTION"),
                                     Text::tr("OUTCOME"), Text::tr("MESSAGE")},
                       rows);
        if (pushed->items.isEmpty())
            context.out << Text::tr("Nothing to push.") << "\n";
        else if (dryRun)
            context.out << Text::tr("Dry run: %1 change(s) would be sent, %2 conflict(s); nothing was changed.")
                               .arg(numberText(pushed->count(PushItem::Outcome::WouldSend)), numberText(conflicts))
                        << "\n";
        else
            context.out << Text::tr("Pushed %1 of %2 change(s), %3 conflict(s).")
                               .arg(numberText(pushed->count(PushItem::Outcome::Sent) +
                                               pushed->count(PushItem::Outcome::AlreadyDone)),
                                    numberText(pushed->items.size()), numberText(conflicts))
                        << "\n";
        if (conflicts > 0 && !dryRun)
            context.out << Text::tr("See 'gatehouse-cli status --tenant %1' for the conflicts.").arg(name) << "\n";
    }
    if (pushed->stoppedBy) {
        context.error(Text::tr("the push stopped; what was pushed before is recorded: %1").arg(pushed->stoppedBy->toString()));
        return Usage;
    }
    return pushed->complete() ? int(Success) : int(Finding);
}

int resolveCommand(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("resolve"), rawArgs, {},
                              {QStringLiteral("--keep-mine"), QStringLiteral("--take-theirs")}, args))
        return *code;
    if (auto code = expectOperands(context, QStringLiteral("resolve"), args, 2, Text::tr("RESOURCE KEY")))
        return *code;
    const bool keepMine = args.has(QStringLiteral("--keep-mine"));
    if (keepMine == args.has(QStringLiteral("--take-theirs")))
        return context.usage(Text::tr("resolve needs exactly one of --keep-mine and --take-theirs"));
    const auto kind = entityKindFromName(args.operands.at(0));
    if (!kind)
        return context.usage(Text::tr("unknown resource '%1' (as 'status' names them, e.g. %2)")
                                 .arg(args.operands.at(0), entityKindName(EntityKind::RoleCollection)));
    std::shared_ptr<LocalTenant> tenant;
    std::unique_ptr<Workspace> workspace;
    if (const int code = openWorkspace(context, tenant, workspace); code != Success)
        return code;
    const QString key = args.operands.at(1);
    const Status resolved = waitFor(resolveConflict(*workspace, *kind, key, keepMine ? Resolution::KeepMine : Resolution::TakeTheirs));
    if (!resolved)
        return context.fail(resolved.error());
    context.out << (keepMine ? Text::tr("Resolved %1 '%2': its pending changes are sent over the remote's at the "
                                        "next push.")
                             : Text::tr("Resolved %1 '%2': its pending changes are discarded, the replica has the "
                                        "remote's."))
                       .arg(entityKindLabel(*kind), keyText(key))
                << "\n";
    return Success;
}

int statusCommand(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("status"), rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, QStringLiteral("status"), args, 0, QString()))
        return *code;
    auto tenant = context.openTenant();
    if (!tenant)
        return context.fail(tenant.error());
    struct Status
    {
        QString lastPull;
        QString replicaOf;
        qint64 pending = 0;
        std::map<EntityKind, qint64> pendingByKind;
        QList<Conflict> conflicts;
    };
    const Result<Status> status = (*tenant)
                                      ->run([](TenantStore& store) -> Result<Status> {
                                          auto pending = store.journal(JournalEntry::State::Pending);
                                          if (!pending)
                                              return pending.error();
                                          auto conflicts = store.conflicts();
                                          if (!conflicts)
                                              return conflicts.error();
                                          Status s{store.meta(QStringLiteral("lastPull")),
                                                   store.meta(QStringLiteral("replicaOf")), pending->size(), {},
                                                   *conflicts};
                                          for (const JournalEntry& e : *pending)
                                              ++s.pendingByKind[e.kind];
                                          return s;
                                      })
                                      .result();
    if (!status)
        return context.fail(status.error());
    const int code = status->conflicts.isEmpty() ? int(Success) : int(Finding);
    if (context.json) {
        QJsonObject byKind;
        for (const auto& [kind, n] : status->pendingByKind)
            byKind.insert(entityKindName(kind), n);
        QJsonArray conflicts;
        for (const Conflict& c : status->conflicts) {
            QJsonArray fields;
            for (const QString& f : differingFields(c.mine, c.theirs))
                fields.append(f);
            conflicts.append(QJsonObject{{QStringLiteral("Resource"), entityKindName(c.kind)},
                                         {QStringLiteral("Key"), c.key},
                                         {QStringLiteral("Fields"), fields},
                                         {QStringLiteral("DeletedOnRemote"), !c.theirs.has_value()},
                                         {QStringLiteral("DeletedHere"), !c.mine.has_value()},
                                         {QStringLiteral("DetectedAt"), toIsoUtc(c.detectedAt)}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Tenant"), (*tenant)->path()},
                                                 {QStringLiteral("ReplicaOf"), status->replicaOf},
                                                 {QStringLiteral("LastPull"), status->lastPull},
                                                 {QStringLiteral("PendingChanges"), status->pending},
                                                 {QStringLiteral("PendingByResource"), byKind},
                                                 {QStringLiteral("Conflicts"), conflicts}})
                           .toJson(QJsonDocument::Indented);
        return code;
    }
    // The per-resource counts come between the pending changes and the conflicts: two blocks
    // aligned as one.
    const QList<Field> head{
        {Text::tr("Tenant"), QDir::toNativeSeparators((*tenant)->path())},
        {Text::tr("Replica of"), status->replicaOf.isEmpty() ? Text::tr("- (not a replica)") : status->replicaOf},
        {Text::tr("Last pull"), status->lastPull.isEmpty() ? Text::tr("never") : status->lastPull},
        {Text::tr("Pending changes"), numberText(status->pending)}};
    const QList<Field> tail{{Text::tr("Conflicts"), numberText(status->conflicts.size())}};
    qsizetype width = 17;
    for (const QList<Field>* block : {&head, &tail})
        for (const Field& f : *block)
            width = std::max(width, f.first.size() + 2);
    writeFields(context.out, head, width);
    for (const auto& [kind, n] : status->pendingByKind)
        context.out << "  " << entityKindName(kind) << ": " << numberText(n) << "\n";
    writeFields(context.out, tail, width);
    if (!status->conflicts.isEmpty()) {
        QList<QStringList> rows;
        for (const Conflict& c : status->conflicts)
            rows.append({entityKindName(c.kind), keyText(c.key), conflictFields(c), toIsoUtc(c.detectedAt)});
        writeTable(context.out, {Text::tr("RESOURCE"), Text::tr("KEY"), Text::tr("DIFFERS IN"), Text::tr("DETECTED")},
                   rows);
        context.out << Text::tr("The remote changed these since the pull; their pending changes were not pushed.")
                    << "\n";
    }
    return code;
}

} // namespace gh::cli
