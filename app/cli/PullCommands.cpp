// `pull --tenant PROFILE`: the remote tenant of a profile copied into its replica file, which
// every other command then reads with --tenant PROFILE (`status` is in PushCommands.cpp).

#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/Pull.h"

#include <QDir>
#include <QFileInfo>

namespace gh::cli {

namespace {

QJsonObject countsJson(const PullCounts& c)
{
    return QJsonObject{{QStringLiteral("Pulled"), c.pulled},
                       {QStringLiteral("Added"), c.added},
                       {QStringLiteral("Updated"), c.updated},
                       {QStringLiteral("Removed"), c.removed},
                       {QStringLiteral("Kept"), c.kept},
                       {QStringLiteral("Conflicts"), c.conflicts}};
}

} // namespace

std::shared_ptr<remote::RemoteTenantClient> profileClient(
    const Context& context, const QString& name, int& exitCode,
    std::function<std::shared_ptr<const crypto::SecretBuffer>(EntityKind, const QString&)> credentialSecrets)
{
    Result<SecretStore*> store = context.secretStore ? context.secretStore()
                                                     : Result<SecretStore*>(Error::make(Error::Kind::Io, Text::tr("no secret store")));
    if (!store) {
        context.error(Text::tr("the profile's client secrets are in the system keychain, and none answered: %1")
                          .arg(store.error().toString()));
        exitCode = Usage;
        return nullptr;
    }
    remote::ProfileStore profiles(*context.settings, **store);
    remote::RemoteOptions options;
    options.credentialSecrets = std::move(credentialSecrets);
    auto client = waitFor(remote::RemoteTenantClient::fromProfile(profiles, name, context.clock, std::move(options)));
    if (!client) {
        exitCode = context.fail(client.error());
        return nullptr;
    }
    return *client;
}

int pullCommand(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("pull"), rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, QStringLiteral("pull"), args, 0, QString()))
        return *code;
    const QString name = context.tenantPath;
    if (name.isEmpty())
        return context.usage(Text::tr("pull needs --tenant PROFILE (see 'gatehouse-cli profile list')"));
    if (!context.settings || !remote::ProfileSettings(*context.settings).contains(name))
        return context.usage(Text::tr("no profile named '%1' (add one with 'gatehouse-cli profile add')").arg(name));

    int failed = 0;
    const std::shared_ptr<remote::RemoteTenantClient> client = profileClient(context, name, failed);
    if (!client)
        return failed;

    const QString path = replicaPath(name);
    auto replica = openOrCreateReplica(path, name);
    if (!replica)
        return context.fail(replica.error());

    PullOptions options;
    options.profile = name;
    const bool json = context.json;
    // Progress goes to stderr with --json, so that stdout stays one JSON document.
    QTextStream& progress = json ? context.err : context.out;
    options.progress = [&progress](EntityKind kind, qint64 count) {
        progress << "  " << entityKindName(kind) << ": " << count << "\n";
        progress.flush();
    };
    if (!json)
        context.out << Text::tr("Pulling profile %1 into %2").arg(name, QDir::toNativeSeparators(path)) << "\n";
    const Result<PullSummary> pulled = waitFor(pullTenant(*client, *replica, context.clock, options));
    if (!pulled) {
        context.error(Text::tr("pull failed, the replica is unchanged: %1").arg(pulled.error().toString()));
        return pulled.error().kind == Error::Kind::Io ? int(Usage) : int(Finding);
    }
    if (json) {
        QJsonObject counts;
        for (const auto& [kind, c] : pulled->counts)
            counts.insert(entityKindName(kind), countsJson(c));
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Profile"), name},
                                                 {QStringLiteral("Replica"), path},
                                                 {QStringLiteral("Counts"), counts}})
                           .toJson(QJsonDocument::Indented);
        return Success;
    }
    QList<QStringList> rows;
    for (const auto& [kind, c] : pulled->counts)
        rows.append({entityKindName(kind), numberText(c.pulled), numberText(c.added),
                     numberText(c.updated), numberText(c.removed)});
    writeTable(context.out, {Text::tr("RESOURCE"), Text::tr("PULLED"), Text::tr("ADDED"),
                             Text::tr("UPDATED"), Text::tr("REMOVED")},
               rows);
    qint64 kept = 0, conflicts = 0;
    for (const auto& [kind, c] : pulled->counts) {
        kept += c.kept;
        conflicts += c.conflicts;
    }
    if (kept > 0)
        context.out << Text::tr("Kept %1 entities with pending changes; %2 changed on the remote meanwhile "
                                "(conflicts: see 'gatehouse-cli status').")
                           .arg(numberText(kept), numberText(conflicts))
                    << "\n";
    context.out << Text::tr("Done: profile %1 pulled.").arg(name) << "\n";
    return Success;
}

} // namespace gh::cli
