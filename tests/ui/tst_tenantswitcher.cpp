// TenantSwitcher with a real MainWindow offscreen: the stored choice reads back, damaged settings
// values read as "no last tenant" (the start page), a profile's replica is created at replicaPath
// and opened, a later open wins over an earlier one still running, and a failed open keeps the
// tenant that was open and the stored choice.

#include "DemoTenant.h"
#include "ScriptedPrompter.h"

#include "app/domain/Clock.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/SyncSession.h"
#include "ui/remote/TenantSwitcher.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gh;
using Choice = TenantSwitcher::Choice;

class TestTenantSwitcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void choicesReadBack()
    {
        for (const Choice& c : {Choice{Choice::Kind::Demo, {}}, Choice{Choice::Kind::File, QStringLiteral("/x/y.ghtenant")},
                                Choice{Choice::Kind::Profile, QStringLiteral("sandbox")}})
            QCOMPARE(Choice::parse(c.stored()), c);
        for (const QString& damaged : {QString(), QStringLiteral("file:"), QStringLiteral("profile:"), QStringLiteral("nonsense"),
                                       QStringLiteral("Demo")})
            QCOMPARE(Choice::parse(damaged).kind, Choice::Kind::None);
    }

    void opensProfilesAndFilesLaterWins()
    {
        const QString file = test::createDemoTenant(m_dir);
        QVERIFY(!file.isEmpty());
        QSettings settings(m_dir.filePath(QStringLiteral("gatehouse.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("cockpit/lastTenant"), QStringLiteral("garbage"));
        RemoteProfiles profiles(settings);
        test::ScriptedPrompter prompter;
        MainWindow window(m_clock, &prompter);
        SyncSession session(profiles, m_clock);
        TenantSwitcher switcher(window, session, settings, m_clock);
        QCOMPARE(switcher.lastChoice().kind, Choice::Kind::None);

        QSignalSpy opened(&switcher, &TenantSwitcher::opened);
        QSignalSpy failed(&switcher, &TenantSwitcher::failed);
        // Two opens in a row: only the later one lands.
        switcher.open({Choice::Kind::File, file});
        switcher.open({Choice::Kind::Profile, QStringLiteral("sandbox")});
        QVERIFY(switcher.isOpening());
        QVERIFY(QTest::qWaitFor([&] { return !switcher.isOpening(); }, 20000));
        QTest::qWait(200); // the earlier open's answer, dropped
        QCOMPARE(opened.count(), 1);
        QCOMPARE(switcher.current(), (Choice{Choice::Kind::Profile, QStringLiteral("sandbox")}));
        QVERIFY(QFileInfo::exists(replicaPath(QStringLiteral("sandbox"))));
        QCOMPARE(window.workspace(), switcher.workspace());
        QCOMPARE(session.profile(), QStringLiteral("sandbox"));
        QVERIFY(session.isRemote());
        QCOMPARE(settings.value(QStringLiteral("cockpit/lastTenant")).toString(), QStringLiteral("profile:sandbox"));

        // A file that does not open: reported, the replica stays open and stored.
        switcher.open({Choice::Kind::File, m_dir.filePath(QStringLiteral("nothing.ghtenant"))});
        QVERIFY(QTest::qWaitFor([&] { return failed.count() == 1; }, 20000));
        QVERIFY(failed.first().at(1).toString().endsWith(QLatin1String("nothing.ghtenant")));
        QVERIFY(!failed.first().at(2).toString().isEmpty());
        QCOMPARE(switcher.current().kind, Choice::Kind::Profile);
        QVERIFY(session.isRemote());
        QCOMPARE(settings.value(QStringLiteral("cockpit/lastTenant")).toString(), QStringLiteral("profile:sandbox"));

        // And a plain file: not remote.
        switcher.open({Choice::Kind::File, file});
        QVERIFY(QTest::qWaitFor([&] { return opened.count() == 2; }, 20000));
        QVERIFY(!session.isRemote());
        QCOMPARE(session.connection(), SyncSession::Connection::LocalFile);
        QCOMPARE(window.workspace()->tenant()->path(), file);
    }
};

QTEST_MAIN(TestTenantSwitcher)
#include "tst_tenantswitcher.moc"
