// WhereUsed: the index built through LocalTenantClient from a real demo tenant, with destinations
// made here that name a destination certificate, a keystore alias (by value and by base name),
// the token service's key store and nothing at all; then edited and deleted through the
// Workspace and indexed again. Role collections and the roles they hold, and a dangling role
// reference on lists made in the test.
#include "DemoTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/workspace/WhereUsed.h"
#include "app/workspace/Workspace.h"

#include <QTest>

using namespace gh;
using namespace gh::whereused;

namespace {

Destination destination(const QString& name, const QList<QPair<QString, QString>>& properties)
{
    Destination d;
    d.set(QStringLiteral("Name"), name);
    d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
    d.set(QStringLiteral("URL"), QStringLiteral("https://%1.example/api").arg(name.toLower()));
    d.set(QStringLiteral("ProxyType"), QStringLiteral("Internet"));
    for (const auto& [key, value] : properties)
        d.set(key, value);
    return d;
}

QStringList texts(const QList<Use>& uses)
{
    QStringList out;
    for (const Use& u : uses)
        out.append(u.destination + QLatin1Char(':') + u.property);
    return out;
}

QStringList texts(const QList<Referent>& referents)
{
    QStringList out;
    for (const Referent& r : referents)
        out.append(QStringLiteral("%1 %2=%3 -> %4 %5 %6")
                       .arg(targetKindName(r.kind), r.property, r.value, r.key, r.name,
                            r.exists ? QStringLiteral("ok") : QStringLiteral("dangling")));
    return out;
}

} // namespace

