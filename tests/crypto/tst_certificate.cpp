#include "app/crypto/Certificate.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/PrivateKey.h"
#include "crypto/CryptoTestSupport.h"

#include <QRegularExpression>
#include <QTest>

#include <openssl/err.h>
#include <openssl/x509.h>

#include <optional>

using gh::Error;
using gh::crypto::Certificate;
using gh::crypto::CertificateBuilder;
using gh::crypto::CertificateSpec;
using gh::crypto::KeySpec;
using gh::crypto::KeyUsage;
using gh::crypto::PrivateKey;
using gh::crypto::X509Ptr;
using gh::crypto::test::spec;
using gh::crypto::test::utc;

namespace {

// A version 1 certificate (no extensions) built with plain OpenSSL, independent of
// CertificateBuilder: serial 0x0123456789ABCDEF, 2001-02-03 04:05:06Z .. 2052-12-31 23:59:59Z
// (the end is a GeneralizedTime).
X509Ptr makeV1Certificate(EVP_PKEY* key)
{
    X509Ptr x509(X509_new());
    X509_set_version(x509.get(), X509_VERSION_1);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(x509.get()), 0x0123456789ABCDEFULL);
    X509_NAME* name = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("DE"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Version One"), -1, -1, 0);
    X509_set_issuer_name(x509.get(), name);
    ASN1_TIME_set_string_X509(X509_getm_notBefore(x509.get()), "20010203040506Z");
    ASN1_TIME_set_string_X509(X509_getm_notAfter(x509.get()), "20521231235959Z");
    X509_set_pubkey(x509.get(), key);
    if (X509_sign(x509.get(), key, EVP_sha256()) <= 0)
        return nullptr;
    return x509;
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

    // A three-level chain plus keys, generated once for the whole test.
    std::optional<PrivateKey> m_rootKey, m_intermediateKey, m_leafKey;
    Certificate m_root, m_intermediate, m_leaf, m_v1;

private Q_SLOTS:
    void initTestCase()
    {
        GH_TRY(rootKey, PrivateKey::generate(KeySpec::rsa(2048)));
        GH_TRY(intermediateKey, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-384"))));
        GH_TRY(leafKey, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));

        CertificateSpec rootSpec =
            spec(QStringLiteral("CN=Test Root CA,O=Gatehouse Tests,C=DE"), true);
        GH_TRY(root, CertificateBuilder::selfSigned(rootSpec, rootKey));

        CertificateSpec intermediateSpec =
            spec(QStringLiteral("CN=Test Issuing CA,O=Gatehouse Tests,C=DE"), true);
        intermediateSpec.pathLength = 0;
        GH_TRY(intermediate,
               CertificateBuilder::issue(intermediateSpec, intermediateKey, root, rootKey));

        CertificateSpec leafSpec =
            spec(QStringLiteral("CN=tenant.example.com,OU=Integration,O=Acme,C=DE"));
        leafSpec.dnsNames = {QStringLiteral("tenant.example.com"),
                             QStringLiteral("*.tenant.example.com")};
        leafSpec.ipAddresses = {QStringLiteral("10.1.2.3"), QStringLiteral("2001:db8:0:0:0:0:0:1")};
        leafSpec.emails = {QStringLiteral("ops@example.com")};
        leafSpec.extendedKeyUsages = {QStringLiteral("serverAuth"), QStringLiteral("clientAuth")};
        leafSpec.digest = QStringLiteral("SHA384");
        GH_TRY(leaf, CertificateBuilder::issue(leafSpec, leafKey, intermediate, intermediateKey));

        X509Ptr v1 = makeV1Certificate(rootKey.get());
        QVERIFY(v1);
        m_v1 = Certificate(std::move(v1));
        m_root = root;
        m_intermediate = intermediate;
        m_leaf = leaf;
        m_rootKey.emplace(std::move(rootKey));
        m_intermediateKey.emplace(std::move(intermediateKey));
        m_leafKey.emplace(std::move(leafKey));
    }

    void pemAndDerRoundTrip()
    {
        for (const Certificate& certificate : {m_root, m_intermediate, m_leaf, m_v1}) {
            const QByteArray pem = certificate.toPem();
            QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
            QVERIFY(pem.endsWith("-----END CERTIFICATE-----\n"));
            GH_TRY(fromPem, Certificate::fromPem(pem));
            QCOMPARE(fromPem.toDer(), certificate.toDer());
            QVERIFY(fromPem == certificate);

            const QByteArray der = certificate.toDer();
            QCOMPARE(static_cast<unsigned char>(der.at(0)), 0x30); // SEQUENCE
            GH_TRY(fromDer, Certificate::fromDer(der));
            QVERIFY(fromDer == certificate);
            QCOMPARE(fromDer.toPem(), pem);
        }
        QVERIFY(!(m_root == m_leaf));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void bundle()
    {
        GH_TRY(keyPem, m_leafKey->toPkcs8Pem());
        const QByteArray text = QByteArray("subject=leaf\n") + m_leaf.toPem() + "\n" +
                                QByteArray(keyPem.data(), keyPem.size()) + m_intermediate.toPem() +
                                "Bag Attributes: none\n" + m_root.toPem() + "\n\n";
        GH_TRY(list, Certificate::listFromPem(text));
        QCOMPARE(list.size(), 3);
        QVERIFY(list.at(0) == m_leaf);
        QVERIFY(list.at(1) == m_intermediate);
        QVERIFY(list.at(2) == m_root);

        // fromPem takes the first certificate, skipping other blocks before it.
        GH_TRY(first, Certificate::fromPem(
                          QByteArray(QByteArray(keyPem.data(), keyPem.size()) + m_root.toPem())));
        QVERIFY(first == m_root);

        // Windows line endings.
        QByteArray crlf = m_intermediate.toPem() + m_root.toPem();
        crlf.replace("\n", "\r\n");
        GH_TRY(fromCrlf, Certificate::listFromPem(crlf));
        QCOMPARE(fromCrlf.size(), 2);
        QVERIFY(fromCrlf.at(1) == m_root);

        GH_TRY(single, Certificate::listFromPem(m_v1.toPem()));
        QCOMPARE(single.size(), 1);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    // The failure path: bad input gives a Crypto error with a message, and leaves nothing on
    // OpenSSL's error queue.
    void garbage_data()
    {
        QTest::addColumn<int>("function"); // 0 fromPem, 1 fromDer, 2 listFromPem
        QTest::addColumn<QByteArray>("input");
        const QByteArray pem = m_leaf.toPem();
        const QByteArray der = m_leaf.toDer();
        QByteArray corruptedPem = pem;
        corruptedPem[40] = '!';
        QByteArray wrongDerInsidePem =
            "-----BEGIN CERTIFICATE-----\nTUlJQmFk\n-----END CERTIFICATE-----\n";
        GH_TRY(keyPem, m_leafKey->toPkcs8Pem());
        const QByteArray keyOnly(keyPem.data(), keyPem.size());

        QTest::newRow("fromPem text") << 0 << QByteArray("hello, world");
        QTest::newRow("fromPem empty") << 0 << QByteArray();
        QTest::newRow("fromPem DER") << 0 << der;
        QTest::newRow("fromPem bad base64") << 0 << corruptedPem;
        QTest::newRow("fromPem not DER inside") << 0 << wrongDerInsidePem;
        QTest::newRow("fromPem truncated") << 0 << pem.left(pem.size() / 2);
        QTest::newRow("fromPem key only") << 0 << keyOnly;
        QTest::newRow("fromDer text") << 1 << QByteArray("hello, world");
        QTest::newRow("fromDer empty") << 1 << QByteArray();
        QTest::newRow("fromDer PEM") << 1 << pem;
        QTest::newRow("fromDer truncated") << 1 << der.left(der.size() - 1);
        QTest::newRow("fromDer trailing data") << 1 << QByteArray(der + QByteArray("\0", 1));
        QTest::newRow("list text") << 2 << QByteArray("hello, world");
        QTest::newRow("list empty") << 2 << QByteArray();
        QTest::newRow("list key only") << 2 << keyOnly;
        QTest::newRow("list second corrupted") << 2 << QByteArray(pem + corruptedPem);
        QTest::newRow("list second not DER") << 2 << QByteArray(pem + wrongDerInsidePem);
    }

    void garbage()
    {
        QFETCH(int, function);
        QFETCH(QByteArray, input);
        Error error;
        switch (function) {
        case 0: {
            const auto result = Certificate::fromPem(input);
            QVERIFY(!result.ok());
            error = result.error();
            break;
        }
        case 1: {
            const auto result = Certificate::fromDer(input);
            QVERIFY(!result.ok());
            error = result.error();
            break;
        }
        default: {
            const auto result = Certificate::listFromPem(input);
            QVERIFY(!result.ok());
            error = result.error();
            break;
        }
        }
        QCOMPARE(error.kind, Error::Kind::Crypto);
        QVERIFY(!error.message.isEmpty());
        // Context plus at least one reason ("reading PEM certificate: no start line").
        QVERIFY2(error.message.contains(QLatin1String(": ")), qPrintable(error.message));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void garbagePemNamesOpenSslReason()
    {
        const auto result = Certificate::fromPem("definitely not PEM");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("reading PEM certificate: no start line"));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void fingerprints_data()
    {
        QTest::addColumn<QCryptographicHash::Algorithm>("algorithm");
        QTest::addColumn<int>("bytes");
        QTest::newRow("MD5") << QCryptographicHash::Md5 << 16;
        QTest::newRow("SHA-1") << QCryptographicHash::Sha1 << 20;
        QTest::newRow("SHA-256") << QCryptographicHash::Sha256 << 32;
        QTest::newRow("SHA-512") << QCryptographicHash::Sha512 << 64;
        QTest::newRow("SHA3-256") << QCryptographicHash::Sha3_256 << 32;
        QTest::newRow("BLAKE2b-256 (Qt fallback)") << QCryptographicHash::Blake2b_256 << 32;
    }

    void fingerprints()
    {
        QFETCH(QCryptographicHash::Algorithm, algorithm);
        QFETCH(int, bytes);
        static const QRegularExpression format(QStringLiteral("^[0-9A-F]{2}(:[0-9A-F]{2})*$"));
        for (const Certificate& certificate : {m_root, m_leaf, m_v1}) {
            const QString fingerprint = certificate.fingerprint(algorithm);
            const QString expected = QString::fromLatin1(
                QCryptographicHash::hash(certificate.toDer(), algorithm).toHex(':').toUpper());
            QCOMPARE(fingerprint, expected);
            QCOMPARE(fingerprint.size(), bytes * 3 - 1);
            QVERIFY(format.match(fingerprint).hasMatch());
        }
        QVERIFY(m_root.fingerprint(algorithm) != m_leaf.fingerprint(algorithm));
    }

    void md5Id()
    {
        const QString id = m_leaf.md5Id();
        QCOMPARE(id.size(), 32);
        QCOMPARE(id,
                 QString::fromLatin1(
                     QCryptographicHash::hash(m_leaf.toDer(), QCryptographicHash::Md5).toHex()));
        QCOMPARE(id, id.toLower());
        QVERIFY(m_root.md5Id() != id);
    }

    void versionAndSerial()
    {
        QCOMPARE(m_v1.version(), 1);
        QCOMPARE(m_leaf.version(), 3);
        QCOMPARE(m_v1.serialHex(), QStringLiteral("0123456789ABCDEF"));
        QCOMPARE(m_v1.serialDecimal(), QStringLiteral("81985529216486895"));

        // Random 16-byte serials: hex and decimal denote the same number.
        for (const Certificate& certificate : {m_root, m_intermediate, m_leaf}) {
            const QString hex = certificate.serialHex();
            QCOMPARE(hex.size(), 32);
            QCOMPARE(hex, hex.toUpper());
            BIGNUM* number = nullptr;
            QVERIFY(BN_hex2bn(&number, hex.toLatin1().constData()) > 0);
            gh::crypto::OpenSslString decimal(BN_bn2dec(number));
            BN_free(number);
            QCOMPARE(certificate.serialDecimal(), QString::fromLatin1(decimal.get()));
        }
        QVERIFY(m_root.serialHex() != m_leaf.serialHex());
    }

    void dates()
    {
        QCOMPARE(m_v1.notBefore(), utc(2001, 2, 3, 4, 5, 6));
        QCOMPARE(m_v1.notAfter(), utc(2052, 12, 31, 23, 59, 59));
        QCOMPARE(m_v1.notAfter().timeSpec(), Qt::UTC);
        QCOMPARE(m_leaf.notBefore(), utc(2020, 1, 1));
        QCOMPARE(m_leaf.notAfter(), utc(2040, 1, 1));
    }

    void names()
    {
        QCOMPARE(m_leaf.subjectDN(),
                 QStringLiteral("CN=tenant.example.com,OU=Integration,O=Acme,C=DE"));
        QCOMPARE(m_leaf.issuerDN(), QStringLiteral("CN=Test Issuing CA,O=Gatehouse Tests,C=DE"));
        QCOMPARE(m_leaf.subject().toString(), m_leaf.subjectDN());
        QCOMPARE(m_leaf.issuer().toString(), m_leaf.issuerDN());
        QCOMPARE(m_leaf.subjectCommonName(), QStringLiteral("tenant.example.com"));
        QCOMPARE(m_leaf.issuerCommonName(), QStringLiteral("Test Issuing CA"));
        QCOMPARE(m_v1.subjectDN(), QStringLiteral("CN=Version One,C=DE"));
        QCOMPARE(m_intermediate.issuerDN(), m_root.subjectDN());
    }

    void caAndSelfIssued()
    {
        QVERIFY(m_root.isSelfIssued());
        QVERIFY(!m_intermediate.isSelfIssued());
        QVERIFY(!m_leaf.isSelfIssued());
        QVERIFY(m_v1.isSelfIssued());
        QVERIFY(m_root.isCa());
        QVERIFY(m_intermediate.isCa());
        QVERIFY(!m_leaf.isCa());
        QVERIFY(!m_v1.isCa()); // no basicConstraints at all
        QCOMPARE(m_intermediate.pathLength(), 0);
        QCOMPARE(m_root.pathLength(), -1);
    }

    void extensions()
    {
        QCOMPARE(m_leaf.dnsNames(), (QStringList{QStringLiteral("tenant.example.com"),
                                                 QStringLiteral("*.tenant.example.com")}));
        QCOMPARE(m_leaf.ipAddresses(),
                 (QStringList{QStringLiteral("10.1.2.3"), QStringLiteral("2001:db8::1")}));
        QCOMPARE(m_leaf.emails(), QStringList{QStringLiteral("ops@example.com")});
        QCOMPARE(m_leaf.extendedKeyUsages(),
                 (QStringList{QStringLiteral("serverAuth"), QStringLiteral("clientAuth")}));
        QCOMPARE(m_leaf.keyUsage(), gh::crypto::KeyUsages(KeyUsage::DigitalSignature));
        QCOMPARE(m_root.keyUsage(),
                 KeyUsage::KeyCertSign | KeyUsage::CrlSign | KeyUsage::DigitalSignature);
        QVERIFY(m_root.dnsNames().isEmpty());
        QVERIFY(m_v1.keyUsage() == gh::crypto::KeyUsages());
        QVERIFY(m_v1.extendedKeyUsages().isEmpty());
    }

    void keysAndAlgorithms()
    {
        QCOMPARE(m_root.keyType(), QStringLiteral("RSA"));
        QCOMPARE(m_root.keySize(), 2048);
        QCOMPARE(m_root.ellipticCurve(), QString());
        QCOMPARE(m_intermediate.keyType(), QStringLiteral("EC"));
        QCOMPARE(m_intermediate.keySize(), 384);
        QCOMPARE(m_intermediate.ellipticCurve(), QStringLiteral("P-384"));
        QCOMPARE(m_leaf.ellipticCurve(), QStringLiteral("P-256"));

        QCOMPARE(m_root.signatureAlgorithm(), QStringLiteral("SHA256withRSA"));
        QCOMPARE(m_intermediate.signatureAlgorithm(),
                 QStringLiteral("SHA256withRSA")); // root signed
        QCOMPARE(m_leaf.signatureAlgorithm(), QStringLiteral("SHA384withECDSA"));
        QCOMPARE(m_v1.signatureAlgorithm(), QStringLiteral("SHA256withRSA"));
    }

    void publicKeyMatches()
    {
        QVERIFY(m_root.publicKeyMatches(*m_rootKey));
        QVERIFY(m_leaf.publicKeyMatches(*m_leafKey));
        QVERIFY(!m_leaf.publicKeyMatches(*m_intermediateKey)); // same type, other key
        QVERIFY(!m_leaf.publicKeyMatches(*m_rootKey));         // other type
        QVERIFY(!m_leaf.publicKeyMatches(PrivateKey()));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void copiesShareTheCertificate()
    {
        const Certificate copy = m_leaf;
        QVERIFY(copy.get() == m_leaf.get());
        QVERIFY(copy == m_leaf);
        Certificate assigned;
        QVERIFY(assigned.isNull());
        assigned = copy;
        QCOMPARE(assigned.subjectDN(), m_leaf.subjectDN());
        Certificate moved = std::move(assigned);
        QVERIFY(
            assigned.isNull()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QVERIFY(moved == m_leaf);
    }

    void nullCertificate()
    {
        const Certificate null;
        QVERIFY(null.toDer().isEmpty());
        QCOMPARE(null.subjectDN(), QString());
        QCOMPARE(null.version(), 0);
        QVERIFY(!null.notAfter().isValid());
        QVERIFY(!null.isCa());
        QCOMPARE(null.fingerprint(QCryptographicHash::Sha256), QString());
        QVERIFY(!(null == m_leaf));
        QVERIFY(null == Certificate());
    }
};

QTEST_APPLESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
