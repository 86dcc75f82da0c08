// `profile add|list|show|remove`: tenant profiles made from BTP service keys. The client secrets
// go from the key files straight to the system keychain; the settings, the output and the error
// messages hold everything else and never a secret.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/secrets/SecretStore.h"

#include <QDir>
#include <QJsonDocument>

namespace gh::cli {

namespace {

using remote::ProfileDraft;
using remote::ProfileSettings;
using remote::ProfileStore;
using remote::Service;
using remote::ServiceKey;
using remote::TenantProfile;

QJsonObject profileJson(const TenantProfile& profile)
{
    QJsonObject services;
    for (const auto& [service, endpoint] : profile.services) {
        QJsonObject s{{QStringLiteral("clientId"), endpoint.clientId},
                      {QStringLiteral("tokenUrl"), endpoint.tokenUrl.toString()},
                      {QStringLiteral("apiRoot"), endpoint.apiRoot.toString()}};
        const std::pair<const char*, const QString*> info[] = {
            {"identityZone", &endpoint.identityZone}, {"tenantId", &endpoint.tenantId},
            {"subaccountId", &endpoint.subaccountId}, {"xsappname", &endpoint.xsappname},
            {"createDate", &endpoint.createDate}};
        for (const auto& [key, value] : info)
            if (!value->isEmpty())
                s.insert(QLatin1String(key), *value);
        services.insert(remote::serviceName(service), s);
    }
    QJsonObject o{{QStringLiteral("name"), profile.name}, {QStringLiteral("services"), services}};
    if (!profile.caFile.isEmpty())
        o.insert(QStringLiteral("caFile"), profile.caFile);
    if (!profile.pinSha256.isEmpty())
        o.insert(QStringLiteral("pinSha256"), profile.pinSha256);
    return o;
}

QString serviceList(const TenantProfile& profile)
{
    QStringList names;
    for (const auto& entry : profile.services)
        names.append(remote::serviceName(entry.first));
    return names.join(QLatin1Char(','));
}

void writeProfile(const Context& context, const TenantProfile& profile)
{
    if (context.json) {
        context.out << QJsonDocument(profileJson(profile)).toJson();
        return;
    }
    context.out << Text::tr("Profile %1").arg(profile.name) << "\n";
    QString fields;
    QTextStream indented(&fields);
    writeFields(indented,
                {{Text::tr("CA file"), profile.caFile.isEmpty() ? Text::tr("- (system CAs only)")
                                                                : QDir::toNativeSeparators(profile.caFile)},
                 {Text::tr("Pinned SHA-256"), profile.pinSha256.isEmpty() ? QStringLiteral("-") : profile.pinSha256}},
                16);
    indented.flush();
    for (const QString& line : fields.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        context.out << "  " << line << "\n";
    QList<QStringList> rows;
    for (const auto& [service, endpoint] : profile.services)
        rows.append({remote::serviceName(service), endpoint.clientId, endpoint.tokenUrl.toString(),
                     endpoint.apiRoot.toString()});
    writeTable(context.out, {Text::tr("SERVICE"), Text::tr("CLIENT ID"), Text::tr("TOKEN URL"),
                             Text::tr("API ROOT")},
               rows);
    context.out << Text::tr("Client secrets: in the system keychain under profile/%1/<service>/clientSecret "
                            "(never shown)")
                       .arg(profile.name)
                << "\n";
}

// The settings file and keychain errors make the profiles unusable (2); the rest are findings
// about what was given (1).
int failWith(const Context& context, const Error& error)
{
    context.error(error.toString());
    return error.kind == Error::Kind::Io || error.kind == Error::Kind::Internal ? int(Usage) : int(Finding);
}

int profileAdd(const Context& context, const QStringList& rawArgs)
{
    Args args;
    const QString command = QStringLiteral("profile add");
    if (auto code = parseArgs(context, command, rawArgs,
                              {QStringLiteral("--service-key"), QStringLiteral("--ca-file"), QStringLiteral("--pin-sha256")},
                              {QStringLiteral("--replace")}, args, {QStringLiteral("--service-key")}))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    const QStringList files = args.values.value(QStringLiteral("--service-key"));
    if (files.isEmpty())
        return context.usage(Text::tr("profile add needs at least one --service-key FILE"));
    ProfileDraft draft;
    draft.name = args.operands.first();
    if (Status valid = ProfileSettings::validateName(draft.name); !valid)
        return failWith(context, valid.error());
    // Every file is read before anything is stored, and every bad one reported, so that one run
    // names all the problems and nothing half-done is left behind.
    bool allRead = true;
    for (const QString& file : files) {
        Result<ServiceKey> key = ServiceKey::readFile(file);
        if (!key) {
            context.error(key.error().toString());
            allRead = false;
            continue;
        }
        draft.keys.push_back(std::move(key).value());
    }
    if (!allRead)
        return Finding;
    draft.caFile = args.value(QStringLiteral("--ca-file"));
    draft.pinSha256 = args.value(QStringLiteral("--pin-sha256"));
    draft.replace = args.has(QStringLiteral("--replace"));
    Result<SecretStore*> store = context.secretStore ? context.secretStore()
                                                     : Result<SecretStore*>(Error::make(Error::Kind::Io, Text::tr("no secret store")));
    if (!store) {
        context.error(Text::tr("profiles keep their client secrets in the system keychain, and none "
                                     "answered: %1")
                          .arg(store.error().toString()));
        return Usage;
    }
    if (!(*store)->isPersistent())
        context.error(Text::tr("warning: the client secrets are kept in memory only (%1): the "
                                     "profile will have none in the next run")
                          .arg((*store)->description()));
    ProfileStore profiles(*context.settings, **store);
    const Result<TenantProfile> added = waitFor(profiles.add(std::move(draft)));
    if (!added) {
        const int code = failWith(context, added.error());
        if (added.error().kind == Error::Kind::Conflict)
            context.err << Text::tr("(give --replace to replace it)") << "\n";
        return code;
    }
    if (!context.json)
        context.out << Text::tr("Added profile %1 (%2)").arg(added->name, serviceList(*added)) << "\n";
    writeProfile(context, *added);
    return Success;
}

int profileList(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("profile list"), rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, QStringLiteral("profile list"), args, 0, QString()))
        return *code;
    ProfileSettings profiles(*context.settings);
    QJsonArray array;
    QList<QStringList> rows;
    bool damaged = false;
    for (const QString& name : profiles.names()) {
        const Result<TenantProfile> profile = profiles.get(name);
        if (!profile) { // a hand-edited entry: named, the others still listed
            context.error(profile.error().toString());
            damaged = true;
            continue;
        }
        array.append(profileJson(*profile));
        rows.append({profile->name, serviceList(*profile), profile->caFile.isEmpty() ? QStringLiteral("-") : profile->caFile,
                     profile->pinSha256.isEmpty() ? QStringLiteral("-") : profile->pinSha256.left(16) + QStringLiteral("…")});
    }
    if (context.json)
        context.out << QJsonDocument(array).toJson();
    else if (rows.isEmpty() && !damaged)
        context.out << Text::tr("No profiles. Add one with: gatehouse-cli profile add NAME --service-key FILE") << "\n";
    else
        writeTable(context.out, {Text::tr("NAME"), Text::tr("SERVICES"), Text::tr("CA FILE"), Text::tr("PIN")}, rows);
    return damaged ? Finding : Success;
}

int profileShow(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("profile show"), rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, QStringLiteral("profile show"), args, 1, Text::tr("a NAME")))
        return *code;
    const Result<TenantProfile> profile = ProfileSettings(*context.settings).get(args.operands.first());
    if (!profile)
        return failWith(context, profile.error());
    writeProfile(context, *profile);
    return Success;
}

