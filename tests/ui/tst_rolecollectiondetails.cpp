// RoleCollectionDetails offscreen in the role collections pane of a demo workspace: the panel
// lists the roles the collection holds, each with the other collections that hold it (from the
// where-used index), and follows a new collection made through the workspace that shares a role.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/workspace/Workspace.h"
#include "models/RoleCollectionsModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/details/RoleCollectionDetails.h"
#include "ui/details/WhereUsedGraph.h"
#include "ui/details/WhereUsedPanel.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace gh;

class TestRoleCollectionDetails : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<EntityPane> m_pane;

    RoleCollectionsModel* model() const { return static_cast<RoleCollectionsModel*>(m_pane->model()); }
    RoleCollectionDetails* details() const { return qobject_cast<RoleCollectionDetails*>(m_pane->details()); }
    bool select(const QString& key)
    {
        const QModelIndex index = m_pane->proxy()->indexOf(key);
        if (!index.isValid())
            return false;
        m_pane->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English)); // English plural forms
        QVERIFY(m_demo.open());
        m_pane.reset(createPane(PaneId::RoleCollections, m_demo.clock(), &m_prompter));
        m_pane->resize(1200, 700);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        QVERIFY(QTest::qWaitFor([&] { return model()->hasLoaded() && !model()->isLoading(); }, 15000));
        QVERIFY(details());
    }

    void rolesWithTheCollectionsSharingThem()
    {
        const RoleCollection* pi = model()->entry(QStringLiteral("PI_Administrator"));
        QVERIFY(pi && !pi->roleReferences.isEmpty());
        QVERIFY(select(QStringLiteral("PI_Administrator")));
        WhereUsedPanel* panel = details()->whereUsed();
        const QString expected = pi->roleReferences.size() == 1
                                     ? QStringLiteral("Holds 1 role.")
                                     : QStringLiteral("Holds %1 roles.").arg(pi->roleReferences.size());
        QTRY_COMPARE_WITH_TIMEOUT(panel->summaryLabel()->text(), expected, 10000);
        QCOMPARE(panel->graph()->referentsShown().size(),
                 std::min<qsizetype>(pi->roleReferences.size(), WhereUsedGraph::MaxNodesPerSide));
        QVERIFY(panel->graph()->usersShown().isEmpty());
        const QString before = panel->refersToLabel()->text();
        QVERIFY2(before.contains(pi->roleReferences.first().name), qPrintable(before));
        // Roles have no pane: no links.
        QVERIFY(!before.contains(QStringLiteral("<a href")));

        // A new collection holding PI_Administrator's first role shows up next to it.
        RoleCollection shared;
        shared.name = QStringLiteral("Zz_Shares_A_Role");
        shared.roleReferences = {pi->roleReferences.first()};
        QVERIFY(m_demo.workspace().apply({Change::created(shared)}, QStringLiteral("share")).result().ok());
        QTRY_VERIFY_WITH_TIMEOUT(panel->refersToLabel()->text().contains(QStringLiteral("Zz_Shares_A_Role")), 10000);

        QVERIFY(select(QStringLiteral("Zz_Shares_A_Role")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->summaryLabel()->text(), QStringLiteral("Holds 1 role."), 10000);
        QTRY_VERIFY(panel->refersToLabel()->text().contains(QStringLiteral("PI_Administrator")));
        QCOMPARE(panel->graph()->centre(), QStringLiteral("Zz_Shares_A_Role"));
    }
};

QTEST_MAIN(TestRoleCollectionDetails)
#include "tst_rolecollectiondetails.moc"
