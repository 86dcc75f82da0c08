#pragma once

// Internal to gh_cli: what the keystore write commands (KeystoreEditCommands.cpp,
// KeystoreImportCommand.cpp) share: their arguments, the tenant with a workspace and every
// keystore's entries, the key vault's store, the exit codes for a missing keychain, and the
// report of a step's changes.

#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/crypto/SecretBuffer.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KeystoreActions.h"
#include "app/workspace/Workspace.h"

#include <memory>
#include <optional>

namespace gh::cli::ks {

// The open tenant, a workspace on it, and every keystore's entries.
struct Session
{
    std::shared_ptr<LocalTenant> tenant;
    std::unique_ptr<Workspace> workspace;
    QList<KeystoreEntry> entries;
};

// The whole file as the password, less one trailing newline; bounded in size.
Result<crypto::SecretBuffer> readPasswordFile(const QString& path);
// The shared parser (Arguments.h); of the keystore commands' options only --dns repeats.
std::optional<int> parse(const Context& context, const QString& command, const QStringList& args,
                         const QStringList& valueOptions, const QStringList& flagOptions, Args& out);
keystore::Actor actorOf(const Context& context);
// The --keystore option's value, or the system keystore (what aliases name by default).
QString keystoreOption(const Args& args);
// Success, or the exit code after reporting why the tenant cannot be used.
int openSession(const Context& context, Session& session);
// "the system keystore", "keystore 'KeyRenewal'"
QString keystoreLabel(const QString& keystore);
// The entry, or null after reporting that there is none.
const KeystoreEntry* entryOrReport(const Context& context, const Session& session,
                                   const QString& keystore, const QString& alias);
// The key vault's store, or its error (no keychain answered).
Result<SecretStore*> secretStoreOf(const Context& context);
// A command that must keep a private key and has nowhere to keep it: exit 2.
int cannotKeep(const Context& context, const QString& alias, const Error& storeError);
// A command that reads a private key and has no store to read it from: exit 1.
int keyNotAvailable(const Context& context, const QString& alias, const Error& storeError);
Result<KeystoreEntry> entryOfStored(const std::optional<QJsonObject>& stored);
// What a step did, one line per change, then "Done: <description>."; with --json
// {"Description", "Changes": [entry JSON with "Change"]}.
void reportChanges(const Context& context, const QList<Change>& changes, const QString& description);
int applyAndReport(const Context& context, Session& session, const QList<Change>& changes,
                   const QString& description);
// Keeps freshly generated `key` for `alias`, applies the step, and forgets the key again if the
// step fails (nothing refers to it then).
int keepAndApply(const Context& context, Session& session, KeyVault& vault,
                 const crypto::PrivateKey& key, const QString& alias, const QList<Change>& changes,
                 const QString& description);

// `keystore import FILE… [--alias A] [--password-file F] [--keystore K] [--dry-run]`
// (KeystoreImportCommand.cpp; keystoreEditCommand dispatches to it).
int importFiles(const Context& context, const QStringList& args);

} // namespace gh::cli::ks
