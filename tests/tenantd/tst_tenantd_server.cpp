// The real gatehouse-tenantd binary on 127.0.0.1, port 0, over a fresh demo tenant, spoken to
// over TLS with QNetworkAccessManager trusting only the daemon's ca.pem (verification on).
#include "DemoTenant.h"
#include "TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/PrivateKey.h"

#include <QFileInfo>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QUrlQuery>

using namespace gh;

using test::Daemon;
using test::Reply;

class TestTenantdServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    Daemon m_daemon;
    test::TlsClient m_client; // trusts only m_client.ca, the daemon's CA
    QJsonArray m_collections; // what the tenant held before the daemon started, in wire form
    QStringList m_userIds;

    Reply send(const QByteArray& method, const QString& url, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool trustCa = true)
    {
        return m_client.send(method, url, body, headers, trustCa);
    }

    QString api(const QString& path) const { return m_daemon.baseUrl() + path; }
    QString collectionsUrl(const QString& name = {}) const
    {
        QString url = api(QStringLiteral("/sap/rest/authorization/v2/rolecollections"));
        if (!name.isEmpty())
            url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
        return url;
    }

    Reply requestToken(const Daemon& daemon, const QString& client, const QString& secretOverride = {})
    {
        const QJsonObject key = daemon.serviceKey(client);
        const QString secret = secretOverride.isEmpty() ? key.value(QStringLiteral("clientsecret")).toString() : secretOverride;
        const QByteArray basic = (key.value(QStringLiteral("clientid")).toString() + QLatin1Char(':') + secret).toUtf8().toBase64();
        return send("POST", daemon.baseUrl() + QStringLiteral("/oauth/token"), "grant_type=client_credentials",
                    {{"Authorization", "Basic " + basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
    }

    QByteArray bearer(const QString& client)
    {
        return "Bearer " + requestToken(m_daemon, client).object().value(QStringLiteral("access_token")).toString().toLatin1();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        {
            auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(tenant);
            LocalTenantClient client(*tenant);
            auto collections = client.roleCollections().list().result();
            QVERIFY(collections);
            for (const RoleCollection& rc : *collections)
                m_collections.append(rc.toJson(JsonStyle::Wire));
            auto users = client.users().list().result();
            QVERIFY(users);
            for (const User& u : *users)
                m_userIds.append(u.id);
        }
        QVERIFY(m_collections.size() > 2);
        QVERIFY(m_userIds.size() > 10);
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys"))));
        m_client.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        QCOMPARE(m_client.ca.size(), 1);
    }

    void serviceKeysHaveBtpShapesAndAreOwnerOnly()
    {
        for (const QString& client : {QStringLiteral("full-access"), QStringLiteral("read-only")}) {
            const QString base = m_daemon.keysDir() + QLatin1Char('/') + client;
            const QStringList xsuaaKeys{QStringLiteral("apiurl"), QStringLiteral("clientid"), QStringLiteral("clientsecret"),
                                        QStringLiteral("credential-type"), QStringLiteral("identityzone"),
                                        QStringLiteral("subaccountid"), QStringLiteral("tenantid"), QStringLiteral("uaadomain"),
                                        QStringLiteral("url"), QStringLiteral("xsappname")};
            const QJsonObject xsuaa = m_daemon.serviceKey(client);
            QCOMPARE(xsuaa.keys(), xsuaaKeys);
            QCOMPARE(xsuaa.value(QStringLiteral("url")).toString(), m_daemon.baseUrl());
            QCOMPARE(xsuaa.value(QStringLiteral("credential-type")).toString(), QStringLiteral("binding-secret"));
            const QJsonObject dest = QJsonDocument::fromJson(test::readFile(base + QStringLiteral("-destination.json"))).object();
            QCOMPARE(dest.keys(), (QStringList{QStringLiteral("clientid"), QStringLiteral("clientsecret"),
                                               QStringLiteral("identityzone"), QStringLiteral("tenantid"), QStringLiteral("uri"),
                                               QStringLiteral("url"), QStringLiteral("xsappname")}));
            const QJsonObject oauth = QJsonDocument::fromJson(test::readFile(base + QStringLiteral("-integration-api.json")))
                                          .object().value(QStringLiteral("oauth")).toObject();
            QCOMPARE(oauth.value(QStringLiteral("tokenurl")).toString(), m_daemon.baseUrl() + QStringLiteral("/oauth/token"));
            QCOMPARE(oauth.value(QStringLiteral("clientsecret")), xsuaa.value(QStringLiteral("clientsecret")));
            for (const QString& suffix : {QStringLiteral("-xsuaa-apiaccess.json"), QStringLiteral("-destination.json"),
                                         QStringLiteral("-integration-api.json")})
                QVERIFY(!(QFileInfo(base + suffix).permissions()
                          & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
        }
    }

    void tokensCarryEachClientsScopes()
    {
        const Reply full = requestToken(m_daemon, QStringLiteral("full-access"));
        QCOMPARE(full.status, 200);
        QCOMPARE(full.object().value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(full.object().value(QStringLiteral("expires_in")).toInt(), 43199);
        QVERIFY(!full.object().value(QStringLiteral("jti")).toString().isEmpty());
        QCOMPARE(full.object().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("xs_authorization.read xs_authorization.write xs_user.read xs_user.write xs_idp.read "
                                "xs_idp.write destination.read destination.write it.MonitoringDataRead it.CredentialsEdit it.SecurityMaterialEdit"));
        const Reply ro = requestToken(m_daemon, QStringLiteral("read-only"));
        QCOMPARE(ro.status, 200);
        QCOMPARE(ro.object().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("xs_authorization.read xs_user.read xs_idp.read destination.read it.MonitoringDataRead"));

        // Form fields instead of HTTP Basic work as well.
        const QJsonObject key = m_daemon.serviceKey(QStringLiteral("read-only"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), key.value(QStringLiteral("clientid")).toString());
        form.addQueryItem(QStringLiteral("client_secret"), key.value(QStringLiteral("clientsecret")).toString());
        const Reply byForm = send("POST", api(QStringLiteral("/oauth/token")), form.toString(QUrl::FullyEncoded).toLatin1(),
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(byForm.status, 200);
    }

    // --access-log: one line per request, in order, with the status; a client secret given in
    // the token request's query is masked.
    void accessLogNamesEachRequestWithoutSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(QStringLiteral("access.log"));
        Daemon daemon;
        QVERIFY(daemon.start(m_tenant, dir.filePath(QStringLiteral("keys")), {QStringLiteral("--access-log"), log}));
        test::TlsClient tls; // this daemon made its own CA
        tls.ca = QSslCertificate::fromPath(dir.filePath(QStringLiteral("keys/ca.pem")));
        const auto send = [&tls](const QByteArray& method, const QString& url, const QByteArray& body = {},
                                 const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
            return tls.send(method, url, body, headers, true);
        };
        const QJsonObject key = daemon.serviceKey(QStringLiteral("read-only"));
        const QString secret = key.value(QStringLiteral("clientsecret")).toString();
        QVERIFY(secret.size() > 8);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        query.addQueryItem(QStringLiteral("client_id"), key.value(QStringLiteral("clientid")).toString());
        query.addQueryItem(QStringLiteral("client_secret"), secret);
        const Reply token = send("POST", daemon.baseUrl() + QStringLiteral("/oauth/token?") + query.toString(QUrl::FullyEncoded));
        QCOMPARE(token.status, 200);
        const QByteArray auth = "Bearer " + token.object().value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(send("GET", daemon.baseUrl() + QStringLiteral("/Users?count=2&startIndex=1"), {}, {{"Authorization", auth}}).status, 200);
        QCOMPARE(send("GET", daemon.baseUrl() + QStringLiteral("/nowhere")).status, 404);
        daemon.stop();

        const QList<QByteArray> lines = test::readFile(log).trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(" POST /oauth/token?grant_type=client_credentials&client_id=")
                     && lines[0].contains("&client_secret=*** 200 "),
                 lines[0].constData());
        QVERIFY2(lines[1].contains(" GET /Users?count=2&startIndex=1 200 "), lines[1].constData());
        QVERIFY2(lines[2].contains(" GET /nowhere 404 "), lines[2].constData());
        QVERIFY(!test::readFile(log).contains(secret.toUtf8()));
        QVERIFY(!test::readFile(log).contains(QUrl::toPercentEncoding(secret)));
    }

    void badSecretIs401()
    {
        const Reply r = requestToken(m_daemon, QStringLiteral("full-access"), QStringLiteral("wrong"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QVERIFY(!r.object().contains(QStringLiteral("access_token")));
    }

    void missingOrUnknownTokenIs401()
    {
        QCOMPARE(send("GET", collectionsUrl()).status, 401);
        QCOMPARE(send("GET", collectionsUrl(), {}, {{"Authorization", "Bearer 0123abcd"}}).status, 401);
        QCOMPARE(send("GET", api(QStringLiteral("/Users")), {}, {{"Authorization", "Basic eDp5"}}).status, 401);
    }

    void listAndGetEqualTheTenant()
    {
        const QByteArray auth = bearer(QStringLiteral("read-only"));
        const Reply list = send("GET", collectionsUrl(), {}, {{"Authorization", auth}});
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array(), m_collections);
        for (const QJsonValue& expected : std::as_const(m_collections)) {
            const QString name = expected.toObject().value(QStringLiteral("name")).toString();
            const Reply one = send("GET", collectionsUrl(name), {}, {{"Authorization", auth}});
            QCOMPARE(one.status, 200);
            QCOMPARE(one.object(), expected.toObject());
        }
    }

    void createThenGet()
    {
        const QByteArray auth = bearer(QStringLiteral("full-access"));
        const QByteArray body = "{\"name\":\"Sandbox Auditors\",\"description\":\"made over HTTPS\",\"roleReferences\":[]}";
        const Reply created = send("POST", collectionsUrl(), body, {{"Authorization", auth}});
        QCOMPARE(created.status, 201);
        const Reply got = send("GET", collectionsUrl(QStringLiteral("Sandbox Auditors")), {}, {{"Authorization", auth}});
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(QStringLiteral("description")).toString(), QStringLiteral("made over HTTPS"));
        QCOMPARE(got.object().value(QStringLiteral("isReadOnly")).toBool(), false);
        QCOMPARE(send("POST", collectionsUrl(), body, {{"Authorization", auth}}).status, 409);

        const Reply put = send("PUT", collectionsUrl(QStringLiteral("Sandbox Auditors")), "{\"description\":\"changed\"}",
                               {{"Authorization", auth}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("description")).toString(), QStringLiteral("changed"));
        QCOMPARE(send("DELETE", collectionsUrl(QStringLiteral("Sandbox Auditors")), {}, {{"Authorization", auth}}).status, 204);
        QCOMPARE(send("GET", collectionsUrl(QStringLiteral("Sandbox Auditors")), {}, {{"Authorization", auth}}).status, 404);
    }

    void badWritesAre400()
    {
        const QByteArray auth = bearer(QStringLiteral("full-access"));
        const Reply malformed = send("POST", collectionsUrl(), "{\"name\":\"x\",", {{"Authorization", auth}});
        QCOMPARE(malformed.status, 400);
        QVERIFY2(malformed.object().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("not valid JSON")),
                 malformed.body.constData());
        QCOMPARE(send("POST", collectionsUrl(), "[1,2]", {{"Authorization", auth}}).status, 400);
        QCOMPARE(send("POST", collectionsUrl(), "{\"name\":\"RO\",\"isReadOnly\":true}", {{"Authorization", auth}}).status, 400);
        QCOMPARE(send("POST", collectionsUrl(), "{\"description\":\"no name\"}", {{"Authorization", auth}}).status, 400);
        // Predefined collections stay.
        const QString predefined = [&] {
            for (const QJsonValue& v : std::as_const(m_collections))
                if (v.toObject().value(QStringLiteral("isReadOnly")).toBool())
                    return v.toObject().value(QStringLiteral("name")).toString();
            return QString();
        }();
        QVERIFY(!predefined.isEmpty());
        QCOMPARE(send("DELETE", collectionsUrl(predefined), {}, {{"Authorization", auth}}).status, 400);
        QCOMPARE(send("GET", collectionsUrl(predefined), {}, {{"Authorization", auth}}).status, 200);
    }

    void readOnlyWriteIs403AndChangesNothing()
    {
        const QByteArray auth = bearer(QStringLiteral("read-only"));
        const Reply before = send("GET", collectionsUrl(), {}, {{"Authorization", auth}});
        const Reply denied = send("POST", collectionsUrl(), "{\"name\":\"Not Allowed\"}", {{"Authorization", auth}});
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_scope"));
        QCOMPARE(denied.object().value(QStringLiteral("scope")).toString(), QStringLiteral("xs_authorization.write"));
        const QString some = m_collections.first().toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(send("DELETE", collectionsUrl(some), {}, {{"Authorization", auth}}).status, 403);
        const Reply after = send("GET", collectionsUrl(), {}, {{"Authorization", auth}});
        QCOMPARE(after.array(), before.array());
        QCOMPARE(send("GET", collectionsUrl(QStringLiteral("Not Allowed")), {}, {{"Authorization", auth}}).status, 404);
    }

    void unknownIs404()
    {
        const QByteArray auth = bearer(QStringLiteral("full-access"));
        QCOMPARE(send("GET", collectionsUrl(QStringLiteral("No Such Collection")), {}, {{"Authorization", auth}}).status, 404);
        QCOMPARE(send("GET", api(QStringLiteral("/Users/no-such-id")), {}, {{"Authorization", auth}}).status, 404);
        QCOMPARE(send("GET", api(QStringLiteral("/nothing/here")), {}, {{"Authorization", auth}}).status, 404);
        QCOMPARE(send("GET", api(QStringLiteral("/")), {}, {{"Authorization", auth}}).status, 404);
    }

    void bodyOver1MbIs413()
    {
        const QByteArray auth = bearer(QStringLiteral("full-access"));
        const QByteArray big = "{\"name\":\"" + QByteArray(1024 * 1024, 'a') + "\"}";
        QCOMPARE(send("POST", collectionsUrl(), big, {{"Authorization", auth}}).status, 413);
    }

    void scimPagesAddUp()
    {
        const QByteArray auth = bearer(QStringLiteral("read-only"));
        const qsizetype total = m_userIds.size();
        QStringList seen;
        for (qsizetype start = 1; start <= total; start += 10) {
            const Reply page = send("GET", api(QStringLiteral("/Users?startIndex=%1&count=10").arg(start)), {},
                                    {{"Authorization", auth}});
            QCOMPARE(page.status, 200);
            const QJsonObject o = page.object();
            QCOMPARE(o.value(QStringLiteral("totalResults")).toInteger(), total);
            QCOMPARE(o.value(QStringLiteral("startIndex")).toInteger(), start);
            QCOMPARE(o.value(QStringLiteral("itemsPerPage")).toInteger(), std::min<qsizetype>(10, total - start + 1));
            QCOMPARE(o.value(QStringLiteral("schemas")).toArray(), QJsonArray{QStringLiteral("urn:scim:schemas:core:1.0")});
            for (const QJsonValue& u : o.value(QStringLiteral("resources")).toArray())
                seen.append(u.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(seen, m_userIds);
        QCOMPARE(send("GET", api(QStringLiteral("/Users?count=ten")), {}, {{"Authorization", auth}}).status, 400);

        const Reply one = send("GET", api(QStringLiteral("/Users/") + m_userIds.first()), {}, {{"Authorization", auth}});
        QCOMPARE(one.status, 200);
        const qint64 version = one.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toInteger();
        QCOMPARE(one.headers.value("etag"), '"' + QByteArray::number(version) + '"');
    }

    void overTheRateIs429()
    {
        QTemporaryDir dir;
        Daemon slow;
        QVERIFY(slow.start(m_tenant, dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1")}));
        m_client.ca = QSslCertificate::fromPath(dir.filePath(QStringLiteral("keys/ca.pem")));
        const QByteArray auth = "Bearer "
            + requestToken(slow, QStringLiteral("read-only")).object().value(QStringLiteral("access_token")).toString().toLatin1();
        // One request a second: the token request and the next call share a second unless the machine
        // stalls, so a few tries always meet a refusal.
        Reply limited;
        for (int i = 0; i < 12 && limited.status != 429; ++i)
            limited = send("GET", slow.baseUrl() + QStringLiteral("/Users?count=1"), {}, {{"Authorization", auth}});
        m_client.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.headers.value("retry-after"), QByteArray("1"));
    }

    void givenCertificateIsServed()
    {
        // An operator's own CA and server certificate, as --cert/--key.
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
        auto caKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        auto serverKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(caKey && serverKey);
        crypto::CertificateSpec caSpec;
        caSpec.subject = crypto::DistinguishedName({{QStringLiteral("CN"), QStringLiteral("Operator CA"), false}});
        caSpec.notBefore = now;
        caSpec.notAfter = now.addDays(1);
        caSpec.isCa = true;
        auto ca = crypto::CertificateBuilder::selfSigned(caSpec, *caKey);
        QVERIFY(ca);
        crypto::CertificateSpec spec;
        spec.subject = crypto::DistinguishedName({{QStringLiteral("CN"), QStringLiteral("127.0.0.1"), false}});
        spec.notBefore = now;
        spec.notAfter = now.addDays(1);
        spec.ipAddresses = {QStringLiteral("127.0.0.1")};
        spec.extendedKeyUsages = {QStringLiteral("serverAuth")};
        auto server = crypto::CertificateBuilder::issue(spec, *serverKey, *ca, *caKey);
        QVERIFY(server);
        auto keyPem = serverKey->toPkcs8Pem();
        QVERIFY(keyPem);
        QFile certFile(dir.filePath(QStringLiteral("server.pem")));
        QVERIFY(certFile.open(QIODevice::WriteOnly));
        certFile.write(server->toPem());
        certFile.close();
        QFile keyFile(dir.filePath(QStringLiteral("server.key")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(keyPem->view().toByteArray());
        keyFile.close();

        Daemon own;
        QVERIFY(own.start(m_tenant, dir.filePath(QStringLiteral("keys")),
                          {QStringLiteral("--cert"), certFile.fileName(), QStringLiteral("--key"), keyFile.fileName()}));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("keys/ca.pem")))); // no sandbox CA made
        const QList<QSslCertificate> sandboxCa = m_client.ca;
        m_client.ca = QSslCertificate::fromData(ca->toPem());
        const Reply token = requestToken(own, QStringLiteral("full-access"));
        m_client.ca = sandboxCa;
        QCOMPARE(token.error, QNetworkReply::NoError);
        QCOMPARE(token.status, 200);
    }

    void clientNotTrustingTheCaFails()
    {
        // The system's CAs only: the sandbox CA is unknown there, so the handshake must fail.
        // QNAM keys its open connections by host and port, not by TLS configuration, and would
        // reuse one verified with the sandbox CA: only a new connection shows verification.
        m_client.clearConnectionCache();
        const Reply r = send("POST", api(QStringLiteral("/oauth/token")), "grant_type=client_credentials",
                             {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
    }
};

QTEST_GUILESS_MAIN(TestTenantdServer)
#include "tst_tenantd_server.moc"
