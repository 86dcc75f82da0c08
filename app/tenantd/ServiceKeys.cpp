#include "app/tenantd/ServiceKeys.h"

#include "app/domain/Json.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace gh::tenantd {

namespace {

const QString kIdentityZone = QStringLiteral("gatehouse-sandbox");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status writePrivateFile(const QString& path, const QJsonObject& json)
{
    QFile file(path);
    // Created owner-only from the first byte: the secret is never readable by others, not even
    // for the moment between creating and chmod-ing.
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly))
        return Error::make(Error::Kind::Io, file.errorString(), path);
    // An older file of the same name keeps its mode on open: narrow it as well.
    if (!file.setPermissions(ownerOnly))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot make the file owner-only"), path);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return Error::make(Error::Kind::Io, file.errorString(), path);
    return {};
}

} // namespace

std::vector<ApiClient> makeSandboxClients()
{
    // One client stands behind all three service keys here (BTP has one per key), so its token
    // carries the scopes of every API it may call: XSUAA's, the Destination service's, Cloud Integration's.
    const QStringList readScopes{QStringLiteral("xs_authorization.read"), QStringLiteral("xs_user.read"),
                                 QStringLiteral("xs_idp.read"), QStringLiteral("destination.read"),
                                 QStringLiteral("it.MonitoringDataRead")};
    const QStringList allScopes{QStringLiteral("xs_authorization.read"), QStringLiteral("xs_authorization.write"),
                                QStringLiteral("xs_user.read"), QStringLiteral("xs_user.write"), QStringLiteral("xs_idp.read"),
                                QStringLiteral("xs_idp.write"),
                                QStringLiteral("destination.read"), QStringLiteral("destination.write"),
                                // Cloud Integration's role templates (SAP_APIS.md 1.1) as scopes.
                                QStringLiteral("it.MonitoringDataRead"), QStringLiteral("it.CredentialsEdit"),
                                QStringLiteral("it.SecurityMaterialEdit")};
    std::vector<ApiClient> clients;
    for (const auto& [name, scopes] : {std::pair{QStringLiteral("full-access"), allScopes},
                                       std::pair{QStringLiteral("read-only"), readScopes}}) {
        ApiClient c;
        c.name = name;
        // BTP's API credentials look like "sb-<name>!a<digits>"; a random tail keeps restarts apart.
        c.clientId = QStringLiteral("sb-%1!t%2").arg(name, QString::fromLatin1(randomHex(8).view()));
        c.clientSecret = randomHex(24);
        c.scopes = scopes;
        clients.push_back(std::move(c));
    }
    return clients;
}

Status keepServiceKeys(const QString& dir, std::vector<ApiClient>& clients)
{
    for (ApiClient& c : clients) {
        const QString path = QDir(dir).filePath(c.name + QStringLiteral("-xsuaa-apiaccess.json"));
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, file.errorString(), path);
        QJsonParseError error;
        const QJsonObject key = QJsonDocument::fromJson(file.readAll(), &error).object();
        const QString id = key.value(QStringLiteral("clientid")).toString();
        const QString secret = key.value(QStringLiteral("clientsecret")).toString();
        if (error.error != QJsonParseError::NoError || id.isEmpty() || secret.isEmpty())
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("not a service key with a clientid and a clientsecret (--keep-service-keys)"), path);
        c.clientId = id;
        c.clientSecret = crypto::SecretBuffer(secret.toUtf8());
    }
    return {};
}

Status writeServiceKeys(const QString& dir, const std::vector<ApiClient>& clients, const QString& baseUrl,
                        const QDateTime& now)
{
    if (!QDir().mkpath(dir))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot create the folder"), dir);
    const QString subaccountId = uuid();
    const QString tenantId = uuid();
    for (const ApiClient& c : clients) {
        const QString secret = QString::fromLatin1(c.clientSecret.view());
        const QJsonObject xsuaa{
            {QStringLiteral("clientid"), c.clientId},
            {QStringLiteral("clientsecret"), secret},
            {QStringLiteral("url"), baseUrl},
            {QStringLiteral("apiurl"), baseUrl},
            {QStringLiteral("identityzone"), kIdentityZone},
            {QStringLiteral("subaccountid"), subaccountId},
            {QStringLiteral("tenantid"), tenantId},
            {QStringLiteral("uaadomain"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("xsappname"), QStringLiteral("gatehouse-tenantd!b1")},
            {QStringLiteral("credential-type"), QStringLiteral("binding-secret")},
        };
        const QJsonObject destination{
            {QStringLiteral("clientid"), c.clientId},
            {QStringLiteral("clientsecret"), secret},
            {QStringLiteral("url"), baseUrl},
            {QStringLiteral("uri"), baseUrl},
            {QStringLiteral("identityzone"), kIdentityZone},
            {QStringLiteral("tenantid"), tenantId},
            {QStringLiteral("xsappname"), QStringLiteral("gatehouse-destination!b9")},
        };
        const QJsonObject integration{
            {QStringLiteral("oauth"), QJsonObject{
                {QStringLiteral("clientid"), c.clientId},
                {QStringLiteral("clientsecret"), secret},
                {QStringLiteral("url"), baseUrl},
                {QStringLiteral("tokenurl"), QString(baseUrl + QStringLiteral("/oauth/token"))},
                {QStringLiteral("createdate"), toIsoUtc(now)},
            }},
        };
        const QString base = QDir(dir).filePath(c.name);
        for (const auto& [suffix, json] : {std::pair{QStringLiteral("-xsuaa-apiaccess.json"), xsuaa},
                                           std::pair{QStringLiteral("-destination.json"), destination},
                                           std::pair{QStringLiteral("-integration-api.json"), integration}}) {
            if (Status s = writePrivateFile(base + suffix, json); !s)
                return s;
        }
    }
    return {};
}

} // namespace gh::tenantd
