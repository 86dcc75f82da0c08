// DestinationCertificate: the Destination service's payloads as recorded (read from ../shared),
// the stored form's round trip, the derived facts (type, subject, expiry), and the validation
// rules for names, types and nodes.
#include "TestSupport.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/Validation.h"

using namespace gh;

namespace {

DestinationCertificateNode certificateNode(const QString& subject, const QDateTime& from, const QDateTime& to)
{
    DestinationCertificateNode n;
    n.subject = subject;
    n.issuer = subject;
    n.notBefore = from;
    n.notAfter = to;
    n.der = QByteArray("\x30\x03\x02\x01\x01", 5); // bytes only: the domain does not parse them
    return n;
}

DestinationCertificate valid(const QString& name = QStringLiteral("partner.pem"))
{
    DestinationCertificate c;
    c.name = name;
    c.type = DestinationCertificate::typeForName(name);
    c.nodes.append(certificateNode(QStringLiteral("CN=partner"), test::fixedNow().addDays(-1), test::fixedNow().addDays(90)));
    return c;
}

QStringList fieldsOf(const Problems& problems)
{
    QStringList out;
    for (const Error& e : problems)
        out.append(e.field);
    return out;
}

} // namespace

class TestDestinationCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheRecordedListing()
    {
        const QJsonArray body = test::recordedBody(QStringLiteral("datasource_subaccount_destination_certificates.read_certificates.json")).toArray();
        QVERIFY(body.size() >= 3);
        for (qsizetype i = 0; i < body.size(); ++i) {
            auto c = DestinationCertificate::fromJson(body.at(i).toObject(), QStringLiteral("$[%1]").arg(i));
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
            QVERIFY(!c->name.isEmpty());
            QVERIFY(!c->certificates().isEmpty());
            // The listing names no type: the file name tells it.
            QCOMPARE(c->type, DestinationCertificate::typeForName(c->name));
            QCOMPARE(c->hasPrivateKey(), c->isKeystore());
            for (const DestinationCertificateNode& n : c->certificates()) {
                QVERIFY(n.redacted);
                QVERIFY(n.der.isEmpty());
                QVERIFY(n.notAfter.isValid());
                QCOMPARE(n.notAfter.timeSpec(), Qt::UTC);
            }
            // Every field survives (the stored form adds only the type).
            QJsonObject back = c->toJson();
            QCOMPARE(back.take(QStringLiteral("type")).toString(), c->type);
            QCOMPARE(back, body.at(i).toObject());
        }
    }

    void readsTheRecordedCertificate()
    {
        const QJsonObject body = test::recordedBody(QStringLiteral("datasource_subaccount_destination_certificate.read_pem_certificate.json")).toObject();
        auto c = DestinationCertificate::fromJson(body);
        QVERIFY(c.ok());
        QCOMPARE(c->name, QStringLiteral("terraform.pem"));
        QCOMPARE(c->type, DestinationCertificate::CertificateType);
        QCOMPARE(c->generationMethod, QStringLiteral("import"));
        QCOMPARE(c->nodes.size(), 1);
        QCOMPARE(c->subject(), QStringLiteral("O=Internet Widgits Pty Ltd,ST=Some-State,C=AU"));
        QVERIFY(c->nodes.first().commonName.isEmpty());
        QCOMPARE(c->notAfter(), QDateTime(QDate(2026, 11, 13), QTime(8, 58, 41), Qt::UTC));
        QVERIFY(validateDestinationCertificate(*c).isEmpty());
    }

    void keystoreListingKeepsTheKeyNodeAndCreation()
    {
        // The first listing of the file (the last call is the instance level one).
        const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(test::sharedPath(
            QStringLiteral("reference/samples/btp-recorded/datasource_subaccount_destination_certificates.read_certificates.json"))));
        const QJsonArray subaccount = doc.array().first().toObject().value(QStringLiteral("body")).toArray();
        auto jks = DestinationCertificate::fromJson(subaccount.first().toObject());
        QVERIFY(jks.ok());
        QCOMPARE(jks->name, QStringLiteral("terraform.jks"));
        QCOMPARE(jks->type, DestinationCertificate::KeystoreType);
        QCOMPARE(jks->generationMethod, QStringLiteral("external_service"));
        QCOMPARE(jks->creationExtra.value(QStringLiteral("validity_time_units")).toString(), QStringLiteral("MONTHS"));
        QCOMPARE(jks->nodes.first().type, DestinationCertificateNode::PrivateKeyType);
        QCOMPARE(jks->nodes.first().algorithm, QStringLiteral("RSA"));
        QCOMPARE(jks->certificates().size(), 3);
        // The leaf expires first: that is when the keystore stops working.
        QCOMPARE(jks->notAfter(), QDateTime(QDate(2026, 8, 18), QTime(12, 6, 8), Qt::UTC));
    }

    void storedFormRoundTripsTheDer()
    {
        DestinationCertificate c = valid(QStringLiteral("client.p12"));
        DestinationCertificateNode key;
        key.type = DestinationCertificateNode::PrivateKeyType;
        key.format = QStringLiteral("PKCS#8");
        key.algorithm = QStringLiteral("EC");
        key.alias = QStringLiteral("1");
        c.nodes.prepend(key);
        c.contentSha256 = QStringLiteral("ab12");
        c.extra.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("x")});
        auto back = DestinationCertificate::fromJson(c.toJson());
        QVERIFY(back.ok());
        QCOMPARE(*back, c);
        QCOMPARE(back->nodes.at(1).der, c.nodes.at(1).der);
    }

    void badPayloadsNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("no name") << QByteArray(R"({"nodes":[]})") << "$.name";
        QTest::newRow("nodes not an array") << QByteArray(R"({"name":"a.pem","nodes":{"x":1}})") << "$.nodes";
        QTest::newRow("node not an object") << QByteArray(R"({"name":"a.pem","nodes":[1]})") << "$.nodes[0]";
        QTest::newRow("unknown node type") << QByteArray(R"({"name":"a.pem","nodes":[{"type":"x"}]})") << "$.nodes[0].type";
        QTest::newRow("bad base64") << QByteArray(R"({"name":"a.pem","nodes":[{"type":"x509_certificate","certificate":"!!"}]})")
                                    << "$.nodes[0].certificate";
        QTest::newRow("bad date") << QByteArray(R"({"name":"a.pem","nodes":[{"type":"x509_certificate","not_after":"soon"}]})")
                                  << "$.nodes[0].not_after";
        QTest::newRow("creation not an object") << QByteArray(R"({"name":"a.pem","creation":3})") << "$.creation";
    }

    void badPayloadsNameTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        auto c = DestinationCertificate::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().where, where);
    }

    void typeComesFromTheExtension()
    {
        QCOMPARE(DestinationCertificate::typeForName(QStringLiteral("a.P12")), DestinationCertificate::KeystoreType);
        QCOMPARE(DestinationCertificate::typeForName(QStringLiteral("a.pfx")), DestinationCertificate::KeystoreType);
        QCOMPARE(DestinationCertificate::typeForName(QStringLiteral("a.jks")), DestinationCertificate::KeystoreType);
        QCOMPARE(DestinationCertificate::typeForName(QStringLiteral("a.crt")), DestinationCertificate::CertificateType);
        QCOMPARE(DestinationCertificate::typeForName(QStringLiteral("p12")), DestinationCertificate::CertificateType);
    }

    // ---- Validation -----------------------------------------------------------------------

    void namesAsBtpAllowsThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("pem") << "partner.pem" << true;
        QTest::newRow("p12 with dash and underscore") << "client-cert_2026.p12" << true;
        QTest::newRow("upper case extension") << "ROOT.CER" << true;
        QTest::newRow("jks") << "legacy.jks" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("space") << "my cert.pem" << false;
        QTest::newRow("slash") << "a/b.pem" << false;
        QTest::newRow("no extension") << "partner" << false;
        QTest::newRow("other extension") << "partner.txt" << false;
        QTest::newRow("only extension") << ".pem" << false;
        QTest::newRow("umlaut") << "zertifikat-ä.pem" << false;
        QTest::newRow("too long") << QString(QString(201, QLatin1Char('a')) + QStringLiteral(".pem")) << false;
    }

    void namesAsBtpAllowsThem()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const Problems problems = validateDestinationCertificateName(name);
        QCOMPARE(problems.isEmpty(), ok);
        for (const Error& e : problems)
            QCOMPARE(e.field, QStringLiteral("name"));
    }

    void validCertificatePasses()
    {
        QVERIFY(validateDestinationCertificate(valid()).isEmpty());
    }

    void typeMustFitTheName()
    {
        DestinationCertificate c = valid(QStringLiteral("client.p12"));
        c.type = DestinationCertificate::CertificateType;
        QCOMPARE(fieldsOf(validateDestinationCertificate(c)), QStringList{QStringLiteral("type")});
        c.type = QStringLiteral("TRUSTSTORE");
        QVERIFY(fieldsOf(validateDestinationCertificate(c)).contains(QStringLiteral("type")));
    }

    void needsACertificate()
    {
        DestinationCertificate c = valid();
        c.nodes.clear();
        QCOMPARE(fieldsOf(validateDestinationCertificate(c)), QStringList{QStringLiteral("nodes")});
    }

    void keyNodesCarryNoKeyMaterial()
    {
        DestinationCertificate c = valid(QStringLiteral("client.p12"));
        DestinationCertificateNode key;
        key.type = DestinationCertificateNode::PrivateKeyType;
        key.format = QStringLiteral("PKCS#8");
        key.extra.insert(QStringLiteral("key"), QStringLiteral("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg"));
        c.nodes.prepend(key);
        const Problems problems = validateDestinationCertificate(c);
        QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("nodes[0]")});
        QVERIFY(problems.first().message.contains(QStringLiteral("never key material")));
    }

    void keyOnlyInAKeystore()
    {
        DestinationCertificate c = valid(QStringLiteral("client.pem"));
        DestinationCertificateNode key;
        key.type = DestinationCertificateNode::PrivateKeyType;
        c.nodes.append(key);
        QCOMPARE(fieldsOf(validateDestinationCertificate(c)), QStringList{QStringLiteral("nodes[1]")});
    }

    void contentIsNeverStored()
    {
        DestinationCertificate c = valid();
        c.extra.insert(QStringLiteral("Content"), QStringLiteral("MIIB..."));
        QCOMPARE(fieldsOf(validateDestinationCertificate(c)), QStringList{QStringLiteral("Content")});
    }

    void validityMustBeOrdered()
    {
        DestinationCertificate c = valid();
        c.nodes.first().notAfter = c.nodes.first().notBefore.addDays(-1);
        QCOMPARE(fieldsOf(validateDestinationCertificate(c)), QStringList{QStringLiteral("nodes[0].not_after")});
    }
};

QTEST_GUILESS_MAIN(TestDestinationCertificate)
#include "tst_destinationcertificate.moc"
