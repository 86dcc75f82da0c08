// `destinations show|create|update|delete`: one destination with every property (secrets only as
// set or missing) and the certificates it names; each edit one workspace step, journaled like
// the cockpit's and undoable there. Secret values come from standard input, one line per
// --secret, never from the command line (where `ps` shows them), and go to the keychain only.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/DestinationSession.h"
#include "app/cli/Table.h"
#include "app/domain/Validation.h"
#include "app/secrets/Cleanse.h"
#include "app/workspace/ChangeDiff.h"
#include "app/workspace/DestinationFiles.h"
#include "app/workspace/KeystoreActions.h"

#include <QFile>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace gh::cli {

namespace {

const QString kSet = QStringLiteral("--set");
const QString kUnset = QStringLiteral("--unset");
const QString kSecret = QStringLiteral("--secret");

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString secretText(const Destination::Property& p)
{
    return p.secretState == Destination::SecretState::Set ? Text::tr("(secret: set)")
                                                          : Text::tr("(secret: missing)");
}

// "set: Password; missing: clientKey", or "none".
QString secretsText(const Destination& d)
{
    QStringList parts;
    if (!d.secretsSet().isEmpty())
        parts.append(Text::tr("set: %1").arg(d.secretsSet().join(QStringLiteral(", "))));
    if (!d.secretsMissing().isEmpty())
        parts.append(Text::tr("missing: %1").arg(d.secretsMissing().join(QStringLiteral(", "))));
    return parts.isEmpty() ? Text::tr("none") : parts.join(QStringLiteral("; "));
}

// ---- show -------------------------------------------------------------------------------------

// A property that names a certificate (KeyStoreLocation …) and the system keystore's entry it
// names, if there is one.
struct CertificateReference
{
    QString property;
    QString name;
    const KeystoreEntry* entry = nullptr;
};

QList<CertificateReference> certificatesOf(const Destination& d, const QList<KeystoreEntry>& keystore)
{
    QList<CertificateReference> out;
    const QStringList names = d.referencedCertificates();
    for (const Destination::Property& p : d.properties()) {
        if (p.secret || !names.contains(p.value))
            continue;
        CertificateReference ref{p.key, p.value, nullptr};
        for (const KeystoreEntry& e : keystore) {
            if (e.keystore != QLatin1String("system"))
                continue;
            const QList<keystore::Reference> refs = keystore::referencesTo(e.alias, {d});
            if (std::any_of(refs.cbegin(), refs.cend(), [&](const keystore::Reference& r) { return r.property == p.key; })) {
                ref.entry = &e;
                break;
            }
        }
        out.append(ref);
    }
    return out;
}

int show(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("destinations show");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--format")}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    const QString format = args.value(QStringLiteral("--format"));
    if (args.has(QStringLiteral("--format")) && format != QLatin1String("properties") && format != QLatin1String("json"))
        return context.usage(Text::tr("--format: '%1' is not a format (expected: properties or json)").arg(format));
    DestinationSession session;
    if (const int code = openDestinationSession(context, session); code != Success)
        return code;
    const Destination* d = session.find(args.operands.first());
    if (!d) {
        context.error(Text::tr("no destination '%1'").arg(args.operands.first()));
        return Finding;
    }
    if (!format.isEmpty()) { // the cockpit's file, as `destinations export` writes it
        context.out << QString::fromUtf8(format == QLatin1String("json") ? destinations::toJson(*d)
                                                                          : destinations::toProperties(*d, context.clock.now()));
        return Success;
    }
    QList<KeystoreEntry> keystore;
    if (!d->referencedCertificates().isEmpty()) {
        auto listed = session.workspace->client().keystore().list().result();
        if (!listed)
            return context.fail(listed.error());
        keystore = std::move(*listed);
    }
    const QList<CertificateReference> certificates = certificatesOf(*d, keystore);

    if (context.json) {
        // The shape of the Destination service's "find destination" answer.
        QJsonArray certs;
        for (const CertificateReference& c : certificates) {
            QJsonObject o{{QStringLiteral("Name"), c.name}, {QStringLiteral("Property"), c.property},
                          {QStringLiteral("InKeystore"), c.entry != nullptr}};
            if (c.entry) {
                o.insert(QStringLiteral("Keystore"), c.entry->keystore);
                o.insert(QStringLiteral("Alias"), c.entry->alias);
                o.insert(QStringLiteral("SubjectDN"), c.entry->subjectDN);
                o.insert(QStringLiteral("ValidNotAfter"), toIsoUtc(c.entry->validNotAfter));
            }
            certs.append(o);
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("destinationConfiguration"), d->toJson()},
                                                 {QStringLiteral("SecretsSet"), QJsonArray::fromStringList(d->secretsSet())},
                                                 {QStringLiteral("SecretsMissing"), QJsonArray::fromStringList(d->secretsMissing())},
                                                 {QStringLiteral("certificates"), certs}})
                           .toJson(QJsonDocument::Indented);
        return Success;
    }
    QTextStream& out = context.out;
    writeFields(out,
                {{Text::tr("Name"), d->name()},
                 {Text::tr("Type"), d->type()},
                 {Text::tr("URL"), orDash(d->url())},
                 {Text::tr("Proxy type"), d->proxyType()},
                 {Text::tr("Authentication"), orDash(d->authentication())},
                 {Text::tr("Description"), orDash(d->description())},
                 {Text::tr("Secrets"), secretsText(*d)}},
                17);
    out << "\n" << Text::tr("Properties:") << "\n";
    QList<QStringList> rows;
    for (const Destination::Property& p : d->properties())
        rows.append({p.key, p.secret ? secretText(p) : p.value});
    writeTable(out, {Text::tr("PROPERTY"), Text::tr("VALUE")}, rows);
    out << "\n" << Text::tr("Certificates:");
    if (certificates.isEmpty()) {
        out << " " << Text::tr("none") << "\n";
        return Success;
    }
    out << "\n";
    rows.clear();
    for (const CertificateReference& c : certificates) {
        rows.append({c.property, c.name,
                     c.entry ? QStringLiteral("%1/%2, valid until %3").arg(c.entry->keystore, c.entry->alias, dateText(c.entry->validNotAfter))
                             : QStringLiteral("not in the keystore")});
    }
    writeTable(out, {Text::tr("PROPERTY"), Text::tr("NAME"), Text::tr("KEYSTORE ENTRY")}, rows);
    return Success;
}

