// KeyVault: private keys kept in a SecretStore by public key, found again through a keystore
// entry's certificate whatever its alias, and clear errors for keys Gatehouse does not hold.
#include "TestSupport.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/KeystoreEntries.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"

#include <QTest>

using namespace gh;

class TestKeyVault : public QObject
{
    Q_OBJECT

    static KeystoreEntry entryFor(const crypto::PrivateKey& key, const QString& alias)
    {
        crypto::CertificateSpec spec;
        spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=") + alias);
        spec.notBefore = test::fixedNow();
        spec.notAfter = test::fixedNow().addDays(30);
        const crypto::Certificate cert = crypto::CertificateBuilder::selfSigned(spec, key).value();
        return crypto::keystoreEntryFor(QStringLiteral("system"), alias, QStringLiteral("Key Pair"),
                                        QStringLiteral("Tenant Administrator"), {cert}, test::fixedNow(), QStringLiteral("t"));
    }

private Q_SLOTS:
    void keepsAndFindsByPublicKey()
    {
        MemorySecretStore store;
        KeyVault vault(store, QStringLiteral("tenant-a"));
        QVERIFY(!vault.isPersistent());
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-384")));
        QVERIFY(key.ok());
        const KeystoreEntry entry = entryFor(*key, QStringLiteral("one"));
        QVERIFY(vault.keep(*key).result().ok());

        // The name: tenant, then SHA-256 of the public key, never the alias.
        const QString name = KeyVault::keyName(QStringLiteral("tenant-a"), key->publicKeyDer());
        QVERIFY(name.startsWith(QLatin1String("tenant/tenant-a/privatekey/")));
        QCOMPARE(name.size(), QStringLiteral("tenant/tenant-a/privatekey/").size() + 64);
        auto stored = store.read(name).result();
        QVERIFY(stored.ok());
        QVERIFY(stored->startsWith("-----BEGIN PRIVATE KEY-----"));

        KeystoreEntry renamed = entry;
        renamed.alias = QStringLiteral("renamed");
        auto found = vault.keyOf(renamed).result();
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QCOMPARE((*found)->publicKeyDer(), key->publicKeyDer());
        // Reading wipes only the copies it was handed, never the stored key.
        QVERIFY(vault.keyOf(entry).result().ok());
        QCOMPARE(store.read(name).result().value(), stored.value());

        // Another tenant does not see it.
        KeyVault other(store, QStringLiteral("tenant-b"));
        auto missing = other.keyOf(entry).result();
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1String("'one'")));

        QVERIFY(vault.forget(key->publicKeyDer()).result().ok());
        QCOMPARE(vault.keyOf(entry).result().error().kind, Error::Kind::NotFound);
    }

    void damagedOrMismatchedValuesAreErrors()
    {
        MemorySecretStore store;
        KeyVault vault(store, QStringLiteral("t"));
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ed25519());
        auto other = crypto::PrivateKey::generate(crypto::KeySpec::ed25519());
        QVERIFY(key.ok() && other.ok());
        const KeystoreEntry entry = entryFor(*key, QStringLiteral("k"));
        const QString name = KeyVault::keyName(QStringLiteral("t"), key->publicKeyDer());

        QVERIFY(store.write(name, QByteArray("garbage")).result().ok());
        auto damaged = vault.keyOf(entry).result();
        QCOMPARE(damaged.error().kind, Error::Kind::Crypto);
        QVERIFY(damaged.error().message.contains(QLatin1String("cannot be read")));

        QVERIFY(store.write(name, other->toPkcs8Pem()->view().toByteArray()).result().ok());
        auto mismatched = vault.keyOf(entry).result();
        QCOMPARE(mismatched.error().kind, Error::Kind::Crypto);
        QVERIFY(mismatched.error().message.contains(QLatin1String("does not match")));

        KeystoreEntry noChain = entry;
        noChain.chain.clear();
        QCOMPARE(vault.keyOf(noChain).result().error().kind, Error::Kind::NotFound);
        QCOMPARE(vault.keep(crypto::PrivateKey()).result().error().kind, Error::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
