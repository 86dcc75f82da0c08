// Pulling the real gatehouse-tenantd (over a demo tenant) into a fresh replica: every pulled
// resource equals what a LocalTenantClient over a copy of the daemon's tenant file lists, base
// versions are set; a second pull after changes made through the remote API changes exactly
// those rows; a cancelled pull leaves the replica as it was; over pending changes, the other
// entities are pulled, the edited ones kept, and a remote change of one is a recorded conflict
// that resolveConflict ends.
#include "DemoTenant.h"
#include "client/remote/TransportTestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "app/client/local/Codec.h"
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
using gh::test::roleKeys;
using gh::test::userIds;
using gh::test::why;

namespace {

template<class T>
QStringList keysOf(const QList<T>& values)
{
    QStringList keys;
    for (const T& v : values)
        keys.append(v.key());
    keys.sort();
    return keys;
}

// The rows of a table: key -> (version, base version).
QMap<QString, QPair<QString, QString>> versions(LocalTenant& tenant, EntityKind kind)
{
    QMap<QString, QPair<QString, QString>> out;
    auto rows = tenant.run([kind](TenantStore& s) { return s.rows(kind); }).result();
    if (!rows)
        return out;
    for (const TenantStore::Row& r : *rows)
        out.insert(r.key, {r.version, r.baseVersion});
    return out;
}

} // namespace

