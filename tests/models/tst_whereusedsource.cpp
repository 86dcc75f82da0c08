// WhereUsedSource on a demo workspace: one source per workspace, built on request off the GUI
// thread (`updated` follows), rebuilt after a change of a destination but not of a user, and the
// new index sees the change.
#include "ModelTestSupport.h"
#include "app/workspace/Workspace.h"
#include "models/WhereUsedSource.h"

#include <QSignalSpy>
#include <QTest>

using namespace gh;

class TestWhereUsedSource : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demo.open()); }

    void oneSourcePerWorkspace()
    {
        QVERIFY(!WhereUsedSource::of(nullptr));
        WhereUsedSource* source = WhereUsedSource::of(&m_demo.workspace());
        QVERIFY(source);
        QCOMPARE(WhereUsedSource::of(&m_demo.workspace()), source);
        QCOMPARE(source->parent(), &m_demo.workspace());
    }

    void buildsOnRequestAndAfterChanges()
    {
        WhereUsedSource* source = WhereUsedSource::of(&m_demo.workspace());
        QSignalSpy updated(source, &WhereUsedSource::updated);
        QVERIFY(!source->index());
        source->request();
        QVERIFY(source->isBuilding());
        QVERIFY(updated.wait(10000));
        QVERIFY(source->index());
        QVERIFY(source->problem().isEmpty());
        QCOMPARE(source->index()->usersOfCertificate(QStringLiteral("erp-gateway.crt")).size(), 1);

        // Up to date: asking again builds nothing.
        source->request();
        QVERIFY(!source->isBuilding());

        // A destination change: built again, and the new index sees it.
        Destination d;
        d.set(QStringLiteral("Name"), QStringLiteral("Second_ERP_User"));
        d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        d.set(QStringLiteral("URL"), QStringLiteral("https://second.example"));
        d.set(QStringLiteral("TrustStoreLocation"), QStringLiteral("erp-gateway.crt"));
        QVERIFY(m_demo.workspace().apply({Change::created(d)}, QStringLiteral("add")).result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 10000);
        QCOMPARE(source->index()->usersOfCertificate(QStringLiteral("erp-gateway.crt")).size(), 2);

        // A user change is none of its business.
        User user;
        user.userName = QStringLiteral("where.used@example.com");
        user.origin = QStringLiteral("sap.default");
        user.id = QStringLiteral("3f0c5a6e-0000-4000-8000-000000000001");
        QVERIFY(m_demo.workspace().apply({Change::created(user)}, QStringLiteral("user")).result().ok());
        QTest::qWait(300);
        QVERIFY(!source->isBuilding());
        QCOMPARE(updated.size(), 2);
    }
};

QTEST_MAIN(TestWhereUsedSource)
#include "tst_whereusedsource.moc"
