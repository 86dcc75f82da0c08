// RemoteTenantClient's Cloud Integration sub-clients (RemoteSecurityContent) against the real
// gatehouse-tenantd: credentials created, changed and deleted through one CSRF token, a secret
// sent only from the secret source and never answered back, 409 and 404 as Conflict and NotFound,
// the read-only client Forbidden; and strict decoding of broken OData payloads from a scripted
// server, naming the JSON path and the request.
#include "DemoTenant.h"
#include "ScriptedServer.h"
#include "tenantd/TenantdDaemon.h"
#include "TransportTestSupport.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/remote/RemoteSecurityContent.h"
#include "app/client/remote/RemoteTenantClient.h"

#include <QTest>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::why;

class TestRemoteSecurityContent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC)};
    QList<QPair<EntityKind, QString>> m_secretsAskedFor;

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), client + suffix);
        c.retry.baseDelayMs = 5;
        c.retry.maxDelayMs = 50;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

    std::unique_ptr<RemoteTenantClient> remote(const QString& client)
    {
        RemoteOptions options;
        options.credentialSecrets = [this](EntityKind kind, const QString& name) -> std::shared_ptr<const crypto::SecretBuffer> {
            m_secretsAskedFor.append({kind, name});
            if (name == QLatin1String("No_Secret_Here"))
                return nullptr;
            return std::make_shared<const crypto::SecretBuffer>(QByteArrayLiteral("pa55-from-the-source"));
        };
        return std::make_unique<RemoteTenantClient>(client, nullptr, nullptr,
                                                    transport(client, QStringLiteral("-integration-api.json")), options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
    }

    void credentialsRoundTripThroughOneCsrfToken()
    {
        auto client = remote(QStringLiteral("full-access"));
        UserCredential c;
        c.name = QStringLiteral("O'Brien / Partner");
        c.user = QStringLiteral("obrien");
        c.description = QStringLiteral("made remotely");
        c.passwordSet = true;
        const auto created = await(client->userCredentials().create(c));
        QVERIFY2(created, qPrintable(why(created)));
        QCOMPARE(created->name, c.name);
        QCOMPARE(created->user, c.user);
        QVERIFY(!created->passwordSet); // SAP never says
        QVERIFY(m_secretsAskedFor.contains(qMakePair(EntityKind::UserCredential, c.name)));

        const auto again = await(client->userCredentials().create(c));
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("already exists")), qPrintable(again.error().message));

        c.user = QStringLiteral("obrien2");
        const auto updated = await(client->userCredentials().update(c));
        QVERIFY2(updated, qPrintable(why(updated)));
        QCOMPARE(updated->user, QStringLiteral("obrien2"));
        QCOMPARE(await(client->userCredentials().get(c.name))->user, QStringLiteral("obrien2"));

        const Status removed = await(client->userCredentials().remove(c.name));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
        QCOMPARE(await(client->userCredentials().get(c.name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(client->userCredentials().remove(c.name)).error().kind, Error::Kind::NotFound);
        // One token served every write.
        QCOMPARE(client->integrationCsrf()->tokenFetches(), 1);
    }

    void oauth2AndSecureParameters()
    {
        auto client = remote(QStringLiteral("full-access"));
        OAuth2ClientCredential o;
        o.name = QStringLiteral("Remote_OAuth");
        o.tokenServiceUrl = QStringLiteral("https://login.example.com/oauth/token");
        o.clientId = QStringLiteral("abc");
        o.clientSecretSet = true;
        o.customParameters = {CustomParameter{QStringLiteral("resource"), QStringLiteral("x"), QStringLiteral("url")}};
        const auto created = await(client->oauth2ClientCredentials().create(o));
        QVERIFY2(created, qPrintable(why(created)));
        QCOMPARE(created->customParameters, o.customParameters);

        // A secure parameter needs its value: from the source, or refused by the server.
        SecureParameter p;
        p.name = QStringLiteral("Remote_Param");
        p.secureParamSet = true;
        QVERIFY2(await(client->secureParameters().create(p)), "created with the source's value");
        p.name = QStringLiteral("No_Secret_Here");
        const auto refused = await(client->secureParameters().create(p));
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY2(refused.error().message.contains(QStringLiteral("SecureParam")), qPrintable(refused.error().message));
    }

    void keystoreEntryIsDeleted()
    {
        auto client = remote(QStringLiteral("full-access"));
        const auto entries = await(client->keystore().list());
        QVERIFY2(entries, qPrintable(why(entries)));
        const auto own = std::find_if(entries->cbegin(), entries->cend(), [](const KeystoreEntry& e) { return !e.isSapOwned(); });
        const auto sap = std::find_if(entries->cbegin(), entries->cend(), [](const KeystoreEntry& e) { return e.isSapOwned(); });
        QVERIFY(own != entries->cend() && sap != entries->cend());
        const Status removed = await(client->keystore().remove(own->key()));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
        QCOMPARE(await(client->keystore().get(own->key())).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(client->keystore().remove(sap->key())).error().kind, Error::Kind::Validation);
        QCOMPARE(await(client->keystore().remove(QStringLiteral("KeyHistory/00"))).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(await(client->keystore().update(*sap)).error().kind, Error::Kind::Validation); // SAP's: 400
    }

    void readOnlyIsForbidden()
    {
        auto client = remote(QStringLiteral("read-only"));
        QVERIFY(await(client->userCredentials().list()));
        SecureParameter p;
        p.name = QStringLiteral("RO_Param");
        const auto refused = await(client->secureParameters().create(p));
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        const auto entries = await(client->keystore().list());
        QVERIFY(entries);
        const auto certificate = std::find_if(entries->cbegin(), entries->cend(), [](const KeystoreEntry& e) { return !e.isKeyPair() && !e.chain.isEmpty(); });
        QVERIFY(certificate != entries->cend());
        KeystoreEntry e = *certificate;
        e.alias = QStringLiteral("ro_copy");
        QCOMPARE(await(client->keystore().create(e)).error().kind, Error::Kind::Forbidden);
    }

    void secretsNeverReachTheTenantFile()
    {
        m_daemon.stop();
        for (const QFileInfo& f : QDir(m_dir.path()).entryInfoList(QDir::Files))
            QVERIFY(!test::readFile(f.filePath()).contains("pa55-from-the-source"));
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        LocalTenantClient local(*tenant);
        auto param = await(local.secureParameters().get(QStringLiteral("Remote_Param")));
        QVERIFY2(param, qPrintable(why(param)));
        QVERIFY(param->secureParamSet);
    }

    void malformedPayloadsNameTheField()
    {
        test::ScriptedServer server;
        QVERIFY(server.start());
        server.apiHandler = [](const tenantd::HttpRequest& r) {
            const QString path = r.pathSegments.mid(2).join(QLatin1Char('/')); // after api/v1
            if (path == QLatin1String("UserCredentials"))
                return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{{QStringLiteral("results"), QJsonArray{
                    QJsonObject{{QStringLiteral("Name"), QStringLiteral("ok")}, {QStringLiteral("Kind"), QStringLiteral("default")}},
                    QJsonObject{{QStringLiteral("Name"), 42}, {QStringLiteral("Kind"), QStringLiteral("default")}}}}}}});
            if (path == QLatin1String("SecureParameters"))
                return tenantd::HttpResponse::json(200, QJsonArray{}); // no envelope
            if (path == QLatin1String("KeystoreEntries"))
                return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{{QStringLiteral("results"), QJsonArray{
                    QJsonObject{{QStringLiteral("Alias"), QStringLiteral("a")}, {QStringLiteral("ValidNotAfter"), QStringLiteral("/Date(x)/")}}}}}}});
            if (path == QLatin1String("OAuth2ClientCredentials"))
                return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{{QStringLiteral("results"), 3}}}});
            return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{
                {QStringLiteral("Name"), QStringLiteral("x")}, {QStringLiteral("Kind"), QStringLiteral("default")},
                {QStringLiteral("SecurityArtifactDescriptor"), QJsonObject{{QStringLiteral("DeployedOn"), true}}}}}});
        };
        TransportConfig c = server.transportConfig(QStringLiteral("/api/v1"));
        RemoteTenantClient client(QStringLiteral("scripted"), nullptr, nullptr, std::make_unique<HttpTransport>(std::move(c), m_clock));

        const auto credentials = await(client.userCredentials().list());
        QCOMPARE(credentials.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(credentials.error().field, QStringLiteral("$.d.results[1].Name"));
        QCOMPARE(credentials.error().where, QStringLiteral("GET /UserCredentials"));

        const auto params = await(client.secureParameters().list());
        QCOMPARE(params.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(params.error().field, QStringLiteral("$"));

        const auto oauth = await(client.oauth2ClientCredentials().list());
        QCOMPARE(oauth.error().field, QStringLiteral("$.d.results"));

        const auto keystore = await(client.keystore().list());
        QCOMPARE(keystore.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(keystore.error().field, QStringLiteral("$.d.results[0].ValidNotAfter"));

        const auto one = await(client.userCredentials().get(QStringLiteral("x")));
        QCOMPARE(one.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(one.error().field, QStringLiteral("$.d.SecurityArtifactDescriptor.DeployedOn"));
        // No renewal or history keystore (404): an empty one; a 404 of the system keystore fails.
        server.apiHandler = [](const tenantd::HttpRequest& r) {
            if (r.pathSegments.value(2) == QLatin1String("KeystoreEntries") && r.query.queryItemValue(QStringLiteral("keystoreName")) == QLatin1String("system"))
                return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{{QStringLiteral("results"), QJsonArray{
                    QJsonObject{{QStringLiteral("Alias"), QStringLiteral("a")}}}}}}});
            return tenantd::HttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("Not Found")}}}});
        };
        const auto systemOnly = await(client.keystore().list());
        QVERIFY2(systemOnly, qPrintable(why(systemOnly)));
        QCOMPARE(systemOnly->size(), 1);
        QCOMPARE(systemOnly->first().hexalias, QStringLiteral("61"));
        QCOMPARE(await(client.userCredentials().list()).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRemoteSecurityContent)
#include "tst_remotesecuritycontent.moc"
