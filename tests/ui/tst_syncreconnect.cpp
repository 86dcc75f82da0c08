// "Edits made while disconnected are pushed when the connection returns" (issue 6), on a real
// MainWindow offscreen with RemoteTenantUi, SyncSession and the real gatehouse-tenantd over TLS
// (its own CA and server certificate made here, service keys kept across a restart): connected
// after a pull, the daemon stops and the status bar says the remote failed; an edit is journaled
// all the same; the daemon starts again on the same port and the session, probing, is connected
// again and pushes the edit on its own (shown in a progress dialog and the status bar) until
// the remote has it. With auto push off the connection comes back and the edit waits for Push.

#include "RemoteTestSupport.h"
#include "ScriptedPrompter.h"

#include "app/client/remote/TenantProfiles.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/domain/Clock.h"
#include "app/workspace/Workspace.h"
#include "models/Translations.h"
#include "ui/MainWindow.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/RemoteTenantUi.h"
#include "ui/remote/SyncProgressDialog.h"
#include "ui/remote/SyncSession.h"
#include "ui/remote/TenantSwitcher.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace gh;

class TestSyncReconnect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    test::TlsClient m_http;
    QString m_caFile;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC)};

    // A CA and a server certificate for 127.0.0.1, as an operator's --cert/--key: the daemon
    // serves the same identity after a restart.
    bool makeServerIdentity()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
        auto caKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        auto serverKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        if (!caKey || !serverKey)
            return false;
        crypto::CertificateSpec caSpec;
        caSpec.subject = crypto::DistinguishedName({{QStringLiteral("CN"), QStringLiteral("Reconnect Test CA"), false}});
        caSpec.notBefore = now;
        caSpec.notAfter = now.addDays(1);
        caSpec.isCa = true;
        auto ca = crypto::CertificateBuilder::selfSigned(caSpec, *caKey);
        crypto::CertificateSpec spec;
        spec.subject = crypto::DistinguishedName({{QStringLiteral("CN"), QStringLiteral("127.0.0.1"), false}});
        spec.notBefore = now;
        spec.notAfter = now.addDays(1);
        spec.ipAddresses = {QStringLiteral("127.0.0.1")};
        spec.extendedKeyUsages = {QStringLiteral("serverAuth")};
        if (!ca)
            return false;
        auto server = crypto::CertificateBuilder::issue(spec, *serverKey, *ca, *caKey);
        auto keyPem = serverKey->toPkcs8Pem();
        if (!server || !keyPem)
            return false;
        m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        for (const auto& [name, bytes] : {std::pair{m_caFile, ca->toPem()},
                                          std::pair{m_dir.filePath(QStringLiteral("server.pem")), server->toPem()},
                                          std::pair{m_dir.filePath(QStringLiteral("server.key")), keyPem->view().toByteArray()}}) {
            QFile f(name);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return false;
        }
        m_http.ca = QSslCertificate::fromPath(m_caFile);
        return !m_http.ca.isEmpty();
    }

    QString keyFile(const QString& suffix) const
    {
        return m_dir.filePath(QStringLiteral("keys/full-access-") + suffix + QStringLiteral(".json"));
    }

    // The daemon's description of a role collection; empty when it has none.
    QString remoteDescription(const QString& name)
    {
        const QByteArray bearer = m_http.bearer(m_daemon, QStringLiteral("full-access"));
        const test::Reply r = m_http.send("GET", m_daemon.baseUrl() + QStringLiteral("/sap/rest/authorization/v2/rolecollections/")
                                                     + QString::fromLatin1(QUrl::toPercentEncoding(name)),
                                          {}, {{"Authorization", bearer}});
        return r.status == 200 ? r.object().value(QStringLiteral("description")).toString() : QString();
    }

    static qint64 pending(Workspace& ws)
    {
        auto n = test::awaitFuture(ws.tenant()->run([](TenantStore& s) { return s.journalCount(JournalEntry::State::Pending); }));
        return n ? *n : -1;
    }

    static Status createCollection(Workspace& ws, const QString& name)
    {
        RoleCollection rc;
        rc.name = name;
        rc.description = QStringLiteral("made while the remote was away");
        return test::awaitFuture(ws.apply({Change::created(rc)}, QStringLiteral("a collection")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(makeServerIdentity());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys")),
                               {QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--keep-service-keys"),
                                QStringLiteral("--cert"), m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--key"),
                                m_dir.filePath(QStringLiteral("server.key"))}));
    }

    void cleanupTestCase() { m_daemon.stop(); }

    void editsMadeWhileDisconnectedArePushedWhenTheConnectionReturns()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings/gatehouse.ini")), QSettings::IniFormat);
        RemoteProfiles profiles(settings);
        remote::ProfileDraft draft;
        draft.name = QStringLiteral("sandbox");
        for (const QString& suffix : {QStringLiteral("xsuaa-apiaccess"), QStringLiteral("destination"), QStringLiteral("integration-api")}) {
            auto key = remote::ServiceKey::readFile(keyFile(suffix));
            QVERIFY2(key, test::whyNot(key));
            draft.keys.push_back(std::move(key).value());
        }
        draft.caFile = m_caFile;
        QVERIFY(test::awaitFuture(profiles.add(std::move(draft), false))); // secrets in memory

        test::ScriptedPrompter prompter;
        MainWindow window(m_clock, &prompter);
        SyncSession session(profiles, m_clock);
        session.setProbeInterval(150);
        TenantSwitcher switcher(window, session, settings, m_clock);
        RemoteTenantUi ui(window, profiles, session, switcher, prompter);
        window.show();
        QSignalSpy autoPushes(&session, &SyncSession::autoPushStarted);

        switcher.open({TenantSwitcher::Choice::Kind::Profile, QStringLiteral("sandbox")});
        QVERIFY(test::waitUntil([&] { return session.isRemote(); }));
        QVERIFY(session.pull());
        QVERIFY(test::waitUntil([&] { return !session.isBusy() && session.lastPull().isValid(); }, 60000));
        QCOMPARE(session.connection(), SyncSession::Connection::Connected);
        QCOMPARE(ui.connectionLabel()->text(), QStringLiteral("Remote sandbox: connected"));

        // The remote goes away: the next probe says so in the status bar.
        m_daemon.stop();
        QVERIFY(test::waitUntil([&] { return session.connection() == SyncSession::Connection::Failed; }));
        QCOMPARE(ui.connectionLabel()->text(), QStringLiteral("Remote sandbox: failed ⚠"));
        QVERIFY(!ui.connectionLabel()->toolTip().isEmpty());

        // Edits go on: journaled, pending.
        Workspace* ws = window.workspace();
        QVERIFY(ws);
        const Status edited = createCollection(*ws, QStringLiteral("Made Offline"));
        QVERIFY2(edited, test::whyNot(edited));
        QCOMPARE(pending(*ws), qint64(1));
        QTest::qWait(400); // probes meanwhile fail and change nothing
        QCOMPARE(session.connection(), SyncSession::Connection::Failed);
        QCOMPARE(autoPushes.count(), 0);

        // Back on the same port: connected again, the edit pushed without anyone asking.
        QVERIFY(m_daemon.restartOnSamePort());
        QVERIFY(test::waitUntil([&] { return autoPushes.count() == 1; }));
        QCOMPARE(autoPushes.first().first().toLongLong(), qint64(1));
        QVERIFY(ui.progressDialog()); // the push can be followed and cancelled
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("sandbox")));
        QVERIFY(test::waitUntil([&] { return !session.isBusy() && pending(*ws) == 0; }, 60000));
        QCOMPARE(session.connection(), SyncSession::Connection::Connected);
        QCOMPARE(ui.connectionLabel()->text(), QStringLiteral("Remote sandbox: connected"));
        QCOMPARE(remoteDescription(QStringLiteral("Made Offline")), QStringLiteral("made while the remote was away"));

        // Without auto push the connection comes back and the edit waits for the user's Push.
        session.setAutoPush(false);
        m_daemon.stop();
        QVERIFY(test::waitUntil([&] { return session.connection() == SyncSession::Connection::Failed; }));
        QVERIFY(createCollection(*ws, QStringLiteral("Waits For Push")));
        QVERIFY(m_daemon.restartOnSamePort());
        QVERIFY(test::waitUntil([&] { return session.connection() == SyncSession::Connection::Connected; }));
        QTest::qWait(400);
        QCOMPARE(autoPushes.count(), 1);
        QCOMPARE(pending(*ws), qint64(1));
        QCOMPARE(remoteDescription(QStringLiteral("Waits For Push")), QString());
        ui.pushAction()->trigger();
        QVERIFY(test::waitUntil([&] { return !session.isBusy() && pending(*ws) == 0; }, 60000));
        QCOMPARE(remoteDescription(QStringLiteral("Waits For Push")), QStringLiteral("made while the remote was away"));
        session.setProbeInterval(0);
    }
};

QTEST_MAIN(TestSyncReconnect)
#include "tst_syncreconnect.moc"
