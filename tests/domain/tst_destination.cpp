// Destination: the ordered property map, secret handling, and the real cockpit JSON export.
#include "TestSupport.h"
#include "app/domain/Destination.h"

using namespace gh;

class TestDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsInsertionOrderAndTypedAccessors()
    {
        Destination d;
        d.set(QStringLiteral("Name"), QStringLiteral("n"));
        d.set(QStringLiteral("URL"), QStringLiteral("https://x"));
        d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        d.set(QStringLiteral("URL"), QStringLiteral("https://y"));
        QCOMPARE(d.properties().size(), 3);
        QCOMPARE(d.properties().at(1).key, QStringLiteral("URL"));
        QCOMPARE(d.url(), QStringLiteral("https://y"));
        QCOMPARE(d.proxyType(), QStringLiteral("Internet"));
        QCOMPARE(d.authentication(), QStringLiteral("NoAuthentication"));
        Destination rfc;
        rfc.set(QStringLiteral("Type"), QStringLiteral("RFC"));
        QCOMPARE(rfc.authentication(), QString()); // RFC logs on through jco.client.* properties
        d.remove(QStringLiteral("URL"));
        QVERIFY(!d.contains(QStringLiteral("URL")));
    }

    void secretsCarryNoValue()
    {
        Destination d;
        d.set(QStringLiteral("Password"), QStringLiteral("hunter2"));
        QCOMPARE(d.value(QStringLiteral("Password")), QString());
        QCOMPARE(d.secretState(QStringLiteral("Password")), std::optional(Destination::SecretState::Set));
        QCOMPARE(d.toJson().value(QStringLiteral("Password")).toString(), QStringLiteral("<redacted>"));
        QVERIFY(!QJsonDocument(d.toJson()).toJson().contains("hunter2"));
        QVERIFY(Destination::isSecretKey(QStringLiteral("clientSecret")));
        QVERIFY(!Destination::isSecretKey(QStringLiteral("clientId")));
        QVERIFY(Destination::isSecretKey(QStringLiteral("URL.headers.X-API-Key")));
        QVERIFY(Destination::isSecretKey(QStringLiteral("URL.queries.apikey")));
        QVERIFY(Destination::isSecretKey(QStringLiteral("tokenService.body.client_secret")));
        QVERIFY(Destination::isSecretKey(QStringLiteral("URL.headers.Authorization")));
        QVERIFY(!Destination::isSecretKey(QStringLiteral("tokenServiceURL")));
        QVERIFY(!Destination::isSecretKey(QStringLiteral("tokenServiceUser")));
        QVERIFY(!Destination::isSecretKey(QStringLiteral("URL.queries.sap-client")));
    }

    void strippedSecretsAreMissing_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("missing");
        QTest::newRow("cockpit placeholder") << Destination::cockpitRemovedPlaceholder() << true;
        QTest::newRow("json export") << QStringLiteral("<removed>") << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("redacted") << QStringLiteral("<redacted>") << false;
    }

    void strippedSecretsAreMissing()
    {
        QFETCH(QString, value);
        QFETCH(bool, missing);
        auto d = Destination::fromJson(QJsonObject{{QStringLiteral("Name"), QStringLiteral("x")}, {QStringLiteral("clientKey"), value}});
        QVERIFY(d.ok());
        QCOMPARE(d->hasMissingSecret(), missing);
        QCOMPARE(d->secretsMissing().contains(QStringLiteral("clientKey")), missing);
    }

    void readsTheCockpitJsonExport()
    {
        const QJsonObject file = QJsonDocument::fromJson(test::readFile(test::sharedPath(
                                     QStringLiteral("reference/samples/destination-export/s4hana-cloud_saml.json"))))
                                     .object();
        auto d = Destination::fromJson(file.value(QStringLiteral("destination")).toObject(), QStringLiteral("$.destination"));
        QVERIFY(d.ok());
        QCOMPARE(d->name(), QStringLiteral("mys4hc-destination"));
        QCOMPARE(d->authentication(), QStringLiteral("SAMLAssertion"));
        QCOMPARE(d->properties().first().key, QStringLiteral("Name"));
        QVERIFY(d->secretsMissing().contains(QStringLiteral("clientKey")));
        QCOMPARE(d->value(QStringLiteral("WebIDEUsage")), QStringLiteral("odata_abap,dev_abap"));
        // Every non-secret value survives the round trip.
        const QJsonObject back = d->toJson();
        const QJsonObject original = file.value(QStringLiteral("destination")).toObject();
        for (auto it = original.begin(); it != original.end(); ++it) {
            if (!Destination::isSecretKey(it.key()))
                QCOMPARE(back.value(it.key()), it.value());
        }
    }

    void readsRecordedServiceDestinations()
    {
        const QJsonArray body = test::recordedBody(QStringLiteral("datasource_subaccount_destinations_without_service_instance.json")).toArray();
        QVERIFY(!body.isEmpty());
        for (qsizetype i = 0; i < body.size(); ++i) {
            auto d = Destination::fromJson(body.at(i).toObject().value(QStringLiteral("destinationConfiguration")).toObject(),
                                           QStringLiteral("$[%1].destinationConfiguration").arg(i));
            QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
            QVERIFY(!d->name().isEmpty());
        }
    }

    void nonStringValuesAreRefusedWithTheirPath()
    {
        auto d = Destination::fromJson(QJsonObject{{QStringLiteral("Name"), QStringLiteral("x")}, {QStringLiteral("HTML5.Timeout"), 60000}},
                                       QStringLiteral("file.json"));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().where, QStringLiteral("file.json.HTML5.Timeout"));
    }

    void referencedCertificates()
    {
        Destination d;
        d.set(QStringLiteral("KeyStoreLocation"), QStringLiteral("client.p12"));
        d.set(QStringLiteral("TrustStoreLocation"), QStringLiteral("trust.jks"));
        d.set(QStringLiteral("tokenService.KeyStoreLocation"), QStringLiteral("client.p12"));
        QCOMPARE(d.referencedCertificates(), (QStringList{QStringLiteral("client.p12"), QStringLiteral("trust.jks")}));
    }
};

QTEST_GUILESS_MAIN(TestDestination)
#include "tst_destination.moc"
