// `keystore generate|csr|update-chain|rename|delete|renew|activate|rollback` (and `keystore
// import`, in KeystoreImportCommand.cpp) and the PKCS#12 side of `keystore export`: the keystore
// actions of app/workspace/KeystoreActions.h as workspace steps, with private keys kept in the
// KeyVault (the system keychain).
#include "app/cli/Arguments.h"
#include "app/cli/KeystoreSession.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/crypto/CertificateReader.h"
#include "app/crypto/DistinguishedName.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/SecretBuffer.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KeystoreActions.h"
#include "app/workspace/Workspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <optional>

namespace gh::cli {

namespace {

using namespace ks;

// ---- generate ---------------------------------------------------------------------------------

std::optional<crypto::KeySpec> keySpecOf(const QString& name)
{
    if (name == QLatin1String("rsa2048"))
        return crypto::KeySpec::rsa(2048);
    if (name == QLatin1String("rsa3072"))
        return crypto::KeySpec::rsa(3072);
    if (name == QLatin1String("rsa4096"))
        return crypto::KeySpec::rsa(4096);
    if (name == QLatin1String("ec-p256"))
        return crypto::KeySpec::ec(QStringLiteral("P-256"));
    if (name == QLatin1String("ec-p384"))
        return crypto::KeySpec::ec(QStringLiteral("P-384"));
    if (name == QLatin1String("ec-p521"))
        return crypto::KeySpec::ec(QStringLiteral("P-521"));
    if (name == QLatin1String("ed25519"))
        return crypto::KeySpec::ed25519();
    return std::nullopt;
}

int generate(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("keystore generate");
    Args args;
    if (auto code =
            parse(context, command, rawArgs,
                  {QStringLiteral("--subject"), QStringLiteral("--key"), QStringLiteral("--days"),
                   QStringLiteral("--dns"), QStringLiteral("--keystore")},
                  {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("an ALIAS")))
        return *code;
    const QString alias = args.operands.first();
    if (!args.has(QStringLiteral("--subject")))
        return context.usage(
            Text::tr("keystore generate needs --subject \"CN=...,O=...,C=..\""));
    const QString keyName = args.has(QStringLiteral("--key")) ? args.value(QStringLiteral("--key"))
                                                              : QStringLiteral("rsa2048");
    const auto keySpec = keySpecOf(keyName);
    if (!keySpec)
        return context.usage(
            Text::tr("--key: unknown key type '%1' (expected: rsa2048, rsa3072, rsa4096, "
                           "ec-p256, ec-p384, ec-p521, ed25519)")
                .arg(keyName));
    int days = 0;
    if (args.has(QStringLiteral("--days"))) {
        const QString text = args.value(QStringLiteral("--days"));
        bool ok = false;
        days = text.toInt(&ok);
        if (!ok || days <= 0 || text.startsWith(QLatin1Char('+')))
            return context.usage(
                Text::tr("--days: '%1' is not a positive whole number of days").arg(text));
    }
    const QString keystoreName = keystoreOption(args);
    if (keystoreName != keystore::SystemKeystore && keystoreName != keystore::RenewalKeystore)
        return context.usage(
            Text::tr("--keystore: cannot generate a key pair in '%1' (expected: %2 or %3)")
                .arg(keystoreName, keystore::SystemKeystore, keystore::RenewalKeystore));
    auto subject = crypto::DistinguishedName::parse(args.value(QStringLiteral("--subject")));
    if (!subject) {
        context.error(Text::tr("--subject: %1").arg(subject.error().message));
        return Finding;
    }
    if (subject->isEmpty())
        return context.usage(
            Text::tr("--subject needs a distinguished name such as \"CN=host,O=Acme,C=DE\""));

    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    // Nowhere to keep the key: say so before generating anything.
    auto store = secretStoreOf(context);
    if (!store)
        return cannotKeep(context, alias, store.error());
    KeyVault vault(**store, session.tenant->id());

    const keystore::Actor actor = actorOf(context);
    keystore::GenerateRequest request;
    request.keystore = keystoreName;
    request.alias = alias;
    request.key = *keySpec;
    request.certificate.subject = *subject;
    request.certificate.dnsNames = args.values.value(QStringLiteral("--dns"));
    if (days > 0) {
        const QDateTime start =
            QDateTime::fromSecsSinceEpoch(actor.now.toSecsSinceEpoch(), Qt::UTC);
        request.certificate.notBefore = start;
        request.certificate.notAfter = start.addDays(days);
    }
    auto generated = keystore::generateKeyPair(request, session.entries, actor);
    if (!generated)
        return context.fail(generated.error());
    return keepAndApply(context, session, vault, *generated->privateKey, alias,
                        {generated->change()}, context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Generate key pair '%1'")).arg(alias));
}

// ---- csr, update-chain ------------------------------------------------------------------------

// The private key of `entry`, or the exit code after saying why it is not available.
Result<KeyVault::Key> keyOrReport(const Context& context, const Session& session,
                                  const KeystoreEntry& entry, int& code)
{
    auto store = secretStoreOf(context);
    if (!store) {
        code = keyNotAvailable(context, entry.alias, store.error());
        return store.error();
    }
    KeyVault vault(**store, session.tenant->id());
    auto key = waitFor(vault.keyOf(entry));
    if (!key) {
        context.error(key.error().toString());
        code = Finding;
    }
    return key;
}

int csr(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("keystore csr");
    Args args;
    if (auto code = parse(context, command, rawArgs,
                          {QStringLiteral("--output"), QStringLiteral("--keystore")}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("an ALIAS")))
        return *code;
    const QString alias = args.operands.first();
    const QString keystoreName = keystoreOption(args);
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const KeystoreEntry* entry = entryOrReport(context, session, keystoreName, alias);
    if (!entry)
        return Finding;
    if (!entry->isKeyPair()) {
        context.error(
            Text::tr(
                "%1: '%1' is a %2, not a key pair: there is no key to sign a request with")
                .arg(alias, entry->type.toLower()));
        return Finding;
    }
    int code = Success;
    auto key = keyOrReport(context, session, *entry, code);
    if (!key)
        return code;
    auto request = keystore::signingRequest(*entry, **key);
    if (!request)
        return context.fail(request.error());
    const QByteArray pem = request->toPem();
    const QString output = args.value(QStringLiteral("--output"));
    if (output.isEmpty()) {
        context.out << QString::fromLatin1(pem);
        return Success;
    }
    auto written = writeOutput(output, pem);
    if (!written) {
        context.error(written.error().toString());
        return Finding;
    }
    if (context.json)
        context.out << QJsonDocument(
                           QJsonObject{{QStringLiteral("Alias"), alias},
                                       {QStringLiteral("Keystore"), keystoreName},
                                       {QStringLiteral("SubjectDN"), request->subjectDN()},
                                       {QStringLiteral("File"), output}})
                           .toJson();
    return Success;
}

int updateChain(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("keystore update-chain");
    Args args;
    if (auto code = parse(context, command, rawArgs, {QStringLiteral("--keystore")}, {}, args))
        return *code;
    if (auto code =
            expectOperands(context, command, args, 2, Text::tr("an ALIAS and a FILE")))
        return *code;
    const QString alias = args.operands.at(0);
    const QString file = args.operands.at(1);
    const QString keystoreName = keystoreOption(args);
    auto contents = crypto::CertificateReader::readFile(file);
    if (!contents) {
        context.error(contents.error().toString()); // names the file
        return Finding;
    }
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const KeystoreEntry* entry = entryOrReport(context, session, keystoreName, alias);
    if (!entry)
        return Finding;
    auto change = keystore::updateWithSignedChain(*entry, contents->certificates, actorOf(context));
    if (!change) {
        Error e = change.error();
        if (e.where.isEmpty())
            e.where = file;
        return context.fail(e);
    }
    return applyAndReport(context, session, {*change},
                          context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Update '%1' with its signed chain")).arg(alias));
}

// ---- rename, delete ---------------------------------------------------------------------------

int renameEntry(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("keystore rename");
    Args args;
    if (auto code = parse(context, command, rawArgs, {QStringLiteral("--keystore")}, {}, args))
        return *code;
    if (auto code =
            expectOperands(context, command, args, 2, Text::tr("an ALIAS and a NEW alias")))
        return *code;
    const QString alias = args.operands.at(0);
    const QString newAlias = args.operands.at(1);
    const QString keystoreName = keystoreOption(args);
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const KeystoreEntry* entry = entryOrReport(context, session, keystoreName, alias);
    if (!entry)
        return Finding;
    auto changes = keystore::rename(*entry, newAlias, session.entries, actorOf(context));
    if (!changes)
        return context.fail(changes.error());
    return applyAndReport(context, session, *changes,
                          context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Rename '%1' to '%2'")).arg(alias, newAlias));
}

int deleteEntries(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("keystore delete");
    Args args;
    if (auto code = parse(context, command, rawArgs, {QStringLiteral("--keystore")}, {}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("keystore delete needs at least one ALIAS"));
    const QString keystoreName = keystoreOption(args);
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    QList<KeystoreEntry> doomed;
    bool missing = false;
    for (const QString& alias : std::as_const(args.operands)) {
        const KeystoreEntry* entry = entryOrReport(context, session, keystoreName, alias);
        if (!entry)
            missing = true;
        else if (std::none_of(doomed.cbegin(), doomed.cend(),
                              [&](const KeystoreEntry& e) { return e.alias == alias; }))
            doomed.append(*entry);
    }
    if (missing) {
        context.error(Text::tr("nothing was deleted"));
        return Finding;
    }
    auto changes = keystore::removal(doomed);
    if (!changes)
        return context.fail(changes.error());
    const QString description =
        doomed.size() == 1 ? context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete '%1'")).arg(doomed.first().alias)
                           : context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete %1 keystore entries")).arg(doomed.size());
    return applyAndReport(context, session, *changes, description);
}

// ---- renewal ----------------------------------------------------------------------------------

int renew(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("keystore renew");
    Args args;
    if (auto code = parse(context, command, rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("an ALIAS")))
        return *code;
    const QString alias = args.operands.first();
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const KeystoreEntry* entry = entryOrReport(context, session, keystore::SystemKeystore, alias);
    if (!entry)
        return Finding;
    auto store = secretStoreOf(context);
    if (!store)
        return cannotKeep(context, alias, store.error());
    KeyVault vault(**store, session.tenant->id());
    auto generated = keystore::renewalKeyPair(*entry, session.entries, actorOf(context));
    if (!generated)
        return context.fail(generated.error());
    return keepAndApply(context, session, vault, *generated->privateKey, alias,
                        {generated->change()},
                        context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Renew the key pair '%1' (new key in %2)"))
                            .arg(alias, keystore::RenewalKeystore));
}

// `keystore activate|rollback ALIAS`: one entry of `keystore`, one step made by `action`.
template<class Action>
int oneEntryStep(const Context& context, const QStringList& rawArgs, const QString& command,
                 const QString& operand, const QString& keystoreName, Action action,
                 const QString& description)
{
    Args args;
    if (auto code = parse(context, command, rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, operand))
        return *code;
    const QString alias = args.operands.first();
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const KeystoreEntry* entry = entryOrReport(context, session, keystoreName, alias);
    if (!entry)
        return Finding;
    auto changes = action(*entry, session.entries, actorOf(context));
    if (!changes)
        return context.fail(changes.error());
    return applyAndReport(context, session, *changes, description.arg(alias));
}

int activate(const Context& context, const QStringList& rawArgs)
{
    return oneEntryStep(context, rawArgs, QStringLiteral("keystore activate"),
                        Text::tr("an ALIAS (of the KeyRenewal keystore)"),
                        keystore::RenewalKeystore, keystore::activateRenewal,
                        context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Activate the renewed key pair '%1'")));
}

int rollback(const Context& context, const QStringList& rawArgs)
{
    return oneEntryStep(context, rawArgs, QStringLiteral("keystore rollback"),
                        Text::tr("a HISTORY_ALIAS (of the KeyHistory keystore)"),
                        keystore::HistoryKeystore, keystore::rollBack,
                        context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Roll back to '%1'")));
}

} // namespace

// ---- export --format p12 ----------------------------------------------------------------------

int exportPkcs12(const Context& context, const KeystoreEntry& entry, const QString& passwordFile,
                 bool compatible, const QString& output)
{
    auto password = readPasswordFile(passwordFile);
    if (!password) {
        context.error(password.error().toString());
        return Usage;
    }
    if (password->isEmpty()) {
        context.error(
            Text::tr(
                "%1: the password file is empty; a private key is only exported encrypted")
                .arg(passwordFile));
        return Usage;
    }
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    int code = Success;
    auto key = keyOrReport(context, session, entry, code);
    if (!key)
        return code;
    auto chain = keystore::chainOf(entry);
    if (!chain)
        return context.fail(chain.error());
    crypto::Pkcs12Options options;
    options.encryption =
        compatible ? crypto::Pkcs12Encryption::Compatible3Des : crypto::Pkcs12Encryption::Aes256;
    options.friendlyName = entry.alias;
    auto bytes = crypto::Exporter::pkcs12(**key, *chain, *password, options);
    password->clear();
    if (!bytes)
        return context.fail(bytes.error());
    if (output.isEmpty()) {
        context.writeBinary(*bytes);
        return Success;
    }
    auto written = writeOutput(output, *bytes);
    if (!written) {
        context.error(written.error().toString());
        return Finding;
    }
    if (context.json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Alias"), entry.alias},
                                                 {QStringLiteral("Keystore"), entry.keystore},
                                                 {QStringLiteral("Format"), QStringLiteral("p12")},
                                                 {QStringLiteral("File"), output}})
                           .toJson();
    return Success;
}

int keystoreEditCommand(const Context& context, const QString& verb, const QStringList& args)
{
    if (verb == QLatin1String("import"))
        return ks::importFiles(context, args);
    if (verb == QLatin1String("generate"))
        return generate(context, args);
    if (verb == QLatin1String("csr"))
        return csr(context, args);
    if (verb == QLatin1String("update-chain"))
        return updateChain(context, args);
    if (verb == QLatin1String("rename"))
        return renameEntry(context, args);
    if (verb == QLatin1String("delete"))
        return deleteEntries(context, args);
    if (verb == QLatin1String("renew"))
        return renew(context, args);
    if (verb == QLatin1String("activate"))
        return activate(context, args);
    if (verb == QLatin1String("rollback"))
        return rollback(context, args);
    return -1;
}

} // namespace gh::cli
