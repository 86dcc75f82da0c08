// RemoteKeystore against the real gatehouse-tenantd: list() and get() read each entry's chain
// (as the local tenant holds it), and the KeystoreWrites — generate, CSR, certificate, chain
// and PKCS#12 uploads, rename, renewal activation — through the CSRF session, with 409 as
// Conflict, 400 as Validation and the read-only client's 403 as Forbidden. OpenSSL material is
// made here.
#include "DemoTenant.h"
#include "tenantd/TenantdDaemon.h"
#include "TransportTestSupport.h"
#include "app/client/local/Codec.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/remote/RemoteSecurityContent.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/CertificateRequest.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/PrivateKey.h"

#include <QTest>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::why;

namespace {

crypto::CertificateSpec spec(const QString& cn, bool ca = false)
{
    crypto::CertificateSpec s;
    s.subject.append(QStringLiteral("CN"), cn).append(QStringLiteral("C"), QStringLiteral("DE"));
    s.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    s.notAfter = s.notBefore.addDays(800);
    s.isCa = ca;
    return s;
}

QString status(const Status& s)
{
    return s ? QString() : s.error().toString();
}

} // namespace

class TestRemoteKeystore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC)};
    crypto::PrivateKey m_caKey;
    crypto::Certificate m_ca;
    QList<KeystoreEntry> m_local; // the tenant file's entries, read before the daemon serves it

    std::unique_ptr<RemoteTenantClient> remote(const QString& client)
    {
        auto key = ServiceKey::readFile(m_dir.filePath(QStringLiteral("keys/") + client + QStringLiteral("-integration-api.json")));
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
        c.trust = *trust;
        c.retry.baseDelayMs = 5;
        c.retry.maxDelayMs = 50;
        return std::make_unique<RemoteTenantClient>(client, nullptr, nullptr, std::make_unique<HttpTransport>(std::move(c), m_clock),
                                                    RemoteOptions{});
    }
    static KeystoreWrites& writes(RemoteTenantClient& client)
    {
        auto* w = dynamic_cast<KeystoreWrites*>(&client.keystore());
        if (!w)
            qFatal("the remote keystore has no KeystoreWrites");
        return *w;
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
            auto all = client.keystore().list().result();
            QVERIFY(all);
            m_local = *all;
        }
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
        auto caKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(caKey);
        m_caKey = std::move(*caKey);
        auto ca = crypto::CertificateBuilder::selfSigned(spec(QStringLiteral("Remote Test CA"), true), m_caKey);
        QVERIFY(ca);
        m_ca = *ca;
    }

    void chainsAreReadAsTheTenantHoldsThem()
    {
        const QList<KeystoreEntry>& local = m_local;
        auto client = remote(QStringLiteral("full-access"));
        const auto entries = await(client->keystore().list());
        QVERIFY2(entries, qPrintable(why(entries)));
        int withChains = 0;
        for (const KeystoreEntry& e : *entries) {
            const auto mine = std::find_if(local.cbegin(), local.cend(), [&e](const KeystoreEntry& l) { return l.key() == e.key(); });
            QVERIFY(mine != local.cend());
            if (e.keystore == QLatin1String("KeyHistory")) {
                QCOMPARE(e.chain.size(), std::min<qsizetype>(1, mine->chain.size())); // the leaf only
                continue;
            }
            QCOMPARE(e.chain.size(), e.isKeyPair() ? mine->chain.size() : std::min<qsizetype>(1, mine->chain.size()));
            for (qsizetype i = 0; i < e.chain.size(); ++i)
                QCOMPARE(e.chain.at(i).trimmed(), mine->chain.at(i).trimmed());
            withChains += e.chain.size() > 1 ? 1 : 0;
        }
        QVERIFY(withChains > 0);
        const KeystoreEntry& one = entries->first();
        const auto single = await(client->keystore().get(one.key()));
        QVERIFY2(single, qPrintable(why(single)));
        QCOMPARE(single->chain, one.chain);
        QCOMPARE(storedForm(*single), storedForm(one)); // list and get agree: push compares them
    }

    void generatesAndSignsAKeyPair()
    {
        auto client = remote(QStringLiteral("full-access"));
        KeyPairGeneration g;
        g.alias = QStringLiteral("remote_gen");
        g.keyType = QStringLiteral("EC");
        g.ellipticCurve = QStringLiteral("P-256");
        g.signatureAlgorithm = QStringLiteral("SHA-256/ECDSA");
        g.commonName = QStringLiteral("remote.example.com");
        g.country = QStringLiteral("DE");
        const auto made = await(writes(*client).generateKeyPair(g));
        QVERIFY2(made, qPrintable(why(made)));
        QCOMPARE(made->alias, g.alias);
        QVERIFY(made->isKeyPair());
        QCOMPARE(made->chain.size(), 1);
        QCOMPARE(await(writes(*client).generateKeyPair(g)).error().kind, Error::Kind::Conflict);

        const auto csr = await(writes(*client).signingRequest(made->key()));
        QVERIFY2(csr, qPrintable(why(csr)));
        auto request = crypto::CertificateRequest::fromPem(*csr);
        QVERIFY(request && request->verifySignature());
        QCOMPARE(request->subject().commonName(), QStringLiteral("remote.example.com"));
        // A chain for another key than the key pair's is refused as Validation (a CA-signed chain
        // for the right key: uploadsCertificatesKeyPairsAndChains, whose key this test holds).
        auto other = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        auto foreign = crypto::CertificateBuilder::issue(spec(QStringLiteral("foreign")), *other, m_ca, m_caKey);
        QVERIFY(foreign);
        QCOMPARE(await(writes(*client).putChain(made->key(), foreign->toPem())).error().kind, Error::Kind::Validation);
    }

    void uploadsCertificatesKeyPairsAndChains()
    {
        auto client = remote(QStringLiteral("full-access"));
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(key);
        auto one = crypto::CertificateBuilder::issue(spec(QStringLiteral("partner")), *key, m_ca, m_caKey);
        QVERIFY(one);
        const auto cert = await(writes(*client).putCertificate(QStringLiteral("system"), QStringLiteral("remote_partner"), one->toPem(), false));
        QVERIFY2(cert, qPrintable(why(cert)));
        QCOMPARE(cert->fingerprintSha256, one->fingerprint(QCryptographicHash::Sha256));
        QCOMPARE(await(writes(*client).putCertificate(QStringLiteral("system"), QStringLiteral("remote_partner"), one->toPem(), false)).error().kind,
                 Error::Kind::Conflict);

        auto self = crypto::CertificateBuilder::selfSigned(spec(QStringLiteral("client")), *key);
        auto p12 = crypto::Exporter::pkcs12(*key, {*self}, crypto::SecretBuffer("pw-123"));
        QVERIFY(self && p12);
        const auto kp = await(writes(*client).putKeyPair(QStringLiteral("system"), QStringLiteral("remote_kp"), *p12,
                                                         crypto::SecretBuffer("pw-123"), false));
        QVERIFY2(kp, qPrintable(why(kp)));
        QVERIFY(kp->isKeyPair());
        QCOMPARE(await(writes(*client).putKeyPair(QStringLiteral("system"), QStringLiteral("remote_kp2"), *p12,
                                                  crypto::SecretBuffer("wrong"), false)).error().kind,
                 Error::Kind::Validation);
        auto chain = crypto::Exporter::chainPem({*one, m_ca});
        QVERIFY(chain);
        const auto chained = await(writes(*client).putChain(kp->key(), *chain));
        QVERIFY2(chained, qPrintable(why(chained)));
        QCOMPARE(chained->chain.size(), 2);
        QCOMPARE(chained->issuerDN, m_ca.subjectDN());
        // update() of a key pair sends its chain: the same chain again is fine.
        QVERIFY2(await(client->keystore().update(*chained)), "update with the same chain");
    }

    void renamesAndActivates()
    {
        auto client = remote(QStringLiteral("full-access"));
        const QString key = QStringLiteral("system/") + KeystoreEntry::hexaliasOf(QStringLiteral("remote_partner"));
        const auto renamed = await(writes(*client).rename(key, QStringLiteral("remote/partner 2")));
        QVERIFY2(renamed, qPrintable(why(renamed)));
        QCOMPARE(renamed->alias, QStringLiteral("remote/partner 2"));
        QCOMPARE(await(client->keystore().get(key)).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(writes(*client).rename(renamed->key(), QStringLiteral("remote_kp"))).error().kind, Error::Kind::Validation);

        KeyPairGeneration g;
        g.keystore = QStringLiteral("KeyRenewal");
        g.alias = QStringLiteral("remote_gen");
        g.keySize = 2048;
        g.signatureAlgorithm = QStringLiteral("SHA-256/RSA");
        g.commonName = QStringLiteral("remote.example.com");
        g.country = QStringLiteral("DE");
        const auto renewal = await(writes(*client).generateKeyPair(g));
        QVERIFY2(renewal, qPrintable(why(renewal)));
        QCOMPARE(renewal->keystore, QStringLiteral("KeyRenewal"));
        const Status activated = await(writes(*client).activateRenewal(renewal->key()));
        QVERIFY2(activated, qPrintable(status(activated)));
        const auto active = await(client->keystore().get(QStringLiteral("system/") + renewal->hexalias));
        QVERIFY(active);
        QCOMPARE(active->fingerprintSha256, renewal->fingerprintSha256);
        QCOMPARE(await(writes(*client).activateRenewal(renewal->key())).error().kind, Error::Kind::NotFound);
        QCOMPARE(await(writes(*client).activateRenewal(active->key())).error().kind, Error::Kind::Validation);
    }

    void readOnlyIsForbidden()
    {
        auto client = remote(QStringLiteral("read-only"));
        KeyPairGeneration g;
        g.alias = QStringLiteral("ro_gen");
        g.commonName = QStringLiteral("ro");
        g.country = QStringLiteral("DE");
        QCOMPARE(await(writes(*client).generateKeyPair(g)).error().kind, Error::Kind::Forbidden);
        QCOMPARE(await(writes(*client).putCertificate(QStringLiteral("system"), QStringLiteral("ro"), m_ca.toPem(), false)).error().kind,
                 Error::Kind::Forbidden);
        QCOMPARE(await(writes(*client).rename(QStringLiteral("system/") + KeystoreEntry::hexaliasOf(QStringLiteral("remote_kp")),
                                              QStringLiteral("ro"))).error().kind,
                 Error::Kind::Forbidden);
    }

    void chainFilesAreSplit()
    {
        auto two = crypto::Exporter::chainPem({m_ca, m_ca});
        QVERIFY(two);
        const auto split = splitChainPem(*two, QStringLiteral("here"));
        QVERIFY(split);
        QCOMPARE(split->size(), 2);
        QCOMPARE(splitChainPem(crypto::Exporter::certificateDer(m_ca), QStringLiteral("here"))->size(), 1);
        QCOMPARE(splitChainPem({}, QStringLiteral("here"))->size(), 0);
        const auto broken = splitChainPem("-----BEGIN CERTIFICATE-----\nAAAA", QStringLiteral("GET /x"));
        QCOMPARE(broken.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(splitChainPem("garbage", QStringLiteral("GET /x")).error().kind, Error::Kind::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(TestRemoteKeystore)
#include "tst_remotekeystore.moc"
