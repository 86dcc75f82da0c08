// AssignmentMatrixModel: users × role collections of the demo tenant; direct, group and no
// assignment per cell; checking cells applies undoable steps; searching filters users.
#include "ModelTestSupport.h"
#include "models/AssignmentMatrixModel.h"
#include "models/SearchFilterProxy.h"

#include <QSignalSpy>
#include <QTest>

using namespace gh;

class TestAssignmentMatrixModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;

    static int rowOf(const AssignmentMatrixModel& model, const QString& userName)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, AssignmentMatrixModel::UserColumn).data().toString() == userName)
                return r;
        }
        return -1;
    }
    QStringList directOf(const QString& userName)
    {
        const QList<User> users = m_demo.workspace().client().users().list().result().value();
        for (const User& u : users) {
            if (u.userName == userName)
                return u.roleCollections;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demo.open()); }

    void cellsShowHowCollectionsAreHeld()
    {
        AssignmentMatrixModel model(m_demo.clock());
        test::attachTester(&model);
        QVERIFY(test::loadInto(model, m_demo.workspace()));
        QCOMPARE(model.userCount(), 48);
        QVERIFY(model.collectionCount() > 10);
        QCOMPARE(model.columnCount(), model.collectionCount() + 2);

        const int anna = rowOf(model, QStringLiteral("anna.becker@contoso.example"));
        QVERIFY(anna >= 0);
        const QModelIndex admin = model.index(anna, model.columnOf(QStringLiteral("PI_Administrator")));
        QCOMPARE(admin.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(admin.data(Qt::ToolTipRole).toString().contains(QLatin1String("directly")));
        QCOMPARE(model.index(anna, model.columnOf(QStringLiteral("PI_Read_Only"))).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);

        const int bianca = rowOf(model, QStringLiteral("bianca.koenig@contoso.com"));
        const QModelIndex developers = model.index(bianca, model.columnOf(QStringLiteral("Contoso_Integration_Developers")));
        QCOMPARE(developers.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QVERIFY(developers.data(Qt::ToolTipRole).toString().contains(QLatin1String("group")));
        QVERIFY(model.flags(developers) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(bianca, AssignmentMatrixModel::UserColumn)) & Qt::ItemIsUserCheckable));
        QCOMPARE(model.headerData(model.columnOf(QStringLiteral("PI_Administrator")), Qt::Horizontal).toString(),
                 QStringLiteral("PI_Administrator"));
    }

    void checkingCellsAppliesUndoableSteps()
    {
        AssignmentMatrixModel model(m_demo.clock());
        test::attachTester(&model);
        QVERIFY(test::loadInto(model, m_demo.workspace()));
        Workspace& ws = m_demo.workspace();
        const qint64 pendingBefore = ws.state().pendingCount;

        const int carl = rowOf(model, QStringLiteral("carl.walter@contoso.com"));
        const QModelIndex readOnly = model.index(carl, model.columnOf(QStringLiteral("PI_Read_Only")));
        QVERIFY(model.setData(readOnly, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(readOnly.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked); // at once
        QTRY_COMPARE(directOf(QStringLiteral("carl.walter@contoso.com")), QStringList{QStringLiteral("PI_Read_Only")});
        QTRY_COMPARE(ws.state().undoText, QStringLiteral("Assign PI_Read_Only to carl.walter@contoso.com"));
        // Already so: nothing to do.
        QVERIFY(!model.setData(readOnly, Qt::Checked, Qt::CheckStateRole));

        // Three cells as one step.
        QTRY_VERIFY(!model.isLoading());
        const int aaron = rowOf(model, QStringLiteral("aaron.herrmann@contoso.com"));
        const int col = model.columnOf(QStringLiteral("Subaccount Viewer"));
        QVERIFY(model.setAssigned({model.index(carl, col), model.index(aaron, col),
                                   model.index(aaron, model.columnOf(QStringLiteral("PI_Read_Only")))},
                                  true));
        QTRY_COMPARE(ws.state().undoText, QStringLiteral("Assign 3 role collection(s)"));
        QTRY_COMPARE(directOf(QStringLiteral("aaron.herrmann@contoso.com")).size(), 2);
        QTRY_COMPARE(ws.state().pendingCount, pendingBefore + 4);

        QVERIFY(ws.undo().result().ok());
        QVERIFY(ws.undo().result().ok());
        QVERIFY(directOf(QStringLiteral("carl.walter@contoso.com")).isEmpty());
        QVERIFY(directOf(QStringLiteral("aaron.herrmann@contoso.com")).isEmpty());
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.index(rowOf(model, QStringLiteral("carl.walter@contoso.com")), model.columnOf(QStringLiteral("PI_Read_Only")))
                         .data(Qt::CheckStateRole)
                         .value<Qt::CheckState>(),
                     Qt::Unchecked);
    }

    void searchFiltersUsers()
    {
        AssignmentMatrixModel model(m_demo.clock());
        QVERIFY(test::loadInto(model, m_demo.workspace()));
        SearchFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(QStringLiteral("origin:sap.default"));
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < model.rowCount());
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, AssignmentMatrixModel::IdentityProviderColumn).data().toString(), QStringLiteral("sap.default"));
        proxy.setQuery(QStringLiteral("is:unassigned"));
        const int unassigned = proxy.rowCount();
        QVERIFY(unassigned > 0);
        proxy.setQuery(QStringLiteral("anna.becker"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_MAIN(TestAssignmentMatrixModel)
#include "tst_assignmentmatrixmodel.moc"
