// SyncProgressDialog offscreen following a real SyncSession against the real gatehouse-tenantd
// over TLS (secrets in memory): a pull fills one row per resource with the rows read and ends with
// the counts, Close instead of Cancel; Cancel stops a pull, which then says the replica is
// unchanged; a push reports per resource what was sent.

#include "RemoteTestSupport.h"

#include "app/client/remote/TenantProfiles.h"
#include "app/domain/Clock.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Workspace.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/SyncProgressDialog.h"
#include "ui/remote/SyncSession.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace gh;

class TestSyncProgressDialog : public QObject
{
    Q_OBJECT

    test::RemoteTenantFixture m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<RemoteProfiles> m_profiles;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_remote.start());
        m_settings = std::make_unique<QSettings>(m_remote.settingsFile(), QSettings::IniFormat);
        m_profiles = std::make_unique<RemoteProfiles>(*m_settings);
        remote::ProfileDraft draft;
        draft.name = QStringLiteral("sandbox");
        for (const QString& suffix : {QStringLiteral("xsuaa-apiaccess"), QStringLiteral("destination"), QStringLiteral("integration-api")}) {
            auto key = remote::ServiceKey::readFile(m_remote.keyFile(suffix));
            QVERIFY2(key, test::whyNot(key));
            draft.keys.push_back(std::move(key).value());
        }
        draft.caFile = m_remote.caFile();
        QVERIFY(test::awaitFuture(m_profiles->add(std::move(draft), false)));
    }

    void cleanupTestCase() { m_remote.daemon.stop(); }

    void cancelLeavesTheReplica()
    {
        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("sandbox")), QStringLiteral("sandbox"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(*m_profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("sandbox"));
        SyncProgressDialog dialog(session, SyncProgressDialog::Mode::Pull);
        dialog.show();
        QVERIFY(session.pull());
        QVERIFY(dialog.cancelButton()->isVisible());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil([&] { return dialog.isFinished(); }));
        QCOMPARE(dialog.outcomeText(), QStringLiteral("Cancelled: the replica is unchanged."));
        QVERIFY(!dialog.cancelButton()->isVisible());
        QVERIFY(test::waitUntil([&] { return !session.isBusy(); }));
        QCOMPARE(test::awaitFuture(ws.client().roleCollections().list())->size(), 0);
    }

    // A resource reported again and again (users, a report a range of 10,000) is one step of
    // the bar, its row showing the last count.
    void aResourceReportedInRangesIsOneStep()
    {
        SyncSession session(*m_profiles, m_clock);
        SyncProgressDialog dialog(session, SyncProgressDialog::Mode::Pull);
        auto* bar = dialog.findChild<QProgressBar*>();
        QVERIFY(bar);
        for (const qint64 users : {10000, 20000, 30000})
            Q_EMIT session.pullProgress(EntityKind::User, users);
        Q_EMIT session.pullProgress(EntityKind::Role, 74);
        QCOMPARE(bar->value(), 2);
        QVERIFY(bar->value() < bar->maximum());
        QVERIFY2(dialog.rowTexts().contains(QStringLiteral("Users: ") + QLocale().toString(30000)), qPrintable(dialog.rowTexts().join(QLatin1Char('\n'))));
    }

    void pullShowsRowsPerResourceThenPush()
    {
        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("sandbox")), QStringLiteral("sandbox"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(*m_profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("sandbox"));
        {
            SyncProgressDialog dialog(session, SyncProgressDialog::Mode::Pull);
            dialog.show();
            QVERIFY(session.pull());
            QVERIFY(test::waitUntil([&] { return dialog.isFinished(); }));
            QVERIFY2(dialog.outcomeText().startsWith(QLatin1String("Pulled: ")), qPrintable(dialog.outcomeText()));
            const QStringList rows = dialog.rowTexts();
            QCOMPARE(rows.size(), pulledKinds().size());
            const qsizetype collections = test::awaitFuture(ws.client().roleCollections().list())->size();
            QVERIFY(collections > 0);
            QVERIFY2(rows.contains(QStringLiteral("Role collections: ") + QLocale().toString(collections)),
                     qPrintable(rows.join(QLatin1Char('\n'))));
        }
        const auto before = test::awaitFuture(ws.client().roleCollections().list());
        RoleCollection created;
        created.name = QStringLiteral("Progress Made");
        created.description = QStringLiteral("from the dialog test");
        QVERIFY(test::awaitFuture(ws.apply({Change::created(created)}, QStringLiteral("create"))));
        SyncProgressDialog dialog(session, SyncProgressDialog::Mode::Push);
        dialog.show();
        QVERIFY(session.push());
        QVERIFY(test::waitUntil([&] { return dialog.isFinished(); }));
        QVERIFY2(dialog.outcomeText().startsWith(QLatin1String("Sent 1 of 1 change(s); 0 conflict(s).")),
                 qPrintable(dialog.outcomeText()));
        QCOMPARE(dialog.rowTexts(), QStringList{QStringLiteral("Role collections: 1 0 0")});
        QCOMPARE(m_remote.remoteDescription(QStringLiteral("Progress Made")), QStringLiteral("from the dialog test"));
    }
};

QTEST_MAIN(TestSyncProgressDialog)
#include "tst_syncprogressdialog.moc"
