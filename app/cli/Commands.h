#pragma once

// Internal to gh_cli: what a command needs from Cli (streams, clock, global options, the
// tenant), and the command groups, each in its own file.

#include "app/cli/Cli.h"
#include "app/cli/Text.h"
#include "app/client/local/LocalTenant.h"
#include "app/workspace/Workspace.h"
#include "app/domain/Error.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QSettings;

namespace gh {
class SecretStore;
namespace crypto {
class SecretBuffer;
}
namespace remote {
class RemoteTenantClient;
}
}

namespace gh::cli {

struct Context
{
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    bool json = false;
    QString tenantPath;         // empty: the demo tenant in the user's data folder
    QIODevice* binaryOut = nullptr; // stdout for raw bytes (DER); null: written through `out`
    bool outIsTerminal = false;

    // "gatehouse-cli: <problem>" and a hint on stderr; returns Usage.
    int usage(const QString& problem) const;
    // "gatehouse-cli: <error>" on stderr; returns Usage for an unusable tenant, else Finding.
    int fail(const Error& error) const;
    void error(const QString& message) const;

    // The --tenant file, or the demo tenant (created on first use). Errors are reported here.
    Result<std::shared_ptr<LocalTenant>> openTenant() const;
    // What --tenant names: the file when it exists, else the replica of the profile of that
    // name (Io error when it has not been pulled yet, or when a bare name is neither); empty:
    // the demo tenant.
    Result<QString> resolvedTenantPath() const;

    // Raw bytes to stdout (flushes the text stream first).
    void writeBinary(const QByteArray& bytes) const;

    // Where private keys are kept: the store injected with Cli::setSecretStore, else the system
    // keychain, probed once on first use. An Io error (the probe's) when no keychain answered.
    // Null function: no store at all (reported like a failed probe).
    std::function<Result<SecretStore*>()> secretStore;

    // Where tenant profiles are kept (Cli::setSettings; not owned). Null: no profile commands.
    QSettings* settings = nullptr;

