#include "app/crypto/CertificateRequest.h"
#include "app/crypto/PrivateKey.h"
#include "crypto/CryptoTestSupport.h"

#include <QTest>

#include <openssl/err.h>

#include <optional>

using gh::Error;
using gh::crypto::acceptSignedChain;
using gh::crypto::Certificate;
using gh::crypto::CertificateBuilder;
using gh::crypto::CertificateRequest;
using gh::crypto::CsrSpec;
using gh::crypto::DistinguishedName;
using gh::crypto::KeySpec;
using gh::crypto::PrivateKey;
using gh::crypto::test::haveOpenSslCli;
using gh::crypto::test::runOpenSsl;
using gh::crypto::test::spec;
using gh::crypto::test::TestChain;
using gh::crypto::test::withBrokenSignature;

Q_DECLARE_METATYPE(KeySpec)

namespace {

CsrSpec csrSpec()
{
    CsrSpec result;
    result.subject =
        DistinguishedName::parse(QStringLiteral("CN=tenant.example.com,OU=Integration,O=Acme,C=DE"))
            .value();
    result.dnsNames = {QStringLiteral("tenant.example.com"),
                       QStringLiteral("*.tenant.example.com")};
    result.ipAddresses = {QStringLiteral("10.1.2.3"), QStringLiteral("2001:db8::1")};
    result.emails = {QStringLiteral("ops@example.com")};
    return result;
}

QString sha256Colon(const QByteArray& der)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace

class TestCertificateRequest : public QObject
{
    Q_OBJECT

    std::optional<TestChain> m_chain;

private Q_SLOTS:
    void initTestCase()
    {
        GH_TRY(chain, gh::crypto::test::makeTestChain());
        m_chain.emplace(std::move(chain));
    }

    void cleanup() { GH_VERIFY_ERROR_QUEUE_EMPTY(); }

    void createAndParse_data()
    {
        QTest::addColumn<KeySpec>("keySpec");
        QTest::addColumn<QString>("digest");
        QTest::newRow("RSA 2048") << KeySpec::rsa(2048) << QStringLiteral("SHA256");
        QTest::newRow("EC P-384") << KeySpec::ec(QStringLiteral("P-384"))
                                  << QStringLiteral("SHA384");
        QTest::newRow("Ed25519") << KeySpec::ed25519() << QStringLiteral("SHA256");
    }

    void createAndParse()
    {
        QFETCH(KeySpec, keySpec);
        QFETCH(QString, digest);
        GH_TRY(key, PrivateKey::generate(keySpec));
        CsrSpec request = csrSpec();
        request.digest = digest;
        GH_TRY(csr, CertificateRequest::create(key, request));
        QVERIFY(csr.verifySignature());
        QCOMPARE(csr.subjectDN(),
                 QStringLiteral("CN=tenant.example.com,OU=Integration,O=Acme,C=DE"));
        QCOMPARE(csr.dnsNames(), request.dnsNames);
        QCOMPARE(csr.ipAddresses(), request.ipAddresses);
        QCOMPARE(csr.emails(), request.emails);
        QCOMPARE(csr.keyType(), key.keyType());
        QCOMPARE(csr.keySize(), key.keySize());
        QCOMPARE(csr.publicKeyDer(), key.publicKeyDer());

        const QByteArray pem = csr.toPem();
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
        GH_TRY(fromPem, CertificateRequest::fromPem(pem));
        QCOMPARE(fromPem.toDer(), csr.toDer());
        GH_TRY(fromDer, CertificateRequest::fromDer(csr.toDer()));
        QCOMPARE(fromDer.toPem(), pem);
        QCOMPARE(fromDer.dnsNames(), request.dnsNames);
        // "NEW CERTIFICATE REQUEST" (what some Windows tools write) reads as well.
        QByteArray windows = pem;
        windows.replace("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");
        GH_TRY(fromWindows, CertificateRequest::fromPem(windows));
        QCOMPARE(fromWindows.toDer(), csr.toDer());

        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const auto verify = runOpenSsl({QStringLiteral("req"), QStringLiteral("-verify"),
                                        QStringLiteral("-noout"), QStringLiteral("-subject"),
                                        QStringLiteral("-nameopt"), QStringLiteral("RFC2253")},
                                       pem);
        QVERIFY2(verify.ok(), verify.err.constData());
        QVERIFY(QByteArray(verify.out + verify.err).contains("verify OK"));
        QVERIFY2(verify.out.contains("subject=CN=tenant.example.com,OU=Integration,O=Acme,C=DE"),
                 verify.out.constData());
        const auto text = runOpenSsl(
            {QStringLiteral("req"), QStringLiteral("-noout"), QStringLiteral("-text")}, pem);
        QVERIFY(text.out.contains("DNS:*.tenant.example.com"));
        QVERIFY(text.out.contains("IP Address:2001:DB8:0:0:0:0:0:1"));
    }

    void withoutSubjectAltNames()
    {
        CsrSpec request;
        request.subject.append(QStringLiteral("CN"), QStringLiteral("plain"));
        GH_TRY(csr, CertificateRequest::create(m_chain->leafKey, request));
        QVERIFY(csr.dnsNames().isEmpty());
        QVERIFY(csr.verifySignature());
    }

    void invalidSpecs_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty subject") << 0 << QStringLiteral("Subject");
        QTest::newRow("digest") << 1 << QStringLiteral("Digest");
        QTest::newRow("DNS name") << 2 << QStringLiteral("DnsNames");
        QTest::newRow("IP address") << 3 << QStringLiteral("IpAddresses");
        QTest::newRow("e-mail") << 4 << QStringLiteral("Emails");
        QTest::newRow("no key") << 5 << QStringLiteral("Key");
    }

