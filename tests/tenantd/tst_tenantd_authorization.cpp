// The Authorization API's roles, role templates and a collection's roles, on the real
// gatehouse-tenantd over TLS (trusting only its ca.pem) and a fresh demo tenant: reads equal the
// tenant through the client layer, role changes land in the tenant file, identity providers are
// created, changed and deleted, read-only cannot write.
#include "DemoTenant.h"
#include "TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"

#include <QSslCertificate>

using namespace gh;

class TestTenantdAuthorization : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    test::TlsClient m_client;
    QList<Role> m_roles;
    QJsonArray m_templates;
    QJsonArray m_idps;
    RoleCollection m_custom;     // a collection of the tenant's own
    RoleCollection m_predefined; // one of SAP's
    Role m_extra;                // a role m_custom does not hold yet
    QByteArray m_full;
    QByteArray m_readOnly;

    QString url(const QString& path) const
    {
        return m_daemon.baseUrl() + QStringLiteral("/sap/rest/authorization/v2") + path;
    }
    static QString enc(const QString& s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }
    static QString rolePath(const QString& collection, const Role& role)
    {
        return QStringLiteral("/rolecollections/%1/roles/%2/%3/%4")
            .arg(enc(collection), enc(role.roleTemplateAppId), enc(role.name), enc(role.roleTemplateName));
    }
    test::Reply call(const QByteArray& method, const QString& path, const QByteArray& auth = {})
    {
        return m_client.send(method, url(path), {}, {{"Authorization", auth.isEmpty() ? m_full : auth}});
    }
    static QStringList roleKeys(const QJsonArray& refs)
    {
        QStringList out;
        for (const QJsonValue& v : refs) {
            const QJsonObject o = v.toObject();
            out.append(o.value(QStringLiteral("roleTemplateAppId")).toString() + QLatin1Char('/')
                       + o.value(QStringLiteral("roleTemplateName")).toString() + QLatin1Char('/')
                       + o.value(QStringLiteral("name")).toString());
        }
        return out;
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
            auto roles = client.roles().list().result();
            QVERIFY(roles);
            m_roles = *roles;
            auto templates = client.roleTemplates().list().result();
            QVERIFY(templates);
            for (const RoleTemplate& t : *templates)
                m_templates.append(t.toJson(JsonStyle::Wire));
            auto idps = client.identityProviders().list().result();
            QVERIFY(idps);
            for (const IdentityProvider& idp : *idps)
                m_idps.append(idp.toJson(JsonStyle::Wire));
            auto collections = client.roleCollections().list().result();
            QVERIFY(collections);
            for (const RoleCollection& rc : *collections) {
                if (rc.isReadOnly && m_predefined.name.isEmpty())
                    m_predefined = rc;
                if (!rc.isReadOnly && m_custom.name.isEmpty() && !rc.roleReferences.isEmpty())
                    m_custom = rc;
            }
        }
        QVERIFY(!m_custom.name.isEmpty() && !m_predefined.name.isEmpty());
        for (const Role& role : std::as_const(m_roles)) {
            const bool held = std::any_of(m_custom.roleReferences.begin(), m_custom.roleReferences.end(),
                                          [&](const RoleReference& ref) { return ref.roleKey() == role.key(); });
            if (!held) {
                m_extra = role;
                break;
            }
        }
        QVERIFY(!m_extra.name.isEmpty());
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys"))));
        m_client.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        m_full = m_client.bearer(m_daemon, QStringLiteral("full-access"));
        m_readOnly = m_client.bearer(m_daemon, QStringLiteral("read-only"));
        QVERIFY(m_full.size() > 20 && m_readOnly.size() > 20);
    }

    void rolesListTheTenantsWithTheirCollections()
    {
        const test::Reply r = call("GET", QStringLiteral("/roles"), m_readOnly);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), m_roles.size());
        const RoleReference held = m_custom.roleReferences.first();
        bool found = false;
        for (const QJsonValue& v : r.array()) {
            const QJsonObject o = v.toObject();
            if (roleKeys(QJsonArray{o}).first() != held.roleKey())
                continue;
            found = true;
            QStringList holders;
            for (const QJsonValue& h : o.value(QStringLiteral("roleCollectionReferences")).toArray())
                holders.append(h.toObject().value(QStringLiteral("name")).toString());
            QVERIFY2(holders.contains(m_custom.name), qPrintable(holders.join(QLatin1Char(','))));
        }
        QVERIFY(found);
        QCOMPARE(call("POST", QStringLiteral("/roles")).status, 405);
    }

    void roleTemplatesEqualTheTenant()
    {
        const test::Reply r = call("GET", QStringLiteral("/apps/roletemplates"), m_readOnly);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array(), m_templates);
    }

    void identityProvidersEqualTheTenant()
    {
        const QString root = m_daemon.baseUrl() + QStringLiteral("/sap/rest/identity-providers");
        const test::Reply all = m_client.send("GET", root, {}, {{"Authorization", m_readOnly}});
        QCOMPARE(all.status, 200);
        QVERIFY(!m_idps.isEmpty());
        QCOMPARE(all.array(), m_idps);
        const QJsonObject first = m_idps.first().toObject();
        const test::Reply one = m_client.send("GET", root + QLatin1Char('/') + enc(first.value(QStringLiteral("originKey")).toString()),
                                              {}, {{"Authorization", m_readOnly}});
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object(), first);
        QCOMPARE(m_client.send("GET", root + QStringLiteral("/no.such.idp"), {}, {{"Authorization", m_full}}).status, 404);
        // The read-only client cannot write.
        const test::Reply write = m_client.send("POST", root, "{}", {{"Authorization", m_readOnly}});
        QCOMPARE(write.status, 403);
        QCOMPARE(write.object().value(QStringLiteral("scope")).toString(), QStringLiteral("xs_idp.write"));
        QCOMPARE(m_client.send("GET", root).status, 401);
    }

    // POST, PUT and DELETE of a trust configuration in the GET's shape; a duplicate is 409, a
    // bad body 400 naming the path, a PUT whose body names another origin 400; none changes anything.
    void identityProvidersAreWritten()
    {
        const QString root = m_daemon.baseUrl() + QStringLiteral("/sap/rest/identity-providers");
        const auto send = [&](const QByteArray& method, const QString& url, const QJsonObject& body = {}) {
            return m_client.send(method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 {{"Authorization", m_full}});
        };
        const qsizetype before = send("GET", root).array().size();
        const QJsonObject idp{{QStringLiteral("originKey"), QStringLiteral("sap.partner")},
                              {QStringLiteral("name"), QStringLiteral("Partner IdP")},
                              {QStringLiteral("type"), QStringLiteral("SAML2")},
                              {QStringLiteral("description"), QStringLiteral("made by the test")},
                              {QStringLiteral("status"), QStringLiteral("active")}};
        const test::Reply created = send("POST", root, idp);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("name")).toString(), QStringLiteral("Partner IdP"));
        QCOMPARE(send("POST", root, idp).status, 409);
        const test::Reply bad = send("POST", root, QJsonObject{{QStringLiteral("name"), QStringLiteral("no origin")}});
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.object().value(QStringLiteral("error_description")).toString().contains(QLatin1String("originKey")),
                 qPrintable(QString::fromUtf8(bad.body)));
        QCOMPARE(send("GET", root).array().size(), before + 1);

        QJsonObject changed = idp;
        changed.insert(QStringLiteral("description"), QStringLiteral("changed"));
        const test::Reply put = send("PUT", root + QStringLiteral("/sap.partner"), changed);
        QCOMPARE(put.status, 200);
        QCOMPARE(send("GET", root + QStringLiteral("/sap.partner")).object().value(QStringLiteral("description")).toString(),
                 QStringLiteral("changed"));
        QJsonObject renamed = changed;
        renamed.insert(QStringLiteral("originKey"), QStringLiteral("sap.other"));
        QCOMPARE(send("PUT", root + QStringLiteral("/sap.partner"), renamed).status, 400); // the body names another
        QCOMPARE(send("PUT", root + QStringLiteral("/no.such.idp"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}).status, 404);

        QCOMPARE(send("DELETE", root + QStringLiteral("/sap.partner")).status, 200);
        QCOMPARE(send("GET", root + QStringLiteral("/sap.partner")).status, 404);
        QCOMPARE(send("DELETE", root + QStringLiteral("/sap.partner")).status, 404);
        QCOMPARE(send("GET", root).array().size(), before);
    }

    // A collection's attribute mappings: one added, listed per identity provider, removed.
    void attributeMappingsAreAddedAndRemoved()
    {
        const QString path = QStringLiteral("/rolecollections/%1/attributeMappings").arg(enc(m_custom.name));
        const QJsonObject mapping{{QStringLiteral("attributeName"), QStringLiteral("Groups")},
                                  {QStringLiteral("attributeValue"), QStringLiteral("CI/CD")},
                                  {QStringLiteral("idpId"), QStringLiteral("sap.custom")}};
        const auto post = [&](const QJsonObject& body, const QByteArray& auth = {}) {
            return m_client.send("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 {{"Authorization", auth.isEmpty() ? m_full : auth}});
        };
        const qsizetype before = call("GET", path).array().size();
        QCOMPARE(post(mapping, m_readOnly).status, 403);
        const test::Reply added = post(mapping);
        QCOMPARE(added.status, 201);
        bool listed = false;
        for (const QJsonValue& g : added.object().value(QStringLiteral("groupReferences")).toArray())
            listed = listed || g.toObject().value(QStringLiteral("attributeValue")).toString() == QLatin1String("CI/CD");
        QVERIFY(listed);
        QCOMPARE(post(mapping).status, 200); // there already
        QCOMPARE(call("GET", path).array().size(), before + 1);
        QCOMPARE(call("GET", path + QStringLiteral("/sap.custom")).array().size(), 1);
        QCOMPARE(call("GET", path + QStringLiteral("/other.idp")).array().size(), 0);
        QJsonObject noValue = mapping;
        noValue.remove(QStringLiteral("attributeValue"));
        const test::Reply bad = post(noValue);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.object().value(QStringLiteral("error_description")).toString().contains(QLatin1String("attributeValue")));
        const test::Reply predefined = m_client.send(
            "POST", url(QStringLiteral("/rolecollections/%1/attributeMappings").arg(enc(m_predefined.name))),
            QJsonDocument(mapping).toJson(QJsonDocument::Compact), {{"Authorization", m_full}});
        QCOMPARE(predefined.status, 400);
        QVERIFY(predefined.object().value(QStringLiteral("error_description")).toString().contains(QLatin1String("read-only")));

        const QString one = path + QStringLiteral("/sap.custom/Groups/") + enc(QStringLiteral("CI/CD"));
        QCOMPARE(call("DELETE", one).status, 204);
        QCOMPARE(call("DELETE", one).status, 404);
        QCOMPARE(call("GET", path).array().size(), before);
    }

    // The mappings SAP recorded (samlAttributeAssignment items, with their extra fields) are
    // taken as POST bodies and listed back with the same attributes.
    void recordedMappingsArePostedAsTheyAre()
    {
        const QJsonArray recorded = test::recordedBody(QStringLiteral("datasource_subaccount_role_collection_with_attribute_mappings.json"))
                                        .toObject().value(QStringLiteral("samlAttributeAssignment")).toArray();
        QCOMPARE(recorded.size(), 2);
        const QString path = QStringLiteral("/rolecollections/%1/attributeMappings").arg(enc(m_custom.name));
        for (const QJsonValue& m : recorded) {
            const test::Reply r = m_client.send("POST", url(path), QJsonDocument(m.toObject()).toJson(QJsonDocument::Compact),
                                                {{"Authorization", m_full}});
            QCOMPARE(r.status, 201);
        }
        const QString idp = recorded.first().toObject().value(QStringLiteral("idpId")).toString();
        const QJsonArray listed = call("GET", path + QLatin1Char('/') + enc(idp)).array();
        QCOMPARE(listed.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            for (const char* key : {"attributeName", "attributeValue", "comparisonOperator", "idpId", "idpDisplayName"})
                QCOMPARE(listed.at(i).toObject().value(QLatin1String(key)), recorded.at(i).toObject().value(QLatin1String(key)));
        }
        for (const QJsonValue& m : recorded) {
            const QJsonObject o = m.toObject();
            QCOMPARE(call("DELETE", path + QLatin1Char('/') + enc(idp) + QLatin1Char('/') + enc(o.value(QStringLiteral("attributeName")).toString())
                                        + QLatin1Char('/') + enc(o.value(QStringLiteral("attributeValue")).toString()))
                         .status,
                     204);
        }
    }

    void collectionsRolesAreListed()
    {
        const test::Reply r = call("GET", QStringLiteral("/rolecollections/%1/roles").arg(enc(m_custom.name)), m_readOnly);
        QCOMPARE(r.status, 200);
        QStringList expected;
        for (const RoleReference& ref : std::as_const(m_custom.roleReferences))
            expected.append(ref.roleKey());
        QCOMPARE(roleKeys(r.array()), expected);
        QCOMPARE(call("GET", QStringLiteral("/rolecollections/No%20Such/roles"), m_readOnly).status, 404);
    }

    void addAndRemoveOneRole()
    {
        const test::Reply added = call("PUT", rolePath(m_custom.name, m_extra));
        QCOMPARE(added.status, 200);
        QVERIFY(roleKeys(added.object().value(QStringLiteral("roleReferences")).toArray()).contains(m_extra.key()));
        // Adding it again changes nothing.
        const test::Reply again = call("PUT", rolePath(m_custom.name, m_extra));
        QCOMPARE(again.status, 200);
        QCOMPARE(roleKeys(again.object().value(QStringLiteral("roleReferences")).toArray()).count(m_extra.key()), 1);

        const Role held = [&] {
            for (const Role& r : std::as_const(m_roles))
                if (r.key() == m_custom.roleReferences.first().roleKey())
                    return r;
            return Role();
        }();
        QVERIFY(!held.name.isEmpty());
        QCOMPARE(call("DELETE", rolePath(m_custom.name, held)).status, 204);
        const test::Reply got = call("GET", QStringLiteral("/rolecollections/") + enc(m_custom.name));
        const QStringList now = roleKeys(got.object().value(QStringLiteral("roleReferences")).toArray());
        QVERIFY(!now.contains(held.key()));
        QVERIFY(now.contains(m_extra.key()));
        const test::Reply gone = call("DELETE", rolePath(m_custom.name, held));
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.object().value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("No role collection or role could be found"));
    }

    void unknownsAre404AndPredefinedStays()
    {
        Role ghost = m_extra;
        ghost.name = QStringLiteral("NoSuchRole");
        QCOMPARE(call("PUT", rolePath(m_custom.name, ghost)).status, 404);
        QCOMPARE(call("PUT", rolePath(QStringLiteral("No Such Collection"), m_extra)).status, 404);
        QCOMPARE(call("PUT", QStringLiteral("/rolecollections/%1/roles/a/b").arg(enc(m_custom.name))).status, 404);
        const test::Reply before = call("GET", QStringLiteral("/rolecollections/") + enc(m_predefined.name));
        QCOMPARE(call("PUT", rolePath(m_predefined.name, m_extra)).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/rolecollections/") + enc(m_predefined.name)).object(), before.object());
        QCOMPARE(call("GET", QStringLiteral("/apps")).status, 404);
    }

    void readOnlyCannotChangeRoles()
    {
        const test::Reply denied = call("PUT", rolePath(m_custom.name, m_extra), m_readOnly);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("scope")).toString(), QStringLiteral("xs_authorization.write"));
        QCOMPARE(call("DELETE", rolePath(m_custom.name, m_extra), m_readOnly).status, 403);
    }

    // Last: stops the daemon and reads the tenant file through the client layer.
    void changesLandInTheTenantFile()
    {
        m_daemon.stop();
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        LocalTenantClient client(*tenant);
        auto rc = client.roleCollections().get(m_custom.name).result();
        QVERIFY(rc);
        QStringList keys;
        for (const RoleReference& ref : rc->roleReferences)
            keys.append(ref.roleKey());
        QVERIFY(keys.contains(m_extra.key()));
        QVERIFY(!keys.contains(m_custom.roleReferences.first().roleKey()));
        QCOMPARE(rc->userReferences.size(), m_custom.userReferences.size()); // assignments untouched
    }
};

QTEST_GUILESS_MAIN(TestTenantdAuthorization)
#include "tst_tenantd_authorization.moc"
