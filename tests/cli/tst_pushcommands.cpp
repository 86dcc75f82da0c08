// gatehouse-cli push and status, in-process (a temporary INI file, a memory secret store, the
// data folder in a temporary XDG_DATA_HOME) against the real gatehouse-tenantd: after `pull`,
// role collections created and deleted with the CLI, one of them changed on the daemon
// meanwhile; `push --dry-run` reports and changes nothing, `push` sends the rest and exits 1 for
// the conflict, which `status` lists; a second push sends nothing; `resolve --take-theirs` ends
// the conflict; bad usage exits 2.
#include "DemoTenant.h"
#include "client/remote/TransportTestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "app/cli/Cli.h"
#include "app/secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSslCertificate>
#include <QTest>

using namespace gh;

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

QStringList outcomes(const QJsonObject& report)
{
    QStringList out;
    for (const QJsonValue& v : report.value(QStringLiteral("Items")).toArray())
        out.append(v.toObject().value(QStringLiteral("Key")).toString() + QLatin1Char(':')
                   + v.toObject().value(QStringLiteral("Outcome")).toString());
    return out;
}

} // namespace

class TestPushCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    test::TlsClient m_http; // "someone else" on the daemon's API
    QByteArray m_bearer;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(6, 30), Qt::UTC)};
    MemorySecretStore m_store;

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

    Run sandbox(QStringList args)
    {
        args << QStringLiteral("--tenant") << QStringLiteral("sandbox");
        return cli(args);
    }

    QString collectionUrl(const QString& name = {}) const
    {
        const QString base = m_daemon.baseUrl() + QStringLiteral("/sap/rest/authorization/v2/rolecollections");
        return name.isEmpty() ? base : base + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
    }

    test::Reply remote(const QByteArray& method, const QString& url, const QJsonObject& body = {})
    {
        return m_http.send(method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {{"Authorization", m_bearer}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
        m_http.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        QVERIFY(!m_http.ca.isEmpty());
        m_bearer = m_http.bearer(m_daemon, QStringLiteral("full-access"));
        QVERIFY(m_bearer.size() > 10);
    }

    void cleanupTestCase() { m_daemon.stop(); }

    void pushSendsChangesAndStatusListsTheConflict()
    {
        const QString keys = m_dir.filePath(QStringLiteral("keys/full-access"));
        Run r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("sandbox"), QStringLiteral("--service-key"),
                     keys + QStringLiteral("-xsuaa-apiaccess.json"), QStringLiteral("--service-key"),
                     keys + QStringLiteral("-destination.json"), QStringLiteral("--ca-file"), m_dir.filePath(QStringLiteral("keys/ca.pem"))});
        QVERIFY2(r.code == 0, describe(r).constData());
        for (const QString& name : {QStringLiteral("CLI Contested"), QStringLiteral("CLI Doomed")}) {
            const auto created = remote("POST", collectionUrl(),
                                        {{QStringLiteral("name"), name}, {QStringLiteral("description"), QStringLiteral("as pulled")}});
            QVERIFY2(created.status == 201, created.body.constData());
        }
        r = sandbox({QStringLiteral("pull")});
        QVERIFY2(r.code == 0, describe(r).constData());

        // Nothing pending yet.
        r = sandbox({QStringLiteral("push")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Nothing to push.")), describe(r).constData());

        r = sandbox({QStringLiteral("role-collections"), QStringLiteral("create"), QStringLiteral("CLI Pushed"),
                     QStringLiteral("--description"), QStringLiteral("from the cli")});
        QVERIFY2(r.code == 0, describe(r).constData());
        r = sandbox({QStringLiteral("role-collections"), QStringLiteral("delete"), QStringLiteral("CLI Doomed")});
        QVERIFY2(r.code == 0, describe(r).constData());
        r = sandbox({QStringLiteral("role-collections"), QStringLiteral("delete"), QStringLiteral("CLI Contested")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const auto changed = remote("PUT", collectionUrl(QStringLiteral("CLI Contested")),
                                    {{QStringLiteral("description"), QStringLiteral("theirs")}});
        QVERIFY2(changed.status == 200, changed.body.constData());

        // Dry run: what would go and what conflicts; nothing changes anywhere.
        r = sandbox({QStringLiteral("push"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(r.code == 1, describe(r).constData());
        const QJsonObject dry = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(outcomes(dry), (QStringList{QStringLiteral("CLI Pushed:would-send"), QStringLiteral("CLI Doomed:would-send"),
                                             QStringLiteral("CLI Contested:conflict")}));
        QVERIFY(dry.value(QStringLiteral("DryRun")).toBool());
        QCOMPARE(remote("GET", collectionUrl(QStringLiteral("CLI Pushed"))).status, 404);
        QCOMPARE(remote("GET", collectionUrl(QStringLiteral("CLI Doomed"))).status, 200);
        r = sandbox({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("PendingChanges")).toInt(), 3);

        r = sandbox({QStringLiteral("push")});
        QVERIFY2(r.code == 1 && r.out.contains(QLatin1String("Pushed 2 of 3 change(s), 1 conflict(s).")), describe(r).constData());
        const auto pushed = remote("GET", collectionUrl(QStringLiteral("CLI Pushed")));
        QVERIFY2(pushed.status == 200, pushed.body.constData());
        QCOMPARE(pushed.object().value(QStringLiteral("description")).toString(), QStringLiteral("from the cli"));
        QCOMPARE(remote("GET", collectionUrl(QStringLiteral("CLI Doomed"))).status, 404);
        QCOMPARE(remote("GET", collectionUrl(QStringLiteral("CLI Contested"))).object().value(QStringLiteral("description")).toString(),
                 QStringLiteral("theirs"));

        r = sandbox({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.code == 1, describe(r).constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("PendingChanges")).toInt(), 1);
        QCOMPARE(status.value(QStringLiteral("PendingByResource")).toObject().value(entityKindName(EntityKind::RoleCollection)).toInt(), 1);
        const QJsonArray conflicts = status.value(QStringLiteral("Conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("Key")).toString(), QStringLiteral("CLI Contested"));
        QVERIFY(conflict.value(QStringLiteral("DeletedHere")).toBool());
        QVERIFY(!conflict.value(QStringLiteral("DeletedOnRemote")).toBool());
        QCOMPARE(conflict.value(QStringLiteral("DetectedAt")).toString(), QStringLiteral("2026-11-27T06:30:00Z"));

        r = sandbox({QStringLiteral("status")});
        QVERIFY2(r.code == 1 && r.out.contains(QLatin1String("Conflicts:       1")) && r.out.contains(QLatin1String("CLI Contested"))
                     && r.out.contains(QLatin1String("(deleted here)")),
                 describe(r).constData());

        // Again: the conflict stays, nothing is sent twice.
        r = sandbox({QStringLiteral("push")});
        QVERIFY2(r.code == 1 && r.out.contains(QLatin1String("Pushed 0 of 1 change(s), 1 conflict(s).")), describe(r).constData());

        // Taking theirs: the deletion is discarded, the replica has the remote's collection.
        r = sandbox({QStringLiteral("resolve"), QStringLiteral("--take-theirs"), QStringLiteral("role_collections"),
                     QStringLiteral("CLI Pushed")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("has no push conflict")), describe(r).constData());
        r = sandbox({QStringLiteral("resolve"), QStringLiteral("--take-theirs"), QStringLiteral("role_collections"),
                     QStringLiteral("CLI Contested")});
        QVERIFY2(r.code == 0, describe(r).constData());
        r = sandbox({QStringLiteral("status")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Conflicts:       0")) && r.out.contains(QLatin1String("Pending changes: 0")),
                 describe(r).constData());
        r = sandbox({QStringLiteral("role-collections"), QStringLiteral("show"), QStringLiteral("CLI Contested"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("theirs")), describe(r).constData());
        r = sandbox({QStringLiteral("push")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Nothing to push.")), describe(r).constData());
    }

    // Pull over a pending change (after the test above, so the profile exists): the edited
    // collection keeps the edit and, changed on the remote meanwhile, becomes a conflict.
    void pullKeepsPendingChangesAndRecordsTheConflict()
    {
        const auto created = remote("POST", collectionUrl(),
                                    {{QStringLiteral("name"), QStringLiteral("CLI Pull Edited")},
                                     {QStringLiteral("description"), QStringLiteral("as pulled")}});
        QVERIFY2(created.status == 201, created.body.constData());
        Run r = sandbox({QStringLiteral("pull")});
        QVERIFY2(r.code == 0, describe(r).constData());
        r = sandbox({QStringLiteral("role-collections"), QStringLiteral("delete"), QStringLiteral("CLI Pull Edited")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const auto changed = remote("PUT", collectionUrl(QStringLiteral("CLI Pull Edited")),
                                    {{QStringLiteral("description"), QStringLiteral("theirs")}});
        QVERIFY2(changed.status == 200, changed.body.constData());

        r = sandbox({QStringLiteral("pull")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Kept 1 entities with pending changes; 1 changed on the remote"))
                     && r.out.contains(QLatin1String("Done: profile sandbox pulled.")),
                 describe(r).constData());
        r = sandbox({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.code == 1, describe(r).constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("PendingChanges")).toInt(), 1);
        const QJsonArray conflicts = status.value(QStringLiteral("Conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().toObject().value(QStringLiteral("Key")).toString(), QStringLiteral("CLI Pull Edited"));
        r = sandbox({QStringLiteral("resolve"), QStringLiteral("--take-theirs"), QStringLiteral("role_collections"),
                     QStringLiteral("CLI Pull Edited")});
        QVERIFY2(r.code == 0, describe(r).constData());
        r = sandbox({QStringLiteral("pull"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("Counts")).toObject()
                                       .value(entityKindName(EntityKind::RoleCollection)).toObject();
        QCOMPARE(counts.value(QStringLiteral("Kept")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("Conflicts")).toInt(), 0);
    }

    void badUsageExitsTwo()
    {
        Run r = cli({QStringLiteral("push")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("push needs --tenant PROFILE")), describe(r).constData());
        r = cli({QStringLiteral("push"), QStringLiteral("--tenant"), QStringLiteral("no-such-profile")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("no profile named 'no-such-profile'")), describe(r).constData());
        r = sandbox({QStringLiteral("push"), QStringLiteral("--force")});
        QVERIFY2(r.code == 2, describe(r).constData());
        r = sandbox({QStringLiteral("resolve"), QStringLiteral("role_collections"), QStringLiteral("X")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("exactly one of --keep-mine and --take-theirs")), describe(r).constData());
        r = sandbox({QStringLiteral("resolve"), QStringLiteral("--keep-mine"), QStringLiteral("widgets"), QStringLiteral("X")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("unknown resource 'widgets'")), describe(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestPushCommands)
#include "tst_pushcommands.moc"
