// gatehouse-cli pull and status, in-process (a temporary INI file, a memory secret store, the
// data folder in a temporary XDG_DATA_HOME) against the real gatehouse-tenantd over a demo
// tenant: a profile added from the daemon's key files and its ca.pem, `pull --tenant NAME`,
// then `users list --tenant NAME --json` lists the daemon tenant's users; `status` shows the
// pull; a profile never pulled and an unknown name fail clearly.
#include "DemoTenant.h"
#include "client/remote/TransportTestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "app/cli/Cli.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/secrets/MemorySecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTest>

using namespace gh;
using gh::test::await;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray describe(const Run& r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.code).arg(r.out, r.err).toUtf8();
}

} // namespace

class TestPullCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(5, 30), Qt::UTC)};
    MemorySecretStore m_store;
    QStringList m_userIds;

    Run cli(const QStringList& args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        QSettings settings(m_dir.filePath(QStringLiteral("settings/gatehouse.ini")), QSettings::IniFormat);
        cli::Cli c(out, err, m_clock);
        c.setSecretStore(&m_store);
        c.setSettings(&settings);
        r.code = c.run(args);
        out.flush();
        err.flush();
        return r;
    }

    QString key(const QString& suffix) const
    {
        return m_dir.filePath(QStringLiteral("keys/full-access") + suffix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Replicas go under the data folder: a temporary one, never the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        {
            auto local = LocalTenant::open(tenant, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(local);
            LocalTenantClient client(*local);
            auto users = await(client.users().list());
            QVERIFY(users && !users->isEmpty());
            for (const User& u : *users)
                m_userIds.append(u.id);
            m_userIds.sort();
        }
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
    }

    void cleanupTestCase() { m_daemon.stop(); }

    void unknownNameFailsClearly()
    {
        const Run r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--tenant"), QStringLiteral("unknown-profile")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("no tenant file or profile named 'unknown-profile'")),
                 describe(r).constData());
    }

    void pullThenListFromTheReplica()
    {
        Run r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("sandbox"),
                     QStringLiteral("--service-key"), key(QStringLiteral("-xsuaa-apiaccess.json")),
                     QStringLiteral("--service-key"), key(QStringLiteral("-destination.json")),
                     QStringLiteral("--ca-file"), m_dir.filePath(QStringLiteral("keys/ca.pem"))});
        QVERIFY2(r.code == 0, describe(r).constData());

        // A profile never pulled: the replica does not exist yet, and the error says what to do.
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--tenant"), QStringLiteral("sandbox")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("run 'gatehouse-cli pull --tenant sandbox' first")),
                 describe(r).constData());

        r = cli({QStringLiteral("pull"), QStringLiteral("--tenant"), QStringLiteral("sandbox")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("  users: ")) && r.out.contains(QLatin1String("Done: profile sandbox pulled.")),
                 describe(r).constData());
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("data/gatehouse/replicas/sandbox.ghtenant"))));

        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QStringList ids;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        ids.sort();
        QCOMPARE(ids, m_userIds);

        r = cli({QStringLiteral("status"), QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("ReplicaOf")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(status.value(QStringLiteral("LastPull")).toString(), QStringLiteral("2026-11-27T05:30:00Z"));
        QCOMPARE(status.value(QStringLiteral("PendingChanges")).toInt(), 0);

        r = cli({QStringLiteral("status"), QStringLiteral("--tenant"), QStringLiteral("sandbox")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Pending changes: 0")), describe(r).constData());
    }

    // `--tenant sandbox` with a file "sandbox" in the working folder: the file wins (what
    // --tenant always meant); `status --tenant FILE` works on any tenant file.
    void anExistingFileWinsOverAProfile()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        Run r = cli({QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("sandbox"), QStringLiteral("--demo")});
        QVERIFY2(r.code == 0, describe(r).constData());
        r = cli({QStringLiteral("status"), QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("--json")});
        QDir::setCurrent(before);
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("Tenant")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(status.value(QStringLiteral("ReplicaOf")).toString(), QString());
        QCOMPARE(status.value(QStringLiteral("LastPull")).toString(), QString());

        r = cli({QStringLiteral("status"), QStringLiteral("--tenant"),
                 m_dir.filePath(QStringLiteral("data/gatehouse/replicas/sandbox.ghtenant"))});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Replica of:      sandbox")), describe(r).constData());
    }

    void pullOfAnUnknownProfileIsRefused()
    {
        const Run r = cli({QStringLiteral("pull"), QStringLiteral("--tenant"), QStringLiteral("nobody")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("no profile named 'nobody'")), describe(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestPullCommands)
#include "tst_pullcommands.moc"
