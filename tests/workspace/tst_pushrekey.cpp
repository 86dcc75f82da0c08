// A user created in a replica, pushed to gatehouse-tenantd --assign-user-ids, which makes its own
// id for it as XSUAA's SCIM does (PushRekey.h). In the same push the user's role collection
// assignment and a later edit of the user go to the remote's user, not to the replica's id the
// remote never heard of; afterwards the replica's rows and journal name the remote's id only, a
// pull finds nothing to add or remove and a second push sends nothing. The journal's entries
// are rewritten as a unit (rekeyed, concernsUser) too.
#include "DemoTenant.h"
#include "client/remote/TransportTestSupport.h"
#include "PushTestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/workspace/AccessActions.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Push.h"
#include "app/workspace/PushRekey.h"
#include "app/workspace/Workspace.h"

#include <QTest>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::describe;
using gh::test::outcomes;
using gh::test::why;

namespace {

const QString kLocalId = QStringLiteral("0f0e0d0c-0000-4000-8000-00000000aaaa");

User newUser()
{
    User u;
    u.id = kLocalId;
    u.userName = QStringLiteral("rekeyed.user@example.com");
    u.origin = QStringLiteral("sap.default");
    u.givenName = QStringLiteral("New");
    u.familyName = QStringLiteral("Hire");
    u.emails.append({u.userName, true});
    u.created = u.lastModified = QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC);
    return u;
}

template <typename T>
std::optional<T> rowOf(LocalTenant& replica, EntityKind kind, const QString& key)
{
    auto r = replica.run([kind, key](TenantStore& s) { return s.row(kind, key); }).result();
    if (!r || !*r)
        return std::nullopt;
    auto v = T::fromJson((*r)->data);
    return v ? std::optional<T>(*v) : std::nullopt;
}

} // namespace

