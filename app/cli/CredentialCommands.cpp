// `credentials create|edit|delete`: Cloud Integration's user credentials, OAuth2 client
// credentials and secure parameters, each change one journaled step like the cockpit's (and
// undoable there). A secret (password, client secret, secure parameter value) comes from standard
// input with --secret, one line, asked for unechoed at a terminal, never from the command line
// (where `ps` shows it); it goes to the keychain only, and waits there until a push sends it.

#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/DestinationSession.h"
#include "app/secrets/Cleanse.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/ChangeDiff.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/CredentialSecrets.h"

namespace gh::cli {

namespace {

using credentials::Credential;

const QString kKind = QStringLiteral("--kind");
const QString kSecret = QStringLiteral("--secret");
const QString kParam = QStringLiteral("--param");
const QString kClearParams = QStringLiteral("--clear-params");

// Options that set one property, and the kinds they belong to.
struct PropertyOption
{
    QString option;
    QList<EntityKind> kinds;
};

QList<PropertyOption> propertyOptions()
{
    const EntityKind u = EntityKind::UserCredential, o = EntityKind::OAuth2ClientCredential, p = EntityKind::SecureParameter;
    return {{QStringLiteral("--description"), {u, o, p}},
            {QStringLiteral("--type"), {u}},
            {QStringLiteral("--user"), {u}},
            {QStringLiteral("--company-id"), {u}},
            {QStringLiteral("--token-url"), {o}},
            {QStringLiteral("--client-id"), {o}},
            {QStringLiteral("--client-authentication"), {o}},
            {QStringLiteral("--scope"), {o}},
            {QStringLiteral("--scope-content-type"), {o}},
            {QStringLiteral("--resource"), {o}},
            {QStringLiteral("--audience"), {o}},
            {kParam, {o}}};
}

QStringList valueOptions(bool create)
{
    QStringList out;
    for (const PropertyOption& p : propertyOptions())
        out.append(p.option);
    if (create)
        out.append(kKind);
    return out;
}

// For people, in their language (credentials::labelOf and secretLabel stay English: they name
// the journal's steps and the JSON).
QString kindsText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::UserCredential: return Text::tr("user credentials");
    case EntityKind::OAuth2ClientCredential: return Text::tr("OAuth2 client credentials");
    default: return Text::tr("secure parameters");
    }
}

QString secretText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::UserCredential: return Text::tr("password");
    case EntityKind::OAuth2ClientCredential: return Text::tr("client secret");
    default: return Text::tr("value", "of a secure parameter");
    }
}

QString credentialText(EntityKind kind, const QString& name)
{
    switch (kind) {
    case EntityKind::UserCredential: return Text::tr("user credential '%1'").arg(name);
    case EntityKind::OAuth2ClientCredential: return Text::tr("OAuth2 client credential '%1'").arg(name);
    default: return Text::tr("secure parameter '%1'").arg(name);
    }
}

std::optional<EntityKind> kindFromOption(const QString& value)
{
    if (value == QLatin1String("user"))
        return EntityKind::UserCredential;
    if (value == QLatin1String("oauth2"))
        return EntityKind::OAuth2ClientCredential;
    if (value == QLatin1String("secure-parameter"))
        return EntityKind::SecureParameter;
    return std::nullopt;
}

// "KEY=VALUE" or "KEY=VALUE@url" / "@body" (where it is sent; body by default).
std::optional<CustomParameter> parseParam(const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    CustomParameter p{text.left(eq), text.mid(eq + 1), QStringLiteral("body")};
    for (const QString& part : {QStringLiteral("url"), QStringLiteral("body")}) {
        if (p.value.endsWith(QLatin1Char('@') + part)) {
            p.value.chop(part.size() + 1);
            p.sendAsPartOf = part;
        }
    }
    return p;
}

