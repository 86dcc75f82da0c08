// `keystore import FILE…`: certificates, PKCS#7 bundles and PKCS#12 key pairs planned with
// keystore::planImport and applied as one workspace step, the key pairs' private keys kept in the
// KeyVault first. Split from KeystoreEditCommands.cpp, which dispatches to it.
#include "app/cli/KeystoreSession.h"
#include "app/cli/Table.h"
#include "app/crypto/CertificateReader.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/FileRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <memory>
#include <optional>

namespace gh::cli::ks {

namespace {

QJsonObject importItemJson(const keystore::ImportItem& item)
{
    return {{QStringLiteral("Action"), keystore::importActionName(item.action)},
            {QStringLiteral("Alias"), item.entry.alias},
            {QStringLiteral("Keystore"), item.entry.keystore},
            {QStringLiteral("Type"), item.entry.type},
            {QStringLiteral("SubjectDN"), item.entry.subjectDN},
            {QStringLiteral("ValidNotAfter"),
             item.entry.validNotAfter.isValid()
                 ? QJsonValue(item.entry.validNotAfter.toUTC().toString(Qt::ISODate))
                 : QJsonValue()},
            {QStringLiteral("Source"), item.source},
            {QStringLiteral("Note"), item.note}};
}

} // namespace

int importFiles(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("keystore import");
    Args args;
    if (auto code = parse(context, command, rawArgs,
                          {QStringLiteral("--alias"), QStringLiteral("--password-file"),
                           QStringLiteral("--keystore")},
                          {QStringLiteral("--dry-run")}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("keystore import needs at least one FILE"));
    const QString alias = args.value(QStringLiteral("--alias"));
    if (args.has(QStringLiteral("--alias")) && alias.isEmpty())
        return context.usage(Text::tr("--alias needs a non-empty ALIAS"));
    if (!alias.isEmpty() && args.operands.size() > 1)
        return context.usage(Text::tr("--alias names a single entry: give one FILE only"));
    const QString keystoreName = keystoreOption(args);
    if (keystoreName != keystore::SystemKeystore && keystoreName != keystore::RenewalKeystore)
        return context.usage(
            Text::tr("--keystore: '%1' is not a keystore to import into (expected: %2 or %3)")
                .arg(keystoreName, keystore::SystemKeystore, keystore::RenewalKeystore));
    const bool dryRun = args.has(QStringLiteral("--dry-run"));

    // The password is read once and handed out as copies that wipe themselves.
    auto password = std::make_shared<crypto::SecretBuffer>();
    if (args.has(QStringLiteral("--password-file"))) {
        auto read = readPasswordFile(args.value(QStringLiteral("--password-file")));
        if (!read) {
            context.error(read.error().toString());
            return Usage;
        }
        *password = std::move(*read);
    }

    QList<keystore::ImportSource> sources;
    QList<Error> unreadable;
    for (const QString& file : std::as_const(args.operands)) {
        auto bytes = readFileBounded(file, crypto::CertificateReader::MaxInputSize, Text::tr("a certificate or key store file"));
        if (bytes)
            sources.append({file, std::move(*bytes)});
        else
            unreadable.append(bytes.error());
    }

    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const keystore::Actor actor = actorOf(context);

    keystore::ImportOptions options;
    options.keystore = keystoreName;
    options.alias = alias;
    options.passwordAttempts = 1; // a file gives one password: no point asking again
    if (args.has(QStringLiteral("--password-file"))) {
        options.password = [password](const QString&,
                                      int attempt) -> std::optional<crypto::SecretBuffer> {
            if (attempt > 0)
                return std::nullopt;
            return password->clone();
        };
    }
    keystore::ImportPlan plan = keystore::planImport(sources, session.entries, actor, options);
    password->clear();
    plan.problems = unreadable + plan.problems;
    if (!alias.isEmpty() && plan.items.size() > 1)
        context.error(Text::tr("%1: --alias ignored: the file holds %2 certificates, each "
                                     "takes its alias from its CN")
                          .arg(args.operands.first())
                          .arg(plan.items.size()));

    for (const Error& problem : std::as_const(plan.problems))
        context.error(problem.toString()); // names the file (Error::where)

    if (context.json) {
        QJsonArray items;
        for (const keystore::ImportItem& item : std::as_const(plan.items))
            items.append(importItemJson(item));
        QJsonArray problems;
        for (const Error& problem : std::as_const(plan.problems)) {
            problems.append(QJsonObject{
                {QStringLiteral("Source"), problem.where},
                {QStringLiteral("Message"),
                 problem.field.isEmpty()
                     ? problem.message
                     : QString(problem.field + QStringLiteral(": ") + problem.message)}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Items"), items},
                                                 {QStringLiteral("Problems"), problems}})
                           .toJson(QJsonDocument::Indented);
    } else {
        QList<QStringList> rows;
        for (const keystore::ImportItem& item : std::as_const(plan.items)) {
            rows.append({keystore::importActionName(item.action), item.entry.alias, item.entry.type,
                         commonNameOf(item.entry.subjectDN), dateText(item.entry.validNotAfter),
                         item.source, item.note});
        }
        if (!rows.isEmpty()) {
            writeTable(context.out,
                       {Text::tr("ACTION"), Text::tr("ALIAS"), Text::tr("TYPE"),
                        Text::tr("SUBJECT CN"), Text::tr("VALID UNTIL"),
                        Text::tr("SOURCE"), Text::tr("NOTE")},
                       rows);
        }
        context.out << plan.summary() << "\n";
    }
    const int outcome = plan.problems.isEmpty() ? int(Success) : int(Finding);
    if (dryRun) {
        if (!context.json)
            context.out << Text::tr("Dry run: nothing was changed.") << "\n";
        context.out.flush();
        return outcome;
    }

    // Keep the private keys of PKCS#12 key pairs first: an entry without its key would be of no
    // use. Keys that were not held before are forgotten again if the step fails.
    QList<QByteArray> keptNow;
    std::optional<KeyVault> vault;
    for (const keystore::ImportItem& item : std::as_const(plan.items)) {
        if (!item.privateKey || item.action == keystore::ImportAction::Refused)
            continue;
        if (!vault) {
            auto store = secretStoreOf(context);
            if (!store)
                return cannotKeep(context, item.entry.alias, store.error());
            vault.emplace(**store, session.tenant->id());
        }
        const QByteArray publicKey = item.privateKey->publicKeyDer();
        const bool heldBefore = waitFor(vault->find(publicKey, item.entry.alias)).ok();
        const Status kept = waitFor(vault->keep(*item.privateKey));
        if (!kept) {
            for (const QByteArray& key : std::as_const(keptNow)) {
                const Status forgotten = waitFor(vault->forget(key));
                Q_UNUSED(forgotten);
            }
            return cannotKeep(context, item.entry.alias, kept.error());
        }
        if (!heldBefore)
            keptNow.append(publicKey);
    }
    if (plan.hasChanges()) {
        const Status applied =
            session.workspace->apply(plan.changes(), plan.description()).result();
        if (!applied) {
            for (const QByteArray& key : std::as_const(keptNow)) {
                const Status forgotten = waitFor(vault->forget(key));
                Q_UNUSED(forgotten);
            }
            return context.fail(applied.error());
        }
        if (!context.json)
            context.out << Text::tr("Done: %1.").arg(plan.description()) << "\n";
    } else if (!context.json) {
        context.out << Text::tr("Nothing to change.") << "\n";
    }
    return outcome;
}

} // namespace gh::cli::ks
