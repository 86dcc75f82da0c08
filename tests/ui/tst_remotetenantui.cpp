// RemoteTenantUi on a real MainWindow offscreen, with TenantSwitcher, SyncSession and the real
// gatehouse-tenantd over TLS (client secrets in memory): a first start shows the start page;
// opening a tenant file from it hides it, stores the choice in the QSettings and leaves Pull and
// Push disabled ("Local file"); File ▸ Open Remote Tenant ▸ sandbox opens the profile's replica;
// Tenant ▸ Pull shows its progress dialog and reloads the panes; an edit and a change on the daemon
// make Tenant ▸ Push a conflict counted in the status bar, whose button opens the conflicts
// dialog; the next start (a new switcher) reopens the profile.
// With GATEHOUSE_TEST_LINGER_MS set the window stays up that long at the end (for screenshots).

#include "RemoteTestSupport.h"
#include "ScriptedPrompter.h"

#include "app/client/remote/TenantProfiles.h"
#include "app/domain/Clock.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Workspace.h"
#include "models/EntityModel.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/remote/ConflictsDialog.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/RemoteTenantUi.h"
#include "ui/remote/StartPage.h"
#include "ui/remote/SyncProgressDialog.h"
#include "ui/remote/SyncSession.h"
#include "ui/remote/TenantSwitcher.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace gh;

class TestRemoteTenantUi : public QObject
{
    Q_OBJECT

