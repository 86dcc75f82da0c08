// DestinationSchema: the form of each Type and Authentication shows exactly the properties that
// combination uses, marks the ones validateDestination requires, and knows every form key.
#include "app/domain/DestinationSchema.h"
#include "app/domain/Validation.h"

#include <QTest>

using namespace gh;
using namespace gh::destinations;

namespace {

QStringList keysOf(const QList<FieldSpec>& fields)
{
    QStringList out;
    for (const FieldSpec& f : fields)
        out.append(f.key);
    return out;
}

const FieldSpec* find(const QList<FieldSpec>& fields, const QString& key)
{
    for (const FieldSpec& f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

} // namespace

class TestDestinationSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basicAuthenticationShowsUserAndPassword()
    {
        const auto fields = fieldsFor(QStringLiteral("HTTP"), QStringLiteral("Internet"),
                                      QStringLiteral("BasicAuthentication"));
        const QStringList keys = keysOf(fields);
        QCOMPARE(keys.mid(0, 3), (QStringList{QStringLiteral("Name"), QStringLiteral("Type"),
                                               QStringLiteral("Description")}));
        QVERIFY(keys.contains(QStringLiteral("User")));
        QVERIFY(!keys.contains(QStringLiteral("clientId")));
        QVERIFY(!keys.contains(QStringLiteral("CloudConnectorLocationId")));
        const FieldSpec* password = find(fields, QStringLiteral("Password"));
        QVERIFY(password);
        QCOMPARE(password->kind, FieldKind::Secret);
        QVERIFY(password->required);
        QCOMPARE(password->group, FieldGroup::Authentication);
        QVERIFY(find(fields, QStringLiteral("URL"))->required);
        QCOMPARE(find(fields, QStringLiteral("URL"))->kind, FieldKind::Url);
        QVERIFY(!find(fields, QStringLiteral("Description"))->required);
        // Keys shown once each.
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    }

    void oauthClientCredentialsNeedsATokenService()
    {
        const auto fields = fieldsFor(QStringLiteral("HTTP"), QStringLiteral("Internet"),
                                      QStringLiteral("OAuth2ClientCredentials"));
        const FieldSpec* token = find(fields, QStringLiteral("tokenServiceURL"));
        QVERIFY(token);
        QVERIFY(token->required);
        QCOMPARE(token->kind, FieldKind::Url);
        QCOMPARE(find(fields, QStringLiteral("clientSecret"))->kind, FieldKind::Secret);
        QCOMPARE(find(fields, QStringLiteral("tokenService.KeyStoreLocation"))->kind, FieldKind::Certificate);
        QCOMPARE(find(fields, QStringLiteral("tokenServiceURLType"))->choices,
                 (QStringList{QStringLiteral("Dedicated"), QStringLiteral("Common")}));
        QVERIFY(!find(fields, QStringLiteral("User")));
    }

    void onPremiseAddsTheLocationAndDropsTheTrustStore()
    {
        const auto internet = keysOf(fieldsFor(QStringLiteral("HTTP"), QStringLiteral("Internet"),
                                               QStringLiteral("NoAuthentication")));
        const auto onPremise = keysOf(fieldsFor(QStringLiteral("HTTP"), QStringLiteral("OnPremise"),
                                                QStringLiteral("PrincipalPropagation")));
        QVERIFY(internet.contains(QStringLiteral("TrustStoreLocation")));
        QVERIFY(!internet.contains(QStringLiteral("CloudConnectorLocationId")));
        QVERIFY(onPremise.contains(QStringLiteral("CloudConnectorLocationId")));
        QVERIFY(!onPremise.contains(QStringLiteral("TrustStoreLocation")));
    }

    void rfcMailLdapAndTcpHaveTheirOwnProperties()
    {
        const auto rfc = fieldsFor(QStringLiteral("RFC"), QStringLiteral("OnPremise"), {});
        QVERIFY(!find(rfc, QStringLiteral("Authentication")));
        QVERIFY(!find(rfc, QStringLiteral("URL")));
        QVERIFY(find(rfc, QStringLiteral("jco.client.client"))->required);
        QCOMPARE(find(rfc, QStringLiteral("jco.client.passwd"))->kind, FieldKind::Secret);
        QCOMPARE(find(rfc, QStringLiteral("ProxyType"))->choices,
                 (QStringList{QStringLiteral("Internet"), QStringLiteral("OnPremise")}));
        QVERIFY(find(rfc, QStringLiteral("CloudConnectorLocationId")));

        const auto mail = fieldsFor(QStringLiteral("MAIL"), QStringLiteral("Internet"), {});
        QCOMPARE(find(mail, QStringLiteral("mail.smtp.port"))->kind, FieldKind::Number);
        QCOMPARE(find(mail, QStringLiteral("mail.password"))->kind, FieldKind::Secret);

        QCOMPARE(authenticationsFor(QStringLiteral("LDAP")),
                 (QStringList{QStringLiteral("NoAuthentication"), QStringLiteral("BasicAuthentication")}));
        const auto ldap = fieldsFor(QStringLiteral("LDAP"), QStringLiteral("Internet"),
                                    QStringLiteral("BasicAuthentication"));
        QVERIFY(find(ldap, QStringLiteral("Password"))->required);
        QVERIFY(authenticationsFor(QStringLiteral("TCP")).isEmpty());
        QVERIFY(find(fieldsFor(QStringLiteral("TCP"), QStringLiteral("OnPremise"), {}), QStringLiteral("URL"))->required);
    }

    // Whatever validateDestination requires, the form shows (else it could never be saved).
    void everyRequiredPropertyIsAField()
    {
        for (const QString& type : knownDestinationTypes()) {
            QStringList auths = authenticationsFor(type);
            if (auths.isEmpty())
                auths.append(QString());
            for (const QString& proxy : proxyTypesFor(type))
                for (const QString& auth : auths) {
                    const auto fields = fieldsFor(type, proxy, auth);
                    for (const QString& key : requiredDestinationProperties(type, auth)) {
                        const FieldSpec* f = find(fields, key);
                        QVERIFY2(f, qPrintable(QStringLiteral("%1/%2/%3 lacks %4").arg(type, proxy, auth, key)));
                        QVERIFY(f->required);
                    }
                    for (const FieldSpec& f : fields)
                        QCOMPARE(f.kind == FieldKind::Secret, Destination::isSecretKey(f.key));
                }
        }
    }

    void formKeysCoverEveryForm()
    {
        QVERIFY(isFormKey(QStringLiteral("User")));
        QVERIFY(isFormKey(QStringLiteral("jco.client.ashost")));
        QVERIFY(isFormKey(QStringLiteral("skipUserUuidInSAMLAttributes")));
        QVERIFY(!isFormKey(QStringLiteral("HTML5.Timeout")));
        QVERIFY(!isFormKey(QStringLiteral("URL.headers.x-api-key")));
    }
};

QTEST_GUILESS_MAIN(TestDestinationSchema)
#include "tst_destinationschema.moc"
