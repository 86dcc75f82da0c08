// SCIM /Groups on the real gatehouse-tenantd over TLS (trusting only its ca.pem) and a fresh demo
// tenant: one group per role collection with its assigned users as members, PATCH and POST
// change the assignments in the tenant file, If-Match is checked (412 on a stale version), bad
// bodies are 400s that change nothing, read-only cannot write.
#include "DemoTenant.h"
#include "TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"

#include <QSslCertificate>

using namespace gh;

class TestTenantdScimGroups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    test::TlsClient m_client;
    QList<RoleCollection> m_collections;
    RoleCollection m_target;  // a collection of the tenant's own
    QString m_newUser;        // a user not assigned to m_target
    QByteArray m_full;
    QByteArray m_readOnly;

    test::Reply call(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                     const QByteArray& auth = {}, const QByteArray& ifMatch = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", auth.isEmpty() ? m_full : auth}};
        if (!ifMatch.isEmpty())
            headers.append({"If-Match", ifMatch});
        return m_client.send(method, m_daemon.baseUrl() + path,
                             body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    QJsonArray allGroups()
    {
        QJsonArray out;
        for (int start = 1;; ) {
            const test::Reply r = call("GET", QStringLiteral("/Groups?startIndex=%1&count=3").arg(start));
            if (r.status != 200)
                return {};
            const QJsonArray page = r.object().value(QStringLiteral("resources")).toArray();
            for (const QJsonValue& v : page)
                out.append(v);
            start += page.size();
            if (page.isEmpty() || start > r.object().value(QStringLiteral("totalResults")).toInteger())
                return out;
        }
    }

    QJsonObject groupNamed(const QString& name)
    {
        for (const QJsonValue& v : allGroups())
            if (v.toObject().value(QStringLiteral("displayName")).toString() == name)
                return v.toObject();
        return {};
    }

    static QStringList memberIds(const QJsonObject& group)
    {
        QStringList out;
        for (const QJsonValue& m : group.value(QStringLiteral("members")).toArray())
            out.append(m.toObject().value(QStringLiteral("value")).toString());
        out.sort();
        return out;
    }

    static QStringList ids(const QList<UserReference>& refs)
    {
        QStringList out;
        for (const UserReference& u : refs)
            out.append(u.id);
        out.sort();
        return out;
    }

    static QJsonObject patch(const QString& user, const QString& operation = {})
    {
        QJsonObject m{{QStringLiteral("value"), user}, {QStringLiteral("type"), QStringLiteral("USER")},
                      {QStringLiteral("origin"), QStringLiteral("sap.default")}};
        if (!operation.isEmpty())
            m.insert(QStringLiteral("operation"), operation);
        return QJsonObject{{QStringLiteral("members"), QJsonArray{m}}};
    }

    QString groupPath(const QJsonObject& group) const
    {
        return QStringLiteral("/Groups/") + group.value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        {
            auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(tenant);
            LocalTenantClient client(*tenant);
            auto collections = client.roleCollections().list().result();
            QVERIFY(collections);
            for (const RoleCollection& rc : *collections) {
                auto full = client.roleCollections().get(rc.name).result();
                QVERIFY(full);
                m_collections.append(*full);
                // A collection of the tenant's own, one with users if there is one.
                if (!rc.isReadOnly && (m_target.name.isEmpty() || (m_target.userReferences.isEmpty() && !full->userReferences.isEmpty())))
                    m_target = *full;
            }
            QVERIFY(!m_target.name.isEmpty());
            auto users = client.users().list().result();
            QVERIFY(users);
            for (const User& u : *users) {
                if (!ids(m_target.userReferences).contains(u.key())) {
                    m_newUser = u.key();
                    break;
                }
            }
            QVERIFY(!m_newUser.isEmpty());
        }
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys"))));
        m_client.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        m_full = m_client.bearer(m_daemon, QStringLiteral("full-access"));
        m_readOnly = m_client.bearer(m_daemon, QStringLiteral("read-only"));
        QVERIFY(m_full.size() > 20 && m_readOnly.size() > 20);
    }

    void groupsAreTheCollectionsWithTheirUsers()
    {
        const QJsonArray groups = allGroups();
        QCOMPARE(groups.size(), m_collections.size());
        for (const RoleCollection& rc : std::as_const(m_collections)) {
            const QJsonObject g = groupNamed(rc.name);
            QVERIFY2(!g.isEmpty(), qPrintable(rc.name));
            QCOMPARE(memberIds(g), ids(rc.userReferences));
            QCOMPARE(g.value(QStringLiteral("description")).toString(), rc.description);
            QVERIFY(!g.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(g.value(QStringLiteral("id")).toString() != rc.name); // ids are not the names
        }
        const QJsonObject g = groupNamed(m_target.name);
        const test::Reply one = call("GET", groupPath(g), {}, m_readOnly);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object(), g);
        const QByteArray version = QByteArray::number(g.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toInteger());
        QCOMPARE(one.headers.value("etag"), '"' + version + '"');
        QCOMPARE(call("GET", QStringLiteral("/Groups/no-such-id")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/Groups?count=x")).status, 400);
        QCOMPARE(call("DELETE", groupPath(g)).status, 405);
    }

    void patchAddsAndDeletesWithIfMatch()
    {
        const QJsonObject before = groupNamed(m_target.name);
        const QByteArray version = '"' + QByteArray::number(before.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toInteger()) + '"';
        const test::Reply added = call("PATCH", groupPath(before), patch(m_newUser), {}, version);
        QCOMPARE(added.status, 200);
        QVERIFY(memberIds(added.object()).contains(m_newUser));
        QVERIFY(added.headers.value("etag") != version);

        // The version read before the change is stale now: 412, nothing changes.
        const test::Reply stale = call("PATCH", groupPath(before), patch(m_newUser, QStringLiteral("delete")), {}, version);
        QCOMPARE(stale.status, 412);
        QVERIFY(memberIds(groupNamed(m_target.name)).contains(m_newUser));

        const test::Reply removed = call("PATCH", groupPath(before), patch(m_newUser, QStringLiteral("delete")), {},
                                         added.headers.value("etag"));
        QCOMPARE(removed.status, 200);
        QCOMPARE(memberIds(removed.object()), ids(m_target.userReferences));
        // "*" and no If-Match are not checked.
        QCOMPARE(call("PATCH", groupPath(before), patch(m_newUser), {}, "*").status, 200);
        QCOMPARE(call("PATCH", groupPath(before), patch(m_newUser, QStringLiteral("delete"))).status, 200);
    }

    void postAddsOneMember()
    {
        const QJsonObject g = groupNamed(m_target.name);
        const QJsonObject member{{QStringLiteral("origin"), QStringLiteral("sap.default")},
                                 {QStringLiteral("type"), QStringLiteral("USER")},
                                 {QStringLiteral("value"), m_newUser}};
        const test::Reply added = call("POST", groupPath(g) + QStringLiteral("/members"), member);
        QCOMPARE(added.status, 201);
        QCOMPARE(added.object().value(QStringLiteral("value")).toString(), m_newUser);
        QCOMPARE(call("POST", groupPath(g) + QStringLiteral("/members"), member).status, 409);
        QVERIFY(memberIds(groupNamed(m_target.name)).contains(m_newUser));
    }

    void badRequestsChangeNothing()
    {
        const QJsonObject g = groupNamed(m_target.name);
        const QStringList before = memberIds(g);
        const test::Reply unknown = call("PATCH", groupPath(g), patch(QStringLiteral("no-such-user")));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.object().value(QStringLiteral("error_description")).toString().contains(QLatin1String("no-such-user")));
        QJsonObject nested = patch(m_newUser, QStringLiteral("delete"));
        QJsonArray members = nested.value(QStringLiteral("members")).toArray();
        QJsonObject group = members.at(0).toObject();
        group.insert(QStringLiteral("type"), QStringLiteral("GROUP"));
        members.replace(0, group);
        nested.insert(QStringLiteral("members"), members);
        const test::Reply wrongType = call("PATCH", groupPath(g), nested);
        QCOMPARE(wrongType.status, 400);
        QVERIFY(wrongType.object().value(QStringLiteral("error_description")).toString().contains(QLatin1String("$.members[0]")));
        QCOMPARE(call("PATCH", groupPath(g), patch(m_newUser, QStringLiteral("replace"))).status, 400);
        QCOMPARE(call("PATCH", groupPath(g), QJsonObject{{QStringLiteral("members"), 3}}).status, 400);
        QCOMPARE(m_client.send("PATCH", m_daemon.baseUrl() + groupPath(g), "{not json", {{"Authorization", m_full}}).status, 400);
        QCOMPARE(memberIds(groupNamed(m_target.name)), before);
    }

    void readOnlyCannotChangeMembers()
    {
        const QJsonObject g = groupNamed(m_target.name);
        const test::Reply denied = call("PATCH", groupPath(g), patch(m_newUser, QStringLiteral("delete")), m_readOnly);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("scope")).toString(), QStringLiteral("xs_user.write"));
    }

    // Last: stops the daemon and reads the tenant file through the client layer.
    void changesLandInTheTenantFile()
    {
        m_daemon.stop();
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        LocalTenantClient client(*tenant);
        auto rc = client.roleCollections().get(m_target.name).result();
        QVERIFY(rc);
        QVERIFY(ids(rc->userReferences).contains(m_newUser)); // the POST's
        QCOMPARE(rc->userReferences.size(), m_target.userReferences.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestTenantdScimGroups)
#include "tst_tenantd_scimgroups.moc"