class TestPull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    std::unique_ptr<LocalTenantClient> m_local; // over a copy of the daemon's tenant
    std::shared_ptr<LocalTenant> m_replica;
    std::unique_ptr<LocalTenantClient> m_replicaClient;
    std::unique_ptr<RemoteTenantClient> m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(5, 0), Qt::UTC)};

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), client + suffix);
        c.timeoutMs = 20000;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

    qint64 pending()
    {
        const auto n = m_replica->run([](TenantStore& s) { return s.journalCount(JournalEntry::State::Pending); }).result();
        return n ? *n : -1;
    }

    QList<Conflict> conflicts()
    {
        const auto all = m_replica->run([](TenantStore& s) { return s.conflicts(); }).result();
        return all ? *all : QList<Conflict>{};
    }

    Result<PullSummary> pull(PullOptions options = {})
    {
        options.profile = QStringLiteral("sandbox");
        return await(pullTenant(*m_remote, m_replica, m_clock, std::move(options)), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        const QString copy = m_dir.filePath(QStringLiteral("local.ghtenant"));
        QVERIFY(QFile::copy(tenant, copy));
        auto local = LocalTenant::open(copy, LocalTenant::OpenMode::OpenExisting);
        QVERIFY2(local, qPrintable(why(local)));
        m_local = std::make_unique<LocalTenantClient>(*local);
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
        const QString client = QStringLiteral("full-access");
        m_remote = std::make_unique<RemoteTenantClient>(
            client, transport(client, QStringLiteral("-xsuaa-apiaccess.json")),
            transport(client, QStringLiteral("-destination.json")),
            transport(client, QStringLiteral("-integration-api.json")));
        auto replica = openOrCreateReplica(m_dir.filePath(QStringLiteral("replicas/sandbox.ghtenant")), QStringLiteral("sandbox"));
        QVERIFY2(replica, qPrintable(why(replica)));
        m_replica = *replica;
        QCOMPARE(m_replica->name(), QStringLiteral("sandbox"));
        m_replicaClient = std::make_unique<LocalTenantClient>(m_replica);
    }

    void cleanupTestCase()
    {
        m_remote.reset();
        m_daemon.stop();
    }

    void firstPullCopiesEveryResource()
    {
        QList<EntityKind> reported;
        PullOptions options;
        options.progress = [&](EntityKind kind, qint64) { reported.append(kind); };
        const auto pulled = pull(options);
        QVERIFY2(pulled, qPrintable(why(pulled)));
        QCOMPARE(reported.size(), 11);

        const auto idpL = await(m_local->identityProviders().list());
        const auto idpR = await(m_replicaClient->identityProviders().list());
        QVERIFY(idpL && idpR && !idpL->isEmpty());
        QCOMPARE(keysOf(*idpR), keysOf(*idpL));
        for (qsizetype i = 0; i < idpL->size(); ++i)
            QCOMPARE(idpR->at(i).toJson(), idpL->at(i).toJson());

        const auto rcL = await(m_local->roleCollections().list());
        const auto rcR = await(m_replicaClient->roleCollections().list());
        QVERIFY(rcL && rcR);
        QCOMPARE(keysOf(*rcR), keysOf(*rcL));
        for (qsizetype i = 0; i < rcL->size(); ++i) {
            QCOMPARE(rcR->at(i).description, rcL->at(i).description);
            QCOMPARE(roleKeys(rcR->at(i)), roleKeys(rcL->at(i)));
            QCOMPARE(userIds(rcR->at(i)), userIds(rcL->at(i)));
        }
        const auto usersL = await(m_local->users().list());
        const auto usersR = await(m_replicaClient->users().list());
        QVERIFY(usersL && usersR);
        QCOMPARE(keysOf(*usersR), keysOf(*usersL));
        for (qsizetype i = 0; i < usersL->size(); ++i) {
            QCOMPARE(usersR->at(i).userName, usersL->at(i).userName);
            QCOMPARE(usersR->at(i).origin, usersL->at(i).origin);
            QStringList a = usersR->at(i).roleCollections, b = usersL->at(i).roleCollections;
            a.sort();
            b.sort();
            QCOMPARE(a, b);
        }
        QCOMPARE(keysOf(*await(m_replicaClient->roles().list())), keysOf(*await(m_local->roles().list())));
        QCOMPARE(keysOf(*await(m_replicaClient->roleTemplates().list())), keysOf(*await(m_local->roleTemplates().list())));
        const auto destL = await(m_local->destinations().list());
        const auto destR = await(m_replicaClient->destinations().list());
        QVERIFY(destL && destR);
        QCOMPARE(keysOf(*destR), keysOf(*destL));
        for (qsizetype i = 0; i < destL->size(); ++i)
            QCOMPARE(destR->at(i).url(), destL->at(i).url());
        QCOMPARE(keysOf(*await(m_replicaClient->destinationCertificates().list())),
                 keysOf(*await(m_local->destinationCertificates().list())));

        // Cloud Integration: what the remote answers, stored as it is (keystore entries without
        // chains, secrets unknown), the same entries as the tenant behind it.
        const auto keystoreR = await(m_remote->keystore().list());
        const auto keystoreReplica = await(m_replicaClient->keystore().list());
        QVERIFY(keystoreR && keystoreReplica && keystoreR->size() > 2);
        QCOMPARE(keysOf(*keystoreReplica), keysOf(*await(m_local->keystore().list())));
        for (qsizetype i = 0; i < keystoreR->size(); ++i)
            QCOMPARE(storedForm(keystoreReplica->at(i)), storedForm(keystoreR->at(i)));
        QCOMPARE(keysOf(*await(m_replicaClient->userCredentials().list())), keysOf(*await(m_local->userCredentials().list())));
        QCOMPARE(keysOf(*await(m_replicaClient->secureParameters().list())), keysOf(*await(m_local->secureParameters().list())));
        const auto oauthR = await(m_replicaClient->oauth2ClientCredentials().list());
        const auto oauthL = await(m_local->oauth2ClientCredentials().list());
        QVERIFY(oauthR && oauthL && !oauthR->isEmpty());
        QCOMPARE(keysOf(*oauthR), keysOf(*oauthL));
        for (qsizetype i = 0; i < oauthR->size(); ++i)
            QCOMPARE(oauthR->at(i).customParameters, oauthL->at(i).customParameters);

        for (EntityKind kind : pulledKinds()) {
            const auto rows = versions(*m_replica, kind);
            QCOMPARE(pulled->counts.at(kind).added, qint64(rows.size()));
            for (const auto& [version, base] : rows)
                QVERIFY(!base.isEmpty() && base == version);
        }
        QVERIFY(pulled->counts.at(EntityKind::Assignment).pulled > 0);
        QCOMPARE(m_replica->run([](TenantStore& s) { return s.meta(QStringLiteral("lastPull")); }).result(),
                 m_clock.now().toString(Qt::ISODate));
    }

    // 20,000 users: listed in two ranges of 10,000 (and an empty third, since the second was
    // full), whose rows are made while the next range is read, progress said after each; all of
    // them and their assignments in the replica once, and a second pull changes nothing.
    void largeUserListsComeInRanges()
    {
        QTemporaryDir dir;
        const QString tenant = dir.filePath(QStringLiteral("large.ghtenant"));
        auto spec = ScaleSpec::parse(QStringLiteral("users=20000,role-collections=20,destinations=0,keystore=0"));
        QVERIFY2(spec, qPrintable(why(spec)));
        QVERIFY(Seeder::createTenantFile(tenant, [&](TenantStore& store) { return Seeder::populateScale(store, *spec, m_clock.now()); }).ok());
        test::Daemon daemon;
        QVERIFY(daemon.start(tenant, dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("100000")}));
        const auto config = [&](const QString& suffix) {
            TransportConfig c = test::daemonTransportConfig(dir.filePath(QStringLiteral("keys")), QStringLiteral("full-access") + suffix);
            c.timeoutMs = 60000;
            return std::make_unique<HttpTransport>(std::move(c), m_clock);
        };
        RemoteTenantClient remote(QStringLiteral("full-access"), config(QStringLiteral("-xsuaa-apiaccess.json")),
                                  config(QStringLiteral("-destination.json")), config(QStringLiteral("-integration-api.json")));
        auto replica = openOrCreateReplica(dir.filePath(QStringLiteral("large-replica.ghtenant")), QStringLiteral("large"));
        QVERIFY2(replica, qPrintable(why(replica)));
        QList<qint64> usersSeen;
        PullOptions options;
        options.progress = [&](EntityKind kind, qint64 count) {
            if (kind == EntityKind::User)
                usersSeen.append(count);
        };
        const auto pulled = await(pullTenant(remote, *replica, m_clock, options), 120000);
        QVERIFY2(pulled, qPrintable(why(pulled)));
        QCOMPARE(usersSeen, (QList<qint64>{10000, 20000})); // the empty third range says nothing
        QCOMPARE(pulled->counts.at(EntityKind::User).added, 20000);
        const auto local = LocalTenant::open(tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY2(local, qPrintable(why(local)));
        const auto count = [](LocalTenant& t, EntityKind kind) { return t.run([kind](TenantStore& s) { return s.count(kind); }).result().value(); };
        QCOMPARE(count(**replica, EntityKind::User), 20000);
        QCOMPARE(count(**replica, EntityKind::Assignment), count(**local, EntityKind::Assignment));
        QCOMPARE(pulled->counts.at(EntityKind::Assignment).added, count(**local, EntityKind::Assignment));

        const auto again = await(pullTenant(remote, *replica, m_clock, PullOptions{}), 120000);
        QVERIFY2(again, qPrintable(why(again)));
        for (const auto& [kind, counts] : again->counts)
            QVERIFY2(counts.added == 0 && counts.updated == 0 && counts.removed == 0, qPrintable(entityKindName(kind)));
    }

    void secondPullChangesExactlyTheRemoteChanges()
    {
        const auto roles = await(m_local->roles().list());
        QVERIFY(roles && !roles->isEmpty());
        RoleCollection rc;
        rc.name = QStringLiteral("Pulled Later");
        rc.description = QStringLiteral("made through the remote API");
        const Role& role = roles->first();
        rc.roleReferences = {RoleReference{role.roleTemplateAppId, role.roleTemplateName, role.name, role.description}};
        const auto created = await(m_remote->roleCollections().create(rc));
        QVERIFY2(created, qPrintable(why(created)));
        const auto destinations = await(m_local->destinations().list());
        QVERIFY(destinations && !destinations->isEmpty());
        const QString gone = destinations->first().key();
        const Status removed = await(m_remote->destinations().remove(gone));
        QVERIFY2(removed, qPrintable(why(removed)));

        const auto before = versions(*m_replica, EntityKind::User);
        auto rolesBefore = versions(*m_replica, EntityKind::Role);
        const auto pulled = pull();
        QVERIFY2(pulled, qPrintable(why(pulled)));
        for (const auto& [kind, c] : pulled->counts) {
            const qint64 added = kind == EntityKind::RoleCollection ? 1 : 0;
            const qint64 removedRows = kind == EntityKind::Destination ? 1 : 0;
            // The role the new collection refers to changes too: the remote's role lists the
            // collections that hold it.
            const qint64 updated = kind == EntityKind::Role ? 1 : 0;
            QVERIFY2(c.added == added && c.removed == removedRows && c.updated == updated,
                     qPrintable(QStringLiteral("%1: +%2 ~%3 -%4").arg(entityKindName(kind)).arg(c.added).arg(c.updated).arg(c.removed)));
        }
        QCOMPARE(versions(*m_replica, EntityKind::User), before);
        auto rolesAfter = versions(*m_replica, EntityKind::Role);
        QVERIFY(rolesAfter.value(role.key()) != rolesBefore.value(role.key()));
        rolesAfter.remove(role.key());
        rolesBefore.remove(role.key());
        QCOMPARE(rolesAfter, rolesBefore);
        QVERIFY(versions(*m_replica, EntityKind::RoleCollection).contains(rc.name));
        QVERIFY(!versions(*m_replica, EntityKind::Destination).contains(gone));
    }

    void cancelledPullLeavesTheReplicaUnchanged()
    {
        RoleCollection rc;
        rc.name = QStringLiteral("Never Pulled");
        rc.description = QStringLiteral("the pull that would bring it is cancelled");
        QVERIFY(await(m_remote->roleCollections().create(rc)));
        const auto before = versions(*m_replica, EntityKind::RoleCollection);
        PullOptions options;
        options.cancel = std::make_shared<std::atomic_bool>(false);
        options.progress = [cancel = options.cancel](EntityKind, qint64) { cancel->store(true); };
        const auto pulled = pull(options);
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().kind, Error::Kind::Cancelled);
        QCOMPARE(versions(*m_replica, EntityKind::RoleCollection), before);
        QVERIFY(!before.contains(rc.name));
        QVERIFY(await(m_remote->roleCollections().remove(rc.name)));
    }

    // Pending changes: an entity without them is pulled as always; one with them keeps the
    // replica's row and entries, and a remote change of it since their base is a conflict, in
    // the form push records it, which resolveConflict ends.
    void pendingEditIsKeptAndRemoteChangesArePulled()
    {
        const auto collections = await(m_replicaClient->roleCollections().list());
        QVERIFY(collections);
        QList<RoleCollection> custom;
        for (const RoleCollection& rc : *collections)
            if (!rc.isReadOnly)
                custom.append(rc);
        QVERIFY(custom.size() >= 2);
        const RoleCollection original = custom.at(0); // edited here
        const RoleCollection unrelated = custom.at(1); // edited on the remote
        Workspace ws(m_replica, m_clock);
        RoleCollection mine = original;
        mine.description = QStringLiteral("mine, not pushed");
        QVERIFY(ws.apply({Change::updated(original, mine)}, QStringLiteral("local edit")).result());

        RoleCollection theirs = unrelated;
        theirs.description = QStringLiteral("changed on the remote");
        QVERIFY(await(m_remote->roleCollections().update(theirs)));
        auto pulled = pull();
        QVERIFY2(pulled, qPrintable(why(pulled)));
        QCOMPARE(pulled->counts.at(EntityKind::RoleCollection).updated, 1);
        QCOMPARE(pulled->counts.at(EntityKind::RoleCollection).kept, 1);
        QCOMPARE(pulled->counts.at(EntityKind::RoleCollection).conflicts, 0);
        QCOMPARE(await(m_replicaClient->roleCollections().get(unrelated.name))->description, theirs.description);
        QCOMPARE(await(m_replicaClient->roleCollections().get(original.name))->description, mine.description);
        QCOMPARE(pending(), qint64(1));
        QVERIFY(conflicts().isEmpty());

        // The remote changes the same collection: a conflict, the edit stays.
        RoleCollection contested = original;
        contested.description = QStringLiteral("theirs, meanwhile");
        QVERIFY(await(m_remote->roleCollections().update(contested)));
        pulled = pull();
        QVERIFY2(pulled, qPrintable(why(pulled)));
        QCOMPARE(pulled->counts.at(EntityKind::RoleCollection).conflicts, 1);
        QCOMPARE(pending(), qint64(1));
        QCOMPARE(await(m_replicaClient->roleCollections().get(original.name))->description, mine.description);
        const QList<Conflict> found = conflicts();
        QCOMPARE(found.size(), 1);
        const Conflict& c = found.first();
        QCOMPARE(c.kind, EntityKind::RoleCollection);
        QCOMPARE(c.key, original.name);
        QVERIFY(c.base && c.mine && c.theirs);
        QCOMPARE(c.base->value(QStringLiteral("description")).toString(), original.description);
        QCOMPARE(c.mine->value(QStringLiteral("description")).toString(), mine.description);
        QCOMPARE(c.theirs->value(QStringLiteral("description")).toString(), contested.description);
        QCOMPARE(c.detectedAt, m_clock.now());
        QVERIFY(!c.theirsVersion.isEmpty() && c.theirsVersion != c.baseVersion);
        // Pulled again, the same conflict (not a second one).
        QVERIFY(pull());
        QCOMPARE(conflicts().size(), 1);

        // Keep mine: the push sends it over theirs, and the next pull has nothing pending.
        const Status kept = await(resolveConflict(ws, EntityKind::RoleCollection, original.name, Resolution::KeepMine));
        QVERIFY2(kept, qPrintable(why(kept)));
        const auto pushed = await(pushJournal(*m_remote, m_replica, m_clock), 60000);
        QVERIFY2(pushed && pushed->complete(), qPrintable(why(pushed)));
        QCOMPARE(await(m_remote->roleCollections().get(original.name))->description, mine.description);
        QCOMPARE(pending(), qint64(0));
        pulled = pull();
        QVERIFY2(pulled, qPrintable(why(pulled)));
        QCOMPARE(pulled->counts.at(EntityKind::RoleCollection).kept, 0);
        QVERIFY(conflicts().isEmpty());
    }

    // A pending create of something the remote does not have is no conflict; a remote delete of
    // an entity edited here is one (theirs absent), and take theirs removes the row.
    void pendingCreateStaysAndRemoteDeleteConflicts()
    {
        Workspace ws(m_replica, m_clock);
        RoleCollection fresh;
        fresh.name = QStringLiteral("Made Here Only");
        fresh.description = QStringLiteral("not pushed");
        QVERIFY(ws.apply({Change::created(fresh)}, QStringLiteral("create")).result());
        const auto collections = await(m_replicaClient->roleCollections().list());
        QVERIFY(collections);
        RoleCollection doomed;
        for (const RoleCollection& rc : *collections)
            if (!rc.isReadOnly && rc.name != fresh.name)
                doomed = rc;
        QVERIFY(!doomed.name.isEmpty());
        RoleCollection edited = doomed;
        edited.description = QStringLiteral("edited here, deleted there");
        QVERIFY(ws.apply({Change::updated(doomed, edited)}, QStringLiteral("edit")).result());
        QVERIFY(await(m_remote->roleCollections().remove(doomed.name)));

        const auto pulled = pull();
        QVERIFY2(pulled, qPrintable(why(pulled)));
        QCOMPARE(pulled->counts.at(EntityKind::RoleCollection).kept, 2);
        QCOMPARE(pulled->counts.at(EntityKind::RoleCollection).conflicts, 1);
        QVERIFY(await(m_replicaClient->roleCollections().get(fresh.name)));
        const QList<Conflict> found = conflicts();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().key, doomed.name);
        QVERIFY(!found.first().theirs);

        const Status taken = await(resolveConflict(ws, EntityKind::RoleCollection, doomed.name, Resolution::TakeTheirs));
        QVERIFY2(taken, qPrintable(why(taken)));
        QCOMPARE(await(m_replicaClient->roleCollections().get(doomed.name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(pending(), qint64(1)); // the create
        QVERIFY(conflicts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPull)
#include "tst_pull.moc"
