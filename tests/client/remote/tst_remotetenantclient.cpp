// RemoteTenantClient against the real gatehouse-tenantd over a demo tenant: every list and get
// it implements answers what a LocalTenantClient over a copy of the same tenant file answers;
// users and destinations paged in small pages add up to the whole list; unknown names are
// NotFound; a read-only client reads; Cloud Integration's keystore and credentials are read;
// the writes not done yet answer their typed "not yet";
// a malformed payload is MalformedResponse naming the JSON path and the request; and a client
// made from a profile (QSettings on a temporary INI file, a MemorySecretStore) reads.
#include "DemoTenant.h"
#include "ScriptedServer.h"
#include "tenantd/TenantdDaemon.h"
#include "TransportTestSupport.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/remote/RemoteResources.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/secrets/MemorySecretStore.h"

#include <QSettings>
#include <QTest>

#include <algorithm>

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
    return keys;
}

// The properties a destination shows without secrets: values of the plain ones, and which
// secrets are set.
QStringList visible(const Destination& d)
{
    QStringList out;
    for (const Destination::Property& p : d.properties())
        out.append(p.secret ? QString(p.key + QStringLiteral(" (secret)")) : QString(p.key + QLatin1Char('=') + p.value));
    out.sort();
    return out;
}

QList<QByteArray> ders(const DestinationCertificate& c)
{
    QList<QByteArray> out;
    for (const DestinationCertificateNode& n : c.certificates())
        out.append(n.der);
    return out;
}

} // namespace

class TestRemoteTenantClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    std::unique_ptr<LocalTenantClient> m_local;
    std::unique_ptr<RemoteTenantClient> m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC)};

    QString keyFile(const QString& client, const QString& suffix) const
    {
        return m_dir.filePath(QStringLiteral("keys/") + client + suffix);
    }

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix)
    {
        auto key = ServiceKey::readFile(keyFile(client, suffix));
        if (!key)
            qFatal("service key: %s", qPrintable(key.error().toString()));
        TransportConfig c;
        c.tokenUrl = key->tokenUrl;
        c.apiRoot = key->apiRoot;
        c.clientId = key->clientId;
        c.clientSecret = std::move(key->clientSecret);
        auto trust = TlsTrust::fromFiles(m_dir.filePath(QStringLiteral("keys/ca.pem")), {});
        if (!trust)
            qFatal("trust: %s", qPrintable(trust.error().toString()));
        c.trust = *trust; // only the daemon's CA
        c.retry.baseDelayMs = 5;
        c.retry.maxDelayMs = 50;
        c.timeoutMs = 20000;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

    std::unique_ptr<RemoteTenantClient> remote(const QString& client, RemoteOptions options = {})
    {
        return std::make_unique<RemoteTenantClient>(
            client, transport(client, QStringLiteral("-xsuaa-apiaccess.json")),
            transport(client, QStringLiteral("-destination.json")),
            transport(client, QStringLiteral("-integration-api.json")), options);
    }

    template<class T>
    QList<T> both(ResourceClient<T>& local, ResourceClient<T>& remote, PageRequest page = {})
    {
        auto l = await(local.list(page));
        auto r = await(remote.list(page));
        if (!l || !r) {
            qWarning("list failed: local %s, remote %s", qPrintable(why(l)), qPrintable(why(r)));
            return {};
        }
        if (keysOf(*l) != keysOf(*r)) {
            qWarning("keys differ:\n local  %s\n remote %s", qPrintable(keysOf(*l).join(u',')),
                     qPrintable(keysOf(*r).join(u',')));
            return {};
        }
        return *r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        // The daemon holds its tenant file; the local client reads a copy of the same content.
        const QString copy = m_dir.filePath(QStringLiteral("local.ghtenant"));
        QVERIFY(QFile::copy(tenant, copy));
        auto local = LocalTenant::open(copy, LocalTenant::OpenMode::OpenExisting);
        QVERIFY2(local, qPrintable(why(local)));
        m_local = std::make_unique<LocalTenantClient>(*local);
        // A generous rate: this test is about content, not about 429s.
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
        m_remote = remote(QStringLiteral("full-access"));
    }

    void cleanupTestCase()
    {
        m_remote.reset();
        m_daemon.stop();
    }

    void roleCollectionsMatchTheLocalTenant()
    {
        const auto remote = both(m_local->roleCollections(), m_remote->roleCollections());
        QVERIFY(remote.size() > 2);
        const auto local = await(m_local->roleCollections().list());
        QVERIFY(local);
        bool someUsers = false;
        for (qsizetype i = 0; i < remote.size(); ++i) {
            const RoleCollection& l = local->at(i);
            const RoleCollection& r = remote.at(i);
            QCOMPARE(r.description, l.description);
            QCOMPARE(r.isReadOnly, l.isReadOnly);
            QCOMPARE(roleKeys(r), roleKeys(l));
            QCOMPARE(userIds(r), userIds(l));
            QCOMPARE(r.attributeMappings, l.attributeMappings);
            someUsers = someUsers || !r.userReferences.isEmpty();
        }
        QVERIFY(someUsers);
    }

    void roleCollectionGetEncodesTheName()
    {
        const auto all = await(m_local->roleCollections().list());
        QVERIFY(all);
        // Names with spaces (and any other character) go through as one percent-encoded segment.
        const auto spaced = std::find_if(all->begin(), all->end(), [](const RoleCollection& rc) {
            return rc.name.contains(QLatin1Char(' '));
        });
        QVERIFY(spaced != all->end());
        const auto r = await(m_remote->roleCollections().get(spaced->name));
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(r->name, spaced->name);
        QCOMPARE(roleKeys(*r), roleKeys(*spaced));
        QCOMPARE(userIds(*r), userIds(*spaced));
    }

    void rolesAndTemplatesMatchTheLocalTenant()
    {
        const auto roles = both(m_local->roles(), m_remote->roles());
        QVERIFY(!roles.isEmpty());
        const auto localRoles = await(m_local->roles().list());
        QVERIFY(localRoles);
        for (qsizetype i = 0; i < roles.size(); ++i) {
            QCOMPARE(roles.at(i).description, localRoles->at(i).description);
            QCOMPARE(roles.at(i).isReadOnly, localRoles->at(i).isReadOnly);
        }
        const auto templates = both(m_local->roleTemplates(), m_remote->roleTemplates());
        QVERIFY(!templates.isEmpty());
        const auto localTemplates = await(m_local->roleTemplates().list());
        QVERIFY(localTemplates);
        for (qsizetype i = 0; i < templates.size(); ++i) {
            QCOMPARE(templates.at(i).description, localTemplates->at(i).description);
            QCOMPARE(templates.at(i).scopeReferences, localTemplates->at(i).scopeReferences);
        }
        // get() of keys with '/' and '!' in them.
        const auto role = await(m_remote->roles().get(roles.last().key()));
        QVERIFY2(role, qPrintable(why(role)));
        QCOMPARE(role->name, roles.last().name);
        const auto t = await(m_remote->roleTemplates().get(templates.first().key()));
        QVERIFY2(t, qPrintable(why(t)));
        QCOMPARE(t->appId, templates.first().appId);
    }

    void usersMatchTheLocalTenant()
    {
        const auto remote = both(m_local->users(), m_remote->users());
        QVERIFY(remote.size() > 3);
        const auto local = await(m_local->users().list());
        QVERIFY(local);
        for (qsizetype i = 0; i < remote.size(); ++i) {
            const User& l = local->at(i);
            const User& r = remote.at(i);
            QCOMPARE(r.userName, l.userName);
            QCOMPARE(r.origin, l.origin);
            QCOMPARE(r.primaryEmail(), l.primaryEmail());
            QCOMPARE(r.givenName, l.givenName);
            QCOMPARE(r.familyName, l.familyName);
            QCOMPARE(r.active, l.active);
            QCOMPARE(r.roleCollections, l.roleCollections);
        }
        const auto one = await(m_remote->users().get(local->last().id));
        QVERIFY2(one, qPrintable(why(one)));
        QCOMPARE(one->userName, local->last().userName);
        QCOMPARE(one->roleCollections, local->last().roleCollections);
    }

    void usersInSmallPagesAddUpToTheWholeList()
    {
        RemoteOptions small;
        small.userPageSize = 2;
        auto paged = remote(QStringLiteral("read-only"), small);
        const auto all = await(m_local->users().list());
        QVERIFY(all);
        const auto whole = both(m_local->users(), paged->users());
        QCOMPARE(whole.size(), all->size());
        // One request per page of two (and the token).
        QVERIFY(paged->xsuaaTransport()->apiAttempts() >= int((all->size() + 1) / 2));
        for (const PageRequest page : {PageRequest{1, 3}, PageRequest{3, -1}, PageRequest{0, 1},
                                       PageRequest{all->size() - 1, 5}, PageRequest{all->size() + 4, 2}}) {
            const auto r = await(paged->users().list(page));
            QVERIFY2(r, qPrintable(why(r)));
            QCOMPARE(keysOf(*r), keysOf(all->mid(page.skip, page.top)));
        }
    }

    void destinationsMatchTheLocalTenantWithoutSecrets()
    {
        const auto local = await(m_local->destinations().list());
        QVERIFY(local);
        QVERIFY(local->size() > 2);
        for (int pageSize : {500, 2, 1}) {
            RemoteOptions options;
            options.destinationPageSize = pageSize;
            auto client = remote(QStringLiteral("full-access"), options);
            const auto remote = both(m_local->destinations(), client->destinations());
            QCOMPARE(remote.size(), local->size());
            for (qsizetype i = 0; i < remote.size(); ++i)
                QCOMPARE(visible(remote.at(i)), visible(local->at(i)));
        }
        const auto r = await(m_remote->destinations().list({1, 2}));
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(keysOf(*r), keysOf(local->mid(1, 2)));
        const auto one = await(m_remote->destinations().get(local->first().name()));
        QVERIFY2(one, qPrintable(why(one)));
        QCOMPARE(visible(*one), visible(local->first()));
    }

    void destinationCertificatesMatchTheLocalTenant()
    {
        const auto remote = both(m_local->destinationCertificates(), m_remote->destinationCertificates());
        QVERIFY(!remote.isEmpty());
        const auto local = await(m_local->destinationCertificates().list());
        QVERIFY(local);
        bool someCertificate = false;
        for (qsizetype i = 0; i < remote.size(); ++i) {
            QCOMPARE(remote.at(i).type, local->at(i).type);
            if (!local->at(i).isKeystore()) {
                // The public certificates themselves; a keystore's file is never served.
                QCOMPARE(ders(remote.at(i)), ders(local->at(i)));
                QCOMPARE(remote.at(i).subject(), local->at(i).subject());
                someCertificate = true;
            }
            const auto one = await(m_remote->destinationCertificates().get(local->at(i).name));
            QVERIFY2(one, qPrintable(why(one)));
            QCOMPARE(one->name, local->at(i).name);
            QCOMPARE(ders(*one), ders(remote.at(i)));
        }
        QVERIFY(someCertificate);
    }

    void identityProvidersMatchTheLocalTenant()
    {
        const auto idps = both(m_local->identityProviders(), m_remote->identityProviders());
        QVERIFY(!idps.isEmpty());
        const auto local = await(m_local->identityProviders().list());
        QVERIFY(local);
        for (qsizetype i = 0; i < idps.size(); ++i)
            QCOMPARE(idps.at(i).toJson(), local->at(i).toJson());
        const auto one = await(m_remote->identityProviders().get(idps.first().originKey));
        QVERIFY2(one, qPrintable(why(one)));
        QCOMPARE(one->toJson(), idps.first().toJson());
        auto readOnly = remote(QStringLiteral("read-only"));
        QVERIFY(await(readOnly->identityProviders().list()));
        QCOMPARE(await(m_remote->identityProviders().get(QStringLiteral("no.such/idp"))).error().kind, Error::Kind::NotFound);
    }

    void unknownNamesAreNotFound()
    {
        const QString name = QStringLiteral("No such/thing ?%");
        QCOMPARE(await(m_remote->roleCollections().get(name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_remote->roles().get(name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_remote->roleTemplates().get(name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_remote->users().get(name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_remote->destinations().get(name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_remote->destinationCertificates().get(name)).error().kind, Error::Kind::NotFound);
    }

    void readOnlyClientReads()
    {
        auto client = remote(QStringLiteral("read-only"));
        const auto rc = await(client->roleCollections().list());
        QVERIFY2(rc, qPrintable(why(rc)));
        QVERIFY(!rc->isEmpty());
        const auto d = await(client->destinations().list());
        QVERIFY2(d, qPrintable(why(d)));
        QVERIFY(!d->isEmpty());
        const auto u = await(client->users().get(await(m_local->users().list())->first().id));
        QVERIFY2(u, qPrintable(why(u)));
    }

    void cloudIntegrationMatchesTheLocalTenant()
    {
        // Keystore entries with their chains (read one entry at a time; KeyHistory: the leaf).
        const auto entries = both(m_local->keystore(), m_remote->keystore());
        QVERIFY(entries.size() > 2);
        const auto local = await(m_local->keystore().list());
        QVERIFY(local);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).validNotAfter, local->at(i).validNotAfter);
            QCOMPARE(entries.at(i).fingerprintSha256, local->at(i).fingerprintSha256);
            QCOMPARE(entries.at(i).chain.isEmpty(), local->at(i).chain.isEmpty());
            if (!local->at(i).chain.isEmpty())
                QCOMPARE(entries.at(i).chain.first().trimmed(), local->at(i).chain.first().trimmed());
        }
        const auto one = await(m_remote->keystore().get(entries.first().key()));
        QVERIFY2(one, qPrintable(why(one)));
        QCOMPARE(one->alias, entries.first().alias);
        QCOMPARE(await(m_remote->keystore().get(QStringLiteral("system/00FF"))).error().kind, Error::Kind::NotFound);

        QVERIFY(!both(m_local->userCredentials(), m_remote->userCredentials()).isEmpty());
        QVERIFY(!both(m_local->secureParameters(), m_remote->secureParameters()).isEmpty());
        const auto oauth = both(m_local->oauth2ClientCredentials(), m_remote->oauth2ClientCredentials());
        const auto localOauth = await(m_local->oauth2ClientCredentials().list());
        QVERIFY(localOauth && !oauth.isEmpty());
        for (qsizetype i = 0; i < oauth.size(); ++i)
            QCOMPARE(oauth.at(i).customParameters, localOauth->at(i).customParameters);
        // SAP never answers a secret: what is read says nothing about them.
        for (const OAuth2ClientCredential& c : oauth)
            QVERIFY(!c.clientSecretSet);
        QCOMPARE(await(m_remote->userCredentials().get(QStringLiteral("No such"))).error().kind, Error::Kind::NotFound);
        // Known hosts and PGP keyrings have no API at all: they are kept in the local tenant.
        for (const Error& e : {await(m_remote->knownHosts().list()).error(), await(m_remote->pgpKeys().list()).error()}) {
            QCOMPARE(e.kind, Error::Kind::NotFound);
            QVERIFY2(e.message.contains(QStringLiteral("not available over the remote API")), qPrintable(e.message));
        }
    }

    void otherWritesAreNotSupportedYet()
    {
        Role role;
        role.name = QStringLiteral("New");
        for (const Error& e : {await(m_remote->roles().create(role)).error(),
                               await(m_remote->destinationCertificates().remove(QStringLiteral("x.pem"))).error()}) {
            QCOMPARE(e.kind, Error::Kind::ReadOnly);
            QVERIFY2(e.message.contains(QStringLiteral("not supported by the remote backend yet")), qPrintable(e.message));
        }
    }

    void roleCollectionIsCreatedChangedAndDeleted()
    {
        const auto roles = await(m_local->roles().list());
        QVERIFY(roles);
        RoleCollection rc;
        rc.name = QStringLiteral("Remote Test Collection");
        rc.description = QStringLiteral("made by the remote backend");
        const Role& role = roles->first();
        rc.roleReferences = {RoleReference{role.roleTemplateAppId, role.roleTemplateName, role.name, role.description}};
        const auto created = await(m_remote->roleCollections().create(rc));
        QVERIFY2(created, qPrintable(why(created)));
        QCOMPARE(created->name, rc.name);
        QCOMPARE(roleKeys(*created), roleKeys(rc));
        QCOMPARE(await(m_remote->roleCollections().create(rc)).error().kind, Error::Kind::Conflict);

        RoleCollection changed = *created;
        changed.description = QStringLiteral("changed");
        const auto updated = await(m_remote->roleCollections().update(changed));
        QVERIFY2(updated, qPrintable(why(updated)));
        QCOMPARE(updated->description, QStringLiteral("changed"));
        QCOMPARE(await(m_remote->roleCollections().get(rc.name))->description, QStringLiteral("changed"));
        // Roles and attribute mappings go through their own endpoints: one role taken away,
        // another added, a group mapping and an attribute mapping added, then one taken away.
        QVERIFY(roles->size() > 1);
        const Role& other = roles->at(1);
        changed.roleReferences = {RoleReference{other.roleTemplateAppId, other.roleTemplateName, other.name, other.description}};
        const AttributeMapping group{QStringLiteral("Groups"), QStringLiteral("CI/CD admins"), QStringLiteral("equals"),
                                     QStringLiteral("sap.custom"), QStringLiteral("Company IdP")};
        const AttributeMapping attribute{QStringLiteral("department"), QStringLiteral("a/b c"), QStringLiteral("equals"),
                                         QStringLiteral("sap.custom"), QStringLiteral("Company IdP")};
        changed.attributeMappings = {group, attribute};
        const auto reroled = await(m_remote->roleCollections().update(changed));
        QVERIFY2(reroled, qPrintable(why(reroled)));
        QCOMPARE(roleKeys(*reroled), roleKeys(changed));
        QCOMPARE(reroled->attributeMappings, changed.attributeMappings);
        QCOMPARE(reroled->groupReferences(), QList<AttributeMapping>{group});
        changed.attributeMappings = {attribute};
        const auto unmapped = await(m_remote->roleCollections().update(changed));
        QVERIFY2(unmapped, qPrintable(why(unmapped)));
        QCOMPARE(unmapped->attributeMappings, QList<AttributeMapping>{attribute});
        QCOMPARE(await(m_remote->roleCollections().get(rc.name))->attributeMappings, QList<AttributeMapping>{attribute});
        // A role the tenant does not know is the server's 404, and nothing else changes.
        RoleCollection unknownRole = changed;
        unknownRole.description = changed.description;
        unknownRole.roleReferences.append(RoleReference{QStringLiteral("no-app!t1"), QStringLiteral("None"), QStringLiteral("None"), {}});
        QCOMPARE(await(m_remote->roleCollections().update(unknownRole)).error().kind, Error::Kind::NotFound);
        QCOMPARE(roleKeys(*await(m_remote->roleCollections().get(rc.name))), roleKeys(changed));

        auto readOnly = remote(QStringLiteral("read-only"));
        QCOMPARE(await(readOnly->roleCollections().remove(rc.name)).error().kind, Error::Kind::Forbidden);

        const Status removed = await(m_remote->roleCollections().remove(rc.name));
        QVERIFY2(removed, qPrintable(why(removed)));
        QCOMPARE(await(m_remote->roleCollections().get(rc.name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_remote->roleCollections().remove(rc.name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_remote->roleCollections().update(changed)).error().kind, Error::Kind::NotFound);
    }

    void destinationIsCreatedReplacedAndDeleted()
    {
        Destination d;
        d.set(QStringLiteral("Name"), QStringLiteral("remote-test"));
        d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        d.set(QStringLiteral("URL"), QStringLiteral("https://example.com/a"));
        d.set(QStringLiteral("ProxyType"), QStringLiteral("Internet"));
        d.set(QStringLiteral("Authentication"), QStringLiteral("NoAuthentication"));
        const auto created = await(m_remote->destinations().create(d));
        QVERIFY2(created, qPrintable(why(created)));
        QCOMPARE(visible(*created), visible(d));
        QCOMPARE(await(m_remote->destinations().create(d)).error().kind, Error::Kind::Conflict);

        d.set(QStringLiteral("URL"), QStringLiteral("https://example.com/b"));
        const auto updated = await(m_remote->destinations().update(d));
        QVERIFY2(updated, qPrintable(why(updated)));
        QCOMPARE(updated->url(), QStringLiteral("https://example.com/b"));

        // No secret value is ever sent: a destination with a secret is refused before sending.
        Destination secret = d;
        secret.set(QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
        secret.set(QStringLiteral("User"), QStringLiteral("u"));
        secret.set(QStringLiteral("Password"), QStringLiteral("x"));
        const auto refused = await(m_remote->destinations().update(secret));
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("Password"));
        QCOMPARE(await(m_remote->destinations().get(d.name()))->url(), QStringLiteral("https://example.com/b"));

        const Status removed = await(m_remote->destinations().remove(d.name()));
        QVERIFY2(removed, qPrintable(why(removed)));
        QCOMPARE(await(m_remote->destinations().get(d.name())).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(m_remote->destinations().update(d)).error().kind, Error::Kind::NotFound);
    }

    void malformedPayloadNamesThePathAndTheRequest()
    {
        const QJsonArray items{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("userName"), QStringLiteral("a")}, {QStringLiteral("origin"), QStringLiteral("ldap")}},
                               QJsonObject{{QStringLiteral("userName"), QStringLiteral("b")}},
                               QJsonValue(3)};
        const auto r = decodeArray<User>(items, QStringLiteral("$.resources"), QStringLiteral("GET /Users"),
                                         [](const QJsonObject& o, const QString& p) { return User::fromJson(o, p); });
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::MalformedResponse);
        QVERIFY2(r.error().field.startsWith(QStringLiteral("$.resources[1]")), qPrintable(r.error().toString()));
        QCOMPARE(r.error().where, QStringLiteral("GET /Users"));
        const auto notObject = decodeArray<User>(items.last().toArray() + items.last(), QStringLiteral("$"), QStringLiteral("GET /x"),
                                                 [](const QJsonObject& o, const QString& p) { return User::fromJson(o, p); });
        QVERIFY(!notObject);
        QCOMPARE(notObject.error().field, QStringLiteral("$[0]"));

        HttpResponse text;
        text.status = 200;
        text.body = "not json";
        text.where = QStringLiteral("GET /Users");
        const auto a = arrayOf(text);
        QVERIFY(!a);
        QCOMPARE(a.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(a.error().where, QStringLiteral("GET /Users"));
    }

    // What tenantd never answers: payloads that do not decode, a server that miscounts or does
    // not page. Typed errors naming the JSON path and the request, and no endless paging.
    void brokenPayloadsAreTypedErrors()
    {
        test::ScriptedServer server;
        QVERIFY(server.start());
        server.apiHandler = [](const tenantd::HttpRequest& r) {
            const QString path = r.pathSegments.join(QLatin1Char('/'));
            if (path.endsWith(QLatin1String("rolecollections")))
                return tenantd::HttpResponse::json(200, QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}},
                                                                   QJsonObject{{QStringLiteral("description"), QStringLiteral("no name")}}});
            if (path == QLatin1String("Users"))
                return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("resources"), QJsonArray{}},
                                                                    {QStringLiteral("totalResults"), 50}});
            if (path == QLatin1String("Users/x"))
                return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}});
            if (path == QLatin1String("subaccountCertificates"))
                return tenantd::HttpResponse::json(200, QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("x.pem")},
                                                                               {QStringLiteral("Type"), QStringLiteral("CERTIFICATE")},
                                                                               {QStringLiteral("Content"), QStringLiteral("!!!")}}});
            if (path == QLatin1String("subaccountDestinations")) {
                QJsonArray all; // every destination whatever $page says
                for (int i = 0; i < 3; ++i)
                    all.append(QJsonObject{{QStringLiteral("Name"), QStringLiteral("d%1").arg(i)}, {QStringLiteral("Type"), QStringLiteral("HTTP")}});
                return tenantd::HttpResponse::json(200, all);
            }
            tenantd::HttpResponse text;
            text.body = "not json";
            return text;
        };
        auto make = [&server, this] {
            TransportConfig c = server.transportConfig();
            return std::make_unique<HttpTransport>(std::move(c), m_clock);
        };
        RemoteOptions options;
        options.destinationPageSize = 2;
        RemoteTenantClient client(QStringLiteral("scripted"), make(), make(), nullptr, options);

        const auto rc = await(client.roleCollections().list());
        QCOMPARE(rc.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(rc.error().field, QStringLiteral("$[1].name"));
        QCOMPARE(rc.error().where, QStringLiteral("GET /sap/rest/authorization/v2/rolecollections"));

        const auto user = await(client.users().get(QStringLiteral("x")));
        QCOMPARE(user.error().kind, Error::Kind::MalformedResponse);
        QVERIFY2(user.error().field.startsWith(QStringLiteral("$.")), qPrintable(user.error().toString()));
        QCOMPARE(user.error().where, QStringLiteral("GET /Users/x"));
        // An empty page ends the listing even when totalResults promises more.
        const auto users = await(client.users().list());
        QVERIFY2(users, qPrintable(why(users)));
        QVERIFY(users->isEmpty());

        const auto certificates = await(client.destinationCertificates().list());
        QCOMPARE(certificates.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(certificates.error().field, QStringLiteral("$[0].Content"));

        const auto one = await(client.destinationCertificates().get(QStringLiteral("y.pem")));
        QCOMPARE(one.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(one.error().where, QStringLiteral("GET /subaccountCertificates/y.pem"));

        // A server that does not page answers everything on page 1: taken as the whole list.
        const auto destinations = await(client.destinations().list());
        QVERIFY2(destinations, qPrintable(why(destinations)));
        QCOMPARE(destinations->size(), 3);

        // Without a key for a service, its resources say so.
        const auto keystore = await(client.keystore().list());
        QCOMPARE(keystore.error().kind, Error::Kind::NotFound);
        // Errors never carry the client secret.
        for (const Error& e : {rc.error(), user.error(), certificates.error(), one.error(), keystore.error()})
            QVERIFY(!e.toString().contains(QStringLiteral("secret")));
    }

    void clientFromAProfileReads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        ProfileStore profiles(settings, secrets);
        ProfileDraft draft;
        draft.name = QStringLiteral("sandbox");
        for (const QString& suffix : {QStringLiteral("-xsuaa-apiaccess.json"), QStringLiteral("-destination.json"),
                                      QStringLiteral("-integration-api.json")}) {
            auto key = ServiceKey::readFile(keyFile(QStringLiteral("full-access"), suffix));
            QVERIFY2(key, qPrintable(why(key)));
            draft.keys.push_back(std::move(*key));
        }
        draft.caFile = m_dir.filePath(QStringLiteral("keys/ca.pem"));
        const auto added = await(profiles.add(std::move(draft)));
        QVERIFY2(added, qPrintable(why(added)));

        auto client = await(RemoteTenantClient::fromProfile(profiles, QStringLiteral("sandbox"), m_clock));
        QVERIFY2(client, qPrintable(why(client)));
        QCOMPARE((*client)->displayName(), QStringLiteral("sandbox"));
        const auto remote = both(m_local->roleCollections(), (*client)->roleCollections());
        QVERIFY(!remote.isEmpty());
        const auto d = await((*client)->destinations().list());
        QVERIFY2(d, qPrintable(why(d)));

        QCOMPARE(await(RemoteTenantClient::fromProfile(profiles, QStringLiteral("nope"), m_clock)).error().kind,
                 Error::Kind::NotFound);

        // A secret gone from the store fails the whole client, naming neither secret.
        QVERIFY(await(secrets.remove(ProfileStore::secretKey(QStringLiteral("sandbox"), Service::Destination))));
        const auto broken = await(RemoteTenantClient::fromProfile(profiles, QStringLiteral("sandbox"), m_clock));
        QVERIFY(!broken);
        const QString text = broken.error().toString();
        for (const QString& suffix : {QStringLiteral("-xsuaa-apiaccess.json"), QStringLiteral("-destination.json")}) {
            const QString secret = QJsonDocument::fromJson(test::readFile(keyFile(QStringLiteral("full-access"), suffix)))
                                       .object().value(QStringLiteral("clientsecret")).toString();
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!text.contains(secret), "the error names a client secret");
        }
    }
};

QTEST_GUILESS_MAIN(TestRemoteTenantClient)
#include "tst_remotetenantclient.moc"
