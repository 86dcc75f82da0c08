#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/PrivateKey.h"
#include "crypto/CryptoTestSupport.h"

#include <QTest>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <functional>
#include <optional>

using gh::Error;
using gh::crypto::Certificate;
using gh::crypto::CertificateBuilder;
using gh::crypto::CertificateSpec;
using gh::crypto::KeySpec;
using gh::crypto::KeyUsage;
using gh::crypto::PrivateKey;
using gh::crypto::test::spec;
using gh::crypto::test::utc;

Q_DECLARE_METATYPE(KeySpec)

namespace {

// Verifies `leaf` against `root` (trusted) with `untrusted` intermediates at a fixed time, with
// OpenSSL's strict X.509 checks. Returns the X509_V_ERR_* code (X509_V_OK on success).
int verifyChain(const Certificate& leaf, const QList<Certificate>& untrusted,
                const Certificate& root, const QDateTime& at)
{
    X509_STORE* store = X509_STORE_new();
    X509_STORE_add_cert(store, root.get());
    STACK_OF(X509)* chain = sk_X509_new_null();
    for (const Certificate& certificate : untrusted)
        sk_X509_push(chain, certificate.get());
    X509_STORE_CTX* ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leaf.get(), chain);
    X509_STORE_CTX_set_flags(ctx, X509_V_FLAG_X509_STRICT);
    X509_STORE_CTX_set_time(ctx, 0, static_cast<time_t>(at.toSecsSinceEpoch()));
    const int ok = X509_verify_cert(ctx);
    const int error = ok == 1 ? X509_V_OK : X509_STORE_CTX_get_error(ctx);
    X509_STORE_CTX_free(ctx);
    sk_X509_free(chain);
    X509_STORE_free(store);
    ERR_clear_error();
    return error;
}

int extensionCritical(const Certificate& certificate, int nid)
{
    const int index = X509_get_ext_by_NID(certificate.get(), nid, -1);
    if (index < 0)
        return -1;
    return X509_EXTENSION_get_critical(X509_get_ext(certificate.get(), index));
}

QByteArray octets(const ASN1_OCTET_STRING* string)
{
    if (!string)
        return {};
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(string)),
                      ASN1_STRING_length(string));
}

} // namespace

class TestCertificateBuilder : public QObject
{
    Q_OBJECT

