#include "app/crypto/PrivateKey.h"
#include "crypto/CryptoTestSupport.h"

#include <QTest>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <type_traits>

using gh::Error;
using gh::crypto::BioPtr;
using gh::crypto::EvpPkeyPtr;
using gh::crypto::KeySpec;
using gh::crypto::PrivateKey;
using gh::crypto::SecretBuffer;

Q_DECLARE_METATYPE(KeySpec)

namespace {

// The public key of a PEM "PUBLIC KEY", read with OpenSSL directly.
EvpPkeyPtr readPublicKey(const QByteArray& pem)
{
    BioPtr bio = gh::crypto::readOnlyBio(pem);
    return EvpPkeyPtr(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
}

// The NID of the cipher inside an "ENCRYPTED PRIVATE KEY" (PKCS#8 with PBES2).
int pkcs8CipherNid(QByteArrayView pem)
{
    BioPtr bio = gh::crypto::readOnlyBio(pem);
    X509_SIG* sig = PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr);
    if (!sig)
        return NID_undef;
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig, &algorithm, nullptr);
    int nid = NID_undef;
    if (OBJ_obj2nid(algorithm->algorithm) == NID_pbes2) {
        auto* pbe2 = static_cast<PBE2PARAM*>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter));
        if (pbe2) {
            nid = OBJ_obj2nid(pbe2->encryption->algorithm);
            PBE2PARAM_free(pbe2);
        }
    }
    X509_SIG_free(sig);
    return nid;
}

} // namespace

class TestPrivateKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("curve");
        QTest::newRow("RSA 2048") << KeySpec::rsa(2048) << QStringLiteral("RSA") << 2048
                                  << QString();
        QTest::newRow("RSA 3072") << KeySpec::rsa(3072) << QStringLiteral("RSA") << 3072
                                  << QString();
        QTest::newRow("RSA 4096") << KeySpec::rsa(4096) << QStringLiteral("RSA") << 4096
                                  << QString();
        QTest::newRow("EC P-256") << KeySpec::ec(QStringLiteral("P-256")) << QStringLiteral("EC")
                                  << 256 << QStringLiteral("P-256");
        QTest::newRow("EC P-384") << KeySpec::ec(QStringLiteral("P-384")) << QStringLiteral("EC")
                                  << 384 << QStringLiteral("P-384");
        QTest::newRow("EC P-521") << KeySpec::ec(QStringLiteral("P-521")) << QStringLiteral("EC")
                                  << 521 << QStringLiteral("P-521");
        QTest::newRow("Ed25519") << KeySpec::ed25519() << QStringLiteral("Ed25519") << 256
                                 << QString();
    }

    void generate()
    {
        QFETCH(KeySpec, spec);
        QFETCH(QString, type);
        QFETCH(int, bits);
        QFETCH(QString, curve);
        GH_TRY(key, PrivateKey::generate(spec));
        QVERIFY(!key.isNull());
        QCOMPARE(key.keyType(), type);
        QCOMPARE(key.keySize(), bits);
        QCOMPARE(key.curveName(), curve);
        QVERIFY(EVP_PKEY_get0_type_name(key.get()) != nullptr);

        // The public key PEM holds exactly the public half of this key.
        const QByteArray pem = key.publicKeyPem();
        QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
        EvpPkeyPtr publicKey = readPublicKey(pem);
        QVERIFY(publicKey);
        QCOMPARE(EVP_PKEY_eq(publicKey.get(), key.get()), 1);
        QVERIFY(!key.publicKeyDer().isEmpty());
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void generatesDistinctKeys()
    {
        GH_TRY(first, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));
        GH_TRY(second, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));
        QVERIFY(first.publicKeyPem() != second.publicKeyPem());
    }

    void invalidSpec_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::addColumn<QString>("field");
        QTest::newRow("RSA 1024") << KeySpec::rsa(1024) << QStringLiteral("KeySize");
        QTest::newRow("RSA 2047") << KeySpec::rsa(2047) << QStringLiteral("KeySize");
        QTest::newRow("RSA 8192") << KeySpec::rsa(8192) << QStringLiteral("KeySize");
        QTest::newRow("RSA 0") << KeySpec::rsa(0) << QStringLiteral("KeySize");
        QTest::newRow("P-192") << KeySpec::ec(QStringLiteral("P-192"))
                               << QStringLiteral("EllipticCurve");
        QTest::newRow("secp256k1")
            << KeySpec::ec(QStringLiteral("secp256k1")) << QStringLiteral("EllipticCurve");
        QTest::newRow("brainpool")
            << KeySpec::ec(QStringLiteral("brainpoolP256r1")) << QStringLiteral("EllipticCurve");
        QTest::newRow("no curve") << KeySpec::ec(QString()) << QStringLiteral("EllipticCurve");
    }

    void invalidSpec()
    {
        QFETCH(KeySpec, spec);
        QFETCH(QString, field);
        const auto key = PrivateKey::generate(spec);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, Error::Kind::Validation);
        QCOMPARE(key.error().field, field);
        QVERIFY(!key.error().message.isEmpty());
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void curveAliases()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ec(QStringLiteral("prime256v1"))));
        QCOMPARE(key.curveName(), QStringLiteral("P-256"));
    }

    void encryptedPkcs8RoundTrip_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::newRow("RSA") << KeySpec::rsa(2048);
        QTest::newRow("EC") << KeySpec::ec(QStringLiteral("P-384"));
        QTest::newRow("Ed25519") << KeySpec::ed25519();
    }

    void encryptedPkcs8RoundTrip()
    {
        QFETCH(KeySpec, spec);
        GH_TRY(key, PrivateKey::generate(spec));
        const SecretBuffer password("correct horse battery staple");
        GH_TRY(pem, key.toEncryptedPkcs8Pem(password));
        QVERIFY(pem.view().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QCOMPARE(pkcs8CipherNid(pem.view()), NID_aes_256_cbc);
        GH_VERIFY_ERROR_QUEUE_EMPTY();

        GH_TRY(reread, PrivateKey::fromPem(pem.view(), password));
        QCOMPARE(EVP_PKEY_eq(reread.get(), key.get()), 1);
        QCOMPARE(reread.keyType(), key.keyType());
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void wrongOrMissingPassword()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256"))));
        GH_TRY(pem, key.toEncryptedPkcs8Pem(SecretBuffer("right")));

        const auto wrong = PrivateKey::fromPem(pem.view(), SecretBuffer("wrong"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::WrongPassword);
        GH_VERIFY_ERROR_QUEUE_EMPTY();

        const auto missing = PrivateKey::fromPem(pem.view());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::WrongPassword);
        QVERIFY(missing.error().message.contains(QLatin1String("password")));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void emptyPasswordIsRejected()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ed25519()));
        const auto pem = key.toEncryptedPkcs8Pem(SecretBuffer());
        QVERIFY(!pem.ok());
        QCOMPARE(pem.error().kind, Error::Kind::Validation);
        QCOMPARE(pem.error().field, QStringLiteral("Password"));
    }

    void unencryptedPkcs8RoundTrip()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::rsa(2048)));
        GH_TRY(pem, key.toPkcs8Pem());
        QVERIFY(pem.view().startsWith("-----BEGIN PRIVATE KEY-----"));
        GH_TRY(reread, PrivateKey::fromPem(pem.view()));
        QCOMPARE(EVP_PKEY_eq(reread.get(), key.get()), 1);
        QCOMPARE(reread.keySize(), 2048);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void garbagePemFails()
    {
        const auto key = PrivateKey::fromPem("this is not a key");
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, Error::Kind::Crypto);
        QVERIFY(!key.error().message.isEmpty());
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void isMoveOnly()
    {
        QVERIFY(!std::is_copy_constructible_v<PrivateKey>);
        QVERIFY(std::is_nothrow_move_constructible_v<PrivateKey>);
        GH_TRY(key, PrivateKey::generate(KeySpec::ed25519()));
        EVP_PKEY* raw = key.get();
        PrivateKey moved(std::move(key));
        QVERIFY(moved.get() == raw);
        QVERIFY(key.isNull()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QCOMPARE(PrivateKey().keyType(), QString());
        QCOMPARE(PrivateKey().keySize(), 0);
        QVERIFY(PrivateKey().publicKeyPem().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestPrivateKey)
#include "tst_privatekey.moc"
