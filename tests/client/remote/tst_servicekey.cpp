// ServiceKey: the three kinds of BTP service keys, and every way a key is refused (with the file
// and the JSON path named, and never the secret).

#include "app/client/remote/ServiceKey.h"

#include "TestSupport.h"
#include "client/remote/ProfileTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using gh::Error;
using gh::remote::Service;
using gh::remote::ServiceKey;
using gh::test::why;

namespace {

const QString kSecret = QStringLiteral("s3cr3t-Zq9+/=ä");
const QString kSource = QStringLiteral("keys/acme.json");

QJsonObject integrationKey()
{
    return QJsonObject{{QStringLiteral("oauth"),
                        QJsonObject{{QStringLiteral("clientid"), QStringLiteral("sb-it-api!b1234|it!b567")},
                                    {QStringLiteral("clientsecret"), kSecret},
                                    {QStringLiteral("url"), QStringLiteral("https://acme.it-cpi018.cfapps.eu10-003.hana.ondemand.com")},
                                    {QStringLiteral("tokenurl"), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com/oauth/token")},
                                    {QStringLiteral("createdate"), QStringLiteral("2026-11-01T10:00:00.000Z")}}}};
}

QJsonObject destinationKey()
{
    return QJsonObject{{QStringLiteral("clientid"), QStringLiteral("sb-clone-dest!b1|destination-xsappname!b9")},
                       {QStringLiteral("clientsecret"), kSecret},
                       {QStringLiteral("url"), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com/")},
                       {QStringLiteral("uri"), QStringLiteral("https://destination-configuration.cfapps.eu10.hana.ondemand.com")},
                       {QStringLiteral("identityzone"), QStringLiteral("acme")},
                       {QStringLiteral("tenantid"), QStringLiteral("2f0e7c6a-0000-4000-8000-000000000001")},
                       {QStringLiteral("xsappname"), QStringLiteral("clone-dest!b1|destination-xsappname!b9")},
                       {QStringLiteral("instanceid"), QStringLiteral("inst-1")}};
}

QJsonObject xsuaaKey()
{
    return QJsonObject{{QStringLiteral("clientid"), QStringLiteral("sb-apiaccess!b2|xsuaa!b1")},
                       {QStringLiteral("clientsecret"), kSecret},
                       {QStringLiteral("url"), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com")},
                       {QStringLiteral("apiurl"), QStringLiteral("https://api.authentication.eu10.hana.ondemand.com")},
                       {QStringLiteral("identityzone"), QStringLiteral("acme")},
                       {QStringLiteral("subaccountid"), QStringLiteral("sub-1")},
                       {QStringLiteral("tenantid"), QStringLiteral("ten-1")},
                       {QStringLiteral("uaadomain"), QStringLiteral("authentication.eu10.hana.ondemand.com")},
                       {QStringLiteral("xsappname"), QStringLiteral("apiaccess!b2")},
                       {QStringLiteral("credential-type"), QStringLiteral("binding-secret")}};
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

gh::Result<ServiceKey> parse(const QJsonObject& o)
{
    return ServiceKey::parse(bytes(o), kSource);
}

// A refused key names the file and the JSON path, and does not repeat the secret.
void expectRefused(const gh::Result<ServiceKey>& key, const QString& path, const QString& messagePart = {})
{
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, Error::Kind::Validation);
    QCOMPARE(key.error().where, kSource);
    QCOMPARE(key.error().field, path);
    if (!messagePart.isEmpty())
        QVERIFY2(key.error().message.contains(messagePart), qPrintable(key.error().toString()));
    QVERIFY(!key.error().toString().contains(kSecret));
}

QJsonObject without(QJsonObject o, const QString& key)
{
    o.remove(key);
    return o;
}

QJsonObject withOauth(const QJsonObject& key, const QString& field, const QJsonValue& value)
{
    QJsonObject oauth = key.value(QStringLiteral("oauth")).toObject();
    if (value.isUndefined())
        oauth.remove(field);
    else
        oauth.insert(field, value);
    QJsonObject copy = key;
    copy.insert(QStringLiteral("oauth"), oauth);
    return copy;
}

} // namespace

class TestServiceKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesIntegrationKey()
    {
        QJsonObject o = integrationKey();
        o.insert(QStringLiteral("future"), 1); // unknown fields are kept, beside and inside "oauth"
        o = withOauth(o, QStringLiteral("sburl"), QStringLiteral("https://x"));
        auto key = parse(o);
        QVERIFY2(key.ok(), why(key));
        QCOMPARE(key->service, Service::Integration);
        QCOMPARE(key->clientId, QStringLiteral("sb-it-api!b1234|it!b567"));
        QCOMPARE(key->clientSecret.view(), QByteArrayView(kSecret.toUtf8()));
        QCOMPARE(key->tokenUrl.toString(), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com/oauth/token"));
        QCOMPARE(key->apiRoot.toString(), QStringLiteral("https://acme.it-cpi018.cfapps.eu10-003.hana.ondemand.com/api/v1"));
        QCOMPARE(key->createDate, QStringLiteral("2026-11-01T10:00:00.000Z"));
        QCOMPARE(key->extra.value(QStringLiteral("future")).toInt(), 1);
        QCOMPARE(key->extra.value(QStringLiteral("oauth")).toObject().value(QStringLiteral("sburl")).toString(),
                 QStringLiteral("https://x"));
        QVERIFY(!QJsonDocument(key->extra).toJson().contains(kSecret.toUtf8()));

        // Fields that by their name hold secrets are not kept, wherever they stand.
        o.insert(QStringLiteral("clientsecret"), QStringLiteral("stray"));
        o = withOauth(o, QStringLiteral("password"), QStringLiteral("stray"));
        auto stray = parse(o);
        QVERIFY2(stray.ok(), why(stray));
        QVERIFY(!QJsonDocument(stray->extra).toJson().contains("stray"));
    }

    void parsesDestinationKey()
    {
        auto key = parse(destinationKey());
        QVERIFY2(key.ok(), why(key));
        QCOMPARE(key->service, Service::Destination);
        QCOMPARE(key->clientSecret.view(), QByteArrayView(kSecret.toUtf8()));
        // The trailing slash of "url" does not double.
        QCOMPARE(key->tokenUrl.toString(), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com/oauth/token"));
        QCOMPARE(key->apiRoot.toString(),
                 QStringLiteral("https://destination-configuration.cfapps.eu10.hana.ondemand.com/destination-configuration/v1"));
        QCOMPARE(key->identityZone, QStringLiteral("acme"));
        QCOMPARE(key->tenantId, QStringLiteral("2f0e7c6a-0000-4000-8000-000000000001"));
        QCOMPARE(key->extra.value(QStringLiteral("instanceid")).toString(), QStringLiteral("inst-1"));
        QVERIFY(!key->extra.contains(QStringLiteral("clientsecret")));
    }

    void parsesXsuaaKey()
    {
        auto key = parse(xsuaaKey());
        QVERIFY2(key.ok(), why(key));
        QCOMPARE(key->service, Service::Xsuaa);
        QCOMPARE(key->clientId, QStringLiteral("sb-apiaccess!b2|xsuaa!b1"));
        QCOMPARE(key->tokenUrl.toString(), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com/oauth/token"));
        QCOMPARE(key->apiRoot.toString(), QStringLiteral("https://api.authentication.eu10.hana.ondemand.com"));
        QCOMPARE(key->subaccountId, QStringLiteral("sub-1"));
        QCOMPARE(key->extra.value(QStringLiteral("uaadomain")).toString(), QStringLiteral("authentication.eu10.hana.ondemand.com"));
        QCOMPARE(key->extra.value(QStringLiteral("credential-type")).toString(), QStringLiteral("binding-secret"));
    }

    void missingFieldNamesItsPath_data()
    {
        QTest::addColumn<QJsonObject>("key");
        QTest::addColumn<QString>("path");
        const QJsonObject it = integrationKey();
        for (const char* field : {"clientid", "clientsecret", "url", "tokenurl"})
            QTest::addRow("integration %s", field)
                << withOauth(it, QLatin1String(field), QJsonValue::Undefined) << QStringLiteral("$.oauth.") + QLatin1String(field);
        for (const char* field : {"clientid", "clientsecret", "url"}) {
            QTest::addRow("destination %s", field)
                << without(destinationKey(), QLatin1String(field)) << QStringLiteral("$.") + QLatin1String(field);
            QTest::addRow("xsuaa %s", field)
                << without(xsuaaKey(), QLatin1String(field)) << QStringLiteral("$.") + QLatin1String(field);
        }
        QTest::addRow("integration oauth not an object")
            << QJsonObject{{QStringLiteral("oauth"), QStringLiteral("x")}} << QStringLiteral("$.oauth");
        QTest::addRow("empty clientid") << withOauth(it, QStringLiteral("clientid"), QString()) << QStringLiteral("$.oauth.clientid");
        QTest::addRow("empty secret") << withOauth(it, QStringLiteral("clientsecret"), QString()) << QStringLiteral("$.oauth.clientsecret");
        QTest::addRow("secret a number") << withOauth(it, QStringLiteral("clientsecret"), 42) << QStringLiteral("$.oauth.clientsecret");
        QJsonObject badUri = destinationKey();
        badUri.insert(QStringLiteral("uri"), 7);
        QTest::addRow("uri a number") << badUri << QStringLiteral("$.uri");
    }

    void missingFieldNamesItsPath()
    {
        QFETCH(QJsonObject, key);
        QFETCH(QString, path);
        expectRefused(parse(key), path);
    }

    void refusesHttp_data()
    {
        QTest::addColumn<QJsonObject>("key");
        QTest::addColumn<QString>("path");
        QTest::addRow("integration url") << withOauth(integrationKey(), QStringLiteral("url"), QStringLiteral("http://acme.example"))
                                         << QStringLiteral("$.oauth.url");
        QTest::addRow("integration tokenurl")
            << withOauth(integrationKey(), QStringLiteral("tokenurl"), QStringLiteral("http://acme.example/oauth/token"))
            << QStringLiteral("$.oauth.tokenurl");
        QJsonObject d = destinationKey();
        d.insert(QStringLiteral("uri"), QStringLiteral("http://destination.example"));
        QTest::addRow("destination uri") << d << QStringLiteral("$.uri");
        QJsonObject x = xsuaaKey();
        x.insert(QStringLiteral("url"), QStringLiteral("HTTP://acme.example"));
        QTest::addRow("xsuaa url, upper case") << x << QStringLiteral("$.url");
        x = xsuaaKey();
        x.insert(QStringLiteral("apiurl"), QStringLiteral("http://api.example"));
        QTest::addRow("xsuaa apiurl") << x << QStringLiteral("$.apiurl");
    }

    void refusesHttp()
    {
        QFETCH(QJsonObject, key);
        QFETCH(QString, path);
        expectRefused(parse(key), path, QStringLiteral("only https"));
    }

    void refusesOtherUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no scheme") << QStringLiteral("acme.example");
        QTest::newRow("ftp") << QStringLiteral("ftp://acme.example");
        QTest::newRow("user info") << QStringLiteral("https://user:pw@acme.example");
        QTest::newRow("query") << QStringLiteral("https://acme.example/?a=b");
        QTest::newRow("no host") << QStringLiteral("https:///path");
    }

    void refusesOtherUrls()
    {
        QFETCH(QString, url);
        QJsonObject x = xsuaaKey();
        x.insert(QStringLiteral("apiurl"), url);
        expectRefused(parse(x), QStringLiteral("$.apiurl"));
    }

    void refusesCertificateKeys_data()
    {
        QTest::addColumn<QJsonObject>("key");
        QTest::addColumn<QString>("path");
        QJsonObject it = withOauth(integrationKey(), QStringLiteral("clientsecret"), QJsonValue::Undefined);
        it = withOauth(it, QStringLiteral("certificate"), QStringLiteral("-----BEGIN CERTIFICATE-----"));
        it = withOauth(it, QStringLiteral("key"), QStringLiteral("-----BEGIN RSA PRIVATE KEY-----"));
        QTest::addRow("integration") << it << QStringLiteral("$.oauth.certificate");
        QJsonObject x = without(xsuaaKey(), QStringLiteral("clientsecret"));
        x.insert(QStringLiteral("credential-type"), QStringLiteral("x509"));
        x.insert(QStringLiteral("key"), QStringLiteral("-----BEGIN RSA PRIVATE KEY-----"));
        x.insert(QStringLiteral("certurl"), QStringLiteral("https://acme.authentication.cert.eu10.hana.ondemand.com"));
        QTest::addRow("xsuaa with key") << x << QStringLiteral("$.key");
        x.remove(QStringLiteral("key"));
        QTest::addRow("xsuaa credential-type only") << x << QStringLiteral("$.credential-type");
        QJsonObject d = destinationKey();
        d.insert(QStringLiteral("certificate"), QStringLiteral("-----BEGIN CERTIFICATE-----"));
        QTest::addRow("destination") << d << QStringLiteral("$.certificate");
    }

    void refusesCertificateKeys()
    {
        QFETCH(QJsonObject, key);
        QFETCH(QString, path);
        expectRefused(parse(key), path, QStringLiteral("not supported yet"));
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArrayLiteral("clientsecret=hunter2");
        QTest::newRow("array") << QByteArrayLiteral("[1,2]");
        QTest::newRow("truncated") << bytes(xsuaaKey()).left(40);
        QTest::newRow("unknown kind") << QByteArrayLiteral("{\"clientid\":\"a\",\"clientsecret\":\"b\",\"url\":\"https://x\"}");
        QTest::newRow("nul bytes") << QByteArray(32, '\0');
    }

    void refusesGarbage()
    {
        QFETCH(QByteArray, bytes);
        expectRefused(ServiceKey::parse(bytes, kSource), QStringLiteral("$"));
    }

    void refusesOversize()
    {
        QJsonObject x = xsuaaKey();
        x.insert(QStringLiteral("padding"), QString(int(ServiceKey::MaxSize), QLatin1Char('x')));
        expectRefused(parse(x), QStringLiteral("$"), QStringLiteral("64 KiB"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(x));
        file.close();
        auto read = ServiceKey::readFile(path);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, path);
        QVERIFY2(read.error().message.contains(QStringLiteral("64 KiB")), qPrintable(read.error().toString()));
    }

    void readsFileAndNamesIt()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("acme-destination.json"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(destinationKey()));
        file.close();
        auto key = ServiceKey::readFile(good);
        QVERIFY2(key.ok(), why(key));
        QCOMPARE(key->service, Service::Destination);

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(bytes(without(destinationKey(), QStringLiteral("url"))));
        badFile.close();
        auto refused = ServiceKey::readFile(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().toString(), bad + QStringLiteral(": $.url: required string is missing"));

        auto missing = ServiceKey::readFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
    }

    void serviceNamesRoundTrip()
    {
        for (Service s : gh::remote::kServices)
            QCOMPARE(gh::remote::serviceFromName(gh::remote::serviceName(s)), std::optional<Service>(s));
        QVERIFY(!gh::remote::serviceFromName(u"Integration"));
    }
};

QTEST_GUILESS_MAIN(TestServiceKey)
#include "tst_servicekey.moc"