    std::optional<PrivateKey> m_caKey;
    Certificate m_ca;

private Q_SLOTS:
    void initTestCase()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));
        GH_TRY(ca,
               CertificateBuilder::selfSigned(spec(QStringLiteral("CN=Builder CA"), true), key));
        m_ca = ca;
        m_caKey.emplace(std::move(key));
    }

    void selfSignedEveryKeyType_data()
    {
        QTest::addColumn<KeySpec>("keySpec");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("signature");
        QTest::newRow("RSA 2048") << KeySpec::rsa(2048) << QStringLiteral("SHA256")
                                  << QStringLiteral("SHA256withRSA");
        QTest::newRow("RSA 3072 SHA512")
            << KeySpec::rsa(3072) << QStringLiteral("SHA512") << QStringLiteral("SHA512withRSA");
        QTest::newRow("EC P-256") << KeySpec::ec(QStringLiteral("P-256"))
                                  << QStringLiteral("SHA256") << QStringLiteral("SHA256withECDSA");
        QTest::newRow("EC P-384") << KeySpec::ec(QStringLiteral("P-384"))
                                  << QStringLiteral("SHA384") << QStringLiteral("SHA384withECDSA");
        QTest::newRow("EC P-521") << KeySpec::ec(QStringLiteral("P-521"))
                                  << QStringLiteral("SHA-512") << QStringLiteral("SHA512withECDSA");
        QTest::newRow("Ed25519") << KeySpec::ed25519() << QStringLiteral("SHA256")
                                 << QStringLiteral("Ed25519");
    }

    void selfSignedEveryKeyType()
    {
        QFETCH(KeySpec, keySpec);
        QFETCH(QString, digest);
        QFETCH(QString, signature);
        GH_TRY(key, PrivateKey::generate(keySpec));
        CertificateSpec certificateSpec = spec(QStringLiteral("CN=Self,O=Gatehouse Tests"));
        certificateSpec.digest = digest;
        GH_TRY(certificate, CertificateBuilder::selfSigned(certificateSpec, key));

        QCOMPARE(certificate.version(), 3);
        QCOMPARE(certificate.signatureAlgorithm(), signature);
        QCOMPARE(certificate.keyType(), key.keyType());
        QVERIFY(certificate.isSelfIssued());
        QVERIFY(!certificate.isCa());
        QVERIFY(certificate.publicKeyMatches(key));
        QCOMPARE(X509_verify(certificate.get(), key.get()), 1);
        // authorityKeyIdentifier of a self-signed certificate names its own key.
        const QByteArray ski = octets(X509_get0_subject_key_id(certificate.get()));
        QCOMPARE(ski.size(), 20);
        QCOMPARE(octets(X509_get0_authority_key_id(certificate.get())), ski);
        QCOMPARE(verifyChain(certificate, {}, certificate, utc(2030, 1, 1)), X509_V_OK);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void threeLevelChain()
    {
        GH_TRY(rootKey, PrivateKey::generate(KeySpec::rsa(2048)));
        GH_TRY(intermediateKey, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-384"))));
        GH_TRY(leafKey, PrivateKey::generate(KeySpec::rsa(2048)));

        CertificateSpec rootSpec = spec(QStringLiteral("CN=Chain Root,O=Acme,C=DE"), true);
        rootSpec.pathLength = 1;
        GH_TRY(root, CertificateBuilder::selfSigned(rootSpec, rootKey));
        CertificateSpec intermediateSpec =
            spec(QStringLiteral("CN=Chain Intermediate,O=Acme,C=DE"), true);
        intermediateSpec.pathLength = 0;
        intermediateSpec.notAfter = utc(2035, 1, 1);
        GH_TRY(intermediate,
               CertificateBuilder::issue(intermediateSpec, intermediateKey, root, rootKey));
        CertificateSpec leafSpec = spec(QStringLiteral("CN=api.example.com,O=Acme,C=DE"));
        leafSpec.dnsNames = {QStringLiteral("api.example.com"), QStringLiteral("www.example.com")};
        leafSpec.ipAddresses = {QStringLiteral("192.0.2.7"), QStringLiteral("::1")};
        leafSpec.emails = {QStringLiteral("pki@example.com")};
        leafSpec.extendedKeyUsages = {QStringLiteral("serverAuth"), QStringLiteral("clientAuth")};
        leafSpec.notAfter = utc(2030, 6, 1);
        GH_TRY(leaf, CertificateBuilder::issue(leafSpec, leafKey, intermediate, intermediateKey));

        QCOMPARE(root.subjectDN(), QStringLiteral("CN=Chain Root,O=Acme,C=DE"));
        QCOMPARE(root.issuerDN(), root.subjectDN());
        QCOMPARE(intermediate.issuerDN(), root.subjectDN());
        QCOMPARE(leaf.issuerDN(), intermediate.subjectDN());
        QCOMPARE(leaf.subjectCommonName(), QStringLiteral("api.example.com"));
        QCOMPARE(leaf.issuerCommonName(), QStringLiteral("Chain Intermediate"));

        QVERIFY(root.isCa());
        QVERIFY(intermediate.isCa());
        QVERIFY(!leaf.isCa());
        QCOMPARE(root.pathLength(), 1);
        QCOMPARE(intermediate.pathLength(), 0);
        QCOMPARE(extensionCritical(root, NID_basic_constraints), 1);
        QCOMPARE(extensionCritical(leaf, NID_basic_constraints), 0);
        QCOMPARE(extensionCritical(leaf, NID_key_usage), 1);
        QCOMPARE(extensionCritical(leaf, NID_subject_alt_name), 0);

        QCOMPARE(leaf.dnsNames(), (QStringList{QStringLiteral("api.example.com"),
                                               QStringLiteral("www.example.com")}));
        QCOMPARE(leaf.ipAddresses(),
                 (QStringList{QStringLiteral("192.0.2.7"), QStringLiteral("::1")}));
        QCOMPARE(leaf.emails(), QStringList{QStringLiteral("pki@example.com")});
        QCOMPARE(leaf.extendedKeyUsages(),
                 (QStringList{QStringLiteral("serverAuth"), QStringLiteral("clientAuth")}));
        QCOMPARE(leaf.keyUsage(),
                 KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment); // RSA leaf
        QCOMPARE(intermediate.keyUsage(),
                 KeyUsage::KeyCertSign | KeyUsage::CrlSign | KeyUsage::DigitalSignature);

        // Key identifiers link each certificate to its issuer.
        QCOMPARE(octets(X509_get0_authority_key_id(leaf.get())),
                 octets(X509_get0_subject_key_id(intermediate.get())));
        QCOMPARE(octets(X509_get0_authority_key_id(intermediate.get())),
                 octets(X509_get0_subject_key_id(root.get())));
        QVERIFY(octets(X509_get0_subject_key_id(leaf.get())) !=
                octets(X509_get0_subject_key_id(intermediate.get())));

        QCOMPARE(leaf.signatureAlgorithm(), QStringLiteral("SHA256withECDSA"));
        QCOMPARE(verifyChain(leaf, {intermediate}, root, utc(2025, 1, 1)), X509_V_OK);
        QCOMPARE(verifyChain(leaf, {}, root, utc(2025, 1, 1)),
                 X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
        QCOMPARE(verifyChain(leaf, {intermediate}, root, utc(2031, 1, 1)),
                 X509_V_ERR_CERT_HAS_EXPIRED);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void expiredCertificateKeepsItsDates()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));
        CertificateSpec expiredSpec = spec(QStringLiteral("CN=Expired"));
        expiredSpec.notBefore = utc(2009, 12, 31, 23, 59, 58);
        expiredSpec.notAfter = utc(2011, 6, 30, 12, 34, 56);
        GH_TRY(issued, CertificateBuilder::issue(expiredSpec, key, m_ca, *m_caKey));
        GH_TRY(reread, Certificate::fromPem(issued.toPem()));
        QCOMPARE(reread.notBefore(), expiredSpec.notBefore);
        QCOMPARE(reread.notAfter(), expiredSpec.notAfter);
        QVERIFY(reread.notAfter() < QDateTime::currentDateTimeUtc());
        QCOMPARE(verifyChain(reread, {}, m_ca, QDateTime::currentDateTimeUtc()),
                 X509_V_ERR_CERT_HAS_EXPIRED);
    }

    void datesBeyond2049()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ed25519()));
        CertificateSpec longSpec = spec(QStringLiteral("CN=Long Lived"));
        longSpec.notBefore = utc(1949, 7, 1, 8, 0, 0);
        longSpec.notAfter = utc(2099, 12, 31, 23, 59, 59);
        GH_TRY(certificate, CertificateBuilder::selfSigned(longSpec, key));
        QCOMPARE(certificate.notBefore(), longSpec.notBefore);
        QCOMPARE(certificate.notAfter(), longSpec.notAfter);
        // RFC 5280: GeneralizedTime outside 1950..2049.
        QCOMPARE(ASN1_STRING_type(X509_get0_notAfter(certificate.get())), V_ASN1_GENERALIZEDTIME);
    }

    void explicitSerial()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ed25519()));
        CertificateSpec serialSpec = spec(QStringLiteral("CN=Serial"));
        serialSpec.serial = QByteArray::fromHex("00ff10");
        GH_TRY(certificate, CertificateBuilder::issue(serialSpec, key, m_ca, *m_caKey));
        QCOMPARE(certificate.serialHex(), QStringLiteral("FF10"));
        QCOMPARE(certificate.serialDecimal(), QStringLiteral("65296"));
    }

    void unicodeSubject()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ed25519()));
        const QString dn =
            QStringLiteral("CN=Z\u00fcrich \u65e5\u672c,O=M\u00fcller\\, Gr\u00fcn AG,C=CH");
        GH_TRY(certificate, CertificateBuilder::issue(spec(dn), key, m_ca, *m_caKey));
        QCOMPARE(certificate.subjectDN(), dn);
        QCOMPARE(certificate.subjectCommonName(), QStringLiteral("Z\u00fcrich \u65e5\u672c"));
        QCOMPARE(certificate.subject().value(QStringLiteral("O")),
                 QStringLiteral("M\u00fcller, Gr\u00fcn AG"));
        QCOMPARE(certificate.issuerDN(), QStringLiteral("CN=Builder CA"));
    }

    void randomSerialIsPositiveAndFresh()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ed25519()));
        GH_TRY(first, CertificateBuilder::selfSigned(spec(QStringLiteral("CN=A")), key));
        GH_TRY(second, CertificateBuilder::selfSigned(spec(QStringLiteral("CN=A")), key));
        QCOMPARE(first.serialHex().size(), 32);
        QVERIFY(!first.serialHex().startsWith(QLatin1Char('-')));
        QVERIFY(first.serialHex().at(0) <= QLatin1Char('7')); // top bit clear
        QVERIFY(first.serialHex() != second.serialHex());
    }

    void explicitUsages()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));
        CertificateSpec usageSpec = spec(QStringLiteral("CN=Usage"));
        usageSpec.keyUsage =
            KeyUsage::DigitalSignature | KeyUsage::NonRepudiation | KeyUsage::KeyAgreement;
        usageSpec.extendedKeyUsages = {QStringLiteral("codeSigning"),
                                       QStringLiteral("1.3.6.1.4.1.99999.7")};
        GH_TRY(certificate, CertificateBuilder::issue(usageSpec, key, m_ca, *m_caKey));
        QCOMPARE(certificate.keyUsage(), usageSpec.keyUsage);
        QCOMPARE(
            certificate.extendedKeyUsages(),
            (QStringList{QStringLiteral("codeSigning"), QStringLiteral("1.3.6.1.4.1.99999.7")}));
        QVERIFY(certificate.dnsNames().isEmpty());
        QCOMPARE(X509_get_ext_by_NID(certificate.get(), NID_subject_alt_name, -1),
                 -1); // no empty SAN
    }

    void ed25519IssuerSignsWithoutDigest()
    {
        GH_TRY(caKey, PrivateKey::generate(KeySpec::ed25519()));
        GH_TRY(ca, CertificateBuilder::selfSigned(spec(QStringLiteral("CN=Ed CA"), true), caKey));
        GH_TRY(leafKey, PrivateKey::generate(KeySpec::rsa(2048)));
        CertificateSpec leafSpec = spec(QStringLiteral("CN=Ed Leaf"));
        leafSpec.digest = QStringLiteral("SHA512"); // ignored for EdDSA
        GH_TRY(leaf, CertificateBuilder::issue(leafSpec, leafKey, ca, caKey));
        QCOMPARE(leaf.signatureAlgorithm(), QStringLiteral("Ed25519"));
        QCOMPARE(leaf.keyType(), QStringLiteral("RSA"));
        QCOMPARE(X509_verify(leaf.get(), caKey.get()), 1);
        QCOMPARE(verifyChain(leaf, {}, ca, utc(2030, 1, 1)), X509_V_OK);
    }

    void invalidSpec_data()
    {
        QTest::addColumn<std::function<void(CertificateSpec&)>>("change");
        QTest::addColumn<QString>("field");
        using Change = std::function<void(CertificateSpec&)>;
        QTest::newRow("notAfter before notBefore")
            << Change([](CertificateSpec& s) { s.notAfter = s.notBefore.addSecs(-1); })
            << QStringLiteral("ValidNotAfter");
        QTest::newRow("notAfter equal notBefore")
            << Change([](CertificateSpec& s) { s.notAfter = s.notBefore; })
            << QStringLiteral("ValidNotAfter");
        QTest::newRow("notAfter within the same second")
            << Change([](CertificateSpec& s) { s.notAfter = s.notBefore.addMSecs(500); })
            << QStringLiteral("ValidNotAfter");
        QTest::newRow("no notAfter") << Change([](CertificateSpec& s) { s.notAfter = {}; })
                                     << QStringLiteral("ValidNotAfter");
        QTest::newRow("no notBefore") << Change([](CertificateSpec& s) { s.notBefore = {}; })
                                      << QStringLiteral("ValidNotBefore");
        QTest::newRow("empty subject")
            << Change([](CertificateSpec& s) { s.subject = {}; }) << QStringLiteral("Subject");
        QTest::newRow("serial too long")
            << Change([](CertificateSpec& s) { s.serial = QByteArray(21, '\x01'); })
            << QStringLiteral("SerialNumber");
        QTest::newRow("serial zero")
            << Change([](CertificateSpec& s) { s.serial = QByteArray(2, '\0'); })
            << QStringLiteral("SerialNumber");
        QTest::newRow("path length on leaf")
            << Change([](CertificateSpec& s) { s.pathLength = 0; }) << QStringLiteral("PathLength");
        QTest::newRow("MD5 digest")
            << Change([](CertificateSpec& s) { s.digest = QStringLiteral("MD5"); })
            << QStringLiteral("Digest");
        QTest::newRow("bad IP") << Change([](CertificateSpec& s) {
            s.ipAddresses = {QStringLiteral("300.1.1.1")};
        }) << QStringLiteral("IpAddresses");
        QTest::newRow("bad DNS") << Change([](CertificateSpec& s) {
            s.dnsNames = {QStringLiteral("a b,DNS:c")};
        }) << QStringLiteral("DnsNames");
        QTest::newRow("bad email")
            << Change([](CertificateSpec& s) { s.emails = {QStringLiteral("nobody")}; })
            << QStringLiteral("Emails");
        QTest::newRow("unknown EKU")
            << Change([](CertificateSpec& s) { s.extendedKeyUsages = {QStringLiteral("fooAuth")}; })
            << QStringLiteral("ExtendedKeyUsages");
    }

    void invalidSpec()
    {
        QFETCH(std::function<void(CertificateSpec&)>, change);
        QFETCH(QString, field);
        CertificateSpec invalid = spec(QStringLiteral("CN=Invalid"));
        change(invalid);
        const auto selfSigned = CertificateBuilder::selfSigned(invalid, *m_caKey);
        QVERIFY(!selfSigned.ok());
        QCOMPARE(selfSigned.error().kind, Error::Kind::Validation);
        QCOMPARE(selfSigned.error().field, field);
        QVERIFY(!selfSigned.error().message.isEmpty());
        const auto issued = CertificateBuilder::issue(invalid, *m_caKey, m_ca, *m_caKey);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().field, field);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void wrongIssuerKey()
    {
        GH_TRY(otherKey, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));
        const auto issued =
            CertificateBuilder::issue(spec(QStringLiteral("CN=Leaf")), otherKey, m_ca, otherKey);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().kind, Error::Kind::Validation);
        QCOMPARE(issued.error().field, QStringLiteral("IssuerKey"));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }
};

QTEST_APPLESS_MAIN(TestCertificateBuilder)
#include "tst_certificatebuilder.moc"