    // A step's description (the journal's and the pending changes' "Create user 'x'"), marked
    // with QT_TRANSLATE_NOOP("gh::cli::Text", …): in the user's language, like the cockpit's
    // steps; English with --json, whose output stays machine-stable.
    QString step(const char* source) const
    {
        return json ? QString::fromUtf8(source) : Text::tr(source);
    }
};

// Waits for `future` while running this thread's event loop (the keychain answers through it).
// An already finished future returns at once.
template<class T>
T waitFor(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

// The CN of an RFC 2253 DN wherever it stands ("O=b,CN=a" -> "a"), or the whole DN if it has none.
QString commonNameOf(const QString& dn);
// `keystore list --json`'s object for one entry: the entry without its Chain, with DaysLeft
// and ExpiryStatus (`expiringWithinDays` sets when "expiring" starts).
QJsonObject keystoreEntryJson(const KeystoreEntry& entry, const QDateTime& now, int expiringWithinDays = 30);
// Opens the tenant with a workspace on it; Success, or the exit code after reporting why the
// tenant cannot be used (Usage).
int openWorkspace(const Context& context, std::shared_ptr<LocalTenant>& tenant,
                  std::unique_ptr<Workspace>& workspace);
// The report of one applied step: with --json {"Description", "Changes": changes}, else the
// table of `rows` under `header` and "Done: <description>.".
void reportStep(const Context& context, const QString& description, const QJsonArray& changes,
                const QStringList& header, const QList<QStringList>& rows);

// ListCommands.cpp: `RESOURCE list` for role-collections, destinations, keystore.
int listResource(const Context& context, const QString& resource);
// UsersCommands.cpp: `users list|show|create|delete|export|import-assignments` (args after
// "users").
int usersCommand(const Context& context, const QStringList& args);
// RoleCollectionCommands.cpp: `role-collections list|show|create|delete|assign|unassign|add-role|
// remove-role|export` (args after "role-collections").
int roleCollectionsCommand(const Context& context, const QStringList& args);
// AccessCommands.cpp: `access who-can TASK|of USER|tasks` (args after "access").
int accessCommand(const Context& context, const QStringList& args);
// DestinationCommands.cpp: `destinations list|show|create|update|delete|import|export` (args
// after "destinations").
int destinationsCommand(const Context& context, const QStringList& args);
// DestinationEditCommands.cpp: `destinations show|create|update|delete` (`verb`, and the args
// after it). Unknown verbs: -1.
int destinationEditCommand(const Context& context, const QString& verb, const QStringList& args);
// `identity-providers list` (IdentityProviderCommands.cpp).
int identityProvidersCommand(const Context& context, const QStringList& args);
// TenantCommands.cpp: `tenant create PATH --demo|--scale SPEC`.
int tenantCreate(const Context& context, const QStringList& args);
// CertCommands.cpp: `cert inspect [--password-file F] FILE...` (args after "cert").
int certCommand(const Context& context, const QStringList& args);
// KnownHostsCommands.cpp: `knownhosts inspect FILE` (args after "knownhosts").
int knownHostsCommand(const Context& context, const QStringList& args);
// KnownHostsTenantCommands.cpp: `knownhosts list|import|add|remove|export` on the tenant (`verb`,
// and the args after it). Unknown verbs: -1.
int knownHostsTenantCommand(const Context& context, const QString& verb, const QStringList& args);
// PgpCommands.cpp: `pgp inspect FILE [--expect public|secret]` (args after "pgp").
int pgpCommand(const Context& context, const QStringList& args);
// PgpTenantCommands.cpp: `pgp list|import|remove|export` on the tenant. Unknown verbs: -1.
int pgpTenantCommand(const Context& context, const QString& verb, const QStringList& args);
// KeystoreCommands.cpp: `keystore list|expiring|export` and the write commands below (args
// after "keystore").
int keystoreCommand(const Context& context, const QStringList& args);
// KeystoreEditCommands.cpp: `keystore import|generate|csr|update-chain|rename|delete|renew|
// activate|rollback` (`verb`, and the args after it). Unknown verbs: -1.
int keystoreEditCommand(const Context& context, const QString& verb, const QStringList& args);
// ExpiringCommands.cpp: `expiring --days N [--all] [--pgp FILE]...` (args after "expiring").
int expiringCommand(const Context& context, const QStringList& args);
// ProfileCommands.cpp: `profile add|list|show|remove` (args after "profile").
int profileCommand(const Context& context, const QStringList& args);
// PullCommands.cpp: `pull --tenant PROFILE` (into the profile's replica).
int pullCommand(const Context& context, const QStringList& args);
// The remote client of profile `name` (an existing profile), its client secrets read from the
// keychain; null after reporting why, with the command's exit code in `exitCode` (Usage when no
// keychain answers). For pull and push.
// `credentialSecrets` answers the credential secrets a push sends (RemoteOptions).
std::shared_ptr<remote::RemoteTenantClient> profileClient(
    const Context& context, const QString& name, int& exitCode,
    std::function<std::shared_ptr<const crypto::SecretBuffer>(EntityKind, const QString&)> credentialSecrets = {});
// PushCommands.cpp: `push --tenant PROFILE [--dry-run]` (the replica's pending changes to the
// remote) and `status` (last pull, pending changes per resource, push conflicts).
int pushCommand(const Context& context, const QStringList& args);
// CredentialCommands.cpp: `credentials create|edit|delete` (args after "credentials").
int credentialsCommand(const Context& context, const QStringList& args);
// `resolve --keep-mine|--take-theirs RESOURCE KEY` (PushCommands.cpp): ends one push conflict.
int resolveCommand(const Context& context, const QStringList& args);
int statusCommand(const Context& context, const QStringList& args);
// DiffCommands.cpp: `diff A B [--kind K]...` (args after "diff"): 0 equal, 1 differ, 2 unusable.
int diffCommand(const Context& context, const QStringList& args);
// CopyCommands.cpp: `copy A B ITEM... [--secret NAME/KEY]... [--dry-run]` (args after "copy").
int copyCommand(const Context& context, const QStringList& args);
// WhereUsedCommands.cpp: `where-used --certificate N|--alias A|--role APP/TEMPLATE/NAME|
// --destination N` (args after "where-used").
int whereUsedCommand(const Context& context, const QStringList& args);
// KeystoreEditCommands.cpp: `keystore export ALIAS --format p12` of `entry` (a key pair whose
// key Gatehouse holds), to `output` or standard output.
int exportPkcs12(const Context& context, const KeystoreEntry& entry, const QString& passwordFile,
                 bool compatible, const QString& output);

} // namespace gh::cli
