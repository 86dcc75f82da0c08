// The keystore writes of Cloud Integration's Security Content API on the real gatehouse-tenantd
// over TLS (trusting only its ca.pem): key pair generation and its CSR, certificate, chain and
// PKCS#12 uploads, rename, renewal activation; 409/400/415/413, the read-only client's 403 and
// the CSRF refusal; private keys never in the tenant file. OpenSSL material made here.
#include "DemoTenant.h"
#include "TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/CertificateRequest.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/PrivateKey.h"

#include <QSslCertificate>

using namespace gh;

namespace {

crypto::DistinguishedName dn(const QString& cn)
{
    crypto::DistinguishedName out;
    out.append(QStringLiteral("CN"), cn).append(QStringLiteral("C"), QStringLiteral("DE"));
    return out;
}

crypto::CertificateSpec spec(const QString& cn, bool ca = false)
{
    crypto::CertificateSpec s;
    s.subject = dn(cn);
    s.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    s.notBefore.setTime(QTime(0, 0));
    s.notAfter = s.notBefore.addDays(400);
    s.isCa = ca;
    return s;
}

} // namespace

class TestTenantdSecurityContentKeystore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    test::TlsClient m_client;
    QByteArray m_full;
    QByteArray m_readOnly;
    QByteArray m_csrf;
    crypto::PrivateKey m_caKey;
    crypto::Certificate m_ca;

    QString url(const QString& path) const { return m_daemon.baseUrl() + QStringLiteral("/api/v1") + path; }
    test::Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {}, const QByteArray& auth = {},
                     const QByteArray& csrf = {}, const QByteArray& contentType = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", auth.isEmpty() ? m_full : auth}};
        if (!csrf.isEmpty())
            headers.append({"X-CSRF-Token", csrf});
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return m_client.send(method, url(path), body, headers);
    }
    test::Reply write(const QByteArray& method, const QString& path, const QJsonObject& body)
    {
        return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, m_csrf);
    }
    test::Reply put(const QString& path, const QByteArray& body, const QByteArray& type = "application/pkix-cert")
    {
        return call("PUT", path, body, {}, m_csrf, type);
    }
    static QJsonObject first(const test::Reply& r)
    {
        return r.object().value(QStringLiteral("d")).toObject().value(QStringLiteral("results")).toArray().first().toObject();
    }
    static QString message(const test::Reply& r)
    {
        return r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toObject()
            .value(QStringLiteral("value")).toString();
    }
    QJsonObject entry(const QString& alias, const QString& keystore = QStringLiteral("system"))
    {
        const test::Reply r = call("GET", QStringLiteral("/KeystoreEntries('%1')?keystoreName=%2").arg(KeystoreEntry::hexaliasOf(alias), keystore));
        return r.status == 200 ? r.object().value(QStringLiteral("d")).toObject() : QJsonObject();
    }
    static QJsonObject generation(const QString& alias)
    {
        return QJsonObject{{QStringLiteral("Hexalias"), QStringLiteral("00")}, {QStringLiteral("Alias"), alias},
                           {QStringLiteral("KeyType"), QStringLiteral("RSA")}, {QStringLiteral("KeySize"), 2048},
                           {QStringLiteral("SignatureAlgorithm"), QStringLiteral("SHA-256/RSA")},
                           {QStringLiteral("CommonName"), QString(alias + QStringLiteral(".example.com"))},
                           {QStringLiteral("Organization"), QStringLiteral("Example")}, {QStringLiteral("Country"), QStringLiteral("DE")}};
    }
    QJsonObject pkcs12Body(const QString& alias, const crypto::PrivateKey& key, const QList<crypto::Certificate>& chain)
    {
        auto p12 = crypto::Exporter::pkcs12(key, chain, crypto::SecretBuffer(QByteArrayLiteral("s3cret!")));
        if (!p12)
            qFatal("pkcs12: %s", qPrintable(p12.error().toString()));
        return QJsonObject{{QStringLiteral("Hexalias"), KeystoreEntry::hexaliasOf(alias)}, {QStringLiteral("Alias"), alias},
                           {QStringLiteral("Password"), QStringLiteral("s3cret!")},
                           {QStringLiteral("Resource"), QString::fromLatin1(p12->toBase64())}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys"))));
        m_client.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        m_full = m_client.bearer(m_daemon, QStringLiteral("full-access"));
        m_readOnly = m_client.bearer(m_daemon, QStringLiteral("read-only"));
        m_csrf = call("GET", QStringLiteral("/"), {}, {}, "Fetch").headers.value("x-csrf-token");
        QVERIFY(m_csrf.size() >= 16);
        auto caKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(caKey);
        m_caKey = std::move(*caKey);
        auto ca = crypto::CertificateBuilder::selfSigned(spec(QStringLiteral("Test CA"), true), m_caKey);
        QVERIFY(ca);
        m_ca = *ca;
    }

    void generatesAKeyPairAndItsSigningRequest()
    {
        const test::Reply r = write("POST", QStringLiteral("/KeyPairGenerationRequests?returnKeystoreEntries=true"), generation(QStringLiteral("gen_one")));
        QCOMPARE(r.status, 200);
        const QJsonObject e = first(r);
        QCOMPARE(e.value(QStringLiteral("Alias")).toString(), QStringLiteral("gen_one"));
        QCOMPARE(e.value(QStringLiteral("Hexalias")).toString(), KeystoreEntry::hexaliasOf(QStringLiteral("gen_one")));
        QCOMPARE(e.value(QStringLiteral("Type")).toString(), QStringLiteral("Key Pair"));
        QCOMPARE(e.value(QStringLiteral("KeySize")).toInt(), 2048);
        QVERIFY(e.value(QStringLiteral("SubjectDN")).toString().contains(QLatin1String("CN=gen_one.example.com")));
        QCOMPARE(e.value(QStringLiteral("Status")).toString(), QStringLiteral("new"));
        QVERIFY(!entry(QStringLiteral("gen_one")).isEmpty());
        // Without returnKeystoreEntries: 204; the same alias again: 409.
        QCOMPARE(write("POST", QStringLiteral("/KeyPairGenerationRequests"), generation(QStringLiteral("gen_two"))).status, 204);
        const test::Reply again = write("POST", QStringLiteral("/KeyPairGenerationRequests"), generation(QStringLiteral("gen_one")));
        QCOMPARE(again.status, 409);
        QCOMPARE(message(again), QStringLiteral("Entity with specified name already exists."));

        // The CSR: the key pair's public key and subject, signed with its private key.
        const test::Reply csr = call("GET", QStringLiteral("/KeystoreEntries('%1')/SigningRequest/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("gen_one"))));
        QCOMPARE(csr.status, 200);
        QCOMPARE(csr.headers.value("content-type"), QByteArrayLiteral("application/pkcs10"));
        auto request = crypto::CertificateRequest::fromPem(csr.body);
        QVERIFY(request);
        QVERIFY(request->verifySignature());
        QCOMPARE(request->subject().commonName(), QStringLiteral("gen_one.example.com"));
        const test::Reply pem = call("GET", QStringLiteral("/KeystoreEntries('%1')/Certificate/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("gen_one"))));
        auto certificate = crypto::Certificate::fromPem(pem.body);
        QVERIFY(certificate);
        QCOMPARE(request->publicKeyDer().toHex(), QByteArray::fromBase64(crypto::Exporter::publicKeyPem(*certificate)
            .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replace("\n", "")).toHex());
        // A certificate has no CSR; a key pair whose key this server does not hold has none either.
        const auto demo = call("GET", QStringLiteral("/KeystoreEntries?keystoreName=system")).object().value(QStringLiteral("d")).toObject()
            .value(QStringLiteral("results")).toArray();
        QString certificateHex, foreignKeyPairHex;
        for (const QJsonValue& v : demo) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("Type")).toString() == QLatin1String("Certificate") && certificateHex.isEmpty())
                certificateHex = o.value(QStringLiteral("Hexalias")).toString();
            if (o.value(QStringLiteral("Type")).toString() == QLatin1String("Key Pair") && foreignKeyPairHex.isEmpty()
                && !o.value(QStringLiteral("Alias")).toString().startsWith(QLatin1String("gen_")))
                foreignKeyPairHex = o.value(QStringLiteral("Hexalias")).toString();
        }
        QVERIFY(!certificateHex.isEmpty() && !foreignKeyPairHex.isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/KeystoreEntries('%1')/SigningRequest/$value").arg(certificateHex)).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/KeystoreEntries('%1')/SigningRequest/$value").arg(foreignKeyPairHex)).status, 404);
    }

    void badGenerationRequestsAre400()
    {
        QJsonObject noCountry = generation(QStringLiteral("gen_bad"));
        noCountry.remove(QStringLiteral("Country"));
        const test::Reply r = write("POST", QStringLiteral("/KeyPairGenerationRequests"), noCountry);
        QCOMPARE(r.status, 400);
        QVERIFY(message(r).contains(QLatin1String("Country")));
        QJsonObject dsa = generation(QStringLiteral("gen_bad"));
        dsa.insert(QStringLiteral("KeyType"), QStringLiteral("DSA"));
        QCOMPARE(write("POST", QStringLiteral("/KeyPairGenerationRequests"), dsa).status, 400);
        QJsonObject ec = generation(QStringLiteral("gen_ec"));
        ec.insert(QStringLiteral("KeyType"), QStringLiteral("EC"));
        ec.insert(QStringLiteral("KeyAlgorithmParameter"), QStringLiteral("secp384r1"));
        ec.insert(QStringLiteral("SignatureAlgorithm"), QStringLiteral("SHA-384/ECDSA"));
        QCOMPARE(write("POST", QStringLiteral("/KeyPairGenerationRequests"), ec).status, 204);
        QCOMPARE(entry(QStringLiteral("gen_ec")).value(QStringLiteral("KeyType")).toString(), QStringLiteral("EC"));
        QCOMPARE(call("POST", QStringLiteral("/KeyPairGenerationRequests"), "{", {}, m_csrf).status, 400);
        QVERIFY(entry(QStringLiteral("gen_bad")).isEmpty());
    }

    void uploadsAndReplacesACertificate()
    {
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(key);
        auto one = crypto::CertificateBuilder::issue(spec(QStringLiteral("partner one")), *key, m_ca, m_caKey);
        auto two = crypto::CertificateBuilder::issue(spec(QStringLiteral("partner two")), *key, m_ca, m_caKey);
        QVERIFY(one && two);
        const QString path = QStringLiteral("/CertificateResources('%1')/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("partner")));
        const test::Reply created = put(path + QStringLiteral("?returnKeystoreEntries=true"), one->toPem());
        QCOMPARE(created.status, 200);
        QCOMPARE(first(created).value(QStringLiteral("Type")).toString(), QStringLiteral("Certificate"));
        QCOMPARE(entry(QStringLiteral("partner")).value(QStringLiteral("FingerprintSha256")).toString(),
                 one->fingerprint(QCryptographicHash::Sha256));
        // Exists without update=true: 409; with it: replaced.
        QCOMPARE(put(path, two->toPem()).status, 409);
        QCOMPARE(put(path + QStringLiteral("?update=true"), two->toPem()).status, 204);
        QCOMPARE(entry(QStringLiteral("partner")).value(QStringLiteral("FingerprintSha256")).toString(),
                 two->fingerprint(QCryptographicHash::Sha256));
        // Not a certificate: 400; another media type: 415; hex alias not hex: 400.
        QCOMPARE(put(QStringLiteral("/CertificateResources('%1')/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("junk"))), "junk").status, 400);
        QCOMPARE(put(path + QStringLiteral("?update=true"), two->toPem(), "text/html").status, 415);
        QCOMPARE(put(QStringLiteral("/CertificateResources('XYZ')/$value"), one->toPem()).status, 400);
        QVERIFY(entry(QStringLiteral("junk")).isEmpty());
    }

    void uploadsAKeyPairAndItsChain()
    {
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(key);
        auto self = crypto::CertificateBuilder::selfSigned(spec(QStringLiteral("client")), *key);
        QVERIFY(self);
        const test::Reply r = write("POST", QStringLiteral("/KeyPairResources?returnKeystoreEntries=true"), pkcs12Body(QStringLiteral("client_kp"), *key, {*self}));
        QCOMPARE(r.status, 200);
        QCOMPARE(first(r).value(QStringLiteral("Type")).toString(), QStringLiteral("Key Pair"));
        QCOMPARE(write("POST", QStringLiteral("/KeyPairResources"), pkcs12Body(QStringLiteral("client_kp"), *key, {*self})).status, 409);
        // The server holds the key: a CSR is there.
        QCOMPARE(call("GET", QStringLiteral("/KeystoreEntries('%1')/SigningRequest/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("client_kp")))).status, 200);
        // A wrong password, a PKCS#12 without a key: 400.
        QJsonObject wrong = pkcs12Body(QStringLiteral("client_wrong"), *key, {*self});
        wrong.insert(QStringLiteral("Password"), QStringLiteral("nope"));
        const test::Reply refused = write("POST", QStringLiteral("/KeyPairResources"), wrong);
        QCOMPARE(refused.status, 400);
        QVERIFY(message(refused).contains(QLatin1String("Password")));
        QVERIFY(!message(refused).contains(QLatin1String("nope")));
        QJsonObject big = wrong;
        big.insert(QStringLiteral("Resource"), QString(30000, QLatin1Char('A')));
        QCOMPARE(write("POST", QStringLiteral("/KeyPairResources"), big).status, 413);

        // The CA-signed chain for the same key.
        auto leaf = crypto::CertificateBuilder::issue(spec(QStringLiteral("client")), *key, m_ca, m_caKey);
        QVERIFY(leaf);
        auto chainPem = crypto::Exporter::chainPem({*leaf, m_ca});
        QVERIFY(chainPem);
        const QString hex = KeystoreEntry::hexaliasOf(QStringLiteral("client_kp"));
        QCOMPARE(put(QStringLiteral("/CertificateChainResources('%1')/$value").arg(hex), *chainPem, {}).status, 204);
        QCOMPARE(put(QStringLiteral("/CertificateChainResources('%1')/$value").arg(hex), *chainPem, {}).status, 204); // again: unchanged
        const test::Reply chain = call("GET", QStringLiteral("/KeystoreEntries('%1')/ChainCertificates").arg(hex));
        const QJsonArray links = chain.object().value(QStringLiteral("d")).toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(1).toObject().value(QStringLiteral("SubjectDN")).toString(), m_ca.subjectDN());
        QCOMPARE(entry(QStringLiteral("client_kp")).value(QStringLiteral("IssuerDN")).toString(), m_ca.subjectDN());
        const test::Reply file = call("GET", QStringLiteral("/KeystoreEntries('%1')/ChainResource/$value").arg(hex));
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body.count("-----BEGIN CERTIFICATE-----"), 2);
        // A chain for another key: 400; for a certificate entry: 400; for nothing: 404.
        auto otherKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        auto other = crypto::CertificateBuilder::issue(spec(QStringLiteral("other")), *otherKey, m_ca, m_caKey);
        QCOMPARE(put(QStringLiteral("/CertificateChainResources('%1')/$value").arg(hex), other->toPem(), {}).status, 400);
        QCOMPARE(put(QStringLiteral("/CertificateChainResources('%1')/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("partner"))), *chainPem, {}).status, 400);
        QCOMPARE(put(QStringLiteral("/CertificateChainResources('%1')/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("nothing"))), *chainPem, {}).status, 404);
    }

    void renamesAnEntry()
    {
        const QString hex = KeystoreEntry::hexaliasOf(QStringLiteral("gen_two"));
        const QJsonObject before = entry(QStringLiteral("gen_two"));
        QVERIFY(!before.isEmpty());
        const test::Reply r = write("PUT", QStringLiteral("/KeystoreEntries('%1')?renameAlias=%2&returnKeystoreEntries=true").arg(hex, QStringLiteral("gen%20renamed")),
                                    QJsonObject{{QStringLiteral("Status"), QJsonValue::Null}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("d")).toObject().value(QStringLiteral("Alias")).toString(), QStringLiteral("gen renamed"));
        QVERIFY(entry(QStringLiteral("gen_two")).isEmpty());
        QCOMPARE(entry(QStringLiteral("gen renamed")).value(QStringLiteral("FingerprintSha256")), before.value(QStringLiteral("FingerprintSha256")));
        // The key went with it: the CSR is still there.
        QCOMPARE(call("GET", QStringLiteral("/KeystoreEntries('%1')/SigningRequest/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("gen renamed")))).status, 200);
        // Onto a taken alias: 400; something missing: 404.
        QCOMPARE(write("PUT", QStringLiteral("/KeystoreEntries('%1')?renameAlias=gen_one").arg(KeystoreEntry::hexaliasOf(QStringLiteral("gen renamed"))), {}).status, 400);
        QCOMPARE(write("PUT", QStringLiteral("/KeystoreEntries('%1')?renameAlias=x").arg(hex), {}).status, 404);
        // SAP's entries are not renamed or replaced; KeyHistory is not written.
        QString sapHex;
        for (const QJsonValue& v : call("GET", QStringLiteral("/KeystoreEntries")).object().value(QStringLiteral("d")).toObject()
                 .value(QStringLiteral("results")).toArray())
            if (v.toObject().value(QStringLiteral("Owner")).toString() == QLatin1String("SAP"))
                sapHex = v.toObject().value(QStringLiteral("Hexalias")).toString();
        QVERIFY(!sapHex.isEmpty());
        QCOMPARE(write("PUT", QStringLiteral("/KeystoreEntries('%1')?renameAlias=sap_mine").arg(sapHex), {}).status, 400);
        QCOMPARE(put(QStringLiteral("/CertificateResources('%1')/$value?update=true").arg(sapHex), m_ca.toPem()).status, 400);
        QCOMPARE(put(QStringLiteral("/CertificateResources('%1')/$value?keystoreName=KeyHistory").arg(KeystoreEntry::hexaliasOf(QStringLiteral("h"))),
                     m_ca.toPem()).status, 400);
        QVERIFY(entry(QStringLiteral("sap_mine")).isEmpty());
    }

    void activatesARenewalEntry()
    {
        // The renewal key for gen_one, generated into KeyRenewal.
        QCOMPARE(write("POST", QStringLiteral("/KeyPairGenerationRequests?keystoreName=KeyRenewal"), generation(QStringLiteral("gen_one"))).status, 204);
        const QJsonObject renewal = entry(QStringLiteral("gen_one"), QStringLiteral("KeyRenewal"));
        QVERIFY(!renewal.isEmpty());
        const QString hex = KeystoreEntry::hexaliasOf(QStringLiteral("gen_one"));
        QCOMPARE(write("DELETE", QStringLiteral("/KeystoreEntries('%1')?keystoreName=KeyRenewal&activate=true").arg(hex), {}).status, 204);
        QCOMPARE(entry(QStringLiteral("gen_one")).value(QStringLiteral("FingerprintSha256")), renewal.value(QStringLiteral("FingerprintSha256")));
        QVERIFY(entry(QStringLiteral("gen_one"), QStringLiteral("KeyRenewal")).isEmpty());
        const test::Reply history = call("GET", QStringLiteral("/HistoryKeystoreEntries"));
        bool moved = false;
        for (const QJsonValue& v : history.object().value(QStringLiteral("d")).toObject().value(QStringLiteral("results")).toArray())
            moved = moved || v.toObject().value(QStringLiteral("Alias")).toString() == QLatin1String("1_gen_one");
        QVERIFY(moved);
        QCOMPARE(write("DELETE", QStringLiteral("/KeystoreEntries('%1')?keystoreName=KeyRenewal&activate=true").arg(hex), {}).status, 404);
    }

    void readOnlyAndCsrfAreRefused()
    {
        const QByteArray token = call("GET", QStringLiteral("/"), {}, m_readOnly, "Fetch").headers.value("x-csrf-token");
        const QByteArray body = QJsonDocument(generation(QStringLiteral("gen_ro"))).toJson();
        for (const QString& path : {QStringLiteral("/KeyPairGenerationRequests"), QStringLiteral("/KeyPairResources")}) {
            const test::Reply r = call("POST", path, body, m_readOnly, token);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
        }
        QCOMPARE(call("PUT", QStringLiteral("/CertificateResources('%1')/$value").arg(KeystoreEntry::hexaliasOf(QStringLiteral("ro"))), m_ca.toPem(),
                      m_readOnly, token, "application/pkix-cert").status, 403);
        QCOMPARE(call("PUT", QStringLiteral("/CertificateChainResources('00')/$value"), m_ca.toPem(), m_readOnly, token).status, 403);
        // No CSRF token: 403 with "X-CSRF-Token: Required".
        const test::Reply noToken = call("POST", QStringLiteral("/KeyPairGenerationRequests"), body);
        QCOMPARE(noToken.status, 403);
        QCOMPARE(noToken.headers.value("x-csrf-token"), QByteArrayLiteral("Required"));
        QVERIFY(entry(QStringLiteral("gen_ro")).isEmpty());
    }

    // Last: stops the daemon to read the tenant file.
    void privateKeysNeverReachTheTenantFile()
    {
        m_daemon.stop();
        for (const QFileInfo& f : QDir(m_dir.path()).entryInfoList(QDir::Files)) {
            const QByteArray bytes = test::readFile(f.filePath());
            QVERIFY(!bytes.contains("PRIVATE KEY"));
            QVERIFY(!bytes.contains("s3cret!"));
        }
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        LocalTenantClient client(*tenant);
        auto kp = client.keystore().get(QStringLiteral("system/") + KeystoreEntry::hexaliasOf(QStringLiteral("client_kp"))).result();
        QVERIFY(kp);
        QCOMPARE(kp->chain.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTenantdSecurityContentKeystore)
#include "tst_tenantd_securitycontent_keystore.moc"
