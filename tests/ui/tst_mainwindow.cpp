// MainWindow on a fresh demo tenant, offscreen: every pane fills, searching filters as you type,
// the status bar names the tenant and counts pending changes, Delete (with its confirmation
// answered through the Prompter seam) is undone and redone, and a read-only role collection
// cannot be deleted, with the reason in the action's tool tip.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "models/IdentityProvidersModel.h"
#include "ui/MainWindow.h"
#include "ui/commands/CommandController.h"
#include "ui/details/DetailsView.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>

using namespace gh;

class TestMainWindow : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window; // destroyed before the workspace

    EntityPane* pane(PaneId id) const { return m_window->pane(id); }
    static QAction* deleteAction(EntityPane* pane)
    {
        return pane->findChild<QAction*>(QStringLiteral("deleteAction"));
    }

    // Clicks the row of `key` (with `modifiers`), as a user would.
    static bool clickRow(EntityPane* pane, const QString& key, Qt::KeyboardModifiers modifiers = {})
    {
        const QModelIndex index = pane->proxy()->indexOf(key);
        if (!index.isValid())
            return false;
        pane->view()->scrollTo(index);
        QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, modifiers,
                          pane->view()->visualRect(index).center());
        return pane->view()->selectionModel()->isRowSelected(index.row());
    }

    static QString detailsText(EntityPane* pane)
    {
        QStringList texts;
        for (const QLabel* label : pane->details()->findChildren<QLabel*>()) {
            if (label->isVisibleTo(pane->details()))
                texts.append(label->text());
        }
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp);
        QVERIFY(m_demo.open());
        m_window = std::make_unique<MainWindow>(m_demo.clock(), &m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(m_window->tenantLabel()->text(), QStringLiteral("No tenant open"));
        m_window->setWorkspace(&m_demo.workspace());
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyPaneHasRows()
    {
        for (PaneId id : allPanes()) {
            EntityPane* p = pane(id);
            QVERIFY(p);
            QTRY_VERIFY_WITH_TIMEOUT(p->view()->model()->rowCount() > 0, 15000);
            QCOMPARE(p->view()->model()->rowCount(), p->model()->rowCount());
            // The first row is selected, so the details are never empty.
            QTRY_VERIFY(!p->details()->currentKey().isEmpty());
            QVERIFY(!p->details()
                         ->findChild<QLabel*>(QStringLiteral("detailsTitle"))
                         ->text()
                         .isEmpty());
        }
        QVERIFY(pane(PaneId::Users)->view()->model()->rowCount() >= 40);
    }

    void statusBarNamesTheTenant()
    {
        const QString name = m_demo.workspace().displayName();
        QVERIFY(!name.isEmpty());
        QTRY_VERIFY(m_window->tenantLabel()->text().contains(name));
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("No pending changes"));
        QVERIFY(m_window->windowTitle().contains(name));
        QVERIFY(!m_window->undoAction()->isEnabled());
        QVERIFY(!m_window->redoAction()->isEnabled());
    }

    void aSearchItCannotUseSaysWhy()
    {
        EntityPane* users = pane(PaneId::Users);
        m_window->showPane(PaneId::Users);
        auto* problem = users->searchField()->findChild<QAction*>(QStringLiteral("queryProblemAction"));
        QVERIFY(problem);
        QVERIFY(!problem->isVisible());
        users->searchField()->setText(QStringLiteral("lastlogon>abc"));
        QCOMPARE(users->view()->model()->rowCount(), 0);
        QVERIFY(problem->isVisible());
        const QString text = users->findChild<QLabel*>(QStringLiteral("countLabel"))->text();
        QVERIFY2(text.contains(QStringLiteral("lastlogon>abc")) && text.contains(QStringLiteral("180d")),
                 qPrintable(text));
        QCOMPARE(problem->toolTip(), text);
        users->searchField()->clear();
        QVERIFY(!problem->isVisible());
        QVERIFY(users->findChild<QLabel*>(QStringLiteral("countLabel"))->text().endsWith(QStringLiteral("items")));
    }

    void identityProviderShowsItsUsers()
    {
        EntityPane* idps = pane(PaneId::IdentityProviders);
        m_window->showPane(PaneId::IdentityProviders);
        QTRY_VERIFY_WITH_TIMEOUT(idps->selectKey(QStringLiteral("contoso-aad")), 10000);
        // The counts come with the users pane's access index.
        QPushButton* show = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((show = idps->details()->findChild<QPushButton*>(
                                      QStringLiteral("showUsersButton"))) != nullptr,
                                 15000);
        QTest::mouseClick(show, Qt::LeftButton);
        EntityPane* users = pane(PaneId::Users);
        QCOMPARE(m_window->currentPane(), users);
        QCOMPARE(users->searchField()->text(), QStringLiteral("origin:contoso-aad"));
        const QString count = idps->model()
                                  ->index(idps->model()->indexOf(QStringLiteral("contoso-aad")).row(),
                                          IdentityProvidersModel::UsersColumn)
                                  .data()
                                  .toString();
        QTRY_COMPARE(QString::number(users->view()->model()->rowCount()), count);
        QVERIFY(count.toInt() > 10);
        users->searchField()->clear();
    }

    // A "Refers to" link in a destination's details shows the keystore entry in the keystore pane.
    void whereUsedLinkShowsTheItemInItsPane()
    {
        EntityPane* destinations = pane(PaneId::Destinations);
        m_window->showPane(PaneId::Destinations);
        QVERIFY(clickRow(destinations, QStringLiteral("Partner_AS2_Gateway")));
        QTRY_COMPARE(destinations->details()->currentKey(), QStringLiteral("Partner_AS2_Gateway"));
        const QString entry = QStringLiteral("system/") + KeystoreEntry::hexaliasOf(QStringLiteral("contoso_signing"));
        Q_EMIT destinations->details()->showEntityRequested(EntityKind::KeystoreEntry, entry);
        EntityPane* keystore = pane(PaneId::Keystore);
        QCOMPARE(m_window->currentPane(), keystore);
        QTRY_COMPARE(keystore->details()->currentKey(), entry);
        // A kind no pane lists changes nothing.
        Q_EMIT keystore->details()->showEntityRequested(EntityKind::Role, QStringLiteral("a/b/c"));
        QCOMPARE(m_window->currentPane(), keystore);
    }

    void searchFiltersAsYouType_data()
    {
        QTest::addColumn<int>("pane");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected");
        QTest::newRow("users") << int(PaneId::Users) << "becker" << 1;
        // The stale-user report: no logon for more than 180 days (or never), by the fixed clock.
        QTest::newRow("stale users") << int(PaneId::Users) << "lastlogon>180d" << 6;
        QTest::newRow("identity providers") << int(PaneId::IdentityProviders) << "type:saml" << 1;
        QTest::newRow("role collections")
            << int(PaneId::RoleCollections) << "group:contoso-aad" << 4;
        QTest::newRow("destinations") << int(PaneId::Destinations) << "type:RFC" << 2;
        QTest::newRow("keystore") << int(PaneId::Keystore) << "is:expired" << 1;
        QTest::newRow("security material") << int(PaneId::SecurityMaterial) << "kind:oauth2" << 2;
    }

    void searchFiltersAsYouType()
    {
        QFETCH(int, pane);
        QFETCH(QString, query);
        QFETCH(int, expected);
        EntityPane* p = this->pane(static_cast<PaneId>(pane));
        m_window->showPane(static_cast<PaneId>(pane));
        QCOMPARE(m_window->currentPane(), p);
        QVERIFY(p->searchField()->placeholderText().contains(QStringLiteral("field:value")));

        const int all = p->view()->model()->rowCount();
        QVERIFY(all > expected);
        p->view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F,
                        Qt::ControlModifier); // Ctrl+F: this pane's search
        QTRY_VERIFY(p->searchField()->hasFocus());

        QTest::keyClicks(p->searchField(), query);
        QCOMPARE(p->proxy()->query(), query);
        QCOMPARE(p->view()->model()->rowCount(), expected);
        QCOMPARE(p->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("%1 of %2").arg(expected).arg(all));

        QTest::keyClick(p->searchField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(p->searchField(), Qt::Key_Backspace);
        QCOMPARE(p->view()->model()->rowCount(), all);
    }

    // The details show the selected row while the search shows it, and nothing once a search
    // hides it (the selection went with the row).
    void detailsFollowTheSearch()
    {
        EntityPane* p = pane(PaneId::Users);
        m_window->showPane(PaneId::Users);
        p->view()->selectRow(0);
        const QString first = p->proxy()->key(p->view()->model()->index(0, 0));
        QVERIFY(!first.isEmpty());
        QTRY_COMPARE(p->details()->currentKey(), first);
        QVERIFY(!p->view()->model()->index(0, 0).data().toString().contains(QStringLiteral("becker")));

        QTest::keyClicks(p->searchField(), QStringLiteral("becker"));
        QCOMPARE(p->view()->model()->rowCount(), 1);
        QCOMPARE(p->details()->currentKey(), QString());

        p->searchField()->clear();
        p->view()->selectRow(0);
        QTRY_COMPARE(p->details()->currentKey(), first);
    }

    void deleteDestinationThenUndoAndRedo()
    {
        const QString key = QStringLiteral("Legacy_PO_SOAP");
        EntityPane* p = pane(PaneId::Destinations);
        m_window->showPane(PaneId::Destinations);
        QAction* remove = deleteAction(p);
        QVERIFY(remove);
        QVERIFY(m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))
                    ->actions()
                    .contains(remove));

        QVERIFY(clickRow(p, key));
        QTRY_VERIFY(remove->isEnabled());
        QTRY_VERIFY(detailsText(p).contains(QStringLiteral("missing")));

        m_prompter.answers = {true};
        const qsizetype asked = m_prompter.questions.size();
        QTest::keyClick(p->view(), Qt::Key_Delete);
        QCOMPARE(m_prompter.questions.size(), asked + 1);
        QVERIFY(m_prompter.questions.last().contains(key));
        QTRY_VERIFY(!p->proxy()->indexOf(key).isValid());
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("1 pending change"));
        QCOMPARE(m_window->undoAction()->text(),
                 QStringLiteral("&Undo Delete destination Legacy_PO_SOAP"));
        QVERIFY(m_window->undoAction()->isEnabled());
        QVERIFY(!m_window->redoAction()->isEnabled());
        QTRY_VERIFY(!remove->isEnabled()); // nothing selected any more
        QVERIFY(m_prompter.errors.isEmpty());

        m_window->undoAction()->trigger();
        QTRY_VERIFY(p->proxy()->indexOf(key).isValid());
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("No pending changes"));
        QTRY_VERIFY(m_window->redoAction()->isEnabled());
        QCOMPARE(m_window->redoAction()->text(),
                 QStringLiteral("&Redo Delete destination Legacy_PO_SOAP"));
        QVERIFY(!m_window->undoAction()->isEnabled());

        p->view()->setFocus();
        QTest::keyClick(p->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // Redo
        QTRY_VERIFY(!p->proxy()->indexOf(key).isValid());
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("1 pending change"));

        QTest::keyClick(p->view(), Qt::Key_Z, Qt::ControlModifier); // Undo, back to the start
        QTRY_VERIFY(p->proxy()->indexOf(key).isValid());
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("No pending changes"));
    }

    void declinedConfirmationChangesNothing()
    {
        EntityPane* p = pane(PaneId::Destinations);
        m_window->showPane(PaneId::Destinations);
        QVERIFY(clickRow(p, QStringLiteral("northwind")));
        QTRY_VERIFY(deleteAction(p)->isEnabled());
        m_prompter.answers = {false};
        const qsizetype asked = m_prompter.questions.size();
        deleteAction(p)->trigger();
        QCOMPARE(m_prompter.questions.size(), asked + 1);
        QTest::qWait(100);
        QVERIFY(p->proxy()->indexOf(QStringLiteral("northwind")).isValid());
        QCOMPARE(m_window->pendingLabel()->text(), QStringLiteral("No pending changes"));
    }

    void readOnlyCollectionCannotBeDeleted()
    {
        EntityPane* p = pane(PaneId::RoleCollections);
        m_window->showPane(PaneId::RoleCollections);
        QAction* remove = deleteAction(p);
        QVERIFY(remove);
        QVERIFY(m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))
                    ->actions()
                    .contains(remove));

        QVERIFY(clickRow(p, QStringLiteral("Contoso_Support_Monitoring")));
        QTRY_VERIFY(remove->isEnabled());
        QCOMPARE(remove->toolTip(), QStringLiteral("Delete the selected role collections"));

        QVERIFY(clickRow(p, QStringLiteral("Subaccount Administrator")));
        QTRY_VERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(),
                 QStringLiteral("Subaccount Administrator is predefined and read-only"));
        QVERIFY(detailsText(p).contains(QStringLiteral("predefined by SAP")));

        // One read-only collection in a selection is enough to refuse.
        QVERIFY(clickRow(p, QStringLiteral("Contoso_Support_Monitoring"), Qt::ControlModifier));
        QCOMPARE(p->commands()->selectedKeys().size(), 2);
        QTRY_VERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(),
                 QStringLiteral("Subaccount Administrator is predefined and read-only"));

        const qsizetype asked = m_prompter.questions.size();
        QTest::keyClick(p->view(), Qt::Key_Delete);
        QCOMPARE(m_prompter.questions.size(), asked); // not even asked
        QVERIFY(p->proxy()->indexOf(QStringLiteral("Subaccount Administrator")).isValid());
    }

    void deleteCustomCollection()
    {
        const QString key = QStringLiteral("Contoso_Support_Monitoring");
        EntityPane* p = pane(PaneId::RoleCollections);
        m_window->showPane(PaneId::RoleCollections);
        QVERIFY(clickRow(p, key));
        QTRY_VERIFY(deleteAction(p)->isEnabled());
        m_prompter.answers = {true};
        deleteAction(p)->trigger();
        QTRY_VERIFY(!p->proxy()->indexOf(key).isValid());
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("1 pending change"));
        QCOMPARE(m_window->undoAction()->text(),
                 QStringLiteral("&Undo Delete role collection Contoso_Support_Monitoring"));
        m_window->undoAction()->trigger();
        QTRY_VERIFY(p->proxy()->indexOf(key).isValid());
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("No pending changes"));
    }

    void secretsNoticeInTheStatusBar()
    {
        const QString notice = QStringLiteral("No system keychain: keys kept until quit");
        m_window->setSecretsNotice(notice, QStringLiteral("why"));
        QVERIFY(m_window->secretsLabel()->isVisible());
        QCOMPARE(m_window->secretsLabel()->text(), notice);
        QCOMPARE(m_window->secretsLabel()->toolTip(), QStringLiteral("why"));
        m_window->setSecretsNotice({});
        QVERIFY(!m_window->secretsLabel()->isVisible());
    }

    void keystoreToolBarAndShortcuts()
    {
        m_window->showPane(PaneId::Keystore);
        const auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        QStringList names;
        for (const QAction* action : toolBar->actions())
            names.append(action->objectName());
        for (const char* name : {"importAction", "generateKeyPairAction", "exportAction",
                                 "deleteAction"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        // The less frequent ones live in the Edit and context menus only.
        QVERIFY(!names.contains(QStringLiteral("rollBackAction")));
        EntityPane* p = pane(PaneId::Keystore);
        QVERIFY(p->findChild<QAction*>(QStringLiteral("rollBackAction")));
        QCOMPARE(p->findChild<QAction*>(QStringLiteral("importAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_I));
        QCOMPARE(p->findChild<QAction*>(QStringLiteral("deleteAction"))->shortcut(),
                 QKeySequence(QKeySequence::Delete));
        m_window->showPane(PaneId::Users);
        QVERIFY(!toolBar->actions().contains(p->findChild<QAction*>(QStringLiteral("importAction"))));
    }

    void keystoreDetails()
    {
        EntityPane* p = pane(PaneId::Keystore);
        m_window->showPane(PaneId::Keystore);
        QVERIFY(clickRow(p, QStringLiteral("system/") +
                                KeystoreEntry::hexaliasOf(QStringLiteral("ariba_client"))));
        QTRY_VERIFY(p->details()->currentKey().endsWith(
            KeystoreEntry::hexaliasOf(QStringLiteral("ariba_client"))));
        // Fields appear on the next turn of the event loop (a layout shows new children queued).
        QTRY_VERIFY2(detailsText(p).contains(QStringLiteral("Expiring — Expires in 9 days")),
                     qPrintable(detailsText(p)));
        const QString text = detailsText(p);
        QVERIFY(text.contains(QStringLiteral("contoso_issuing_ca_01")));
        QVERIFY(text.contains(QStringLiteral("SHA-256")));
        QVERIFY(text.contains(QStringLiteral("CN=ariba-client.contoso.com")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
