// Seeder: the demo tenant has what the issue promises, relative to the day it is made; the
// synthetic tenant has the sizes asked for; tenant files appear whole or not at all.
#include "DemoTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/crypto/Certificate.h"
#include "app/domain/Expiry.h"
#include "app/domain/Validation.h"

#include <QDir>
#include <QHash>
#include <QSet>

using namespace gh;

namespace {
std::unique_ptr<LocalTenantClient> openClient(const QString& path)
{
    auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
    if (!tenant)
        return nullptr;
    return std::make_unique<LocalTenantClient>(*tenant);
}
} // namespace

class TestSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoHasUsersAndIdentityProviders()
    {
        QTemporaryDir dir;
        auto client = openClient(test::createDemoTenant(dir));
        QVERIFY(client);
        auto idps = client->identityProviders().list().result();
        QVERIFY(idps.ok());
        QCOMPARE(idps->size(), 2);
        auto users = client->users().list().result();
        QVERIFY(users->size() >= 40);
        QSet<QString> origins;
        for (const User& u : *users)
            origins.insert(u.origin);
        QCOMPARE(origins, (QSet<QString>{QStringLiteral("sap.default"), QStringLiteral("contoso-aad")}));
        auto collections = client->roleCollections().list().result();
        QVERIFY(collections.ok());
        int readOnly = 0;
        for (const RoleCollection& rc : *collections)
            readOnly += rc.isReadOnly ? 1 : 0;
        QVERIFY(readOnly >= 5);
        QVERIFY(collections->size() > readOnly); // and the tenant's own, editable ones
        QVERIFY(client->roles().list().result()->size() >= 20);
        QVERIFY(client->roleTemplates().list().result()->size() >= 20);
    }

    void demoDestinationsCoverTypesProxiesAndAuthentications()
    {
        QTemporaryDir dir;
        auto client = openClient(test::createDemoTenant(dir));
        QVERIFY(client);
        auto destinations = client->destinations().list().result();
        QVERIFY(destinations.ok());
        QVERIFY(destinations->size() >= 12);
        QSet<QString> types, proxies, auths;
        for (const Destination& d : *destinations) {
            types.insert(d.type());
            proxies.insert(d.proxyType());
            if (d.type() == QLatin1String("HTTP"))
                auths.insert(d.authentication());
            for (const Destination::Property& p : d.properties())
                QVERIFY2(p.value.isEmpty() || !p.secret, qPrintable(p.key)); // no secret value anywhere
        }
        QVERIFY(types.contains(QStringLiteral("HTTP")) && types.contains(QStringLiteral("RFC")) && types.contains(QStringLiteral("MAIL")));
        QVERIFY(proxies.contains(QStringLiteral("Internet")) && proxies.contains(QStringLiteral("OnPremise")));
        QVERIFY(auths.size() >= 5);
        for (const QString& a : {QStringLiteral("BasicAuthentication"), QStringLiteral("OAuth2ClientCredentials"),
                                 QStringLiteral("ClientCertificateAuthentication"), QStringLiteral("PrincipalPropagation"),
                                 QStringLiteral("OAuth2SAMLBearerAssertion")})
            QVERIFY2(auths.contains(a), qPrintable(a));
    }

    void demoKeystoreIsRelativeToItsDay_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("fixed day") << test::fixedNow();
        QTest::newRow("years later") << test::fixedNow().addYears(7).addDays(113);
    }

    void demoKeystoreIsRelativeToItsDay()
    {
        QFETCH(QDateTime, now);
        QTemporaryDir dir;
        auto client = openClient(test::createDemoTenant(dir, now));
        QVERIFY(client);
        auto entries = client->keystore().list().result();
        QVERIFY(entries.ok());
        QVERIFY(entries->size() >= 6);
        bool sapKeyPair = false, expired = false, expiringSoon = false, threeLevels = false;
        for (const KeystoreEntry& e : *entries) {
            sapKeyPair |= e.isKeyPair() && e.isSapOwned();
            const ExpiryInfo info = expiryOf(e.validNotBefore, e.validNotAfter, now, 14);
            expired |= info.status == ExpiryStatus::Expired;
            expiringSoon |= info.status == ExpiryStatus::Expiring;
            QVERIFY(!e.chain.isEmpty());
            auto leaf = crypto::Certificate::fromPem(e.chain.first());
            QVERIFY(leaf.ok());
            QCOMPARE(leaf->fingerprint(QCryptographicHash::Sha256), e.fingerprintSha256);
            QCOMPARE(leaf->subjectDN(), e.subjectDN);
            QCOMPARE(leaf->notAfter(), e.validNotAfter);
            if (e.isKeyPair() && e.chain.size() == 3) {
                auto intermediate = crypto::Certificate::fromPem(e.chain.at(1));
                auto root = crypto::Certificate::fromPem(e.chain.at(2));
                QVERIFY(intermediate.ok() && root.ok());
                QCOMPARE(leaf->issuerDN(), intermediate->subjectDN());
                QCOMPARE(intermediate->issuerDN(), root->subjectDN());
                QVERIFY(root->isSelfIssued() && root->isCa() && intermediate->isCa());
                threeLevels = true;
            }
        }
        QVERIFY(sapKeyPair);
        QVERIFY(expired);
        QVERIFY(expiringSoon);
        QVERIFY(threeLevels);
    }

    void demoHasDestinationCertificatesInUse()
    {
        QTemporaryDir dir;
        auto client = openClient(test::createDemoTenant(dir));
        QVERIFY(client);
        auto certificates = client->destinationCertificates().list().result();
        QVERIFY(certificates.ok());
        QVERIFY(certificates->size() >= 3);
        int expiring = 0;
        int keystores = 0;
        QSet<QString> names;
        for (const DestinationCertificate& c : *certificates) {
            names.insert(c.name);
            QVERIFY(validateDestinationCertificate(c).isEmpty());
            // Made at seed time: parseable, and dated from the day of seeding.
            for (const DestinationCertificateNode& n : c.certificates())
                QVERIFY(crypto::Certificate::fromDer(n.der).ok());
            if (expiryOf(c.notBefore(), c.notAfter(), test::fixedNow()).status == ExpiryStatus::Expiring)
                ++expiring;
            if (c.isKeystore()) {
                ++keystores;
                QVERIFY(c.hasPrivateKey());
                QVERIFY(c.contentSha256.isEmpty()); // its file is nowhere: only the public nodes
            }
        }
        QVERIFY(expiring >= 1);
        QVERIFY(keystores >= 1);
        auto destinations = client->destinations().list().result();
        QVERIFY(destinations.ok());
        QSet<QString> used;
        QSet<QString> properties;
        for (const Destination& d : *destinations) {
            for (const QString& name : d.referencedCertificates()) {
                if (names.contains(name))
                    used.insert(name);
            }
            for (const QString& key : {QStringLiteral("KeyStoreLocation"), QStringLiteral("TrustStoreLocation")}) {
                if (names.contains(d.value(key)))
                    properties.insert(key);
            }
        }
        QCOMPARE(used, names);
        QCOMPARE(properties.size(), 2);
    }

    void demoHasCredentialsAndParameters()
    {
        QTemporaryDir dir;
        auto client = openClient(test::createDemoTenant(dir));
        QVERIFY(client);
        auto creds = client->userCredentials().list().result();
        QVERIFY(creds.ok() && !creds->isEmpty());
        QVERIFY(creds->first().passwordSet);
        QVERIFY(!client->oauth2ClientCredentials().list().result()->isEmpty());
        QVERIFY(!client->secureParameters().list().result()->isEmpty());
    }

    // Known hosts with fingerprints as `ssh-keygen -l` prints them (fixed public keys, so the
    // values are known), and PGP public keys that never expire, whatever the day.
    void demoHasKnownHostsAndPgpKeys()
    {
        QTemporaryDir dir;
        auto client = openClient(test::createDemoTenant(dir, QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC)));
        QVERIFY(client);
        auto hosts = client->knownHosts().list().result();
        QVERIFY(hosts.ok());
        QCOMPARE(hosts->size(), 4);
        QHash<QString, QString> fingerprints;
        bool ca = false;
        for (const KnownHost& h : *hosts) {
            fingerprints.insert(h.hosts.first(), h.fingerprintSha256());
            ca = ca || h.marker == knownhosts::Marker::CertAuthority;
        }
        QVERIFY(ca);
        QCOMPARE(fingerprints.value(QStringLiteral("sftp.ariba.example")),
                 QStringLiteral("SHA256:akBNVAW0BC7ayyTxCIHFM6vEYxGcgAvRZSf3Ty6AGWE"));
        QCOMPARE(fingerprints.value(QStringLiteral("[sftp.bank.example]:2222")),
                 QStringLiteral("SHA256:9jueNM0ezvIbcO5EP56OicE/AEq2Yq9D+YKsv5MmS74"));
        QCOMPARE(fingerprints.value(QStringLiteral("edi.partner.example")),
                 QStringLiteral("SHA256:o9EYuu83QqLWawZFiFtPr7E1XmguEv+FPPXXM1JSGV8"));
        auto keys = client->pgpKeys().list().result();
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 2);
        for (const PgpKey& k : *keys) {
            QCOMPARE(k.keyring, PgpKey::PublicKeyring);
            QVERIFY(!k.publicKey.isEmpty());
            QVERIFY(!k.effectiveExpiry().isValid());
            QCOMPARE(k.status(QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC)), PgpStatus::Valid);
            QCOMPARE(k.fingerprint.right(16), k.keyId);
        }
    }

    void scaleSpecParses()
    {
        auto spec = ScaleSpec::parse(QStringLiteral("users=100000,role-collections=200,destinations=5,keystore=3"));
        QVERIFY(spec.ok());
        QCOMPARE(spec->users, 100000);
        QCOMPARE(spec->roleCollections, 200);
        QCOMPARE(spec->destinations, 5);
        QCOMPARE(spec->keystore, 3);
        auto bad = ScaleSpec::parse(QStringLiteral("users=10,planets=3"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("planets")));
        QVERIFY(!ScaleSpec::parse(QStringLiteral("users=-4")).ok());
    }

    void scaleTenantHasTheAskedSizes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.ghtenant"));
        const ScaleSpec spec{2000, 30, 50, 4};
        QVERIFY(Seeder::createTenantFile(path, [&](TenantStore& s) { return Seeder::populateScale(s, spec, test::fixedNow()); }).ok());
        auto client = openClient(path);
        QVERIFY(client);
        QCOMPARE(client->users().list().result()->size(), 2000);
        auto collections = client->roleCollections().list().result();
        int synthetic = 0;
        for (const RoleCollection& rc : *collections)
            synthetic += rc.name.startsWith(QLatin1String("Synthetic_")) ? 1 : 0;
        QCOMPARE(synthetic, 30);
        QCOMPARE(client->destinations().list().result()->size(), 50);
        QCOMPARE(client->keystore().list().result()->size(), 4);
    }

    void createRefusesAnExistingFileAndLeavesNoPartialOnFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        Status s = Seeder::createTenantFile(path, [](TenantStore&) { return Status(); });
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        QCOMPARE(test::readFile(path), QByteArray("precious"));

        const QString other = dir.filePath(QStringLiteral("other.ghtenant"));
        s = Seeder::createTenantFile(other, [](TenantStore&) { return Status(Error::make(Error::Kind::Internal, QStringLiteral("fail"))); });
        QVERIFY(!s.ok());
        QVERIFY(!QFile::exists(other));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("t.ghtenant")});
    }
};

QTEST_GUILESS_MAIN(TestSeeder)
#include "tst_seeder.moc"
