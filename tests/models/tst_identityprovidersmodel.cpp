// IdentityProvidersModel: the demo tenant's two trust configurations, with their users and the
// role collections that map their groups counted from a real access index.
#include "ModelTestSupport.h"
#include "app/domain/Catalogue.h"
#include "models/IdentityProvidersModel.h"
#include "models/SearchFilterProxy.h"

#include <QTest>

using namespace gh;

class TestIdentityProvidersModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demo.open()); }

    void listsTrustConfigurationsWithWhatDependsOnThem()
    {
        IdentityProvidersModel model(m_demo.clock());
        test::attachTester(&model);
        QVERIFY(test::loadInto(model, m_demo.workspace()));
        QCOMPARE(model.rowCount(), 2);
        const QString aad = QStringLiteral("contoso-aad");
        QCOMPARE(test::cell(model, aad, IdentityProvidersModel::NameColumn).toString(),
                 QStringLiteral("Contoso Azure AD"));
        QCOMPARE(test::cell(model, aad, IdentityProvidersModel::TypeColumn).toString(),
                 QStringLiteral("SAML 2.0"));
        QCOMPARE(test::cell(model, QStringLiteral("sap.default"), IdentityProvidersModel::TypeColumn)
                     .toString(),
                 QStringLiteral("SAP ID service"));
        // The seed does not give a status: a listed trust configuration is active.
        QCOMPARE(test::cell(model, aad, IdentityProvidersModel::StatusColumn).toString(),
                 QStringLiteral("active"));
        // No counts before the access index came: empty, not a false 0.
        QCOMPARE(test::cell(model, aad, IdentityProvidersModel::UsersColumn).toString(), QString());
        QVERIFY(!model.hasUsage());

        TenantClient& client = m_demo.workspace().client();
        const Result<QList<User>> users = client.users().list().result();
        const Result<QList<RoleCollection>> collections = client.roleCollections().list().result();
        QVERIFY(users.ok() && collections.ok());
        qsizetype aadUsers = 0;
        for (const User& u : users.value())
            aadUsers += u.origin == aad ? 1 : 0;
        QVERIFY(aadUsers > 0);
        model.setAccessIndex(std::make_shared<const AccessIndex>(users.value(), collections.value(),
                                                                 Catalogue::builtIn()));
        QCOMPARE(test::cell(model, aad, IdentityProvidersModel::UsersColumn).toString(),
                 QString::number(aadUsers));
        QCOMPARE(test::cell(model, aad, IdentityProvidersModel::UsersColumn, SortRole).toLongLong(),
                 qint64(aadUsers));
        // Four collections map Azure AD groups; none maps the SAP ID service.
        QCOMPARE(test::cell(model, aad, IdentityProvidersModel::MappingsColumn).toString(),
                 QStringLiteral("4"));
        QVERIFY(test::cell(model, aad, IdentityProvidersModel::MappingsColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Contoso_Integration_Developers ← Groups equals CPI-Developers")));
        QCOMPARE(test::cell(model, QStringLiteral("sap.default"), IdentityProvidersModel::MappingsColumn)
                     .toString(),
                 QStringLiteral("0"));
        QCOMPARE(model.usage(aad).mappings.size(), 4);

        // Searching: by type, and `is:unused` finds none (both have users).
        SearchFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(QStringLiteral("type:saml"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuery(QStringLiteral("is:unused"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setQuery(QStringLiteral("is:active"));
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_MAIN(TestIdentityProvidersModel)
#include "tst_identityprovidersmodel.moc"
