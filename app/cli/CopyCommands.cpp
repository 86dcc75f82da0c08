// `copy A B ITEM... [--secret NAME/KEY]... [--dry-run]`: destinations, role collections,
// destination certificates, keystore entries, known hosts and PGP keys of tenant A planned into
// tenant B's workspace as one journaled step (pending there, undoable). A key pair's private key,
// a secret PGP keyring and a destination keystore's file go from A's keychain items to B's
// (copying::carryMaterial), never through a file; when this machine does not hold them, nothing is
// copied.
// The secrets A has set travel through the keychain: A's value under SecretStore::destinationKey
// goes to B's, a value given with --secret (standard input) wins, and B keeps its own when it has
// the secret set; otherwise the copy is refused naming the secret. Exit codes: 0 copied (or
// nothing to copy), 1 an item cannot be copied or a secret has no value, 2 usage or an unusable
// tenant or keychain.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/DestinationSession.h"
#include "app/cli/Table.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/secrets/Cleanse.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/CopyMaterial.h"
#include "app/workspace/TenantCopy.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace gh::cli {

namespace {

using copying::CopyPlan;
using copying::SecretToCopy;

const QString kSecret = QStringLiteral("--secret");

Result<std::shared_ptr<LocalTenant>> openNamed(const Context& context, const QString& name)
{
    Context named = context;
    named.tenantPath = name;
    return named.openTenant();
}

// "NAME/KEY" of a --secret value.
std::optional<std::pair<QString, QString>> splitSecret(const QString& text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash + 1 >= text.size())
        return std::nullopt;
    return std::pair{text.left(slash), text.mid(slash + 1)};
}

void wipe(QList<SecretValue>& values)
{
    for (SecretValue& v : values)
        secureZero(v.value);
}

// Finds a value for every secret of the plan: --secret from standard input first, then A's
// keychain; B's own value when B has the secret set. Success, or the exit code after naming
// every secret that has none (nothing is changed then).
int gatherSecrets(const Context& context, const Args& args, const CopyPlan& plan, const QString& sourceId,
                  QList<SecretValue>& values)
{
    const QStringList given = args.values.value(kSecret);
    for (const QString& text : given) {
        const auto split = splitSecret(text);
        const bool planned = split && std::any_of(plan.secrets.cbegin(), plan.secrets.cend(), [&](const SecretToCopy& s) {
                                 return s.destination == split->first && s.key == split->second;
                             });
        if (!planned)
            return context.usage(Text::tr("--secret %1: not a secret the copied destinations have set in A "
                                                "(give it as DESTINATION/KEY)")
                                     .arg(text));
    }
    for (const QString& text : given) {
        const auto split = splitSecret(text);
        if (auto code = readSecretValues(context, split->first, {split->second}, values)) {
            wipe(values);
            return *code;
        }
    }
    const auto isGiven = [&](const SecretToCopy& s) { return given.contains(s.destination + QLatin1Char('/') + s.key); };
    Result<SecretStore*> store = Error::make(Error::Kind::Io, Text::tr("no secret store"));
    bool storeAsked = false;
    QStringList refused;
    for (const SecretToCopy& secret : plan.secrets) {
        if (isGiven(secret))
            continue;
        if (!storeAsked) {
            storeAsked = true;
            if (context.secretStore)
                store = context.secretStore();
        }
        if (store) {
            Result<QByteArray> value =
                waitFor((*store)->read(SecretStore::destinationKey(sourceId, secret.destination, secret.key)));
            if (value) {
                values.append({secret.destination, secret.key, std::move(*value)});
                continue;
            }
            if (value.error().kind != Error::Kind::NotFound) {
                wipe(values);
                context.error(Text::tr("the secret %1 of '%2' could not be read from the keychain: %3; nothing "
                                             "was copied")
                                  .arg(secret.key, secret.destination, value.error().toString()));
                return Usage;
            }
        }
        if (secret.targetHasIt)
            continue; // B keeps its own value
        refused.append(secret.destination + QLatin1Char('/') + secret.key);
    }
    if (refused.isEmpty())
        return Success;
    wipe(values);
    for (const QString& r : std::as_const(refused)) {
        const auto split = splitSecret(r);
        context.error(Text::tr("destination '%1': the secret %2 is set in A, but %3; give it with --secret %4 "
                                     "(one line on standard input)")
                          .arg(split->first, split->second,
                               store ? QStringLiteral("this machine's keychain holds no value for it")
                                     : QStringLiteral("no keychain answered to read its value"),
                               r));
    }
    context.error(Text::tr("nothing was copied"));
    return Finding;
}

