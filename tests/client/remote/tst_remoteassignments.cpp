// Assigning users to role collections through RemoteTenantClient: against the real
// gatehouse-tenantd over a demo tenant, SCIM /Groups listed to find the collection's group and a
// PATCH with If-Match changing only what would change; unknown collections and users are
// NotFound, a read-only client Forbidden. Against a scripted server, what tenantd answers only in
// a race (412) and a group page that does not decode.
#include "DemoTenant.h"
#include "ScriptedServer.h"
#include "tenantd/TenantdDaemon.h"
#include "TransportTestSupport.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/client/remote/ServiceKey.h"

#include <QTest>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::userIds;
using gh::test::why;

class TestRemoteAssignments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    std::unique_ptr<LocalTenantClient> m_local;
    std::unique_ptr<RemoteTenantClient> m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC)};

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), client + suffix);
        c.timeoutMs = 20000;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

    std::unique_ptr<RemoteTenantClient> remote(const QString& client)
    {
        return std::make_unique<RemoteTenantClient>(client, transport(client, QStringLiteral("-xsuaa-apiaccess.json")),
                                                    transport(client, QStringLiteral("-destination.json")), nullptr);
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
        m_remote = remote(QStringLiteral("full-access"));
    }

    void cleanupTestCase()
    {
        m_remote.reset();
        m_daemon.stop();
    }

    // Through SCIM /Groups: the collection's group found by displayName, PATCH with If-Match.
    void usersAreAssignedAndUnassignedThroughGroups()
    {
        const auto collections = await(m_local->roleCollections().list());
        QVERIFY(collections && !collections->isEmpty());
        const auto users = await(m_local->users().list());
        QVERIFY(users && users->size() > 1);
        RoleCollection target;
        QString user;
        for (const RoleCollection& rc : *collections) {
            const auto full = await(m_remote->roleCollections().get(rc.name));
            QVERIFY2(full, qPrintable(why(full)));
            for (const User& u : *users) {
                if (!userIds(*full).contains(u.key())) {
                    target = *full;
                    user = u.key();
                    break;
                }
            }
            if (!user.isEmpty())
                break;
        }
        QVERIFY(!user.isEmpty());
        const QStringList before = userIds(target);

        const Status assigned = await(m_remote->roleCollections().assignUsers(target.name, {user}));
        QVERIFY2(assigned, qPrintable(why(assigned)));
        QVERIFY(userIds(*await(m_remote->roleCollections().get(target.name))).contains(user));
        // Assigning again sends nothing and fails nothing.
        QVERIFY(await(m_remote->roleCollections().assignUsers(target.name, {user})));
        QCOMPARE(userIds(*await(m_remote->roleCollections().get(target.name))).count(user), 1);

        auto readOnly = remote(QStringLiteral("read-only"));
        QCOMPARE(await(readOnly->roleCollections().unassignUsers(target.name, {user})).error().kind, Error::Kind::Forbidden);

        const Status unassigned = await(m_remote->roleCollections().unassignUsers(target.name, {user}));
        QVERIFY2(unassigned, qPrintable(why(unassigned)));
        QCOMPARE(userIds(*await(m_remote->roleCollections().get(target.name))), before);
        QVERIFY(await(m_remote->roleCollections().unassignUsers(target.name, {user}))); // not a member: nothing to do

        const Status noCollection = await(m_remote->roleCollections().assignUsers(QStringLiteral("No Such Collection"), {user}));
        QCOMPARE(noCollection.error().kind, Error::Kind::NotFound);
        QVERIFY2(noCollection.error().message.contains(QLatin1String("No Such Collection")), qPrintable(noCollection.error().message));
        const Status noUser = await(m_remote->roleCollections().assignUsers(target.name, {QStringLiteral("no-such-user")}));
        QCOMPARE(noUser.error().kind, Error::Kind::NotFound);
        QCOMPARE(userIds(*await(m_remote->roleCollections().get(target.name))), before);
    }

    // What tenantd answers only in a race: a group changed between the listing and the PATCH
    // (412) is listed again and the PATCH sent with the new version; a second 412 is a Conflict.
    // A group page that does not decode names the JSON path.
    void staleGroupVersionIsListedAgainOnce()
    {
        test::ScriptedServer server;
        QVERIFY(server.start());
        int listed = 0;
        int refusals = 1; // PATCHes answered 412 before one goes through
        bool brokenPage = false;
        server.apiHandler = [&](const tenantd::HttpRequest& r) {
            if (r.pathSegments == QStringList{QStringLiteral("Groups")}) {
                ++listed;
                QJsonObject group{{QStringLiteral("id"), QStringLiteral("g-1")},
                                  {QStringLiteral("displayName"), QStringLiteral("Admins")},
                                  {QStringLiteral("meta"), QJsonObject{{QStringLiteral("version"), listed}}},
                                  {QStringLiteral("members"), QJsonArray{}}};
                if (brokenPage)
                    group.remove(QStringLiteral("id"));
                return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("resources"), QJsonArray{group}},
                                                                    {QStringLiteral("startIndex"), 1},
                                                                    {QStringLiteral("totalResults"), 1}});
            }
            if (r.method == "PATCH" && refusals-- > 0)
                return tenantd::HttpResponse::error(412, QStringLiteral("invalid_version"), QStringLiteral("stale"));
            return tenantd::HttpResponse::json(200, QJsonObject{});
        };
        TransportConfig c = server.transportConfig();
        RemoteTenantClient client(QStringLiteral("scripted"), std::make_unique<HttpTransport>(std::move(c), m_clock), nullptr, nullptr);

        const Status assigned = await(client.roleCollections().assignUsers(QStringLiteral("Admins"), {QStringLiteral("u-1")}));
        QVERIFY2(assigned, qPrintable(why(assigned)));
        QList<QByteArray> ifMatch;
        for (const tenantd::HttpRequest& r : std::as_const(server.requests)) {
            if (r.method != "PATCH")
                continue;
            ifMatch.append(r.header("If-Match"));
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(body.value(QStringLiteral("members")).toArray().first().toObject().value(QStringLiteral("value")).toString(),
                     QStringLiteral("u-1"));
        }
        QCOMPARE(ifMatch, (QList<QByteArray>{"\"1\"", "\"2\""}));

        refusals = 5;
        const Status refused = await(client.roleCollections().unassignUsers(QStringLiteral("Admins"), {QStringLiteral("u-1")}));
        QVERIFY(refused); // not a member in the listing: nothing is sent
        const Status conflict = await(client.roleCollections().assignUsers(QStringLiteral("Admins"), {QStringLiteral("u-2")}));
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);

        brokenPage = true;
        const Status broken = await(client.roleCollections().assignUsers(QStringLiteral("Admins"), {QStringLiteral("u-2")}));
        QCOMPARE(broken.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(broken.error().field, QStringLiteral("$.resources[0].id"));
        QVERIFY2(broken.error().where.startsWith(QLatin1String("GET /Groups")), qPrintable(broken.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestRemoteAssignments)
#include "tst_remoteassignments.moc"