// Applies the property options of `args` to `c`; the usage exit code when one does not belong to
// its kind or a --param is not KEY=VALUE.
std::optional<int> applyOptions(const Context& context, const Args& args, Credential& c)
{
    const EntityKind kind = credentials::kindOf(c);
    for (const PropertyOption& p : propertyOptions()) {
        if (args.has(p.option) && !p.kinds.contains(kind))
            return context.usage(Text::tr("%1 is not an option of %2").arg(p.option, kindsText(kind)));
    }
    const auto value = [&](const char* option, QString& field) {
        if (args.has(QLatin1String(option)))
            field = args.value(QLatin1String(option));
    };
    if (auto* u = std::get_if<UserCredential>(&c)) {
        value("--description", u->description);
        value("--type", u->kind);
        value("--user", u->user);
        value("--company-id", u->companyId);
    } else if (auto* o = std::get_if<OAuth2ClientCredential>(&c)) {
        value("--description", o->description);
        value("--token-url", o->tokenServiceUrl);
        value("--client-id", o->clientId);
        value("--client-authentication", o->clientAuthentication);
        value("--scope", o->scope);
        value("--scope-content-type", o->scopeContentType);
        value("--resource", o->resource);
        value("--audience", o->audience);
        if (args.has(kClearParams))
            o->customParameters.clear();
        for (const QString& text : args.values.value(kParam)) {
            const auto param = parseParam(text);
            if (!param)
                return context.usage(Text::tr("--param %1: expected KEY=VALUE, optionally ending in @url or @body").arg(text));
            o->customParameters.removeIf([&](const CustomParameter& existing) { return existing.key == param->key; });
            o->customParameters.append(*param);
        }
    } else if (auto* p = std::get_if<SecureParameter>(&c)) {
        value("--description", p->description);
    }
    if (args.has(kClearParams) && kind != EntityKind::OAuth2ClientCredential)
        return context.usage(Text::tr("%1 is not an option of %2").arg(kClearParams, kindsText(kind)));
    return std::nullopt;
}

struct Session
{
    std::shared_ptr<LocalTenant> tenant;
    std::unique_ptr<Workspace> workspace;
    credentials::Existing existing;
};

int openSession(const Context& context, Session& session)
{
    if (const int code = openWorkspace(context, session.tenant, session.workspace); code != Success)
        return code;
    TenantClient& client = session.workspace->client();
    auto users = client.userCredentials().list().result();
    auto oauth = client.oauth2ClientCredentials().list().result();
    auto params = client.secureParameters().list().result();
    for (const Error* e : {users ? nullptr : &users.error(), oauth ? nullptr : &oauth.error(), params ? nullptr : &params.error()})
        if (e)
            return context.fail(*e);
    session.existing = {*users, *oauth, *params};
    return Success;
}

// With --secret: the value from standard input, kept in the keychain. Usage after reporting when
// it is missing or no keychain answers (nothing is changed then).
int keepSecret(const Context& context, const Session& session, const Args& args, EntityKind kind, const QString& name)
{
    if (!args.has(kSecret))
        return Success;
    QList<SecretValue> values;
    if (auto code = readSecretValues(context, name, {credentials::secretField(kind)}, values))
        return *code;
    const auto wipe = qScopeGuard([&] {
        for (SecretValue& v : values)
            secureZero(v.value);
    });
    auto store = context.secretStore ? context.secretStore()
                                     : Result<SecretStore*>(Error::make(Error::Kind::Io, Text::tr("no secret store")));
    if (!store) {
        context.error(Text::tr("no system keychain answered (%1); the %2 of %3 could not be kept, so nothing was changed")
                          .arg(store.error().message, secretText(kind), credentialText(kind, name)));
        return Usage;
    }
    CredentialSecrets secrets(**store, session.tenant->id());
    const crypto::SecretBuffer value(QByteArrayView(values.first().value));
    const Status kept = waitFor(secrets.write(kind, name, value));
    if (!kept) {
        context.error(Text::tr("the %1 of %2 could not be kept: %3; nothing was changed")
                          .arg(secretText(kind), credentialText(kind, name), kept.error().toString()));
        return Usage;
    }
    return Success;
}

