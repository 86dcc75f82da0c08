// PendingChangesView in the real main window on a fresh demo tenant: role collections dragged
// from their pane onto a user (a real drag's events, through the navigation list and the users
// table) show up as one step in the Pending changes pane; selecting a change shows its
// properties; Undo and Redo (the pane's buttons) take it away and bring it back; Del discards
// one change after a confirmation, and a declined confirmation changes nothing.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/PendingChangesModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "models/UsersModel.h"
#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/commands/AccessCommands.h"
#include "ui/commands/CommandController.h"
#include "ui/pending/PendingChangesView.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace gh;

class TestPendingChangesView : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;

    EntityPane* pane(PaneId id) const { return m_window->pane(id); }
    PendingChangesView* view() const { return m_window->pendingChanges(); }
    qint64 pending() { return m_demo.workspace().state().pendingCount; }
    QString idOf(const QString& userName) const
    {
        const auto* users = static_cast<const UsersModel*>(pane(PaneId::Users)->model());
        for (const User& u : users->entries())
            if (u.userName == userName)
                return u.id;
        return {};
    }
    QStringList held(const QString& userName) const
    {
        const auto* users = static_cast<const UsersModel*>(pane(PaneId::Users)->model());
        const User* u = users->entry(idOf(userName));
        return u ? u->roleCollections : QStringList();
    }
    bool select(EntityPane* p, const QStringList& keys)
    {
        QItemSelection selection;
        for (const QString& key : keys) {
            const QModelIndex index = p->proxy()->indexOf(key);
            if (!index.isValid())
                return false;
            selection.select(index, index);
        }
        p->view()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        p->commands()->updateActions();
        return p->commands()->selectedKeys().size() == keys.size();
    }
    // Sends a drag of `data` over `widget` at `at` and drops it there; whether the drop was taken.
    static bool dragAndDrop(QWidget* widget, const QPoint& at, QMimeData* data)
    {
        QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(widget, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(widget, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent drop(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(widget, &drop);
        return drop.isAccepted();
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        m_window = std::make_unique<MainWindow>(m_demo.clock(), &m_prompter);
        m_window->resize(1400, 900); // the offscreen screen is smaller than a desktop
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setWorkspace(&m_demo.workspace());
        for (PaneId id : {PaneId::Users, PaneId::RoleCollections})
            QTRY_VERIFY_WITH_TIMEOUT(pane(id)->model()->hasLoaded() && !pane(id)->model()->isLoading(),
                                     15000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void opensFromTheViewMenuAndTheStatusBar()
    {
        QVERIFY(view());
        QVERIFY(!m_window->pendingDock()->isVisible());
        QTRY_COMPARE(view()->summaryLabel()->text(),
                     QStringLiteral("No pending changes: the tenant is as it was pulled or created."));
        m_window->pendingAction()->trigger();
        QVERIFY(m_window->pendingDock()->isVisible());
        QTRY_VERIFY(m_window->pendingDock()->height() >= 220);
        QCOMPARE(m_window->dockWidgetArea(m_window->pendingDock()), Qt::BottomDockWidgetArea);
        QTRY_VERIFY(view()->changesView()->hasFocus());
        m_window->pendingAction()->trigger();
        QVERIFY(!m_window->pendingDock()->isVisible());
        // A click on "No pending changes" in the status bar opens it.
        QTest::mouseClick(m_window->pendingLabel(), Qt::LeftButton);
        QVERIFY(m_window->pendingDock()->isVisible());
        QVERIFY(!view()->discardAction()->isEnabled()); // nothing selected
    }

    void dropCollectionsOnAUserThenUndoRedoAndDiscard()
    {
        const QString user = QStringLiteral("felix.klein@contoso.example");
        const QStringList collections{QStringLiteral("PI_Read_Only"),
                                      QStringLiteral("Contoso_Support_Monitoring")};
        QVERIFY(held(user).isEmpty());

        // Drag two role collections from their pane …
        m_window->showPane(PaneId::RoleCollections);
        EntityPane* from = pane(PaneId::RoleCollections);
        QVERIFY(select(from, collections));
        std::unique_ptr<QMimeData> data(from->selectionMimeData());
        QVERIFY(data && data->hasFormat(roleCollectionNamesMimeType()));

        // … over the navigation's "Users" entry, which switches to the users pane …
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QPoint usersEntry =
            navigation->visualItemRect(navigation->item(static_cast<int>(allPanes().indexOf(PaneId::Users))))
                .center();
        QDragEnterEvent enter(usersEntry, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(navigation->viewport(), &enter);
        QDragMoveEvent over(usersEntry, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(navigation->viewport(), &over);
        QCOMPARE(m_window->currentPane(), pane(PaneId::Users));

        // … and drop them on Felix.
        EntityPane* to = pane(PaneId::Users);
        const QModelIndex row = to->proxy()->indexOf(idOf(user));
        QVERIFY(row.isValid());
        to->view()->scrollTo(row);
        const qint64 before = pending();
        QVERIFY(dragAndDrop(to->view()->viewport(), to->view()->visualRect(row).center(), data.get()));
        QTRY_VERIFY_WITH_TIMEOUT(held(user).size() == 2, 10000);
        QCOMPARE(pending(), before + 2);
        QVERIFY(m_prompter.pickRequests.isEmpty()); // a drop asks nothing

        // The pane lists the step with both changes, the user by name.
        PendingChangesModel* model = view()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->changeCount(), qsizetype(2), 10000);
        QCOMPARE(model->stepCount(), qsizetype(1));
        QTRY_COMPARE(view()->summaryLabel()->text(),
                     QStringLiteral("2 changes waiting in 1 step. Select one to see what it changes."));
        const QModelIndex step = model->index(0, 0);
        QVERIFY(model->index(0, 0, step).data().toString().endsWith(QStringLiteral(" to ") + user));
        QVERIFY(view()->changesView()->isExpanded(step));

        // Selecting a change shows its properties.
        QTreeView* tree = view()->changesView();
        tree->selectionModel()->setCurrentIndex(
            model->index(0, 0, step), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTreeWidget* diff = view()->diffView();
        QCOMPARE(diff->topLevelItemCount(), 2);
        QStringList properties{diff->topLevelItem(0)->text(0), diff->topLevelItem(1)->text(0)};
        properties.sort();
        QCOMPARE(properties, (QStringList{QStringLiteral("roleCollectionName"), QStringLiteral("userId")}));
        QCOMPARE(diff->topLevelItem(0)->text(1), QStringLiteral("—")); // not there before
        QVERIFY(view()->discardAction()->isEnabled());

        // Undo from the pane's button: the step leaves the pane; Redo brings it back.
        auto* undo = view()->findChild<QToolButton*>(QStringLiteral("pendingUndoButton"));
        auto* redo = view()->findChild<QToolButton*>(QStringLiteral("pendingRedoButton"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->changeCount(), qsizetype(0), 10000);
        QTRY_VERIFY(held(user).isEmpty());
        QCOMPARE(diff->topLevelItemCount(), 0);
        QTRY_VERIFY(redo->isEnabled());
        QTest::mouseClick(redo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->changeCount(), qsizetype(2), 10000);
        QTRY_COMPARE(held(user).size(), 2);

        // Del on one change, declined: nothing changes.
        tree->setFocus();
        const QModelIndex first = model->index(0, 0, model->index(0, 0));
        tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        const QString discarded = first.data().toString();
        m_prompter.answers = {false};
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY2(m_prompter.questions.first().contains(discarded), qPrintable(m_prompter.questions.first()));
        QCOMPARE(pending(), before + 2);

        // Accepted: that one change is gone, the other stays, and the user holds one collection.
        m_prompter.answers = {true};
        QTest::keyClick(tree, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(model->changeCount(), qsizetype(1), 10000);
        QTRY_COMPARE(held(user).size(), 1);
        QCOMPARE(pending(), before + 1);
        QVERIFY(m_prompter.errors.isEmpty());
        QTRY_VERIFY(m_window->pendingLabel()->text().contains(QStringLiteral("1 pending change")));

        // The whole step, discarded at once: nothing pending is left of it.
        tree->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                        QItemSelectionModel::Rows);
        m_prompter.answers = {true};
        view()->discardAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->changeCount(), qsizetype(0), 10000);
        QTRY_VERIFY(held(user).isEmpty());
        QCOMPARE(pending(), before);
    }

    void aDiscardRefusedByTheWorkspaceIsReported()
    {
        // A user created, then assigned: discarding the creation alone would leave the
        // assignment without its user, so the workspace refuses and the pane says why.
        User u;
        u.id = QStringLiteral("0000aaaa-0000-4000-8000-00000000beef");
        u.userName = QStringLiteral("new.person@contoso.example");
        u.origin = QStringLiteral("sap.default");
        QVERIFY(m_demo.workspace().apply({Change::created(u)}, QStringLiteral("Create user")).result().ok());
        QVERIFY(m_demo.workspace()
                    .apply({Change::created(Assignment{QStringLiteral("PI_Read_Only"), u.id})},
                           QStringLiteral("Assign"))
                    .result()
                    .ok());
        PendingChangesModel* model = view()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->stepCount(), qsizetype(2), 10000);
        const QModelIndex creation = model->index(0, 0, model->index(0, 0));
        QVERIFY(model->entry(creation) && model->entry(creation)->kind == EntityKind::User);
        view()->changesView()->selectionModel()->setCurrentIndex(
            creation, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_prompter.errors.clear();
        m_prompter.answers = {true};
        view()->discardSelected();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.errors.size(), 1, 10000);
        QVERIFY2(m_prompter.errors.first().startsWith(QStringLiteral("Could not discard")),
                 qPrintable(m_prompter.errors.first()));
        QCOMPARE(model->changeCount(), qsizetype(2));
        QVERIFY(!view()->isDiscarding());
    }
};

QTEST_MAIN(TestPendingChangesView)
#include "tst_pendingchangesview.moc"
