// Push under faults, end to end: 1,050 journaled changes (role collections and destinations
// created, changed, deleted, some changed twice) pushed to gatehouse-tenantd started with
// --faults 5xx=0.1,drop=0.05,429=0.05. A push that stops on a fault the transport's retries did
// not get past is simply run again; in the end every change is pushed, none was applied twice
// (a second create would be refused, a stale update a conflict), and the daemon's tenant file
// holds exactly the replica's role collections and destinations.
#include "client/remote/TransportTestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "DemoTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/local/Seeder.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/client/remote/ServiceKey.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Push.h"
#include "app/workspace/Workspace.h"

#include <QTest>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::why;

namespace {

// Every count below is a multiple of kScale: 210 changes per unit, 1,050 in all (the issue asks
// for at least 1,000).
constexpr int kScale = 5;
constexpr int kSeeded = 60 * kScale; // of each kind, in the tenant before the daemon starts

Destination destination(const QString& name, const QString& url)
{
    Destination d;
    d.set(QStringLiteral("Name"), name);
    d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
    d.set(QStringLiteral("URL"), url);
    d.set(QStringLiteral("Authentication"), QStringLiteral("NoAuthentication"));
    d.set(QStringLiteral("ProxyType"), QStringLiteral("Internet"));
    return d;
}

RoleCollection collection(const QString& name, const QString& description)
{
    RoleCollection rc;
    rc.name = name;
    rc.description = description;
    return rc;
}

QMap<QString, QJsonObject> rowsOf(LocalTenant& tenant, EntityKind kind)
{
    QMap<QString, QJsonObject> out;
    auto rows = tenant.run([kind](TenantStore& s) { return s.rows(kind); }).result();
    if (rows)
        for (const TenantStore::Row& r : *rows)
            out.insert(r.key, r.data);
    return out;
}

} // namespace

class TestPushFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    QString m_tenant;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(7, 0), Qt::UTC)};

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), client + suffix);
        c.timeoutMs = 10000;
        // Short waits: the test is about what push does when a request fails for good.
        c.retry.maxAttempts = 3;
        c.retry.baseDelayMs = 5;
        c.retry.maxDelayMs = 50;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = m_dir.filePath(QStringLiteral("tenant.ghtenant"));
        const Status created = Seeder::createTenantFile(m_tenant, [&](TenantStore& store) -> Status {
            if (Status s = Seeder::populateDemo(store, test::fixedNow()); !s)
                return s;
            for (int i = 0; i < kSeeded; ++i) {
                const RoleCollection rc = collection(QStringLiteral("Fault Seed %1").arg(i), QStringLiteral("seeded"));
                if (Status s = store.put(EntityKind::RoleCollection, rc.key(), storedForm(rc)); !s)
                    return s;
                const Destination d = destination(QStringLiteral("fault-seed-%1").arg(i), QStringLiteral("https://seed.example.com/%1").arg(i));
                if (Status s = store.put(EntityKind::Destination, d.key(), storedForm(d)); !s)
                    return s;
            }
            return {};
        });
        QVERIFY2(created, qPrintable(why(created)));
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys")),
                               {QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--faults"),
                                QStringLiteral("5xx=0.1,drop=0.05,429=0.05,retry-after=0,seed=20261127")}));
    }

    void cleanupTestCase() { m_daemon.stop(); }

    void everyChangeArrivesExactlyOnce()
    {
        const QString client = QStringLiteral("full-access");
        RemoteTenantClient remote(client, transport(client, QStringLiteral("-xsuaa-apiaccess.json")),
                                  transport(client, QStringLiteral("-destination.json")),
                                  transport(client, QStringLiteral("-integration-api.json")));
        auto replica = openOrCreateReplica(m_dir.filePath(QStringLiteral("replicas/faulty.ghtenant")), QStringLiteral("faulty"));
        QVERIFY2(replica, qPrintable(why(replica)));
        // The pull reads under faults too: run again until one gets through.
        Result<PullSummary> pulled = Error::make(Error::Kind::Internal, QStringLiteral("not run"));
        for (int attempt = 0; attempt < 10 && !pulled; ++attempt)
            pulled = await(pullTenant(remote, *replica, m_clock), 60000);
        QVERIFY2(pulled, qPrintable(why(pulled)));

        Workspace ws(*replica, m_clock);
        int changes = 0;
        const auto step = [&](QList<Change> list, const QString& description) {
            changes += int(list.size());
            const Status s = ws.apply(std::move(list), description).result();
            return s ? QString() : s.error().toString();
        };
        for (int g = 0; g < 6 * kScale; ++g) {
            QList<Change> list;
            for (int i = 0; i < 10; ++i)
                list.append(Change::created(collection(QStringLiteral("Fault New %1").arg(g * 10 + i), QStringLiteral("created"))));
            QCOMPARE(step(list, QStringLiteral("create collections")), QString());
        }
        for (int g = 0; g < 4 * kScale; ++g) {
            QList<Change> list;
            for (int i = 0; i < 10; ++i)
                list.append(Change::created(destination(QStringLiteral("fault-new-%1").arg(g * 10 + i), QStringLiteral("https://new.example.com"))));
            QCOMPARE(step(list, QStringLiteral("create destinations")), QString());
        }
        for (int i = 0; i < 40 * kScale; ++i) {
            const RoleCollection before = collection(QStringLiteral("Fault Seed %1").arg(i), QStringLiteral("seeded"));
            const RoleCollection after = collection(before.name, QStringLiteral("changed once"));
            QCOMPARE(step({Change::updated(before, after)}, QStringLiteral("describe")), QString());
        }
        for (int i = 0; i < 10 * kScale; ++i) { // a second change of the same collections
            const RoleCollection before = collection(QStringLiteral("Fault Seed %1").arg(i), QStringLiteral("changed once"));
            const RoleCollection after = collection(before.name, QStringLiteral("changed twice"));
            QCOMPARE(step({Change::updated(before, after)}, QStringLiteral("describe again")), QString());
        }
        for (int i = 40 * kScale; i < 60 * kScale; ++i)
            QCOMPARE(step({Change::removed(collection(QStringLiteral("Fault Seed %1").arg(i), QStringLiteral("seeded")))},
                          QStringLiteral("delete collection")),
                     QString());
        for (int i = 0; i < 20 * kScale; ++i) {
            const Destination before = destination(QStringLiteral("fault-seed-%1").arg(i), QStringLiteral("https://seed.example.com/%1").arg(i));
            const Destination after = destination(before.name(), QStringLiteral("https://changed.example.com/%1").arg(i));
            QCOMPARE(step({Change::updated(before, after)}, QStringLiteral("change destination")), QString());
        }
        for (int i = 20 * kScale; i < 40 * kScale; ++i)
            QCOMPARE(step({Change::removed(destination(QStringLiteral("fault-seed-%1").arg(i),
                                                        QStringLiteral("https://seed.example.com/%1").arg(i)))},
                          QStringLiteral("delete destination")),
                     QString());
        QCOMPARE(changes, 210 * kScale);

        int rounds = 0, stops = 0;
        qsizetype sent = 0;
        bool complete = false;
        while (!complete && rounds < 100) {
            ++rounds;
            const auto pushed = await(pushJournal(remote, *replica, m_clock), 60000);
            QVERIFY2(pushed, qPrintable(why(pushed)));
            QCOMPARE(pushed->count(PushItem::Outcome::Conflict), 0);
            QCOMPARE(pushed->count(PushItem::Outcome::Refused), 0);
            sent += pushed->count(PushItem::Outcome::Sent) + pushed->count(PushItem::Outcome::AlreadyDone);
            if (pushed->stoppedBy)
                ++stops;
            complete = pushed->complete();
        }
        QVERIFY2(complete, qPrintable(QStringLiteral("%1 rounds, %2 stops").arg(rounds).arg(stops)));
        QCOMPARE(sent, qsizetype(changes));
        QCOMPARE((*replica)->run([](TenantStore& s) { return s.journalCount(JournalEntry::State::Pending); }).result().value(), 0);
        qInfo("%d changes pushed in %d rounds (%d stopped by a fault)", changes, rounds, stops);

        // The daemon's file holds what the replica holds.
        m_daemon.stop();
        auto served = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY2(served, qPrintable(why(served)));
        for (EntityKind kind : {EntityKind::RoleCollection, EntityKind::Destination}) {
            const auto mine = rowsOf(**replica, kind);
            const auto theirs = rowsOf(**served, kind);
            QCOMPARE(theirs.keys(), mine.keys());
            for (auto it = mine.cbegin(); it != mine.cend(); ++it)
                QVERIFY2(theirs.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        QCOMPARE(rowsOf(**served, EntityKind::RoleCollection).value(QStringLiteral("Fault Seed 3")).value(QStringLiteral("description")).toString(),
                 QStringLiteral("changed twice"));
        QVERIFY(!rowsOf(**served, EntityKind::Destination).contains(QStringLiteral("fault-seed-125")));
    }
};

QTEST_GUILESS_MAIN(TestPushFaults)
#include "tst_push_faults.moc"