    void invalidSpecs()
    {
        QFETCH(int, change);
        QFETCH(QString, field);
        CsrSpec request = csrSpec();
        switch (change) {
        case 0:
            request.subject = DistinguishedName();
            break;
        case 1:
            request.digest = QStringLiteral("MD5");
            break;
        case 2:
            request.dnsNames = {QStringLiteral("bad name")};
            break;
        case 3:
            request.ipAddresses = {QStringLiteral("10.1.2")};
            break;
        case 4:
            request.emails = {QStringLiteral("nobody")};
            break;
        default:
            break;
        }
        const PrivateKey none;
        const auto result =
            CertificateRequest::create(change == 5 ? none : m_chain->leafKey, request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QCOMPARE(result.error().field, field);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void badInput()
    {
        GH_TRY(csr, CertificateRequest::create(m_chain->leafKey, csrSpec()));
        const QByteArray der = csr.toDer();
        const QList<gh::Result<CertificateRequest>> failures{
            CertificateRequest::fromPem("garbage"),
            CertificateRequest::fromPem(QByteArray()),
            CertificateRequest::fromPem(m_chain->leaf.toPem()), // a certificate, not a request
            CertificateRequest::fromDer(der.left(der.size() - 3)),
            CertificateRequest::fromDer(QByteArray(der + "x")),
            CertificateRequest::fromDer(QByteArray()),
        };
        for (const auto& failure : failures) {
            QVERIFY(!failure.ok());
            QCOMPARE(failure.error().kind, Error::Kind::Crypto);
            QVERIFY2(failure.error().message.contains(QLatin1String("certificate request")),
                     qPrintable(failure.error().message));
            GH_VERIFY_ERROR_QUEUE_EMPTY();
        }
        // A request whose signature was tampered with parses, but does not verify.
        QByteArray tampered = der;
        tampered[tampered.size() - 1] = static_cast<char>(tampered.at(tampered.size() - 1) ^ 0x01);
        GH_TRY(broken, CertificateRequest::fromDer(tampered));
        QVERIFY(!broken.verifySignature());
        QVERIFY(!CertificateRequest().verifySignature());
        QVERIFY(CertificateRequest().toPem().isEmpty());
    }

    void acceptOrdersTheChain()
    {
        const QList<Certificate> expected = m_chain->leafToRoot();
        GH_TRY(shuffled, acceptSignedChain(m_chain->leafKey,
                                           {m_chain->root, m_chain->leaf, m_chain->intermediate}));
        QCOMPARE(shuffled, expected);
        GH_TRY(duplicates,
               acceptSignedChain(m_chain->leafKey, {m_chain->intermediate, m_chain->leaf,
                                                    m_chain->root, m_chain->leaf}));
        QCOMPARE(duplicates, expected);
        GH_TRY(partial,
               acceptSignedChain(m_chain->leafKey, {m_chain->intermediate, m_chain->leaf}));
        QCOMPARE(partial, (QList<Certificate>{m_chain->leaf, m_chain->intermediate}));
        GH_TRY(alone, acceptSignedChain(m_chain->leafKey, {m_chain->leaf}));
        QCOMPARE(alone, QList<Certificate>{m_chain->leaf});
        // The request carries the pending key's public key, which the answer must match.
        GH_TRY(csr, CertificateRequest::create(m_chain->leafKey, csrSpec()));
        QCOMPARE(csr.publicKeyDer(), m_chain->leafKey.publicKeyDer());
    }

    void acceptRejectsAnotherKey()
    {
        const auto result =
            acceptSignedChain(m_chain->intermediateKey, {m_chain->root, m_chain->leaf});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QCOMPARE(result.error().field, QStringLiteral("Chain"));
        QCOMPARE(
            result.error().message,
            QStringLiteral("the certificate CN=tenant.example.com,O=Acme,C=DE is for another key "
                           "(SHA-256 of its public key %1; of the pending key %2)")
                .arg(sha256Colon(m_chain->leafKey.publicKeyDer()),
                     sha256Colon(m_chain->intermediateKey.publicKeyDer())));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void acceptRejectsBadChains()
    {
        GH_TRY(otherKey, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));
        GH_TRY(stranger,
               CertificateBuilder::selfSigned(spec(QStringLiteral("CN=Stranger"), true), otherKey));
        const auto unrelated = acceptSignedChain(m_chain->leafKey, {m_chain->leaf, stranger});
        QVERIFY(!unrelated.ok());
        QCOMPARE(unrelated.error().message,
                 QStringLiteral("the certificate CN=Stranger does not belong to the chain of "
                                "CN=tenant.example.com,O=Acme,C=DE"));

        const auto tampered = acceptSignedChain(
            m_chain->leafKey, {withBrokenSignature(m_chain->leaf), m_chain->intermediate});
        QVERIFY(!tampered.ok());
        QVERIFY2(tampered.error().message.contains(
                     QLatin1String("does not verify with the key of CN=Gatehouse Issuing CA")),
                 qPrintable(tampered.error().message));

        const auto empty = acceptSignedChain(m_chain->leafKey, {});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().message, QStringLiteral("no certificate was given"));
        const auto noKey = acceptSignedChain(PrivateKey(), {m_chain->leaf});
        QVERIFY(!noKey.ok());
        QCOMPARE(noKey.error().field, QStringLiteral("Key"));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }
};

QTEST_APPLESS_MAIN(TestCertificateRequest)
#include "tst_certificaterequest.moc"