int profileRemove(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("profile remove"), rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, QStringLiteral("profile remove"), args, 1, Text::tr("a NAME")))
        return *code;
    const QString name = args.operands.first();
    // Refused before the keychain is asked: a typo should not cost a keychain prompt.
    if (Status valid = ProfileSettings::validateName(name); !valid)
        return failWith(context, valid.error());
    if (!ProfileSettings(*context.settings).contains(name))
        return failWith(context, Error::notFound(QStringLiteral("no profile named '%1'").arg(name)));
    Result<SecretStore*> store = context.secretStore ? context.secretStore()
                                                     : Result<SecretStore*>(Error::make(Error::Kind::Io, Text::tr("no secret store")));
    if (!store) {
        context.error(Text::tr("the profile's client secrets are in the system keychain, and none "
                                     "answered (nothing was removed): %1")
                          .arg(store.error().toString()));
        return Usage;
    }
    ProfileStore profiles(*context.settings, **store);
    const Status removed = waitFor(profiles.remove(name));
    if (!removed)
        return failWith(context, removed.error());
    if (context.json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("removed"), true}}).toJson();
    else
        context.out << Text::tr("Removed profile %1 and its client secrets").arg(name) << "\n";
    return Success;
}

} // namespace

int profileCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (!context.settings) // Cli::setSettings was not called: a programming error, not the user's
        return failWith(context, Error::make(Error::Kind::Internal, Text::tr("no settings to keep profiles in")));
    if (verb == QLatin1String("add"))
        return profileAdd(context, args.mid(1));
    if (verb == QLatin1String("list"))
        return profileList(context, args.mid(1));
    if (verb == QLatin1String("show"))
        return profileShow(context, args.mid(1));
    if (verb == QLatin1String("remove"))
        return profileRemove(context, args.mid(1));
    return context.usage(Text::tr("unknown profile command '%1' (expected: add, list, show, remove)").arg(verb));
}

} // namespace gh::cli
