// Validation rules name the field in error.
#include "app/domain/Validation.h"

#include <QTest>

using namespace gh;

namespace {
Destination http(const QString& auth)
{
    Destination d;
    d.set(QStringLiteral("Name"), QStringLiteral("dest"));
    d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
    d.set(QStringLiteral("URL"), QStringLiteral("https://backend.example/api"));
    d.set(QStringLiteral("ProxyType"), QStringLiteral("Internet"));
    d.set(QStringLiteral("Authentication"), auth);
    return d;
}

QStringList fields(const Problems& problems)
{
    QStringList out;
    for (const Error& e : problems) {
        out.append(e.field);
        if (e.kind != Error::Kind::Validation)
            out.append(QStringLiteral("<not a validation error>"));
    }
    return out;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void destinationNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ERP_OnPrem-01") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("my dest") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("umlaut") << QStringLiteral("Zürich") << false;
        QTest::newRow("200 chars") << QString(200, QLatin1Char('a')) << true;
        QTest::newRow("201 chars") << QString(201, QLatin1Char('a')) << false;
        QTest::newRow("line break") << QStringLiteral("a\nb") << false;
    }

    void destinationNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Problems p = validateDestinationName(name);
        QCOMPARE(p.isEmpty(), valid);
        for (const Error& e : p)
            QCOMPARE(e.field, QStringLiteral("Name"));
    }

    void requiredPropertiesPerAuthentication_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("none") << QStringLiteral("NoAuthentication") << QStringList();
        QTest::newRow("basic") << QStringLiteral("BasicAuthentication") << QStringList{QStringLiteral("User"), QStringLiteral("Password")};
        QTest::newRow("client certificate") << QStringLiteral("ClientCertificateAuthentication")
                                            << QStringList{QStringLiteral("KeyStoreLocation"), QStringLiteral("KeyStorePassword")};
        QTest::newRow("client credentials") << QStringLiteral("OAuth2ClientCredentials")
                                            << QStringList{QStringLiteral("clientId"), QStringLiteral("clientSecret"), QStringLiteral("tokenServiceURL")};
        QTest::newRow("saml bearer") << QStringLiteral("OAuth2SAMLBearerAssertion")
                                     << QStringList{QStringLiteral("audience"), QStringLiteral("clientKey"), QStringLiteral("tokenServiceURL")};
        QTest::newRow("jwt bearer") << QStringLiteral("OAuth2JWTBearer") << QStringList{QStringLiteral("clientId"), QStringLiteral("tokenServiceURL")};
    }

    void requiredPropertiesPerAuthentication()
    {
        QFETCH(QString, auth);
        QFETCH(QStringList, missing);
        const Destination d = http(auth);
        QCOMPARE(fields(validateDestination(d)), missing);
        // Filling them in makes the destination valid.
        Destination complete = d;
        for (const QString& key : missing)
            complete.set(key, key.contains(QLatin1String("URL")) ? QStringLiteral("https://token.example/oauth/token") : QStringLiteral("x"));
        QVERIFY(validateDestination(complete).isEmpty());
    }

    void unknownValuesAreNamed()
    {
        Destination d = http(QStringLiteral("MagicAuthentication"));
        d.set(QStringLiteral("ProxyType"), QStringLiteral("Carrier pigeon"));
        d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        const QStringList f = fields(validateDestination(d));
        QVERIFY(f.contains(QStringLiteral("Authentication")));
        QVERIFY(f.contains(QStringLiteral("ProxyType")));
        Destination t = http(QStringLiteral("NoAuthentication"));
        t.set(QStringLiteral("Type"), QStringLiteral("FTP"));
        QVERIFY(fields(validateDestination(t)).contains(QStringLiteral("Type")));
    }

    void urlsMustBeAbsolute()
    {
        Destination d = http(QStringLiteral("NoAuthentication"));
        d.set(QStringLiteral("URL"), QStringLiteral("backend.example/api"));
        QCOMPARE(fields(validateDestination(d)), QStringList{QStringLiteral("URL")});
        Destination o = http(QStringLiteral("OAuth2ClientCredentials"));
        o.set(QStringLiteral("clientId"), QStringLiteral("c"));
        o.setSecretState(QStringLiteral("clientSecret"), Destination::SecretState::Set);
        o.set(QStringLiteral("tokenServiceURL"), QStringLiteral("ftp://token"));
        QCOMPARE(fields(validateDestination(o)), QStringList{QStringLiteral("tokenServiceURL")});
    }

    void principalPropagationNeedsOnPremise()
    {
        Destination d = http(QStringLiteral("PrincipalPropagation"));
        QCOMPARE(fields(validateDestination(d)), QStringList{QStringLiteral("ProxyType")});
        d.set(QStringLiteral("ProxyType"), QStringLiteral("OnPremise"));
        QVERIFY(validateDestination(d).isEmpty());
    }

    void rfcAndMail()
    {
        Destination rfc;
        rfc.set(QStringLiteral("Name"), QStringLiteral("erp"));
        rfc.set(QStringLiteral("Type"), QStringLiteral("RFC"));
        QCOMPARE(fields(validateDestination(rfc)), (QStringList{QStringLiteral("jco.client.client"), QStringLiteral("jco.client.ashost")}));
        rfc.set(QStringLiteral("jco.client.client"), QStringLiteral("100"));
        rfc.set(QStringLiteral("jco.client.mshost"), QStringLiteral("ms.example"));
        QVERIFY(validateDestination(rfc).isEmpty());

        Destination mail;
        mail.set(QStringLiteral("Name"), QStringLiteral("mail"));
        mail.set(QStringLiteral("Type"), QStringLiteral("MAIL"));
        QCOMPARE(fields(validateDestination(mail)), QStringList{QStringLiteral("mail.smtp.host")});
    }

    void aliases()
    {
        QVERIFY(validateAlias(QStringLiteral("sap_cloudintegrationcertificate")).isEmpty());
        QCOMPARE(fields(validateAlias(QString())), QStringList{QStringLiteral("Alias")});
        QCOMPARE(fields(validateAlias(QStringLiteral(" padded"))), QStringList{QStringLiteral("Alias")});
        QCOMPARE(fields(validateAlias(QString(251, QLatin1Char('x')))), QStringList{QStringLiteral("Alias")});
        KeystoreEntry e;
        e.alias = QStringLiteral("abc");
        e.hexalias = QStringLiteral("FFFF");
        e.type = QStringLiteral("Key Pair");
        e.owner = QStringLiteral("Tenant Administrator");
        QCOMPARE(fields(validateKeystoreEntry(e)), QStringList{QStringLiteral("Hexalias")});
        e.hexalias = KeystoreEntry::hexaliasOf(e.alias);
        QVERIFY(validateKeystoreEntry(e).isEmpty());
        QCOMPARE(KeystoreEntry::hexaliasOf(QStringLiteral("smtp.mail.yahoo.com")), QStringLiteral("736D74702E6D61696C2E7961686F6F2E636F6D"));
    }

    void roleCollectionsAndUsers()
    {
        QVERIFY(validateRoleCollectionName(QStringLiteral("PI_Administrator")).isEmpty());
        QCOMPARE(fields(validateRoleCollectionName(QString(65, QLatin1Char('r')))), QStringList{QStringLiteral("name")});
        User u;
        u.userName = QStringLiteral("anna");
        u.origin = QStringLiteral("sap.default");
        u.emails = {{QStringLiteral("not-an-email"), true}};
        QCOMPARE(fields(validateUser(u)), QStringList{QStringLiteral("emails")});
    }

    void credentials()
    {
        UserCredential c;
        c.name = QStringLiteral("sf");
        c.kind = QStringLiteral("successfactors");
        QCOMPARE(fields(validateUserCredential(c)), QStringList{QStringLiteral("CompanyId")});
        c.kind = QStringLiteral("kerberos");
        QVERIFY(fields(validateUserCredential(c)).contains(QStringLiteral("Kind")));
        OAuth2ClientCredential o;
        o.name = QStringLiteral("o");
        o.tokenServiceUrl = QStringLiteral("https://t.example/token");
        o.clientId = QStringLiteral("id");
        QVERIFY(validateOAuth2ClientCredential(o).isEmpty());
        o.clientAuthentication = QStringLiteral("cookie");
        QCOMPARE(fields(validateOAuth2ClientCredential(o)), QStringList{QStringLiteral("ClientAuthentication")});
        QCOMPARE(fields(validateSecureParameter(SecureParameter{})), QStringList{QStringLiteral("Name")});
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
