// Pushing a replica's journal to the real gatehouse-tenantd over TLS: edits made through a
// Workspace after a pull reach the daemon (read back through a second client); a collection
// changed on the daemon meanwhile is a recorded conflict (base, mine, theirs) while the other
// changes still go; a second push sends nothing; a remote that already has a change counts it as
// done; a dry run changes nothing; an assignment reaches the remote's collection; a refused
// write stays pending.
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

} // namespace

class TestPush : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    std::unique_ptr<RemoteTenantClient> m_remote; // what push writes through
    std::unique_ptr<RemoteTenantClient> m_other;  // "someone else" on the same tenant
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC)};
    int m_replicas = 0;
    RoleReference m_role;

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix, bool unreachable = false)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), client + suffix);
        c.timeoutMs = 20000;
        if (unreachable) { // a port nothing listens on (1 needs root to listen on)
            c.tokenUrl.setPort(1);
            c.apiRoot.setPort(1);
            c.retry.maxAttempts = 2;
            c.retry.baseDelayMs = 5;
        }
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

    std::unique_ptr<RemoteTenantClient> client(bool unreachable = false)
    {
        const QString name = QStringLiteral("full-access");
        return std::make_unique<RemoteTenantClient>(name, transport(name, QStringLiteral("-xsuaa-apiaccess.json"), unreachable),
                                                    transport(name, QStringLiteral("-destination.json"), unreachable),
                                                    transport(name, QStringLiteral("-integration-api.json"), unreachable));
    }

    // A fresh replica with everything the daemon has now.
    std::shared_ptr<LocalTenant> pulledReplica()
    {
        const QString name = QStringLiteral("sandbox%1").arg(++m_replicas);
        auto replica = openOrCreateReplica(m_dir.filePath(QStringLiteral("replicas/%1.ghtenant").arg(name)), name);
        if (!replica)
            return nullptr;
        PullOptions options;
        options.profile = name;
        if (!await(pullTenant(*m_remote, *replica, m_clock, options), 60000))
            return nullptr;
        return *replica;
    }

    Result<PushSummary> push(const std::shared_ptr<LocalTenant>& replica, PushOptions options = {})
    {
        return await(pushJournal(*m_remote, replica, m_clock, std::move(options)), 60000);
    }

    RoleCollection collection(const QString& name, const QString& description) const
    {
        RoleCollection rc;
        rc.name = name;
        rc.description = description;
        rc.roleReferences = {m_role};
        return rc;
    }

    // Made on the daemon (by "someone else").
    bool remoteCollection(const QString& name, const QString& description)
    {
        return bool(await(m_other->roleCollections().create(collection(name, description))));
    }

    template<class T>
    static std::optional<T> row(LocalTenant& replica, const QString& key)
    {
        auto r = replica.run([key](TenantStore& s) { return s.row(T::entityKind, key); }).result();
        if (!r || !*r)
            return std::nullopt;
        auto v = T::fromJson((*r)->data);
        return v ? std::optional<T>(*v) : std::nullopt;
    }

    static qint64 pending(LocalTenant& replica)
    {
        const auto n = replica.run([](TenantStore& s) { return s.journalCount(JournalEntry::State::Pending); }).result();
        return n ? *n : -1;
    }

    static QList<Conflict> conflicts(LocalTenant& replica)
    {
        const auto all = replica.run([](TenantStore& s) { return s.conflicts(); }).result();
        return all ? *all : QList<Conflict>{};
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
        const auto roles = await(m_other->roles().list());
        QVERIFY2(roles && !roles->isEmpty(), qPrintable(why(roles)));
        const Role& role = roles->first();
        m_role = RoleReference{role.roleTemplateAppId, role.roleTemplateName, role.name, role.description};
    }

    void cleanupTestCase()
    {
        m_remote.reset();
        m_other.reset();
        m_daemon.stop();
    }

    void pushSendsEveryChange()
    {
        QVERIFY(remoteCollection(QStringLiteral("Push Described"), QStringLiteral("as pulled")));
        QVERIFY(remoteCollection(QStringLiteral("Push Doomed"), QStringLiteral("deleted in the replica")));
        QVERIFY(await(m_other->destinations().create(destination(QStringLiteral("push-described"), QStringLiteral("https://old.example.com")))));
        QVERIFY(await(m_other->destinations().create(destination(QStringLiteral("push-doomed"), QStringLiteral("https://doomed.example.com")))));
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);

        const RoleCollection created = collection(QStringLiteral("Push Created"), QStringLiteral("made in the replica"));
        const auto described = row<RoleCollection>(*replica, QStringLiteral("Push Described"));
        const auto doomed = row<RoleCollection>(*replica, QStringLiteral("Push Doomed"));
        QVERIFY(described && doomed);
        RoleCollection redescribed = *described;
        redescribed.description = QStringLiteral("changed in the replica");
        Status s = ws.apply({Change::created(created), Change::updated(*described, redescribed)}, QStringLiteral("collections")).result();
        QVERIFY2(s, qPrintable(why(s)));
        s = ws.apply(Change::removal(*doomed), QStringLiteral("delete a collection")).result();
        QVERIFY2(s, qPrintable(why(s)));

        const auto oldDest = row<Destination>(*replica, QStringLiteral("push-described"));
        const auto doomedDest = row<Destination>(*replica, QStringLiteral("push-doomed"));
        QVERIFY(oldDest && doomedDest);
        Destination newDest = *oldDest;
        newDest.set(QStringLiteral("URL"), QStringLiteral("https://new.example.com"));
        s = ws.apply({Change::created(destination(QStringLiteral("push-created"), QStringLiteral("https://created.example.com"))),
                      Change::updated(*oldDest, newDest), Change::removed(*doomedDest)},
                     QStringLiteral("destinations"))
                .result();
        QVERIFY2(s, qPrintable(why(s)));
        QCOMPARE(pending(*replica), qint64(6));

        QList<PushItem> reported;
        PushOptions options;
        options.progress = [&](const PushItem& item) { reported.append(item); };
        const auto pushed = push(replica, options);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QVERIFY2(pushed->complete(), qPrintable(describe(*pushed)));
        QCOMPARE(pushed->count(PushItem::Outcome::Sent), 6);
        QCOMPARE(reported.size(), 6);
        QCOMPARE(pending(*replica), qint64(0));

        // Read back from the daemon through the other client.
        const auto rcCreated = await(m_other->roleCollections().get(created.name));
        QVERIFY2(rcCreated, qPrintable(why(rcCreated)));
        QCOMPARE(rcCreated->description, created.description);
        QCOMPARE(test::roleKeys(*rcCreated), test::roleKeys(created));
        const auto rcDescribed = await(m_other->roleCollections().get(redescribed.name));
        QVERIFY(rcDescribed);
        QCOMPARE(rcDescribed->description, redescribed.description);
        const auto rcDoomed = await(m_other->roleCollections().get(doomed->name));
        QVERIFY(!rcDoomed && rcDoomed.error().kind == Error::Kind::NotFound);
        const auto dCreated = await(m_other->destinations().get(QStringLiteral("push-created")));
        QVERIFY2(dCreated, qPrintable(why(dCreated)));
        QCOMPARE(dCreated->url(), QStringLiteral("https://created.example.com"));
        const auto dUpdated = await(m_other->destinations().get(QStringLiteral("push-described")));
        QVERIFY(dUpdated);
        QCOMPARE(dUpdated->url(), QStringLiteral("https://new.example.com"));
        const auto dDoomed = await(m_other->destinations().get(QStringLiteral("push-doomed")));
        QVERIFY(!dDoomed && dDoomed.error().kind == Error::Kind::NotFound);

        // The rows are based on what the remote has now: a pull changes none of them.
        auto baseOf = [&](EntityKind kind, const QString& key) {
            auto r = replica->run([kind, key](TenantStore& st) { return st.row(kind, key); }).result();
            return r && *r ? (*r)->baseVersion : QString();
        };
        QCOMPARE(baseOf(EntityKind::RoleCollection, created.name), TenantStore::versionOf(storedForm(*rcCreated)));
        QCOMPARE(baseOf(EntityKind::Destination, QStringLiteral("push-described")), TenantStore::versionOf(storedForm(*dUpdated)));

        // Idempotent: a second push has nothing to send.
        const auto again = push(replica);
        QVERIFY2(again && again->items.isEmpty(), qPrintable(again ? describe(*again) : why(again)));

        PullOptions pullOptions;
        const auto pulled = await(pullTenant(*m_remote, replica, m_clock, pullOptions), 60000);
        QVERIFY2(pulled, qPrintable(why(pulled)));
        for (EntityKind kind : {EntityKind::RoleCollection, EntityKind::Destination}) {
            const PullCounts& c = pulled->counts.at(kind);
            QVERIFY2(c.added == 0 && c.updated == 0 && c.removed == 0,
                     qPrintable(QStringLiteral("%1: +%2 ~%3 -%4").arg(entityKindName(kind)).arg(c.added).arg(c.updated).arg(c.removed)));
        }
        // Undo cannot take back a step that is on the remote.
        QVERIFY(!ws.undo().result());
    }

    // Cloud Integration's credentials (/api/v1) and a keystore entry's deletion: made in the replica, sent
    // through the CSRF session; afterwards the remote equals the replica (a pull changes nothing).
    void credentialsAndSecureParametersRoundTrip()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        const auto kept = row<UserCredential>(*replica, QStringLiteral("SFTP_Partner_Logistics"));
        const auto doomed = row<UserCredential>(*replica, QStringLiteral("ERP_Basic_Fallback"));
        const auto param = row<SecureParameter>(*replica, QStringLiteral("Ariba_SharedSecret"));
        QVERIFY(kept && doomed && param);
        const auto keystore = await(LocalTenantClient(replica).keystore().list());
        QVERIFY(keystore);
        const auto own = std::find_if(keystore->cbegin(), keystore->cend(), [](const KeystoreEntry& e) { return !e.isSapOwned(); });
        QVERIFY(own != keystore->cend());
        const KeystoreEntry dropped = *own;
        UserCredential created;
        created.name = QStringLiteral("Push_Credential");
        created.user = QStringLiteral("pushed");
        created.description = QStringLiteral("made in the replica");
        UserCredential changed = *kept;
        changed.user = QStringLiteral("changed_in_replica");
        SecureParameter described = *param;
        described.description = QStringLiteral("described in the replica");
        OAuth2ClientCredential oauth;
        oauth.name = QStringLiteral("Push_OAuth");
        oauth.tokenServiceUrl = QStringLiteral("https://login.example.com/token");
        oauth.clientId = QStringLiteral("push-client");
        oauth.customParameters = {CustomParameter{QStringLiteral("audience"), QStringLiteral("x"), QStringLiteral("body")}};
        Status s = ws.apply({Change::created(created), Change::updated(*kept, changed), Change::removed(*doomed),
                             Change::updated(*param, described), Change::created(oauth), Change::removed(dropped)},
                            QStringLiteral("credentials"))
                       .result();
        QVERIFY2(s, qPrintable(why(s)));
        QCOMPARE(pending(*replica), qint64(6));

        const auto pushed = push(replica);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QVERIFY2(pushed->complete(), qPrintable(describe(*pushed)));
        QCOMPARE(pushed->count(PushItem::Outcome::Sent), 6);
        QCOMPARE(await(m_other->keystore().get(dropped.key())).error().kind, Error::Kind::NotFound);

        const auto remoteCreated = await(m_other->userCredentials().get(created.name));
        QVERIFY2(remoteCreated, qPrintable(why(remoteCreated)));
        QCOMPARE(storedForm(*remoteCreated), storedForm(*row<UserCredential>(*replica, created.name)));
        QCOMPARE(await(m_other->userCredentials().get(changed.name))->user, changed.user);
        QCOMPARE(await(m_other->userCredentials().get(doomed->name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_other->secureParameters().get(param->name))->description, described.description);
        const auto remoteOauth = await(m_other->oauth2ClientCredentials().get(oauth.name));
        QVERIFY2(remoteOauth, qPrintable(why(remoteOauth)));
        QCOMPARE(remoteOauth->customParameters, oauth.customParameters);

        const auto pulled = await(pullTenant(*m_remote, replica, m_clock, PullOptions{}), 60000);
        QVERIFY2(pulled, qPrintable(why(pulled)));
        for (EntityKind kind : {EntityKind::UserCredential, EntityKind::OAuth2ClientCredential, EntityKind::SecureParameter,
                                EntityKind::KeystoreEntry}) {
            const PullCounts& c = pulled->counts.at(kind);
            QVERIFY2(c.pulled > 0 && c.added == 0 && c.updated == 0 && c.removed == 0,
                     qPrintable(QStringLiteral("%1: +%2 ~%3 -%4").arg(entityKindName(kind)).arg(c.added).arg(c.updated).arg(c.removed)));
        }
    }

    void conflictIsRecordedAndTheRestGoes()
    {
        QVERIFY(remoteCollection(QStringLiteral("Push Contested"), QStringLiteral("as pulled")));
        QVERIFY(remoteCollection(QStringLiteral("Push Calm"), QStringLiteral("as pulled")));
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        const auto contested = row<RoleCollection>(*replica, QStringLiteral("Push Contested"));
        const auto calm = row<RoleCollection>(*replica, QStringLiteral("Push Calm"));
        QVERIFY(contested && calm);
        RoleCollection mine = *contested, calmMine = *calm;
        mine.description = QStringLiteral("mine");
        calmMine.description = QStringLiteral("calm, mine");
        QVERIFY(ws.apply({Change::updated(*contested, mine)}, QStringLiteral("one")).result());
        QVERIFY(ws.apply({Change::updated(*calm, calmMine)}, QStringLiteral("two")).result());
        RoleCollection mineAgain = mine;
        mineAgain.description = QStringLiteral("mine again");
        QVERIFY(ws.apply({Change::updated(mine, mineAgain)}, QStringLiteral("three")).result());

        RoleCollection theirs = *contested;
        theirs.description = QStringLiteral("theirs");
        QVERIFY(await(m_other->roleCollections().update(theirs)));

        const auto pushed = push(replica);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>{PushItem::Outcome::Conflict, PushItem::Outcome::Sent,
                                                              PushItem::Outcome::Waiting}));
        QVERIFY(!pushed->complete());
        QCOMPARE(pending(*replica), qint64(2));
        QCOMPARE(await(m_other->roleCollections().get(calm->name))->description, calmMine.description);
        QCOMPARE(await(m_other->roleCollections().get(contested->name))->description, theirs.description);

        const QList<Conflict> recorded = conflicts(*replica);
        QCOMPARE(recorded.size(), 1);
        const Conflict& c = recorded.first();
        QCOMPARE(c.kind, EntityKind::RoleCollection);
        QCOMPARE(c.key, contested->name);
        QVERIFY(c.base && c.mine && c.theirs);
        QCOMPARE(c.base->value(QStringLiteral("description")).toString(), QStringLiteral("as pulled"));
        QCOMPARE(c.mine->value(QStringLiteral("description")).toString(), QStringLiteral("mine again"));
        QCOMPARE(c.theirs->value(QStringLiteral("description")).toString(), QStringLiteral("theirs"));
        QCOMPARE(c.theirsVersion, TenantStore::versionOf(*c.theirs));
        QCOMPARE(differingFields(c.mine, c.theirs), QStringList{QStringLiteral("description")});
        QCOMPARE(c.detectedAt, m_clock.now());

        // Pushed again: the same conflict, nothing sent.
        const auto again = push(replica);
        QVERIFY(again);
        QCOMPARE(outcomes(*again), (QList<PushItem::Outcome>{PushItem::Outcome::Conflict, PushItem::Outcome::Waiting}));
        QCOMPARE(conflicts(*replica).size(), 1);

        // Discarding the local changes ends the conflict at the next push.
        const auto entries = ws.pendingChanges().result();
        QVERIFY(entries && entries->size() == 2);
        QVERIFY(ws.discard(entries->at(1).seq).result());
        QVERIFY(ws.discard(entries->at(0).seq).result());
        const auto last = push(replica);
        QVERIFY(last && last->items.isEmpty());
        QVERIFY(conflicts(*replica).isEmpty());

        // A pull (possible only without pending changes) leaves no conflict behind either.
        QVERIFY(replica->run([c](TenantStore& st) { return st.putConflict(c); }).result());
        QVERIFY(await(pullTenant(*m_remote, replica, m_clock), 60000));
        QVERIFY(conflicts(*replica).isEmpty());
        QCOMPARE(row<RoleCollection>(*replica, contested->name)->description, theirs.description);
    }

    void remoteThatHasTheChangeCountsItDone()
    {
        QVERIFY(remoteCollection(QStringLiteral("Push Twice"), QStringLiteral("as pulled")));
        QVERIFY(remoteCollection(QStringLiteral("Push Gone"), QStringLiteral("deleted on both sides")));
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        const auto twice = row<RoleCollection>(*replica, QStringLiteral("Push Twice"));
        const auto gone = row<RoleCollection>(*replica, QStringLiteral("Push Gone"));
        QVERIFY(twice && gone);
        RoleCollection changed = *twice;
        changed.description = QStringLiteral("changed on both sides");
        const RoleCollection already = collection(QStringLiteral("Push Already"), QStringLiteral("created on both sides"));
        QVERIFY(ws.apply({Change::updated(*twice, changed), Change::created(already), Change::removed(*gone)},
                         QStringLiteral("as if pushed before a crash"))
                    .result());
        // What a push interrupted after its writes (before recording them) leaves on the remote.
        QVERIFY(await(m_other->roleCollections().update(changed)));
        QVERIFY(await(m_other->roleCollections().create(already)));
        QVERIFY(await(m_other->roleCollections().remove(gone->name)));

        const auto pushed = push(replica);
        QVERIFY2(pushed && pushed->complete(), qPrintable(pushed ? describe(*pushed) : why(pushed)));
        QCOMPARE(pushed->count(PushItem::Outcome::AlreadyDone), 3);
        QCOMPARE(pending(*replica), qint64(0));
        QVERIFY(conflicts(*replica).isEmpty());
    }

    void dryRunChangesNothing()
    {
        QVERIFY(remoteCollection(QStringLiteral("Push Dry Contested"), QStringLiteral("as pulled")));
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        const auto contested = row<RoleCollection>(*replica, QStringLiteral("Push Dry Contested"));
        QVERIFY(contested);
        RoleCollection mine = *contested;
        mine.description = QStringLiteral("mine");
        const RoleCollection dry = collection(QStringLiteral("Push Dry"), QStringLiteral("never sent"));
        QVERIFY(ws.apply({Change::created(dry), Change::updated(*contested, mine)}, QStringLiteral("dry")).result());
        RoleCollection theirs = *contested;
        theirs.description = QStringLiteral("theirs");
        QVERIFY(await(m_other->roleCollections().update(theirs)));

        PushOptions options;
        options.dryRun = true;
        const auto pushed = push(replica, options);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>{PushItem::Outcome::WouldSend, PushItem::Outcome::Conflict}));
        QCOMPARE(pushed->items.at(0).action, PushItem::Action::Create);
        QCOMPARE(pending(*replica), qint64(2));
        QVERIFY(conflicts(*replica).isEmpty());
        const auto notThere = await(m_other->roleCollections().get(dry.name));
        QVERIFY(!notThere && notThere.error().kind == Error::Kind::NotFound);
        QCOMPARE(await(m_other->roleCollections().get(contested->name))->description, theirs.description);
    }

    // An assignment goes through SCIM /Groups: the remote's collection holds the user after the
    // push, and taking it back (with the collection) unassigns and deletes there too.
    void assignmentIsPushed()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        const RoleCollection target = collection(QStringLiteral("Push Assigned Target"), QStringLiteral("made here"));
        const auto users = replica->run([](TenantStore& s) { return s.rows(EntityKind::User, 0, 1); }).result();
        QVERIFY(users && !users->isEmpty());
        const Assignment assignment{target.name, users->first().key};
        QVERIFY(ws.apply({Change::created(target), Change::created(assignment)}, QStringLiteral("assign")).result());
        const auto pushed = push(replica);
        QVERIFY2(pushed && pushed->complete(), qPrintable(pushed ? describe(*pushed) : why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>{PushItem::Outcome::Sent, PushItem::Outcome::Sent}));
        QCOMPARE(pending(*replica), qint64(0));
        const auto there = await(m_other->roleCollections().get(target.name));
        QVERIFY2(there, qPrintable(why(there)));
        QCOMPARE(there->userReferences.size(), 1);
        QCOMPARE(there->userReferences.first().id, assignment.userId);
        // Pushed again: nothing to send.
        const auto again = push(replica);
        QVERIFY(again && again->items.isEmpty());

        RoleCollection withUser = target;
        withUser.userReferences = {UserReference{assignment.userId, {}, {}}};
        const Status removed = ws.apply(Change::removal(withUser), QStringLiteral("delete it again")).result();
        QVERIFY2(removed, qPrintable(why(removed)));
        const auto back = push(replica);
        QVERIFY2(back && back->complete(), qPrintable(back ? describe(*back) : why(back)));
        QCOMPARE(outcomes(*back), (QList<PushItem::Outcome>{PushItem::Outcome::Sent, PushItem::Outcome::Sent}));
        QCOMPARE(pending(*replica), qint64(0));
        QVERIFY(!await(m_other->roleCollections().get(target.name)));
    }

    // A collection's roles and attribute mappings changed in the replica reach the remote
    // through their own endpoints.
    void rolesAndMappingsArePushed()
    {
        QVERIFY(remoteCollection(QStringLiteral("Push Reroled"), QStringLiteral("as pulled")));
        const auto roles = await(m_other->roles().list());
        QVERIFY(roles && roles->size() > 1);
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        const auto before = row<RoleCollection>(*replica, QStringLiteral("Push Reroled"));
        QVERIFY(before);
        RoleCollection after = *before;
        const Role& other = roles->at(1);
        after.roleReferences = {RoleReference{other.roleTemplateAppId, other.roleTemplateName, other.name, other.description}};
        after.attributeMappings = {AttributeMapping{QStringLiteral("Groups"), QStringLiteral("Push Admins"), QStringLiteral("equals"),
                                                    QStringLiteral("sap.custom"), QStringLiteral("Company IdP")}};
        QVERIFY(ws.apply({Change::updated(*before, after)}, QStringLiteral("roles and mappings")).result());
        const auto pushed = push(replica);
        QVERIFY2(pushed && pushed->complete(), qPrintable(pushed ? describe(*pushed) : why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>{PushItem::Outcome::Sent}));
        const auto there = await(m_other->roleCollections().get(after.name));
        QVERIFY2(there, qPrintable(why(there)));
        QCOMPARE(there->roleReferences.size(), 1);
        QCOMPARE(there->roleReferences.first().roleKey(), other.key());
        QCOMPARE(there->attributeMappings, after.attributeMappings);
        QCOMPARE(pending(*replica), qint64(0));
    }

    // A write the remote backend refuses (creating a role) is reported and stays pending.
    void refusedWriteStaysPending()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        const auto roles = replica->run([](TenantStore& s) { return s.rows(EntityKind::Role, 0, 1); }).result();
        QVERIFY(roles && !roles->isEmpty());
        auto role = Role::fromJson(roles->first().data);
        QVERIFY(role);
        role->name = QStringLiteral("Push Refused Role");
        QVERIFY(ws.apply({Change::created(*role)}, QStringLiteral("a role")).result());
        const auto pushed = push(replica);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QCOMPARE(outcomes(*pushed), (QList<PushItem::Outcome>{PushItem::Outcome::Refused}));
        QVERIFY2(pushed->items.at(0).message.contains(QLatin1String("not supported by the remote backend yet")),
                 qPrintable(pushed->items.at(0).message));
        QCOMPARE(pending(*replica), qint64(1));
    }

    // Keep mine: the next push sends the replica's change over theirs. Take theirs: the pending
    // changes go and the row is the remote's. Neither without a conflict.
    void resolvingConflicts()
    {
        QVERIFY(remoteCollection(QStringLiteral("Push Keep Mine"), QStringLiteral("as pulled")));
        QVERIFY(remoteCollection(QStringLiteral("Push Take Theirs"), QStringLiteral("as pulled")));
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        const auto keep = row<RoleCollection>(*replica, QStringLiteral("Push Keep Mine"));
        const auto take = row<RoleCollection>(*replica, QStringLiteral("Push Take Theirs"));
        QVERIFY(keep && take);
        RoleCollection keepMine = *keep, takeMine = *take, takeMineAgain = *take;
        keepMine.description = QStringLiteral("mine");
        takeMine.description = QStringLiteral("mine");
        takeMineAgain.description = QStringLiteral("mine again");
        QVERIFY(ws.apply({Change::updated(*keep, keepMine), Change::updated(*take, takeMine)}, QStringLiteral("both")).result());
        QVERIFY(ws.apply({Change::updated(takeMine, takeMineAgain)}, QStringLiteral("again")).result());
        for (const RoleCollection& original : {*keep, *take}) {
            RoleCollection theirs = original;
            theirs.description = QStringLiteral("theirs");
            QVERIFY(await(m_other->roleCollections().update(theirs)));
        }
        QVERIFY(push(replica));
        QCOMPARE(conflicts(*replica).size(), 2);

        const Status none = resolveConflict(ws, EntityKind::RoleCollection, QStringLiteral("Push Calm Nowhere"), Resolution::TakeTheirs).result();
        QVERIFY(!none && none.error().kind == Error::Kind::NotFound);
        QCOMPARE(pending(*replica), qint64(3));

        Status s = resolveConflict(ws, EntityKind::RoleCollection, keep->name, Resolution::KeepMine).result();
        QVERIFY2(s, qPrintable(why(s)));
        s = resolveConflict(ws, EntityKind::RoleCollection, take->name, Resolution::TakeTheirs).result();
        QVERIFY2(s, qPrintable(why(s)));
        QVERIFY(conflicts(*replica).isEmpty());
        QCOMPARE(pending(*replica), qint64(1));
        QCOMPARE(row<RoleCollection>(*replica, take->name)->description, QStringLiteral("theirs"));

        const auto pushed = push(replica);
        QVERIFY2(pushed && pushed->complete(), qPrintable(pushed ? describe(*pushed) : why(pushed)));
        QCOMPARE(outcomes(*pushed), QList<PushItem::Outcome>{PushItem::Outcome::Sent});
        QCOMPARE(await(m_other->roleCollections().get(keep->name))->description, QStringLiteral("mine"));
        QCOMPARE(await(m_other->roleCollections().get(take->name))->description, QStringLiteral("theirs"));
        // The replica agrees with the remote: a pull changes no role collection.
        const auto pulled = await(pullTenant(*m_remote, replica, m_clock), 60000);
        QVERIFY2(pulled, qPrintable(why(pulled)));
        const PullCounts& c = pulled->counts.at(EntityKind::RoleCollection);
        QVERIFY(c.added == 0 && c.updated == 0 && c.removed == 0);
    }

    // A remote that cannot be reached stops the push before anything; cancelling after the first
    // entry stops it there, with that entry recorded as pushed.
    void unreachableOrCancelledPushStopsCleanly()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        QVERIFY(ws.apply({Change::created(collection(QStringLiteral("Push Stop 1"), QStringLiteral("first")))}, QStringLiteral("1")).result());
        QVERIFY(ws.apply({Change::created(collection(QStringLiteral("Push Stop 2"), QStringLiteral("second")))}, QStringLiteral("2")).result());

        auto unreachable = client(true);
        const auto failed = await(pushJournal(*unreachable, replica, m_clock), 60000);
        QVERIFY2(failed, qPrintable(why(failed)));
        QVERIFY(failed->stoppedBy);
        QCOMPARE(failed->stoppedBy->kind, Error::Kind::Network);
        QCOMPARE(outcomes(*failed), (QList<PushItem::Outcome>{PushItem::Outcome::NotReached, PushItem::Outcome::NotReached}));
        QCOMPARE(pending(*replica), qint64(2));
        QVERIFY(conflicts(*replica).isEmpty());

        PushOptions options;
        options.cancel = std::make_shared<std::atomic_bool>(false);
        options.progress = [cancel = options.cancel](const PushItem&) { cancel->store(true); };
        const auto cancelled = push(replica, options);
        QVERIFY2(cancelled, qPrintable(why(cancelled)));
        QVERIFY(cancelled->stoppedBy && cancelled->stoppedBy->kind == Error::Kind::Cancelled);
        QCOMPARE(outcomes(*cancelled), (QList<PushItem::Outcome>{PushItem::Outcome::Sent, PushItem::Outcome::NotReached}));
        QCOMPARE(pending(*replica), qint64(1));
        QVERIFY(await(m_other->roleCollections().get(QStringLiteral("Push Stop 1"))));
        QVERIFY(!await(m_other->roleCollections().get(QStringLiteral("Push Stop 2"))));

        const auto rest = push(replica);
        QVERIFY(rest && rest->complete());
        QCOMPARE(outcomes(*rest), QList<PushItem::Outcome>{PushItem::Outcome::Sent});
    }
};

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"