// ---- create, update: the options ---------------------------------------------------------------

// The property options, in the order create and update take them.
const QList<std::pair<QString, QString>>& propertyOptions()
{
    static const QList<std::pair<QString, QString>> options{
        {QStringLiteral("--url"), QStringLiteral("URL")},
        {QStringLiteral("--proxy-type"), QStringLiteral("ProxyType")},
        {QStringLiteral("--auth"), QStringLiteral("Authentication")},
        {QStringLiteral("--description"), QStringLiteral("Description")},
    };
    return options;
}

// Applies --url …, --set, --unset and --secret to `d`. The usage exit code on a mistake;
// `missing` collects the --unset properties the destination does not have.
std::optional<int> edit(const Context& context, const Args& args, Destination& d, QStringList& missing)
{
    for (const auto& [option, key] : propertyOptions()) {
        if (args.has(option))
            d.set(key, args.value(option));
    }
    const QStringList unset = args.values.value(kUnset);
    const QStringList secrets = args.values.value(kSecret);
    QStringList setKeys;
    for (const QString& assignment : args.values.value(kSet)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(eq);
        if (eq <= 0 || key.trimmed().isEmpty())
            return context.usage(Text::tr("--set '%1': expected KEY=VALUE").arg(assignment));
        if (key == QLatin1String("Name") || key == QLatin1String("Type"))
            return context.usage(Text::tr("--set %1: the name is the NAME operand and the type --type (a renamed "
                                                "destination is a new one: create it and delete the old one)")
                                     .arg(key));
        if (Destination::isSecretKey(key))
            return context.usage(Text::tr("--set %1: %1 is a secret; give it with --secret %1, which reads its "
                                                "value from standard input (never from the command line)")
                                     .arg(key));
        if (setKeys.contains(key) || unset.contains(key) || secrets.contains(key))
            return context.usage(Text::tr("%1 is given more than once").arg(key));
        setKeys.append(key);
        d.set(key, assignment.mid(eq + 1));
    }
    for (const QString& key : unset) {
        if (key == QLatin1String("Name") || key == QLatin1String("Type"))
            return context.usage(Text::tr("--unset %1: every destination has a %1").arg(key));
        if (secrets.contains(key) || unset.count(key) > 1)
            return context.usage(Text::tr("%1 is given more than once").arg(key));
        for (const auto& [option, property] : propertyOptions()) {
            if (property == key && args.has(option))
                return context.usage(Text::tr("%1 is given more than once (%2 and --unset)").arg(key, option));
        }
        if (!d.contains(key))
            missing.append(key);
        d.remove(key);
    }
    for (const QString& key : secrets) {
        if (!Destination::isSecretKey(key))
            return context.usage(Text::tr("--secret %1: %1 is not a secret property (give it with --set %1=VALUE)").arg(key));
        if (secrets.count(key) > 1)
            return context.usage(Text::tr("%1 is given more than once").arg(key));
        d.setSecretState(key, Destination::SecretState::Set);
    }
    return std::nullopt;
}

