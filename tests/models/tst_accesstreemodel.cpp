// AccessTreeModel: a demo user's role collections (and how obtained) → roles → tasks, with SAP's
// warnings, checked by QAbstractItemModelTester.
#include "ModelTestSupport.h"
#include "models/AccessTreeModel.h"

#include <QTest>

using namespace gh;

class TestAccessTreeModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::shared_ptr<const AccessIndex> m_index;

    QString userId(const QString& name) const
    {
        for (const User& u : m_index->users()) {
            if (u.userName == name)
                return u.id;
        }
        return {};
    }

    static QModelIndex find(const QAbstractItemModel& model, const QString& text, const QModelIndex& parent = {})
    {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data().toString() == text)
                return i;
        }
        return {};
    }

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

    void directAssignmentsDownToTasks()
    {
        AccessTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(m_index, userId(QStringLiteral("anna.becker@contoso.example")));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex admin = find(model, QStringLiteral("PI_Administrator"));
        QVERIFY(admin.isValid());
        QCOMPARE(admin.siblingAtColumn(AccessTreeModel::ObtainedColumn).data().toString(), QStringLiteral("Assigned directly"));
        QVERIFY(admin.data(AccessTreeModel::WarningRole).toBool());
        QVERIFY(admin.data(Qt::ToolTipRole).toString().contains(QLatin1String("production")));
        QVERIFY(admin.siblingAtColumn(AccessTreeModel::DescriptionColumn).data().toString().startsWith(QLatin1String("Warning: ")));
        QCOMPARE(model.rowCount(admin), 1);
        const QModelIndex role = model.index(0, 0, admin);
        QCOMPARE(role.data(AccessTreeModel::LevelRole).toInt(), int(AccessTreeModel::Level::Role));
        QVERIFY(role.siblingAtColumn(AccessTreeModel::ObtainedColumn).data().toString().contains(QLatin1String("AuthGroup_Administrator")));
        const QModelIndex deploy = find(model, QStringLiteral("Deploy security material"), role);
        QVERIFY(deploy.isValid());
        QCOMPARE(deploy.data(AccessTreeModel::TaskIdRole).toString(), QStringLiteral("deploy-security-material"));
        QCOMPARE(model.parent(deploy), role);
    }

    void groupGrantsAndUnknownUsers()
    {
        AccessTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(m_index, userId(QStringLiteral("bianca.koenig@contoso.com")));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex developers = model.index(0, 0);
        QCOMPARE(developers.data().toString(), QStringLiteral("Contoso_Integration_Developers"));
        QCOMPARE(developers.siblingAtColumn(AccessTreeModel::ObtainedColumn).data().toString(),
                 QStringLiteral("Through group “CPI-Developers”"));
        QVERIFY(!developers.data(AccessTreeModel::WarningRole).toBool() ||
                !developers.data(Qt::ToolTipRole).toString().isEmpty());

        model.setUser(m_index, QStringLiteral("no-such-user"));
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        QVERIFY(model.userId().isEmpty());
    }
};

QTEST_MAIN(TestAccessTreeModel)
#include "tst_accesstreemodel.moc"