int applyAndReport(const Context& context, Session& session, const Change& change)
{
    const QString description = credentials::stepDescription(change);
    const Status applied = session.workspace->apply({change}, description).result();
    if (!applied)
        return context.fail(applied.error());
    const QString what = !change.before ? QStringLiteral("created") : !change.after ? QStringLiteral("deleted") : QStringLiteral("updated");
    QStringList changed; // of an update; a new or deleted credential is the whole of it
    if (change.before && change.after)
        for (const changes::PropertyDiff& diff : changes::propertyDiff(change.before, change.after))
            changed.append(diff.property);
    // The stored form marks a set secret with a non-empty string (never the value).
    const bool secretSet = change.after && !change.after->value(credentials::secretField(change.kind)).toString().isEmpty();
    const QJsonArray json{QJsonObject{{QStringLiteral("Change"), what},
                                      {QStringLiteral("Kind"), entityKindLabel(change.kind)},
                                      {QStringLiteral("Name"), change.key},
                                      {QStringLiteral("Properties"), QJsonArray::fromStringList(changed)},
                                      {QStringLiteral("SecretSet"), secretSet}}};
    reportStep(context, description, json, {Text::tr("CHANGE"), Text::tr("KIND"), Text::tr("NAME"), Text::tr("PROPERTIES")},
               {{what, entityKindLabel(change.kind), change.key, changed.isEmpty() ? QStringLiteral("-") : changed.join(QStringLiteral(", "))}});
    return Success;
}

int reportRefusal(const Context& context, const Error& error, const QString& verb)
{
    context.error(error.toString());
    context.error(Text::tr("nothing was %1").arg(verb));
    return Finding;
}

int create(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("credentials create");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, valueOptions(true), {kSecret}, args, {kParam}))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    const auto kind = kindFromOption(args.value(kKind));
    if (!kind)
        return context.usage(Text::tr("credentials create needs --kind user|oauth2|secure-parameter"));
    Credential c;
    const QString name = args.operands.first();
    if (*kind == EntityKind::OAuth2ClientCredential)
        c = OAuth2ClientCredential{};
    else if (*kind == EntityKind::SecureParameter)
        c = SecureParameter{};
    std::visit([&](auto& v) { v.name = name; }, c);
    if (auto code = applyOptions(context, args, c))
        return *code;
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const auto change = credentials::create(c, args.has(kSecret), session.existing);
    if (!change)
        return reportRefusal(context, change.error(), Text::tr("created", "nothing was %1"));
    if (const int code = keepSecret(context, session, args, *kind, name); code != Success)
        return code;
    if (!args.has(kSecret))
        context.err << Text::tr("Note: %1 has no %2 yet; a push refuses it until one is given with "
                                "'credentials edit %3 --secret'.")
                           .arg(credentialText(*kind, name), secretText(*kind), name)
                    << "\n";
    return applyAndReport(context, session, *change);
}

int edit(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("credentials edit");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, valueOptions(false), {kSecret, kClearParams}, args, {kParam}))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    if (args.values.isEmpty() && args.flags.isEmpty())
        return context.usage(Text::tr("credentials edit needs what to change (--secret, --description, …)"));
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const QString name = args.operands.first();
    const auto kind = session.existing.kindNamed(name);
    if (!kind) {
        context.error(Error::notFound(Text::tr("no credential or secure parameter '%1'").arg(name)).toString());
        return Finding;
    }
    Credential c = *session.existing.find(*kind, name);
    if (auto code = applyOptions(context, args, c))
        return *code;
    const auto change = credentials::edit(c, args.has(kSecret), session.existing);
    if (!change)
        return reportRefusal(context, change.error(), Text::tr("changed", "nothing was %1"));
    if (const int code = keepSecret(context, session, args, *kind, name); code != Success)
        return code;
    return applyAndReport(context, session, *change);
}

int remove(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("credentials delete");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    Session session;
    if (const int code = openSession(context, session); code != Success)
        return code;
    const QString name = args.operands.first();
    const auto kind = session.existing.kindNamed(name);
    if (!kind) {
        context.error(Error::notFound(Text::tr("no credential or secure parameter '%1'").arg(name)).toString());
        return Finding;
    }
    const auto change = credentials::removal(*kind, name, session.existing);
    if (!change)
        return reportRefusal(context, change.error(), Text::tr("deleted", "nothing was %1"));
    return applyAndReport(context, session, *change);
}

} // namespace

int credentialsCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("create"))
        return create(context, args.mid(1));
    if (verb == QLatin1String("edit"))
        return edit(context, args.mid(1));
    if (verb == QLatin1String("delete"))
        return remove(context, args.mid(1));
    return context.usage(Text::tr("unknown credentials command '%1' (expected: create, edit, delete)").arg(verb));
}

} // namespace gh::cli
