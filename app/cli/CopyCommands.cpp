// `copy A B ITEM... [--secret NAME/KEY]... [--dry-run]`: destinations, role collections,
// destination certificates, keystore entries, known hosts, PGP keys, user credentials, OAuth2
// client credentials and secure parameters of tenant A planned into
// tenant B's workspace as one journaled step (pending there, undoable). A key pair's private key,
// a secret PGP keyring and a destination keystore's file go from A's keychain items to B's
// (copying::carryMaterial), never through a file; when this machine does not hold them, nothing is
// copied.
// The secrets A has set travel through the keychain: A's value under SecretStore::destinationKey
// (a credential's: credentials::secretKey) goes to B's, a value given with --secret (standard
// input; a credential's as NAME/Password, NAME/ClientSecret, NAME/SecureParam) wins, and B keeps its own when it has
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
#include "app/workspace/CredentialActions.h"
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
    QList<EntityKind> givenKinds;
    for (const QString& text : given) {
        const auto split = splitSecret(text);
        QList<EntityKind> kinds;
        for (const SecretToCopy& s : plan.secrets) {
            if (split && s.destination == split->first && s.key == split->second)
                kinds.append(s.kind);
        }
        if (kinds.isEmpty())
            return context.usage(Text::tr("--secret %1: not a secret the copied destinations or credentials have "
                                          "set in A (give it as NAME/KEY)")
                                     .arg(text));
        if (kinds.size() > 1)
            return context.usage(Text::tr("--secret %1: a destination and a credential of that name are both "
                                          "copied; copy them one at a time")
                                     .arg(text));
        givenKinds.append(kinds.first());
    }
    for (qsizetype i = 0; i < given.size(); ++i) {
        const auto split = splitSecret(given.at(i));
        if (auto code = readSecretValues(context, split->first, {split->second}, values)) {
            wipe(values);
            return *code;
        }
        values.last().kind = givenKinds.at(i);
    }
    const auto isGiven = [&](const SecretToCopy& s) { return given.contains(s.destination + QLatin1Char('/') + s.key); };
    Result<SecretStore*> store = Error::make(Error::Kind::Io, Text::tr("no secret store"));
    bool storeAsked = false;
    QList<SecretToCopy> refused;
    for (const SecretToCopy& secret : plan.secrets) {
        if (isGiven(secret))
            continue;
        if (!storeAsked) {
            storeAsked = true;
            if (context.secretStore)
                store = context.secretStore();
        }
        if (store) {
            Result<QByteArray> value = waitFor((*store)->read(copying::secretKeyOf(sourceId, secret)));
            if (value) {
                values.append({secret.destination, secret.key, std::move(*value), secret.kind});
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
        refused.append(secret);
    }
    if (refused.isEmpty())
        return Success;
    wipe(values);
    for (const SecretToCopy& r : std::as_const(refused)) {
        const QString why = store ? QStringLiteral("this machine's keychain holds no value for it")
                                  : QStringLiteral("no keychain answered to read its value");
        const QString option = r.destination + QLatin1Char('/') + r.key;
        if (r.kind == EntityKind::Destination)
            context.error(Text::tr("destination '%1': the secret %2 is set in A, but %3; give it with --secret %4 "
                                   "(one line on standard input)")
                              .arg(r.destination, r.key, why, option));
        else
            context.error(Text::tr("%1: the secret %2 is set in A, but %3; give it with --secret %4 "
                                   "(one line on standard input)")
                              .arg(credentials::labelOf(r.kind, r.destination), r.key, why, option));
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
        // A destination's secret names its destination; a credential's its kind and name.
        QJsonObject secret{{QStringLiteral("Key"), s.key}, {QStringLiteral("SetInB"), s.targetHasIt}};
        if (s.kind == EntityKind::Destination) {
            secret.insert(QStringLiteral("Destination"), s.destination);
        } else {
            secret.insert(QStringLiteral("Credential"), s.destination);
            secret.insert(QStringLiteral("Kind"), entityKindName(s.kind));
        }
        secrets.append(secret);
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
                                      "known-host:HOST, pgp:FINGERPRINT, user-credential:NAME, "
                                      "oauth2-client-credential:NAME, secure-parameter:NAME)"));
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
    // A credential's secret goes under credentials::secretKey of B, a destination's as `destination
    // edit` keeps it.
    QList<copying::SecretValue> credentialValues;
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        SecretValue& v = values[i];
        if (v.kind == EntityKind::Destination)
            continue;
        credentialValues.prepend({{v.destination, v.key, false, v.kind},
                                  std::make_shared<const crypto::SecretBuffer>(QByteArrayView(v.value))});
        secureZero(v.value);
        values.removeAt(i);
    }
    if (!credentialValues.isEmpty()) {
        Result<SecretStore*> store = context.secretStore
                                         ? context.secretStore()
                                         : Result<SecretStore*>(Error::make(Error::Kind::Io, QStringLiteral("no keychain")));
        const Status kept = store ? waitFor(copying::keepSecrets(**store, target->id(), credentialValues))
                                  : Status(store.error());
        credentialValues.clear(); // the buffers wipe themselves
        if (!kept) {
            wipe(values);
            context.error(Text::tr("the credentials' secrets could not be kept in the keychain: %1; nothing was "
                                   "copied")
                              .arg(kept.error().toString()));
            return Usage;
        }
    }
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