class TestPushRekey : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    std::unique_ptr<RemoteTenantClient> m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC)};

    std::unique_ptr<HttpTransport> transport(const QString& suffix)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), QStringLiteral("full-access") + suffix);
        c.timeoutMs = 20000;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys")),
                               {QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--assign-user-ids")}));
        m_remote = std::make_unique<RemoteTenantClient>(QStringLiteral("full-access"), transport(QStringLiteral("-xsuaa-apiaccess.json")),
                                                        transport(QStringLiteral("-destination.json")),
                                                        transport(QStringLiteral("-integration-api.json")));
    }

    void cleanupTestCase()
    {
        m_remote.reset();
        m_daemon.stop();
    }

    // The pure part: which entries concern a user, and what they become.
    void entriesFollowTheUser()
    {
        JournalEntry user;
        user.kind = EntityKind::User;
        user.key = kLocalId;
        user.after = newUser().toJson();
        const JournalEntry moved = push::rekeyed(user, kLocalId, QStringLiteral("remote-1"));
        QCOMPARE(moved.key, QStringLiteral("remote-1"));
        QCOMPARE(moved.after->value(QStringLiteral("id")).toString(), QStringLiteral("remote-1"));
        QVERIFY(!moved.before);

        JournalEntry assignment;
        assignment.kind = EntityKind::Assignment;
        assignment.key = Assignment{QStringLiteral("Auditors"), kLocalId}.key();
        assignment.after = Assignment{QStringLiteral("Auditors"), kLocalId}.toJson();
        QVERIFY(push::concernsUser(assignment, kLocalId));
        const JournalEntry movedAssignment = push::rekeyed(assignment, kLocalId, QStringLiteral("remote-1"));
        QCOMPARE(movedAssignment.key, QStringLiteral("Auditors\nremote-1"));
        QCOMPARE(movedAssignment.after->value(QStringLiteral("userId")).toString(), QStringLiteral("remote-1"));

        // Another user's entries, and an assignment of a collection that merely ends alike, stay.
        JournalEntry other = assignment;
        other.key = Assignment{QStringLiteral("Auditors"), QStringLiteral("x") + kLocalId}.key();
        QVERIFY(!push::concernsUser(other, kLocalId));
        QCOMPARE(push::rekeyed(other, kLocalId, QStringLiteral("remote-1")).key, other.key);
        JournalEntry collection;
        collection.kind = EntityKind::RoleCollection;
        collection.key = kLocalId;
        QVERIFY(!push::concernsUser(collection, kLocalId));
    }

    void createdUserAndItsAssignmentFollowTheRemotesId()
    {
        auto opened = openOrCreateReplica(m_dir.filePath(QStringLiteral("replicas/rekey.ghtenant")), QStringLiteral("rekey"));
        QVERIFY2(opened, qPrintable(why(opened)));
        std::shared_ptr<LocalTenant> replica = *opened;
        PullOptions pullOptions;
        pullOptions.profile = QStringLiteral("rekey");
        QVERIFY(await(pullTenant(*m_remote, replica, m_clock, pullOptions), 60000));
        const auto collections = replica->run([](TenantStore& s) { return s.rows(EntityKind::RoleCollection, 0, 1); }).result();
        QVERIFY(collections && !collections->isEmpty());
        const QString collection = collections->first().key;

        Workspace ws(replica, m_clock);
        const User created = newUser();
        Status s = ws.apply({Change::created(created)}, QStringLiteral("create a user")).result();
        QVERIFY2(s, qPrintable(why(s)));
        const auto assigned = access::assign({created}, {collection});
        QVERIFY2(assigned, qPrintable(why(assigned)));
        s = ws.apply(*assigned, QStringLiteral("assign")).result();
        QVERIFY2(s, qPrintable(why(s)));
        User edited = created;
        edited.givenName = QStringLiteral("Renamed");
        s = ws.apply({Change::updated(created, edited)}, QStringLiteral("edit the user")).result();
        QVERIFY2(s, qPrintable(why(s)));

        const auto pushed = await(pushJournal(*m_remote, replica, m_clock, PushOptions{}), 60000);
        QVERIFY2(pushed && pushed->complete(), qPrintable(pushed ? describe(*pushed) : why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>(3, PushItem::Outcome::Sent)));
        const QString remoteId = pushed->items.first().key;
        QVERIFY(!remoteId.isEmpty());
        QVERIFY2(remoteId != kLocalId, "tenantd --assign-user-ids kept the sent id");
        QCOMPARE(pushed->items.at(1).key, (Assignment{collection, remoteId}.key()));
        QCOMPARE(pushed->items.at(2).key, remoteId);

        // The remote: the user under its own id, edited, and assigned.
        const auto there = await(m_remote->users().get(remoteId));
        QVERIFY2(there, qPrintable(why(there)));
        QCOMPARE(there->userName, created.userName);
        QCOMPARE(there->givenName, QStringLiteral("Renamed"));
        QVERIFY(!await(m_remote->users().get(kLocalId)));
        const auto rc = await(m_remote->roleCollections().get(collection));
        QVERIFY2(rc, qPrintable(why(rc)));
        QVERIFY(std::any_of(rc->userReferences.cbegin(), rc->userReferences.cend(),
                            [&](const UserReference& u) { return u.id == remoteId; }));

        // The replica: rows and journal under the remote's id only.
        QVERIFY(!rowOf<User>(*replica, EntityKind::User, kLocalId));
        const auto row = rowOf<User>(*replica, EntityKind::User, remoteId);
        QVERIFY(row);
        QCOMPARE(row->id, remoteId);
        QCOMPARE(row->givenName, QStringLiteral("Renamed"));
        QVERIFY(!rowOf<Assignment>(*replica, EntityKind::Assignment, Assignment{collection, kLocalId}.key()));
        const auto assignment = rowOf<Assignment>(*replica, EntityKind::Assignment, Assignment{collection, remoteId}.key());
        QVERIFY(assignment);
        QCOMPARE(assignment->userId, remoteId);
        const auto journal = replica->run([](TenantStore& st) { return st.journal(JournalEntry::State::Pushed); }).result();
        QVERIFY(journal);
        QCOMPARE(journal->size(), 3);
        for (const JournalEntry& e : *journal)
            QVERIFY2(!e.key.contains(kLocalId), qPrintable(e.key));

        // Nothing left to do either way.
        const auto pulled = await(pullTenant(*m_remote, replica, m_clock, PullOptions{}), 60000);
        QVERIFY2(pulled, qPrintable(why(pulled)));
        for (EntityKind kind : {EntityKind::User, EntityKind::Assignment}) {
            const PullCounts& c = pulled->counts.at(kind);
            QVERIFY2(c.added == 0 && c.removed == 0,
                     qPrintable(QStringLiteral("%1: +%2 -%3").arg(entityKindName(kind)).arg(c.added).arg(c.removed)));
        }
        QVERIFY(rowOf<User>(*replica, EntityKind::User, remoteId));
        const auto again = await(pushJournal(*m_remote, replica, m_clock, PushOptions{}), 60000);
        QVERIFY2(again && again->items.isEmpty(), qPrintable(again ? describe(*again) : why(again)));
    }
};

QTEST_MAIN(TestPushRekey)
#include "tst_pushrekey.moc"