class TestWhereUsed : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    QString m_path;
    std::shared_ptr<LocalTenant> m_tenant;

    WhereUsedIndex index()
    {
        LocalTenantClient client(m_tenant);
        Result<WhereUsedIndex> built = buildWhereUsed(client).result();
        if (!built)
            qWarning("%s", qPrintable(built.error().toString()));
        return built ? std::move(built).value() : WhereUsedIndex();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = test::createDemoTenant(m_dir);
        QVERIFY(!m_path.isEmpty());
        auto opened = LocalTenant::open(m_path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(opened.ok());
        m_tenant = *opened;

        Workspace ws(m_tenant, m_clock);
        const QList<Destination> made{
            destination(QStringLiteral("Alpha"), {{QStringLiteral("Authentication"), QStringLiteral("ClientCertificateAuthentication")},
                                                  {QStringLiteral("KeyStoreLocation"), QStringLiteral("contoso-client.p12")},
                                                  {QStringLiteral("KeyStorePassword"), QString()},
                                                  {QStringLiteral("TrustStoreLocation"), QStringLiteral("erp-gateway.crt")}}),
            destination(QStringLiteral("beta"), {{QStringLiteral("TrustStoreLocation"), QStringLiteral("contoso-client.p12")}}),
            // An alias by base name, in another case: Cloud Integration reads it so.
            destination(QStringLiteral("Gamma"), {{QStringLiteral("Authentication"), QStringLiteral("OAuth2ClientCredentials")},
                                                  {QStringLiteral("clientId"), QStringLiteral("gamma")},
                                                  {QStringLiteral("clientSecret"), QString()},
                                                  {QStringLiteral("tokenServiceURL"), QStringLiteral("https://t.example/token")},
                                                  {QStringLiteral("tokenService.KeyStoreLocation"), QStringLiteral("Ariba_Client.p12")}}),
            destination(QStringLiteral("Dangling"), {{QStringLiteral("TrustStoreLocation"), QStringLiteral("nothing-here.pem")}}),
        };
        QList<Change> changes;
        for (const Destination& d : made)
            changes.append(Change::created(d));
        const Status applied = ws.apply(changes, QStringLiteral("where-used destinations")).result();
        QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().toString()));
    }

    void certificateUsers()
    {
        const WhereUsedIndex ix = index();
        QVERIFY(ix.hasCertificate(QStringLiteral("contoso-client.p12")));
        QCOMPARE(texts(ix.usersOfCertificate(QStringLiteral("contoso-client.p12"))),
                 (QStringList{QStringLiteral("Alpha:KeyStoreLocation"), QStringLiteral("beta:TrustStoreLocation"),
                              QStringLiteral("Northwind_Portal_mTLS:KeyStoreLocation")}));
        QCOMPARE(texts(ix.usersOfCertificate(QStringLiteral("erp-gateway.crt"))),
                 (QStringList{QStringLiteral("Alpha:TrustStoreLocation"),
                              QStringLiteral("Northwind_ERP_Gateway:TrustStoreLocation")}));
        // Names are exact for destination certificates.
        QVERIFY(ix.usersOfCertificate(QStringLiteral("Contoso-Client.p12")).isEmpty());
        QVERIFY(ix.usersOfCertificate(QStringLiteral("no-such.pem")).isEmpty());
        QCOMPARE(usageSentence(ix.usersOfCertificate(QStringLiteral("contoso-client.p12")), QStringLiteral("certificate")),
                 QStringLiteral("3 destinations use this certificate: Alpha, beta, Northwind_Portal_mTLS"));
        QCOMPARE(usageSentence(ix.usersOfCertificate(QStringLiteral("contoso-client.p12")), QStringLiteral("certificate"), 2),
                 QStringLiteral("3 destinations use this certificate: Alpha, beta …and 1 more"));
        QCOMPARE(usageSentence({}, QStringLiteral("certificate")), QString());
    }

    void aliasUsers()
    {
        const WhereUsedIndex ix = index();
        const KeystoreEntry* ariba = ix.systemEntry(QStringLiteral("ariba_client"));
        QVERIFY(ariba);
        // The demo's own destination names it by value, Gamma by base name in another case.
        const QStringList users = texts(ix.usersOfAlias(QStringLiteral("ariba_client")));
        QVERIFY2(users.contains(QStringLiteral("Gamma:tokenService.KeyStoreLocation")), qPrintable(users.join(u',')));
        QCOMPARE(texts(ix.usersOfEntry(*ariba)), users);
        QCOMPARE(users.size(), 2);
        // Only the system keystore's aliases are named by destinations.
        KeystoreEntry renewal = *ariba;
        renewal.keystore = QStringLiteral("KeyRenewal");
        QVERIFY(ix.usersOfEntry(renewal).isEmpty());
        QVERIFY(ix.usersOfAlias(QStringLiteral("sap_global_root_ca")).isEmpty());
    }

    void destinationReferents()
    {
        const WhereUsedIndex ix = index();
        QCOMPARE(texts(ix.referentsOfDestination(QStringLiteral("Alpha"))),
                 (QStringList{QStringLiteral("destination certificate KeyStoreLocation=contoso-client.p12 -> contoso-client.p12 contoso-client.p12 ok"),
                              QStringLiteral("destination certificate TrustStoreLocation=erp-gateway.crt -> erp-gateway.crt erp-gateway.crt ok")}));
        const KeystoreEntry* ariba = ix.systemEntry(QStringLiteral("ariba_client"));
        QVERIFY(ariba);
        QCOMPARE(texts(ix.referentsOfDestination(QStringLiteral("Gamma"))),
                 QStringList{QStringLiteral("keystore entry tokenService.KeyStoreLocation=Ariba_Client.p12 -> %1 ariba_client ok")
                                 .arg(ariba->key())});
        QCOMPARE(texts(ix.referentsOfDestination(QStringLiteral("Dangling"))),
                 QStringList{QStringLiteral("destination certificate TrustStoreLocation=nothing-here.pem ->   dangling")});
        QVERIFY(ix.danglingReferences().contains(
            QStringLiteral("destination 'Dangling' (TrustStoreLocation) names 'nothing-here.pem', which is not there")));
        // A destination without certificate properties refers to nothing; an unknown one neither.
        QVERIFY(ix.hasDestination(QStringLiteral("northwind")));
        QVERIFY(ix.referentsOfDestination(QStringLiteral("northwind")).isEmpty());
        QVERIFY(!ix.hasDestination(QStringLiteral("nobody")));
        QVERIFY(ix.referentsOfDestination(QStringLiteral("nobody")).isEmpty());
    }

    void rolesAndCollections()
    {
        LocalTenantClient client(m_tenant);
        const auto collections = client.roleCollections().list().result();
        QVERIFY(collections.ok() && !collections->isEmpty());
        const WhereUsedIndex ix = index();
        // Every role every collection holds points back at that collection.
        for (const RoleCollection& c : *collections) {
            for (const RoleReference& r : c.roleReferences)
                QVERIFY2(ix.collectionsWithRole(r.roleKey()).contains(c.name), qPrintable(c.name + u' ' + r.roleKey()));
            QCOMPARE(ix.referentsOfCollection(c.name).size(), c.roleReferences.size());
        }
        QVERIFY(ix.collectionsWithRole(QStringLiteral("no!app/NoTemplate/NoRole")).isEmpty());
    }

    void danglingRoleOnLists()
    {
        Role held{QStringLiteral("it!b1"), QStringLiteral("Tmpl"), QStringLiteral("Held"), {}, {}, false, {}};
        RoleCollection a;
        a.name = QStringLiteral("A");
        a.roleReferences = {{held.roleTemplateAppId, held.roleTemplateName, held.name, {}},
                            {QStringLiteral("it!b1"), QStringLiteral("Tmpl"), QStringLiteral("Gone"), {}}};
        RoleCollection b;
        b.name = QStringLiteral("b");
        b.roleReferences = {{held.roleTemplateAppId, held.roleTemplateName, held.name, {}}};
        const WhereUsedIndex ix({}, {}, {}, {b, a}, {held});
        QCOMPARE(ix.collectionsWithRole(held.key()), (QStringList{QStringLiteral("A"), QStringLiteral("b")}));
        QCOMPARE(texts(ix.referentsOfCollection(QStringLiteral("A"))),
                 (QStringList{QStringLiteral("role =it!b1/Tmpl/Held -> it!b1/Tmpl/Held it!b1/Tmpl/Held ok"),
                              QStringLiteral("role =it!b1/Tmpl/Gone ->   dangling")}));
        QCOMPARE(ix.danglingReferences(),
                 QStringList{QStringLiteral("role collection 'A' holds the role 'it!b1/Tmpl/Gone', which is not there")});
    }

    void editsAreSeenWhenIndexedAgain()
    {
        {
            Workspace ws(m_tenant, m_clock);
            LocalTenantClient client(m_tenant);
            const auto beta = client.destinations().get(QStringLiteral("beta")).result();
            QVERIFY(beta.ok());
            Destination changed = *beta;
            changed.set(QStringLiteral("TrustStoreLocation"), QStringLiteral("erp-gateway.crt"));
            const auto alpha = client.destinations().get(QStringLiteral("Alpha")).result();
            QVERIFY(alpha.ok());
            QVERIFY(ws.apply({Change::updated(*beta, changed), Change::removed(*alpha)}, QStringLiteral("edit")).result().ok());
        }
        const WhereUsedIndex ix = index();
        QCOMPARE(texts(ix.usersOfCertificate(QStringLiteral("contoso-client.p12"))),
                 QStringList{QStringLiteral("Northwind_Portal_mTLS:KeyStoreLocation")});
        QCOMPARE(texts(ix.usersOfCertificate(QStringLiteral("erp-gateway.crt"))),
                 (QStringList{QStringLiteral("beta:TrustStoreLocation"),
                              QStringLiteral("Northwind_ERP_Gateway:TrustStoreLocation")}));
        QVERIFY(!ix.hasDestination(QStringLiteral("Alpha")));
    }
};

QTEST_GUILESS_MAIN(TestWhereUsed)
#include "tst_whereused.moc"
