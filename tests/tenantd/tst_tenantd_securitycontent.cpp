// Cloud Integration's Security Content API (/api/v1, OData V2) on the real gatehouse-tenantd over
// TLS (trusting only its ca.pem) and a fresh demo tenant: envelopes, /Date(ms)/, hexalias keys,
// secrets answered as null and never stored, the CSRF handshake, 202 for credential writes, 409,
// the read-only client's 403 and OData's error bodies.
#include "DemoTenant.h"
#include "TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/tenantd/SecurityContentApi.h"

#include <QSslCertificate>

using namespace gh;

class TestTenantdSecurityContent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    test::TlsClient m_client;
    QList<KeystoreEntry> m_system;
    QList<UserCredential> m_credentials;
    QByteArray m_full;
    QByteArray m_readOnly;
    QByteArray m_csrf;

    QString url(const QString& path) const { return m_daemon.baseUrl() + QStringLiteral("/api/v1") + path; }
    static QString key(const QString& name)
    {
        return QStringLiteral("('%1')").arg(QString::fromLatin1(QUrl::toPercentEncoding(QString(name).replace(QLatin1Char('\''), QStringLiteral("''")))));
    }
    test::Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                     const QByteArray& auth = {}, const QByteArray& csrf = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", auth.isEmpty() ? m_full : auth}};
        if (!csrf.isEmpty())
            headers.append({"X-CSRF-Token", csrf});
        return m_client.send(method, url(path), body, headers);
    }
    test::Reply write(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        return call(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), {}, m_csrf);
    }
    static QJsonArray results(const test::Reply& r)
    {
        return r.object().value(QStringLiteral("d")).toObject().value(QStringLiteral("results")).toArray();
    }
    static QJsonObject d(const test::Reply& r) { return r.object().value(QStringLiteral("d")).toObject(); }
    static QString odataMessage(const test::Reply& r)
    {
        return r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toObject()
            .value(QStringLiteral("value")).toString();
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
            auto entries = client.keystore().list().result();
            QVERIFY(entries);
            for (const KeystoreEntry& e : *entries)
                if (e.keystore == QLatin1String("system"))
                    m_system.append(e);
            auto credentials = client.userCredentials().list().result();
            QVERIFY(credentials);
            m_credentials = *credentials;
        }
        QVERIFY(m_system.size() > 1);
        QVERIFY(!m_credentials.isEmpty());
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys"))));
        m_client.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        m_full = m_client.bearer(m_daemon, QStringLiteral("full-access"));
        m_readOnly = m_client.bearer(m_daemon, QStringLiteral("read-only"));
        QVERIFY(m_full.size() > 20 && m_readOnly.size() > 20);
        // The handshake: the service root with "X-CSRF-Token: Fetch" answers the token.
        const test::Reply fetched = call("GET", QStringLiteral("/"), {}, {}, "Fetch");
        QCOMPARE(fetched.status, 200);
        m_csrf = fetched.headers.value("x-csrf-token");
        QVERIFY(m_csrf.size() >= 16);
        QCOMPARE(call("GET", QStringLiteral("/"), {}, {}, "Fetch").headers.value("x-csrf-token"), m_csrf);
    }

    void segmentsAreParsed_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("set");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<QString>("key");
        QTest::newRow("set") << "UserCredentials" << true << "UserCredentials" << false << "";
        QTest::newRow("key") << "UserCredentials('a b')" << true << "UserCredentials" << true << "a b";
        QTest::newRow("quote") << "UserCredentials('O''Brien')" << true << "UserCredentials" << true << "O'Brien";
        QTest::newRow("empty key") << "X('')" << true << "X" << true << "";
        QTest::newRow("slash") << "X('a/b')" << true << "X" << true << "a/b";
        QTest::newRow("lone quote") << "X('a'b')" << false << "" << false << "";
        QTest::newRow("unterminated") << "X('a" << false << "" << false << "";
        QTest::newRow("numeric key") << "AccessPolicies(101)" << false << "" << false << "";
        QTest::newRow("empty") << "" << false << "" << false << "";
        QTest::newRow("trailing") << "X('a')b" << false << "" << false << "";
    }

    void segmentsAreParsed()
    {
        QFETCH(QString, segment);
        QFETCH(bool, ok);
        const auto parsed = tenantd::parseODataSegment(segment);
        QCOMPARE(parsed.has_value(), ok);
        if (!ok)
            return;
        QFETCH(QString, set);
        QFETCH(bool, hasKey);
        QFETCH(QString, key);
        QCOMPARE(parsed->entitySet, set);
        QCOMPARE(parsed->key.has_value(), hasKey);
        if (hasKey)
            QCOMPARE(*parsed->key, key);
    }

    void keystoreEntriesInTheODataEnvelope()
    {
        const test::Reply r = call("GET", QStringLiteral("/KeystoreEntries?keystoreName=system"), {}, m_readOnly);
        QCOMPARE(r.status, 200);
        const QJsonArray items = results(r);
        QCOMPARE(items.size(), m_system.size());
        const QJsonObject first = items.first().toObject();
        QCOMPARE(first.value(QStringLiteral("Hexalias")).toString(), KeystoreEntry::hexaliasOf(first.value(QStringLiteral("Alias")).toString()));
        QVERIFY(!first.contains(QStringLiteral("Chain")) && !first.contains(QStringLiteral("Keystore")));
        const QString notAfter = first.value(QStringLiteral("ValidNotAfter")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^/Date\\(-?\\d+\\)/$")).match(notAfter).hasMatch());
        // Without keystoreName it is the system keystore; an unknown one is a 400 in OData's shape.
        QCOMPARE(results(call("GET", QStringLiteral("/KeystoreEntries"), {}, m_readOnly)).size(), m_system.size());
        const test::Reply bad = call("GET", QStringLiteral("/KeystoreEntries?keystoreName=nope"), {}, m_readOnly);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("Bad Request"));
    }

    void oneEntryByHexaliasInEitherCase()
    {
        const KeystoreEntry& e = m_system.first();
        const test::Reply upper = call("GET", QStringLiteral("/KeystoreEntries('%1')").arg(e.hexalias), {}, m_readOnly);
        QCOMPARE(upper.status, 200);
        QCOMPARE(d(upper).value(QStringLiteral("Alias")).toString(), e.alias);
        QCOMPARE(d(upper).value(QStringLiteral("ValidNotAfter")).toString(),
                 QStringLiteral("/Date(%1)/").arg(e.validNotAfter.toMSecsSinceEpoch()));
        const test::Reply lower = call("GET", QStringLiteral("/KeystoreEntries('%1')").arg(e.hexalias.toLower()), {}, m_readOnly);
        QCOMPARE(d(lower).value(QStringLiteral("Hexalias")).toString(), e.hexalias);
        const test::Reply missing = call("GET", QStringLiteral("/KeystoreEntries('00FF')"), {}, m_readOnly);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("Not Found"));
        QVERIFY(!odataMessage(missing).isEmpty());
    }

    void certificateAndChain()
    {
        const KeystoreEntry& e = m_system.first();
        QVERIFY(!e.chain.isEmpty());
        const test::Reply pem = call("GET", QStringLiteral("/KeystoreEntries('%1')/Certificate/$value").arg(e.hexalias), {}, m_readOnly);
        QCOMPARE(pem.status, 200);
        QCOMPARE(pem.headers.value("content-type"), QByteArray("application/pkix-cert"));
        QCOMPARE(pem.body, e.chain.first());
        const test::Reply chain = call("GET", QStringLiteral("/KeystoreEntries('%1')/ChainCertificates").arg(e.hexalias), {}, m_readOnly);
        QCOMPARE(chain.status, 200);
        QCOMPARE(results(chain).size(), e.chain.size());
        QCOMPARE(results(chain).first().toObject().value(QStringLiteral("Index")).toInt(), 0);
        QCOMPARE(results(chain).first().toObject().value(QStringLiteral("SubjectDN")).toString(), e.subjectDN);
    }

    void systemKeystoreExpandsItsEntries()
    {
        const test::Reply plain = call("GET", QStringLiteral("/Keystores('system')"), {}, m_readOnly);
        QCOMPARE(plain.status, 200);
        QCOMPARE(d(plain).value(QStringLiteral("Name")).toString(), QStringLiteral("system"));
        QCOMPARE(d(plain).value(QStringLiteral("Size")).toInt(), m_system.size());
        QVERIFY(!d(plain).contains(QStringLiteral("Entries")));
        const test::Reply expanded = call("GET", QStringLiteral("/Keystores('system')?$expand=Entries"), {}, m_readOnly);
        QCOMPARE(d(expanded).value(QStringLiteral("Entries")).toObject().value(QStringLiteral("results")).toArray().size(),
                 m_system.size());
        QCOMPARE(call("GET", QStringLiteral("/HistoryKeystoreEntries"), {}, m_readOnly).status, 200);
    }

    void credentialsAnswerSecretsAsNull()
    {
        const test::Reply r = call("GET", QStringLiteral("/UserCredentials"), {}, m_readOnly);
        QCOMPARE(r.status, 200);
        QCOMPARE(results(r).size(), m_credentials.size());
        for (const QJsonValue& v : results(r))
            QVERIFY(v.toObject().value(QStringLiteral("Password")).isNull());
        const test::Reply one = call("GET", QStringLiteral("/UserCredentials") + key(m_credentials.first().name), {}, m_readOnly);
        QCOMPARE(one.status, 200);
        QCOMPARE(d(one).value(QStringLiteral("Name")).toString(), m_credentials.first().name);
        // OAuth2 client credentials inline their custom parameters only when expanded.
        const test::Reply oauth = call("GET", QStringLiteral("/OAuth2ClientCredentials?$expand=CustomParameters"), {}, m_readOnly);
        QCOMPARE(oauth.status, 200);
        bool expanded = false;
        for (const QJsonValue& v : results(oauth)) {
            QVERIFY(v.toObject().value(QStringLiteral("ClientSecret")).isNull());
            expanded = expanded || v.toObject().value(QStringLiteral("CustomParameters")).toObject().value(QStringLiteral("results")).toArray().size() > 0;
        }
        QVERIFY(expanded);
        QVERIFY(!results(call("GET", QStringLiteral("/OAuth2ClientCredentials"), {}, m_readOnly)).first().toObject().contains(QStringLiteral("CustomParameters")));
    }

    void secureParametersRefuseSelect()
    {
        const test::Reply r = call("GET", QStringLiteral("/SecureParameters?$select=Name"), {}, m_readOnly);
        QCOMPARE(r.status, 501);
        QCOMPARE(odataMessage(r), QStringLiteral("$select is not supported."));
        QCOMPARE(call("GET", QStringLiteral("/SecureParameters"), {}, m_readOnly).status, 200);
    }

    void writesNeedTheCsrfToken()
    {
        const QJsonObject body{{QStringLiteral("Name"), QStringLiteral("Csrf_Test")}, {QStringLiteral("Kind"), QStringLiteral("default")}};
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        for (const QByteArray& token : {QByteArray(), QByteArray("wrong")}) {
            const test::Reply refused = call("POST", QStringLiteral("/UserCredentials"), json, {}, token);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.headers.value("x-csrf-token"), QByteArray("Required"));
            QCOMPARE(refused.object().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
            QVERIFY(!refused.object().contains(QStringLiteral("error")));
        }
        QCOMPARE(call("GET", QStringLiteral("/UserCredentials") + key(QStringLiteral("Csrf_Test")), {}, m_readOnly).status, 404);
        const test::Reply created = write("POST", QStringLiteral("/UserCredentials"), body);
        QCOMPARE(created.status, 202);
        QVERIFY(created.body.isEmpty());
    }

    void credentialLifecycleAnd409()
    {
        const QString name = QStringLiteral("O'Brien Partner");
        const QString secret = QStringLiteral("s3cr3t-never-stored-4711");
        QJsonObject body{{QStringLiteral("Name"), name}, {QStringLiteral("Kind"), QStringLiteral("default")},
                         {QStringLiteral("User"), QStringLiteral("obrien")}, {QStringLiteral("Password"), secret}};
        QCOMPARE(write("POST", QStringLiteral("/UserCredentials"), body).status, 202);
        const test::Reply again = write("POST", QStringLiteral("/UserCredentials"), body);
        QCOMPARE(again.status, 409);
        QCOMPARE(odataMessage(again), QStringLiteral("Entity with specified name already exists."));
        const test::Reply read = call("GET", QStringLiteral("/UserCredentials") + key(name));
        QCOMPARE(d(read).value(QStringLiteral("User")).toString(), QStringLiteral("obrien"));
        QVERIFY(d(read).value(QStringLiteral("Password")).isNull());

        body.insert(QStringLiteral("User"), QStringLiteral("obrien2"));
        body.remove(QStringLiteral("Password"));
        QCOMPARE(write("PUT", QStringLiteral("/UserCredentials") + key(name), body).status, 202);
        QCOMPARE(d(call("GET", QStringLiteral("/UserCredentials") + key(name))).value(QStringLiteral("User")).toString(), QStringLiteral("obrien2"));
        // The key in the URI must be the body's Name; a PUT of something missing is a 409.
        QCOMPARE(write("PUT", QStringLiteral("/UserCredentials") + key(QStringLiteral("Other")), body).status, 400);
        QJsonObject ghost = body;
        ghost.insert(QStringLiteral("Name"), QStringLiteral("Ghost"));
        const test::Reply missing = write("PUT", QStringLiteral("/UserCredentials") + key(QStringLiteral("Ghost")), ghost);
        QCOMPARE(missing.status, 409);
        QCOMPARE(odataMessage(missing), QStringLiteral("Entity with specified key does not exist."));
        // A body without the required Kind names the field.
        const test::Reply noKind = write("POST", QStringLiteral("/UserCredentials"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("X")}});
        QCOMPARE(noKind.status, 400);
        QVERIFY(odataMessage(noKind).contains(QStringLiteral("Kind")));

        QCOMPARE(write("DELETE", QStringLiteral("/UserCredentials") + key(name)).status, 202);
        QCOMPARE(call("GET", QStringLiteral("/UserCredentials") + key(name)).status, 404);
        QCOMPARE(write("DELETE", QStringLiteral("/UserCredentials") + key(name)).status, 404);

    }

    void secureParameterNeedsItsValueAndKeepsOnlyThatItIsSet()
    {
        QJsonObject body{{QStringLiteral("Name"), QStringLiteral("Param_X")}, {QStringLiteral("Description"), QStringLiteral("d")}};
        const test::Reply noValue = write("POST", QStringLiteral("/SecureParameters"), body);
        QCOMPARE(noValue.status, 400);
        QVERIFY(odataMessage(noValue).contains(QStringLiteral("SecureParam")));
        body.insert(QStringLiteral("SecureParam"), QStringLiteral("v4lue"));
        QCOMPARE(write("POST", QStringLiteral("/SecureParameters"), body).status, 202);
        QVERIFY(d(call("GET", QStringLiteral("/SecureParameters('Param_X')"))).value(QStringLiteral("SecureParam")).isNull());
    }

    void readOnlyClientCannotWrite()
    {
        const QByteArray token = call("GET", QStringLiteral("/"), {}, m_readOnly, "Fetch").headers.value("x-csrf-token");
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("Name"), QStringLiteral("RO")},
                                                          {QStringLiteral("SecureParam"), QStringLiteral("x")}}).toJson();
        for (const QByteArray& method : {QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE")}) {
            const QString path = method == "POST" ? QStringLiteral("/SecureParameters") : QStringLiteral("/SecureParameters('RO')");
            const test::Reply r = call(method, path, method == "DELETE" ? QByteArray() : body, m_readOnly, token);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
        }
        QCOMPARE(call("GET", QStringLiteral("/SecureParameters('RO')"), {}, m_readOnly).status, 404);
    }

    // The other keystore writes: tst_tenantd_securitycontent_keystore.
    void keystoreEntriesAreDeleted()
    {
        const KeystoreEntry& first = m_system.first();
        // A rename needs renameAlias; activating is for KeyRenewal entries only.
        QCOMPARE(write("PUT", QStringLiteral("/KeystoreEntries('%1')").arg(first.hexalias), QJsonObject{{QStringLiteral("Status"), QJsonValue::Null}}).status, 400);
        QCOMPARE(write("DELETE", QStringLiteral("/KeystoreEntries('%1')?keystoreName=KeyRenewal&activate=true").arg(first.hexalias)).status, 404);
        // The read-only client lacks SecurityMaterialEdit.
        const QByteArray token = call("GET", QStringLiteral("/"), {}, m_readOnly, "Fetch").headers.value("x-csrf-token");
        QCOMPARE(call("DELETE", QStringLiteral("/KeystoreEntries('%1')").arg(first.hexalias), {}, m_readOnly, token).status, 403);
        const auto sap = std::find_if(m_system.cbegin(), m_system.cend(), [](const KeystoreEntry& e) { return e.isSapOwned(); });
        const auto own = std::find_if(m_system.cbegin(), m_system.cend(), [](const KeystoreEntry& e) { return !e.isSapOwned(); });
        QVERIFY(sap != m_system.cend() && own != m_system.cend());
        QCOMPARE(write("DELETE", QStringLiteral("/KeystoreEntries('%1')").arg(sap->hexalias)).status, 400);
        const test::Reply deleted = write("DELETE", QStringLiteral("/KeystoreEntries('%1')").arg(own->hexalias.toLower()));
        QCOMPARE(deleted.status, 204);
        QCOMPARE(call("GET", QStringLiteral("/KeystoreEntries('%1')").arg(own->hexalias)).status, 404);
        QCOMPARE(write("DELETE", QStringLiteral("/KeystoreEntries('%1')").arg(own->hexalias)).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/KeystoreEntries('%1')").arg(sap->hexalias)).status, 200);
    }

    void unknownResourcesAnswerODataErrors()
    {
        const test::Reply r = call("GET", QStringLiteral("/NoSuchSet"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toObject()
                     .value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
        QCOMPARE(call("GET", QStringLiteral("/UserCredentials('unterminated")).status, 400);
    }

    // Last: stops the daemon to read the tenant file.
    void secretsAreKeptOnlyAsSet()
    {
        m_daemon.stop();
        for (const QFileInfo& f : QDir(m_dir.path()).entryInfoList(QDir::Files)) {
            const QByteArray bytes = test::readFile(f.filePath());
            QVERIFY(!bytes.contains("s3cr3t-never-stored-4711"));
            QVERIFY(!bytes.contains("v4lue"));
        }
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        LocalTenantClient client(*tenant);
        auto stored = client.secureParameters().get(QStringLiteral("Param_X")).result();
        QVERIFY(stored);
        QVERIFY(stored->secureParamSet);
    }
};

QTEST_GUILESS_MAIN(TestTenantdSecurityContent)
#include "tst_tenantd_securitycontent.moc"