    test::RemoteTenantFixture m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English)); // the plural forms
        QVERIFY(m_remote.start());
    }
    void cleanupTestCase() { m_remote.daemon.stop(); }

    void startPageFileProfilePullPushConflicts()
    {
        QVERIFY(m_remote.createCollection(QStringLiteral("Cockpit Contested"), QStringLiteral("as pulled")));
        QTemporaryDir plain;
        const QString file = test::createDemoTenant(plain); // a plain tenant file
        QVERIFY(!file.isEmpty());
        QSettings settings(m_remote.settingsFile(), QSettings::IniFormat);
        RemoteProfiles profiles(settings);
        test::ScriptedPrompter prompter;
        MainWindow window(m_clock, &prompter);
        SyncSession session(profiles, m_clock);
        auto switcher = std::make_unique<TenantSwitcher>(window, session, settings, m_clock);
        RemoteTenantUi ui(window, profiles, session, *switcher, prompter);
        window.show();

        // First start: no last tenant, the start page.
        QCOMPARE(switcher->lastChoice().kind, TenantSwitcher::Choice::Kind::None);
        ui.showStartPage();
        QVERIFY(ui.startPage() && ui.startPage()->isVisible());
        for (QPushButton* b : {ui.startPage()->demoButton(), ui.startPage()->fileButton(), ui.startPage()->remoteButton()})
            QVERIFY(!b->accessibleName().isEmpty());
        QVERIFY(!ui.pullAction()->isEnabled());
        prompter.fileAnswers.append({file});
        QTest::mouseClick(ui.startPage()->fileButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil([&] { return window.workspace() != nullptr; }));
        QVERIFY(test::waitUntil([&] { return !ui.startPage(); }));
        QCOMPARE(settings.value(QStringLiteral("cockpit/lastTenant")).toString(), QStringLiteral("file:") + file);
        QCOMPARE(ui.connectionLabel()->text(), QStringLiteral("Local file"));
        QVERIFY(!ui.pullAction()->isEnabled());
        QVERIFY(!ui.pushAction()->isEnabled());
        QVERIFY(!ui.conflictsButton()->isVisible());

        // A profile (its secrets in memory) appears under File ▸ Open Remote Tenant.
        remote::ProfileDraft draft;
        draft.name = QStringLiteral("sandbox");
        auto key = remote::ServiceKey::readFile(m_remote.keyFile(QStringLiteral("xsuaa-apiaccess")));
        QVERIFY2(key, test::whyNot(key));
        draft.keys.push_back(std::move(key).value());
        auto destinationKey = remote::ServiceKey::readFile(m_remote.keyFile(QStringLiteral("destination")));
        QVERIFY2(destinationKey, test::whyNot(destinationKey));
        draft.keys.push_back(std::move(destinationKey).value());
        auto integrationKey = remote::ServiceKey::readFile(m_remote.keyFile(QStringLiteral("integration-api")));
        QVERIFY2(integrationKey, test::whyNot(integrationKey));
        draft.keys.push_back(std::move(integrationKey).value());
        draft.caFile = m_remote.caFile();
        QVERIFY(test::awaitFuture(profiles.add(std::move(draft), false)));
        QAction* open = nullptr;
        QVERIFY(test::waitUntil([&] {
            for (QAction* a : ui.openRemoteMenu()->actions())
                if (a->text() == QLatin1String("sandbox"))
                    open = a;
            return open != nullptr;
        }));
        Workspace* fileWorkspace = window.workspace();
        open->trigger();
        QVERIFY(test::waitUntil([&] { return window.workspace() && window.workspace() != fileWorkspace; }));
        QVERIFY(session.isRemote());
        QVERIFY(ui.pullAction()->isEnabled());
        QVERIFY(ui.connectionLabel()->text().contains(QLatin1String("sandbox")));
        QCOMPARE(ui.lastPullLabel()->text(), QStringLiteral("Never pulled"));
        QCOMPARE(settings.value(QStringLiteral("cockpit/lastTenant")).toString(), QStringLiteral("profile:sandbox"));

        // Pull: a progress dialog with a row per resource; the panes reload.
        ui.pullAction()->trigger();
        QVERIFY(ui.progressDialog());
        QVERIFY(!ui.pullAction()->isEnabled()); // one at a time
        QVERIFY(test::waitUntil([&] { return ui.progressDialog()->isFinished(); }));
        QVERIFY2(ui.progressDialog()->outcomeText().startsWith(QLatin1String("Pulled:")),
                 qPrintable(ui.progressDialog()->outcomeText()));
        QCOMPARE(ui.progressDialog()->rowTexts().size(), pulledKinds().size());
        QVERIFY(ui.connectionLabel()->text().contains(QLatin1String("connected")));
        EntityModel* collections = window.pane(PaneId::RoleCollections)->model();
        QVERIFY(test::waitUntil([&] { return collections->rowCount() > 0; }));
        QVERIFY(test::waitUntil([&] { return ui.lastPullLabel()->text().startsWith(QLatin1String("Last pull: ")); }));
        ui.progressDialog()->close();

        // An edit here, a change there: the push makes a conflict, counted in the status bar.
        Workspace* ws = window.workspace();
        const auto before = test::awaitFuture(ws->client().roleCollections().get(QStringLiteral("Cockpit Contested")));
        QVERIFY2(before, test::whyNot(before));
        RoleCollection mine = *before;
        mine.description = QStringLiteral("mine");
        QVERIFY(test::awaitFuture(ws->apply({Change::updated(*before, mine)}, QStringLiteral("describe"))));
        QVERIFY(m_remote.describeCollection(QStringLiteral("Cockpit Contested"), QStringLiteral("theirs")));
        QVERIFY(test::waitUntil([&] { return ui.pushAction()->isEnabled(); }));
        ui.pushAction()->trigger();
        QVERIFY(test::waitUntil([&] { return ui.progressDialog() && ui.progressDialog()->isFinished(); }));
        QVERIFY2(ui.progressDialog()->outcomeText().contains(QLatin1String("1 conflict")),
                 qPrintable(ui.progressDialog()->outcomeText()));
        ui.progressDialog()->close();
        QVERIFY(test::waitUntil([&] { return ui.conflictsButton()->text() == QLatin1String("1 conflict"); }));
        QVERIFY(!ui.conflictsButton()->icon().isNull());
        QTest::mouseClick(ui.conflictsButton(), Qt::LeftButton);
        QVERIFY(ui.conflictsDialog() && ui.conflictsDialog()->isVisible());
        QCOMPARE(ui.conflictsDialog()->conflictList()->topLevelItemCount(), 1);

        if (const int linger = qEnvironmentVariableIntValue("GATEHOUSE_TEST_LINGER_MS"); linger > 0) {
            window.pendingAction()->trigger();
            test::waitUntil([] { return false; }, linger);
        }

        // The next start reopens the profile.
        TenantSwitcher nextStart(window, session, settings, m_clock);
        QCOMPARE(nextStart.lastChoice(), (TenantSwitcher::Choice{TenantSwitcher::Choice::Kind::Profile, QStringLiteral("sandbox")}));
        QVERIFY(prompter.errors.isEmpty());
    }

    void unopenableFileIsReported()
    {
        QSettings settings(m_remote.dir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
        RemoteProfiles profiles(settings);
        test::ScriptedPrompter prompter;
        MainWindow window(m_clock, &prompter);
        SyncSession session(profiles, m_clock);
        TenantSwitcher switcher(window, session, settings, m_clock);
        RemoteTenantUi ui(window, profiles, session, switcher, prompter);
        switcher.open({TenantSwitcher::Choice::Kind::File, m_remote.dir.filePath(QStringLiteral("missing.ghtenant"))});
        QVERIFY(test::waitUntil([&] { return !prompter.errors.isEmpty(); }));
        QVERIFY(prompter.errors.first().contains(QLatin1String("missing.ghtenant")));
        QVERIFY(!window.workspace());
        QVERIFY(!settings.contains(QStringLiteral("cockpit/lastTenant")));
    }
};

QTEST_MAIN(TestRemoteTenantUi)
#include "tst_remotetenantui.moc"