// Every problem of `d`, each naming its property; true when there were any (nothing is changed then).
bool reportProblems(const Context& context, const Destination& d, const QStringList& missing, const QString& verb)
{
    QStringList lines;
    for (const QString& key : missing)
        lines.append(QStringLiteral("destination '%1': %2: there is no such property").arg(d.name(), key));
    for (const Error& e : validateDestination(d))
        lines.append(QStringLiteral("destination '%1': %2").arg(d.name(), e.toString()));
    for (const QString& line : std::as_const(lines))
        context.error(line);
    if (!lines.isEmpty())
        context.error(Text::tr("nothing was %1").arg(verb));
    return !lines.isEmpty();
}

} // namespace

std::optional<int> readSecretValues(const Context& context, const QString& destination, const QStringList& keys,
                                    QList<SecretValue>& values)
{
    if (keys.isEmpty())
        return std::nullopt;
    constexpr qint64 maxLength = 64 * 1024; // a private key in PEM fits; a stray file does not
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return context.usage(Text::tr("--secret: cannot read standard input: %1").arg(in.errorString()));
#ifdef Q_OS_UNIX
    // Typed at a terminal: asked for by name, and not echoed.
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    const bool echoOff = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (echoOff) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const auto restore = qScopeGuard([&] {
        if (echoOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    });
#else
    const bool terminal = false;
#endif
    for (const QString& key : keys) {
        if (terminal) {
            context.err << QStringLiteral("%1 of '%2': ").arg(key, destination);
            context.err.flush();
        }
        QByteArray line = in.readLine(maxLength + 2);
        if (terminal) {
            context.err << "\n";
            context.err.flush();
        }
        const bool tooLong = !line.endsWith('\n') && line.size() > maxLength;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || tooLong) {
            secureZero(line);
            for (SecretValue& v : values)
                secureZero(v.value);
            values.clear();
            return context.usage(Text::tr("--secret %1: no value on standard input (one line per --secret, in "
                                                "the order given, at most %2 bytes); nothing was changed")
                                     .arg(key)
                                     .arg(maxLength));
        }
        values.append({destination, key, std::move(line)}); // its one buffer, wiped once kept
    }
    return std::nullopt;
}

namespace {

// The step's report: one row per destination, with the properties an update changed.
void report(const Context& context, const QList<Change>& step, const QString& description)
{
    QJsonArray json;
    QList<QStringList> rows;
    for (const Change& c : step) {
        const QString what = !c.before ? QStringLiteral("created") : !c.after ? QStringLiteral("deleted") : QStringLiteral("updated");
        QStringList changed;
        if (c.before && c.after) {
            for (const changes::PropertyDiff& diff : changes::propertyDiff(c.before, c.after))
                changed.append(diff.property);
        }
        json.append(QJsonObject{{QStringLiteral("Change"), what},
                                {QStringLiteral("Kind"), entityKindLabel(c.kind)},
                                {QStringLiteral("Name"), c.key},
                                {QStringLiteral("Properties"), QJsonArray::fromStringList(changed)},
                                {QStringLiteral("destinationConfiguration"), c.after ? *c.after : *c.before}});
        rows.append({what, c.key, orDash(changed.join(QStringLiteral(", ")))});
    }
    reportStep(context, description, json, {Text::tr("CHANGE"), Text::tr("NAME"), Text::tr("PROPERTIES")},
               rows);
}

// Keeps the secrets, then applies the step and reports it.
int keepAndApply(const Context& context, DestinationSession& session, QList<SecretValue>& secrets,
                 const QList<Change>& changes, const QString& description)
{
    if (const int code = keepDestinationSecrets(context, session, secrets); code != Success)
        return code;
    const Status applied = session.workspace->apply(changes, description).result();
    if (!applied)
        return context.fail(applied.error());
    report(context, changes, description);
    return Success;
}

// ---- create -----------------------------------------------------------------------------------

QStringList editOptions(bool create)
{
    QStringList options{kSet, kSecret};
    if (create)
        options.append(QStringLiteral("--type"));
    else
        options.append(kUnset);
    for (const auto& option : propertyOptions())
        options.append(option.first);
    return options;
}

int create(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("destinations create");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, editOptions(true), {}, args, {kSet, kSecret}))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    if (!args.has(QStringLiteral("--type")))
        return context.usage(Text::tr("destinations create needs --type (%1)")
                                 .arg(knownDestinationTypes().join(QLatin1Char('|'))));
    Destination d;
    d.set(QStringLiteral("Name"), args.operands.first());
    d.set(QStringLiteral("Type"), args.value(QStringLiteral("--type")));
    QStringList missing;
    if (auto code = edit(context, args, d, missing))
        return *code;
    if (reportProblems(context, d, missing, Text::tr("created", "nothing was %1")))
        return Finding;
    DestinationSession session;
    if (const int code = openDestinationSession(context, session); code != Success)
        return code;
    if (session.find(d.name())) {
        context.error(Error::conflict(QStringLiteral("destination '%1' exists already: change it with 'destinations update'")
                                          .arg(d.name()))
                          .toString());
        return Finding;
    }
    QList<SecretValue> secrets;
    if (auto code = readSecretValues(context, d.name(), args.values.value(kSecret), secrets))
        return *code;
    return keepAndApply(context, session, secrets, {Change::created(d)},
                        context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Create destination '%1'")).arg(d.name()));
}

