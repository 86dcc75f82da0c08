#include "app/cli/KeystoreSession.h"

#include "app/cli/Table.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace gh::cli::ks {

namespace {

// Larger password files are a mistake (the wrong file given), not a password.
constexpr qint64 kMaxPasswordFileSize = 64 * 1024;

} // namespace

// The whole file as the password, less one trailing newline ("\n" or "\r\n"). The bytes only
// ever live in SecretBuffers.
Result<crypto::SecretBuffer> readPasswordFile(const QString& path)
{
    QFile file(path);
    // Unbuffered: the password must not linger in QIODevice's buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error::make(
            Error::Kind::Io,
            Text::tr("cannot open the password file: %1").arg(file.errorString()), path);
    crypto::SecretBuffer raw = crypto::SecretBuffer::zeroed(kMaxPasswordFileSize + 1);
    qint64 size = 0;
    while (size < raw.size()) {
        const qint64 n = file.read(raw.data() + size, raw.size() - size);
        if (n < 0)
            return Error::make(
                Error::Kind::Io,
                Text::tr("cannot read the password file: %1").arg(file.errorString()), path);
        if (n == 0)
            break;
        size += n;
    }
    if (size > kMaxPasswordFileSize)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("the password file is larger than %1 KiB")
                               .arg(kMaxPasswordFileSize / 1024),
                           path);
    if (size > 0 && raw.data()[size - 1] == '\n') {
        --size;
        if (size > 0 && raw.data()[size - 1] == '\r')
            --size;
    }
    return crypto::SecretBuffer(raw.data(), size);
}

// ---- Arguments ---------------------------------------------------------------------------------

// The shared parser (Arguments.h); of the keystore commands' options only --dns repeats.
std::optional<int> parse(const Context& context, const QString& command, const QStringList& args,
                         const QStringList& valueOptions, const QStringList& flagOptions, Args& out)
{
    return parseArgs(context, command, args, valueOptions, flagOptions, out, {QStringLiteral("--dns")});
}

// ---- Tenant, workspace, vault -----------------------------------------------------------------

keystore::Actor actorOf(const Context& context)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("gatehouse-cli");
    return {user, context.clock.now()};
}


// The --keystore option's value, or the system keystore (what aliases name by default).
QString keystoreOption(const Args& args)
{
    return args.has(QStringLiteral("--keystore")) ? args.value(QStringLiteral("--keystore"))
                                                  : keystore::SystemKeystore;
}

// Success, or the exit code after reporting why the tenant cannot be used.
int openSession(const Context& context, Session& session)
{
    if (const int code = openWorkspace(context, session.tenant, session.workspace); code != Success)
        return code;
    auto entries = session.workspace->client().keystore().list().result();
    if (!entries)
        return context.fail(entries.error());
    session.entries = std::move(*entries);
    return Success;
}

QString keystoreLabel(const QString& keystore)
{
    return keystore == keystore::SystemKeystore ? QStringLiteral("the system keystore")
                                                : QStringLiteral("keystore '%1'").arg(keystore);
}

// The entry, or null after reporting that there is none.
const KeystoreEntry* entryOrReport(const Context& context, const Session& session,
                                   const QString& keystore, const QString& alias)
{
    const KeystoreEntry* entry = keystore::findEntry(session.entries, keystore, alias);
    if (!entry)
        context.error(Text::tr("no entry '%1' in %2").arg(alias, keystoreLabel(keystore)));
    return entry;
}

// The key vault of the tenant, or the secret store's error (no keychain answered).
Result<SecretStore*> secretStoreOf(const Context& context)
{
    if (!context.secretStore)
        return Error::make(Error::Kind::Io, Text::tr("no secret store"));
    return context.secretStore();
}

// A command that must keep a private key and has nowhere to keep it: exit 2.
int cannotKeep(const Context& context, const QString& alias, const Error& storeError)
{
    context.error(
        Text::tr(
            "no system keychain answered (%1); the private key of '%2' could not be kept, "
            "so nothing was changed")
            .arg(storeError.message, alias));
    return Usage;
}

// A command that reads a private key and has no store to read it from: exit 1.
int keyNotAvailable(const Context& context, const QString& alias, const Error& storeError)
{
    context.error(
        Text::tr("the private key of '%1' is not available: no system keychain answered (%2)")
            .arg(alias, storeError.message));
    return Finding;
}

Result<KeystoreEntry> entryOfStored(const std::optional<QJsonObject>& stored)
{
    if (!stored)
        return Error::make(Error::Kind::Internal, QStringLiteral("no stored form"));
    return KeystoreEntry::fromJson(*stored);
}

// What a step did, one line per change (created, updated, deleted), then "Done: <description>.";
// with --json {"Description", "Changes": [entry JSON with "Change"]}.
void reportChanges(const Context& context, const QList<Change>& changes, const QString& description)
{
    const QDateTime now = context.clock.now();
    QJsonArray json;
    QList<QStringList> rows;
    for (const Change& change : changes) {
        if (change.kind != EntityKind::KeystoreEntry)
            continue;
        const QString what = !change.before  ? QStringLiteral("created")
                             : !change.after ? QStringLiteral("deleted")
                                             : QStringLiteral("updated");
        auto entry = entryOfStored(change.after ? change.after : change.before);
        if (!entry)
            continue;
        QJsonObject o = keystoreEntryJson(*entry, now);
        o.insert(QStringLiteral("Change"), what);
        json.append(o);
        rows.append({what, entry->keystore, entry->alias, entry->type,
                     commonNameOf(entry->subjectDN), dateText(entry->validNotAfter)});
    }
    reportStep(context, description, json,
               {Text::tr("CHANGE"), Text::tr("KEYSTORE"), Text::tr("ALIAS"),
                Text::tr("TYPE"), Text::tr("SUBJECT CN"), Text::tr("VALID UNTIL")},
               rows);
}

int applyAndReport(const Context& context, Session& session, const QList<Change>& changes,
                   const QString& description)
{
    const Status applied = session.workspace->apply(changes, description).result();
    if (!applied)
        return context.fail(applied.error());
    reportChanges(context, changes, description);
    return Success;
}

// Keeps freshly generated `key` for `alias`, applies the step, and forgets the key again if the
// step fails (nothing refers to it then).
int keepAndApply(const Context& context, Session& session, KeyVault& vault,
                 const crypto::PrivateKey& key, const QString& alias, const QList<Change>& changes,
                 const QString& description)
{
    const Status kept = waitFor(vault.keep(key));
    if (!kept)
        return cannotKeep(context, alias, kept.error());
    const Status applied = session.workspace->apply(changes, description).result();
    if (!applied) {
        const Status forgotten = waitFor(vault.forget(key.publicKeyDer()));
        Q_UNUSED(forgotten);
        return context.fail(applied.error());
    }
    reportChanges(context, changes, description);
    return Success;
}

} // namespace gh::cli::ks
