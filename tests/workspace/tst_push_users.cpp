// Pushing SCIM users to the real gatehouse-tenantd over TLS (issue 6): a user created, one
// changed and one deleted in a replica reach the daemon, after which a pull changes nothing (the
// remote equals the replica) and a second push sends nothing; a user the remote has already (the
// same account) or has deleted already counts as done; a user changed on the remote meanwhile
// (its meta.version moved) is a recorded conflict. The remote client on its own: a create that
// meets the same account under another id answers it, another account is a Conflict, the
// read-only key's writes are Forbidden. Identity providers are pushed the same way.
#include "DemoTenant.h"
#include "client/remote/TransportTestSupport.h"
#include "PushTestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"
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
using gh::test::describe;
using gh::test::outcomes;

namespace {

User newUser(const QString& id, const QString& userName)
{
    User u;
    u.id = id;
    u.userName = userName;
    u.origin = QStringLiteral("sap.default");
    u.givenName = QStringLiteral("Pushed");
    u.familyName = QStringLiteral("User");
    u.emails.append({userName, true});
    u.created = u.lastModified = QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC);
    return u;
}

} // namespace

class TestPushUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    std::unique_ptr<RemoteTenantClient> m_remote; // what push writes through
    std::unique_ptr<RemoteTenantClient> m_other;  // "someone else" on the same tenant
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC)};
    int m_replicas = 0;

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), client + suffix);
        c.timeoutMs = 20000;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

    std::unique_ptr<RemoteTenantClient> client(const QString& name = QStringLiteral("full-access"))
    {
        return std::make_unique<RemoteTenantClient>(name, transport(name, QStringLiteral("-xsuaa-apiaccess.json")),
                                                    transport(name, QStringLiteral("-destination.json")),
                                                    transport(name, QStringLiteral("-integration-api.json")));
    }

    std::shared_ptr<LocalTenant> pulledReplica()
    {
        const QString name = QStringLiteral("users%1").arg(++m_replicas);
        auto replica = openOrCreateReplica(m_dir.filePath(QStringLiteral("replicas/%1.ghtenant").arg(name)), name);
        if (!replica)
            return nullptr;
        PullOptions options;
        options.profile = name;
        if (!await(pullTenant(*m_remote, *replica, m_clock, options), 60000))
            return nullptr;
        return *replica;
    }

    Result<PushSummary> push(const std::shared_ptr<LocalTenant>& replica)
    {
        return await(pushJournal(*m_remote, replica, m_clock, PushOptions{}), 60000);
    }

    static std::optional<User> row(LocalTenant& replica, const QString& key)
    {
        auto r = replica.run([key](TenantStore& s) { return s.row(EntityKind::User, key); }).result();
        if (!r || !*r)
            return std::nullopt;
        auto v = User::fromJson((*r)->data);
        return v ? std::optional<User>(*v) : std::nullopt;
    }

    // Two users of the replica that are not the same (for a change and a delete).
    static QList<User> someUsers(LocalTenant& replica, qsizetype skip)
    {
        QList<User> out;
        auto rows = replica.run([skip](TenantStore& s) { return s.rows(EntityKind::User, skip, 2); }).result();
        if (rows)
            for (const TenantStore::Row& r : *rows)
                if (auto u = User::fromJson(r.data))
                    out.append(*u);
        return out;
    }

    static qint64 pending(LocalTenant& replica)
    {
        const auto n = replica.run([](TenantStore& s) { return s.journalCount(JournalEntry::State::Pending); }).result();
        return n ? *n : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
        m_remote = client();
        m_other = client();
    }

    void cleanupTestCase()
    {
        m_remote.reset();
        m_other.reset();
        m_daemon.stop();
    }

    void createChangeDeleteEndWithTheRemoteEqualToTheReplica()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        const QList<User> existing = someUsers(*replica, 0);
        QCOMPARE(existing.size(), 2);
        Workspace ws(replica, m_clock);
        const User created = newUser(QStringLiteral("5d2a8c1e-0000-4000-8000-000000000001"), QStringLiteral("push.created@example.com"));
        User renamed = existing.at(0);
        renamed.givenName = QStringLiteral("Renamed");
        Status s = ws.apply({Change::created(created), Change::updated(existing.at(0), renamed)}, QStringLiteral("users")).result();
        QVERIFY2(s, qPrintable(why(s)));
        s = ws.apply(Change::removal(existing.at(1)), QStringLiteral("delete a user")).result();
        QVERIFY2(s, qPrintable(why(s)));
        QCOMPARE(pending(*replica), qint64(3));

        const auto pushed = push(replica);
        QVERIFY2(pushed && pushed->complete(), qPrintable(pushed ? describe(*pushed) : why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>(3, PushItem::Outcome::Sent)));
        QCOMPARE(pending(*replica), qint64(0));

        const auto there = await(m_other->users().get(created.id));
        QVERIFY2(there, qPrintable(why(there)));
        QCOMPARE(there->userName, created.userName);
        QCOMPARE(there->primaryEmail(), created.primaryEmail());
        const auto changed = await(m_other->users().get(renamed.id));
        QVERIFY(changed);
        QCOMPARE(changed->givenName, QStringLiteral("Renamed"));
        QCOMPARE(changed->version, existing.at(0).version + 1);
        const auto gone = await(m_other->users().get(existing.at(1).id));
        QVERIFY(!gone && gone.error().kind == Error::Kind::NotFound);

        // The replica's rows are the remote's now: a pull changes no user, a push sends nothing.
        QCOMPARE(row(*replica, created.id)->version, there->version);
        const auto pulled = await(pullTenant(*m_remote, replica, m_clock, PullOptions{}), 60000);
        QVERIFY2(pulled, qPrintable(why(pulled)));
        const PullCounts& c = pulled->counts.at(EntityKind::User);
        QVERIFY2(c.added == 0 && c.updated == 0 && c.removed == 0,
                 qPrintable(QStringLiteral("users: +%1 ~%2 -%3").arg(c.added).arg(c.updated).arg(c.removed)));
        const auto again = push(replica);
        QVERIFY2(again && again->items.isEmpty(), qPrintable(again ? describe(*again) : why(again)));
    }

    // The remote has the replica's new user already (a push repeated after a failure) and has
    // deleted the user the replica deletes: both are done without a write.
    void alreadyDoneOnTheRemoteCountsDone()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        const QList<User> existing = someUsers(*replica, 2);
        QVERIFY(!existing.isEmpty());
        Workspace ws(replica, m_clock);
        const User created = newUser(QStringLiteral("5d2a8c1e-0000-4000-8000-000000000002"), QStringLiteral("push.twice@example.com"));
        QVERIFY(ws.apply({Change::created(created), Change::removed(existing.at(0))}, QStringLiteral("users")).result());
        const auto made = await(m_other->users().create(created));
        QVERIFY2(made, qPrintable(why(made)));
        QCOMPARE(made->id, created.id); // tenantd keeps the id the client sends
        QVERIFY(await(m_other->users().get(existing.at(0).id)));
        const Status deleted = await(m_other->users().remove(existing.at(0).id));
        QVERIFY2(deleted, qPrintable(why(deleted)));

        const auto pushed = push(replica);
        QVERIFY2(pushed && pushed->complete(), qPrintable(pushed ? describe(*pushed) : why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>(2, PushItem::Outcome::AlreadyDone)));
        QCOMPARE(pending(*replica), qint64(0));
        QCOMPARE(row(*replica, created.id)->version, made->version);
    }

    // Changed on the remote since the pull: its meta.version moved, the replica's change is a
    // recorded conflict and nothing is sent.
    void movedVersionIsAConflict()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        const QList<User> existing = someUsers(*replica, 4);
        QVERIFY(!existing.isEmpty());
        User theirs = existing.at(0);
        theirs.familyName = QStringLiteral("Changed There");
        const auto changedThere = await(m_other->users().update(theirs));
        QVERIFY2(changedThere, qPrintable(why(changedThere)));
        QCOMPARE(changedThere->version, existing.at(0).version + 1);
        // A stale If-Match from anyone is the server's 412, a Conflict.
        const auto stale = await(m_other->users().update(theirs));
        QVERIFY(!stale && stale.error().kind == Error::Kind::Conflict);

        Workspace ws(replica, m_clock);
        User mine = existing.at(0);
        mine.familyName = QStringLiteral("Changed Here");
        QVERIFY(ws.apply({Change::updated(existing.at(0), mine)}, QStringLiteral("a user")).result());
        const auto pushed = push(replica);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>{PushItem::Outcome::Conflict}));
        QCOMPARE(pending(*replica), qint64(1));
        const auto now = await(m_other->users().get(mine.id));
        QVERIFY(now);
        QCOMPARE(now->familyName, QStringLiteral("Changed There"));
    }

    // Trust configurations go the same way: created, changed and deleted in the replica, on the
    // daemon afterwards; a second push sends nothing.
    void identityProvidersArePushed()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        auto idps = replica->run([](TenantStore& s) { return s.rows(EntityKind::IdentityProvider); }).result();
        QVERIFY(idps && idps->size() >= 2);
        auto changedBefore = IdentityProvider::fromJson(idps->at(0).data);
        auto doomed = IdentityProvider::fromJson(idps->at(1).data);
        QVERIFY(changedBefore && doomed);
        IdentityProvider changed = *changedBefore;
        changed.description = QStringLiteral("changed in the replica");
        IdentityProvider created;
        created.originKey = QStringLiteral("push.partner");
        created.name = QStringLiteral("Pushed Partner");
        created.type = QStringLiteral("SAML2");
        Workspace ws(replica, m_clock);
        QVERIFY(ws.apply({Change::created(created), Change::updated(*changedBefore, changed), Change::removed(*doomed)},
                         QStringLiteral("trust configurations")).result());
        const auto pushed = push(replica);
        QVERIFY2(pushed && pushed->complete(), qPrintable(pushed ? describe(*pushed) : why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>(3, PushItem::Outcome::Sent)));
        const auto there = await(m_other->identityProviders().get(created.originKey));
        QVERIFY2(there, qPrintable(why(there)));
        QCOMPARE(there->name, created.name);
        const auto described = await(m_other->identityProviders().get(changed.originKey));
        QVERIFY(described);
        QCOMPARE(described->description, changed.description);
        const auto gone = await(m_other->identityProviders().get(doomed->originKey));
        QVERIFY(!gone && gone.error().kind == Error::Kind::NotFound);
        const auto again = push(replica);
        QVERIFY2(again && again->items.isEmpty(), qPrintable(again ? describe(*again) : why(again)));
        const auto pulled = await(pullTenant(*m_remote, replica, m_clock, PullOptions{}), 60000);
        QVERIFY2(pulled, qPrintable(why(pulled)));
        const PullCounts& c = pulled->counts.at(EntityKind::IdentityProvider);
        QVERIFY2(c.added == 0 && c.updated == 0 && c.removed == 0,
                 qPrintable(QStringLiteral("identity providers: +%1 ~%2 -%3").arg(c.added).arg(c.updated).arg(c.removed)));
    }

    // The client alone: the same account under another id is the one created; another account
    // with that userName is a Conflict; the read-only key cannot write.
    void clientCreateMeetsAnExistingAccount()
    {
        const User first = newUser(QStringLiteral("5d2a8c1e-0000-4000-8000-000000000003"), QStringLiteral("client.dup@example.com"));
        const auto made = await(m_remote->users().create(first));
        QVERIFY2(made, qPrintable(why(made)));
        User sameAccount = first;
        sameAccount.id = QStringLiteral("5d2a8c1e-0000-4000-8000-000000000004");
        const auto found = await(m_remote->users().create(sameAccount));
        QVERIFY2(found, qPrintable(why(found)));
        QCOMPARE(found->id, first.id);
        User otherAccount = sameAccount;
        otherAccount.givenName = QStringLiteral("Someone Else");
        const auto refused = await(m_remote->users().create(otherAccount));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("client.dup@example.com")), qPrintable(refused.error().message));

        auto readOnly = client(QStringLiteral("read-only"));
        const auto denied = await(readOnly->users().create(newUser(QStringLiteral("5d2a8c1e-0000-4000-8000-000000000005"),
                                                                   QStringLiteral("ro@example.com"))));
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, Error::Kind::Forbidden);
        const Status notDeleted = await(readOnly->users().remove(first.id));
        QVERIFY(!notDeleted);
        QCOMPARE(notDeleted.error().kind, Error::Kind::Forbidden);
        QVERIFY(await(m_other->users().get(first.id)));
        QVERIFY(await(m_remote->users().remove(first.id)));
        const auto gone = await(m_other->users().get(first.id));
        QVERIFY(!gone && gone.error().kind == Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPushUsers)
#include "tst_push_users.moc"