void report(const Context& context, const CopyPlan& plan, bool applied)
{
    QJsonArray items;
    QList<QStringList> rows;
    for (const copying::PlannedCopy& p : plan.items) {
        items.append(QJsonObject{{QStringLiteral("Item"), copying::copyItemText(p.item)},
                                 {QStringLiteral("Action"), copying::copyActionName(p.action)}});
        rows.append({copying::copyItemText(p.item), copying::copyActionName(p.action)});
    }
    // The secrets A has set (names only): what --secret may have to give.
    QJsonArray secrets;
    QStringList secretNames;
    for (const SecretToCopy& s : plan.secrets) {
        secrets.append(QJsonObject{{QStringLiteral("Destination"), s.destination},
                                   {QStringLiteral("Key"), s.key},
                                   {QStringLiteral("SetInB"), s.targetHasIt}});
        secretNames.append(s.destination + QLatin1Char('/') + s.key +
                           (s.targetHasIt ? QStringLiteral(" (B has it set)") : QString()));
    }
    const QStringList header{Text::tr("ITEM"), Text::tr("ACTION")};
    if (context.json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Description"), plan.description},
                                                 {QStringLiteral("Applied"), applied},
                                                 {QStringLiteral("Items"), items},
                                                 {QStringLiteral("Secrets"), secrets}})
                           .toJson(QJsonDocument::Indented);
        return;
    }
    writeTable(context.out, header, rows);
    if (!secretNames.isEmpty())
        context.out << Text::tr("Secrets set in A: %1").arg(secretNames.join(QStringLiteral(", "))) << "\n";
    if (applied)
        context.out << Text::tr("Done: %1 (pending in B; undo there).").arg(plan.description) << "\n";
    else
        context.out << Text::tr("Dry run: nothing was copied.") << "\n";
}

} // namespace

int copyCommand(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("copy"), rawArgs, {kSecret}, {QStringLiteral("--dry-run")}, args,
                              {kSecret}))
        return *code;
    if (args.operands.size() < 3)
        return context.usage(Text::tr("copy needs the tenants A and B and at least one ITEM "
                                      "(destination:NAME, role-collection:NAME, "
                                      "destination-certificate:NAME, keystore:ALIAS, "
                                      "known-host:HOST, pgp:FINGERPRINT)"));
    if (!context.tenantPath.isEmpty())
        return context.usage(Text::tr("copy takes the tenants as A and B; --tenant does not apply"));
    QList<copying::CopyItem> items;
    for (const QString& text : args.operands.mid(2)) {
        const Result<copying::CopyItem> item = copying::parseCopyItem(text);
        if (!item)
            return context.usage(item.error().message);
        items.append(*item);
    }
    for (const QString& name : args.operands.mid(0, 2)) {
        if (name.isEmpty())
            return context.usage(Text::tr("copy needs two tenants, A and B (a file or a profile name)"));
    }

    auto source = openNamed(context, args.operands.at(0));
    if (!source) {
        context.error(source.error().toString());
        return Usage;
    }
    std::shared_ptr<LocalTenant> target;
    std::unique_ptr<Workspace> workspace;
    Context named = context;
    named.tenantPath = args.operands.at(1);
    if (const int code = openWorkspace(named, target, workspace); code != Success)
        return code;
    // The same file (copies of one file share their id, and so their keychain entries: fine).
    if (QFileInfo((*source)->path()).canonicalFilePath() == QFileInfo(target->path()).canonicalFilePath())
        return context.usage(Text::tr("A and B are the same tenant file"));

    LocalTenantClient from(*source);
    const Result<TenantListing> inA = waitFor(listTenant(from, copying::listedKinds(items, false)));
    const Result<TenantListing> inB = waitFor(listTenant(workspace->client(), copying::listedKinds(items, true)));
    if (!inA || !inB) {
        context.error((inA ? inB.error() : inA.error()).toString());
        return Usage;
    }
    const CopyPlan plan = copying::planCopy(items, *inA, *inB, (*source)->name());
    if (!plan.problems.isEmpty()) {
        for (const Error& problem : plan.problems)
            context.error(problem.toString());
        context.error(Text::tr("nothing was copied"));
        return Finding;
    }
    const bool dryRun = args.has(QStringLiteral("--dry-run"));
    if (dryRun || !plan.hasChanges()) {
        if (dryRun || context.json)
            report(context, plan, false);
        else
            context.out << Text::tr("Nothing to copy: B already has the same.") << "\n";
        return Success;
    }
    QList<SecretValue> values;
    if (const int code = gatherSecrets(context, args, plan, (*source)->id(), values); code != Success)
        return code;
    DestinationSession session; // what keepDestinationSecrets needs: B's id
    session.tenant = target;
    if (const int code = keepDestinationSecrets(context, session, values); code != Success)
        return code;
    if (plan.hasMaterial()) {
        Result<SecretStore*> store = context.secretStore
                                         ? context.secretStore()
                                         : Result<SecretStore*>(Error::make(Error::Kind::Io, Text::tr("no keychain")));
        if (!store) {
            context.error(Text::tr("the private keys, secret keyrings and keystore files being copied need "
                                   "the keychain: %1; nothing was copied")
                              .arg(store.error().toString()));
            return Usage;
        }
        const Status carried = waitFor(copying::carryMaterial(**store, (*source)->id(), target->id(), plan));
        if (!carried) {
            context.error(carried.error().toString());
            context.error(Text::tr("nothing was copied"));
            return Finding;
        }
    }
    const Status applied = workspace->apply(plan.changes, plan.description).result();
    if (!applied)
        return context.fail(applied.error());
    report(context, plan, true);
    return Success;
}

} // namespace gh::cli
