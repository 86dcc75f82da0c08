// WhoCanModel: everyone who can deploy security material in the demo tenant, and by which path.
#include "ModelTestSupport.h"
#include "models/WhoCanModel.h"

#include <QSet>
#include <QTest>

using namespace gh;

class TestWhoCanModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::shared_ptr<const AccessIndex> m_index;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        TenantClient& client = m_demo.workspace().client();
        auto users = client.users().list().result();
        auto collections = client.roleCollections().list().result();
        QVERIFY(users.ok() && collections.ok());
        m_index = std::make_shared<const AccessIndex>(*users, *collections, Catalogue::builtIn());
    }

    void deploySecurityMaterial()
    {
        WhoCanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(m_index, QStringLiteral("deploy-security-material"));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.rowCount(), int(m_index->whoCan(QStringLiteral("deploy-security-material")).size()));
        QSet<QString> users, obtained;
        bool anna = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            users.insert(model.index(r, WhoCanModel::UserColumn).data(EntryKeyRole).toString());
            obtained.insert(model.index(r, WhoCanModel::ObtainedColumn).data().toString().section(QLatin1Char(' '), 0, 0));
            if (model.index(r, WhoCanModel::UserColumn).data().toString() == QLatin1String("anna.becker@contoso.example")) {
                anna = true;
                QCOMPARE(model.index(r, WhoCanModel::RoleCollectionColumn).data().toString(), QStringLiteral("PI_Administrator"));
                QCOMPARE(model.index(r, WhoCanModel::IdentityProviderColumn).data().toString(), QStringLiteral("sap.default"));
                QCOMPARE(model.index(r, WhoCanModel::ObtainedColumn).data().toString(), QStringLiteral("Directly"));
            }
        }
        QVERIFY(anna);
        QCOMPARE(model.userCount(), int(users.size()));
        QVERIFY2(obtained.contains(QStringLiteral("Group")), qPrintable(QStringList(obtained.cbegin(), obtained.cend()).join(QLatin1Char(','))));
        QCOMPARE(model.headerData(WhoCanModel::RoleColumn, Qt::Horizontal).toString(), QStringLiteral("Role"));
    }

    void taskNobodyHas()
    {
        WhoCanModel model;
        model.setTask(m_index, QStringLiteral("no-such-task"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.userCount(), 0);
    }
};

QTEST_MAIN(TestWhoCanModel)
#include "tst_whocanmodel.moc"