// ---- update -----------------------------------------------------------------------------------

int update(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("destinations update");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, editOptions(false), {}, args, {kSet, kUnset, kSecret}))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    if (args.values.isEmpty())
        return context.usage(Text::tr("destinations update needs what to change: --set, --unset, --secret, --url, "
                                            "--proxy-type, --auth or --description"));
    DestinationSession session;
    if (const int code = openDestinationSession(context, session); code != Success)
        return code;
    const Destination* existing = session.find(args.operands.first());
    if (!existing) {
        context.error(Error::notFound(QStringLiteral("no destination '%1'").arg(args.operands.first())).toString());
        return Finding;
    }
    Destination d = *existing;
    QStringList missing;
    if (auto code = edit(context, args, d, missing))
        return *code;
    if (reportProblems(context, d, missing, Text::tr("changed", "nothing was %1")))
        return Finding;
    QList<SecretValue> secrets;
    if (auto code = readSecretValues(context, d.name(), args.values.value(kSecret), secrets))
        return *code;
    const Change change = Change::updated(*existing, d);
    if (change.before == change.after) {
        // Only secret values (which no step records) or nothing at all.
        if (const int code = keepDestinationSecrets(context, session, secrets); code != Success)
            return code;
        if (args.has(kSecret))
            context.out << Text::tr("Kept %1 of '%2' in the keychain; no property changed.")
                               .arg(args.values.value(kSecret).join(QStringLiteral(", ")), d.name())
                        << "\n";
        else
            context.out << Text::tr("Nothing to change.") << "\n";
        return Success;
    }
    return keepAndApply(context, session, secrets, {change}, context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Update destination '%1'")).arg(d.name()));
}

// ---- delete -----------------------------------------------------------------------------------

int remove(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("destinations delete");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("destinations delete needs at least one NAME"));
    DestinationSession session;
    if (const int code = openDestinationSession(context, session); code != Success)
        return code;
    QList<Change> changes;
    QStringList unknown;
    for (const QString& name : std::as_const(args.operands)) {
        const Destination* d = session.find(name);
        if (!d)
            unknown.append(name);
        else if (std::none_of(changes.cbegin(), changes.cend(), [&](const Change& c) { return c.key == name; }))
            changes.append(Change::removed(*d));
    }
    if (!unknown.isEmpty()) {
        for (const QString& name : std::as_const(unknown))
            context.error(Text::tr("no destination '%1'").arg(name));
        context.error(Text::tr("nothing was deleted"));
        return Finding;
    }
    // The keychain keeps their secrets: undoing the step brings the destinations back with them.
    QList<SecretValue> none;
    return keepAndApply(context, session, none, changes,
                        changes.size() == 1 ? context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete destination '%1'")).arg(changes.first().key)
                                            : context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete %1 destinations")).arg(changes.size()));
}

} // namespace

int destinationEditCommand(const Context& context, const QString& verb, const QStringList& args)
{
    if (verb == QLatin1String("show"))
        return show(context, args);
    if (verb == QLatin1String("create"))
        return create(context, args);
    if (verb == QLatin1String("update"))
        return update(context, args);
    if (verb == QLatin1String("delete"))
        return remove(context, args);
    return -1;
}

} // namespace gh::cli
