// TenantCopy of security material between two generated demo tenants (each its own file and
// id, real SQLite): a key pair (its private key carried from A's keychain items to B's in the real
// Secret Service, tests/with-keyring.sh), a certificate, known_hosts lines made by ssh-keygen, and
// a gpg-made PGP key in the public and the secret keyring (the secret keyring file carried as a
// keychain item). The copy lands as one pending, undoable step in B; afterwards the copied items
// do not differ. Refusals: SAP-owned entries, unknown items, a key pair whose private key this
// machine does not hold (nothing applied).
#include "DemoTenant.h"
#include "crypto/PgpTestSupport.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/KeystoreEntries.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/workspace/CopyMaterial.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KeystoreActions.h"
#include "app/workspace/KnownHostActions.h"
#include "app/workspace/PgpActions.h"
#include "app/workspace/TenantCopy.h"
#include "app/workspace/Workspace.h"
#include "workspace/CopyTestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace gh;
using namespace gh::copying;
using namespace gh::copytest;

namespace {

} // namespace

class TestTenantCopyMaterial : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_tmp;
    QString m_tmpRoot; // TMPDIR as the test started (the keyring's data folder lies under it)
    FixedClock m_clock{test::fixedNow()};
    std::shared_ptr<LocalTenant> m_a;
    std::shared_ptr<LocalTenant> m_b;
    std::unique_ptr<Workspace> m_wsA;
    std::unique_ptr<Workspace> m_wsB;
    test::GpgHome m_gpg;
    QString m_fingerprint;
    QByteArray m_public;
    QByteArray m_secret;
    QByteArray m_hostLine;

    TenantListing list(Workspace& ws)
    {
        return listed(ws, {EntityKind::KeystoreEntry, EntityKind::KnownHost, EntityKind::PgpKey});
    }

    // A key pair generated in A's workspace; its key kept in `store` under A's id when given.
    KeystoreEntry generateInA(const QString& alias, SecretStore* store)
    {
        keystore::GenerateRequest request;
        request.alias = alias;
        request.key = crypto::KeySpec::ec(QStringLiteral("P-256"));
        request.certificate.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1.contoso.com").arg(alias));
        const auto generated = keystore::generateKeyPair(request, list(*m_wsA).keystore,
                                                         {QStringLiteral("admin"), test::fixedNow()});
        if (!generated)
            qFatal("%s", generated.error().toString().toUtf8().constData());
        if (store) {
            KeyVault vault(*store, m_a->id());
            const Status kept = await(vault.keep(*generated->privateKey));
            if (!kept)
                qFatal("%s", kept.error().toString().toUtf8().constData());
        }
        const Status applied = await(m_wsA->apply({generated->change()}, QStringLiteral("generate")));
        if (!applied)
            qFatal("%s", applied.error().toString().toUtf8().constData());
        return generated->entry;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tmpRoot = QDir::tempPath();
        QVERIFY(m_tmp.isValid());
        qputenv("GNUPGHOME", m_tmp.filePath(QStringLiteral("never")).toUtf8());
        m_gpg.generate(QStringLiteral("Partner Signing <edi@partner.example>"), QStringLiteral("ed25519"),
                       QStringLiteral("never"));
        const QList<test::ColonKey> keys = m_gpg.listKeys();
        QCOMPARE(keys.size(), 1);
        m_fingerprint = keys.first().primary.fingerprint;
        m_public = m_gpg.gpg({QStringLiteral("--export")});
        m_secret = m_gpg.gpg({QStringLiteral("--export-secret-keys")});
        QVERIFY(!m_public.isEmpty() && !m_secret.isEmpty());
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QSKIP("ssh-keygen is not installed");
        const QString file = m_dir.filePath(QStringLiteral("host_key"));
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                                               QStringLiteral("sftp"), QStringLiteral("-f"), file});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        QFile pub(file + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        m_hostLine = "sftp.partner.example,10.0.0.7 " + pub.readAll().trimmed();
    }

    void init()
    {
        m_wsA.reset();
        m_wsB.reset();
        m_a = openDemoTenant(m_dir, QStringLiteral("a.ghtenant"));
        m_b = openDemoTenant(m_dir, QStringLiteral("b.ghtenant"));
        QVERIFY(m_a && m_b);
        QVERIFY(m_a->id() != m_b->id()); // two tenants, two sets of keychain items
        m_wsA = std::make_unique<Workspace>(m_a, m_clock);
        m_wsB = std::make_unique<Workspace>(m_b, m_clock);
    }

    void cleanup()
    {
        m_wsA.reset();
        m_wsB.reset();
        m_a.reset();
        m_b.reset();
    }

    void parsesMaterialItems()
    {
        QCOMPARE(item(QStringLiteral("keystore:partner")), (CopyItem{EntityKind::KeystoreEntry, QStringLiteral("system/partner")}));
        QCOMPARE(item(QStringLiteral("keystore_entries:KeyRenewal/x")).name, QStringLiteral("KeyRenewal/x"));
        QCOMPARE(item(QStringLiteral("known-host:sftp.example")).kind, EntityKind::KnownHost);
        QCOMPARE(item(QStringLiteral("pgp:ABCDEF0123456789")).kind, EntityKind::PgpKey);
        QCOMPARE(copyItemText(item(QStringLiteral("keystore:partner"))), QStringLiteral("keystore:system/partner"));
        QCOMPARE(copyItemText(item(QStringLiteral("pgp_keys:public/ABC"))), QStringLiteral("pgp:public/ABC"));
        for (const char* bad : {"keystore:", "keystore:system/", "pgp:", "credentials:x"}) {
            const Result<CopyItem> r = parseCopyItem(QLatin1String(bad));
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(QLatin1String(bad)));
        }
    }

    void refusalsNameTheItem()
    {
        const TenantListing a = list(*m_wsA);
        const auto sap = std::find_if(a.keystore.cbegin(), a.keystore.cend(),
                                      [](const KeystoreEntry& e) { return e.isSapOwned(); });
        QVERIFY(sap != a.keystore.cend());
        const CopyPlan plan = planCopy({CopyItem{EntityKind::KeystoreEntry, sap->keystore + QLatin1Char('/') + sap->alias},
                                        item(QStringLiteral("keystore:nope")), item(QStringLiteral("known-host:nowhere.example")),
                                        item(QStringLiteral("pgp:0000000000000000"))},
                                       a, list(*m_wsB), QStringLiteral("A"));
        QCOMPARE(plan.problems.size(), 4);
        QCOMPARE(plan.problems.at(0).kind, Error::Kind::ReadOnly);
        QVERIFY(plan.problems.at(0).toString().contains(sap->alias));
        QCOMPARE(plan.problems.at(1).kind, Error::Kind::NotFound);
        QVERIFY(plan.problems.at(1).toString().contains(QLatin1String("system/nope")));
        QVERIFY(plan.problems.at(2).toString().contains(QLatin1String("nowhere.example")));
        QVERIFY(plan.problems.at(3).toString().contains(QLatin1String("0000000000000000")));
        QVERIFY(plan.changes.isEmpty());
        QVERIFY(!plan.hasMaterial());
    }

    void copiesKeysHostsAndPgpThroughTheKeychain()
    {
        if (!insideThrowawayKeyring()) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        KeychainSecretStore store(QStringLiteral("gatehouse-test-copy"));
        // A gets a key pair (key in the keychain under A's id), a certificate, a host, a PGP key
        // in both keyrings (the secret keyring file in the keychain under A's id).
        const KeystoreEntry pair = generateInA(QStringLiteral("partner_signing"), &store);
        auto caKey = crypto::PrivateKey::generate(crypto::KeySpec::ed25519());
        QVERIFY(caKey.ok());
        crypto::CertificateSpec spec;
        spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=Partner Root CA"));
        spec.notBefore = test::fixedNow();
        spec.notAfter = test::fixedNow().addYears(5);
        spec.isCa = true;
        const auto caCert = crypto::CertificateBuilder::selfSigned(spec, *caKey);
        QVERIFY(caCert.ok());
        const KeystoreEntry ca = crypto::keystoreEntryFor(QStringLiteral("system"), QStringLiteral("partner_ca"),
                                                          QStringLiteral("Certificate"), keystore::TenantOwner,
                                                          {*caCert}, test::fixedNow(), QStringLiteral("admin"));
        const TenantListing before = list(*m_wsA);
        auto hosts = knownhostactions::planImport(QByteArray(m_hostLine + "\n"), QStringLiteral("known_hosts"), before.knownHosts);
        QVERIFY2(hosts.ok(), why(hosts).constData());
        auto pub = pgpactions::planImport(m_public, QStringLiteral("pub.gpg"), pgpactions::Keyring::Public, before.pgpKeys);
        QVERIFY2(pub.ok(), why(pub).constData());
        auto sec = pgpactions::planImport(m_secret, QStringLiteral("sec.gpg"), pgpactions::Keyring::Secret, before.pgpKeys);
        QVERIFY2(sec.ok(), why(sec).constData());
        const QString sha = sec->secretSha256;
        QVERIFY(await(store.write(pgpactions::secretKeyringKey(m_a->id(), sha), sec->secretKeyring)).ok());
        QList<Change> material{Change::created(ca)};
        material += hosts->changes(before.knownHosts);
        material += pub->changes(before.pgpKeys);
        material += sec->changes(before.pgpKeys);
        QVERIFY(await(m_wsA->apply(material, QStringLiteral("material"))).ok());

        const TenantListing a = list(*m_wsA);
        const TenantListing b = list(*m_wsB);
        const QList<CopyItem> items{item(QStringLiteral("keystore:partner_signing")),
                                    item(QStringLiteral("keystore:system/partner_ca")),
                                    item(QStringLiteral("known-host:10.0.0.7")),
                                    item(QStringLiteral("pgp:public/") + m_fingerprint),
                                    item(QStringLiteral("pgp:secret/") + m_fingerprint.toLower()),
                                    item(QStringLiteral("keystore:partner_signing"))}; // once
        const CopyPlan plan = planCopy(items, a, b, QStringLiteral("A"));
        QVERIFY2(plan.problems.isEmpty(), plan.problems.isEmpty() ? "" : plan.problems.first().toString().toUtf8().constData());
        QCOMPARE(plan.items.size(), 5);
        for (const PlannedCopy& p : plan.items)
            QCOMPARE(p.action, CopyAction::Add);
        QCOMPARE(plan.changes.size(), 5);
        QCOMPARE(plan.privateKeys.size(), 1);
        QCOMPARE(plan.privateKeys.first().alias, QStringLiteral("partner_signing"));
        QCOMPARE(plan.secretKeyrings, QStringList{sha});
        for (const Change& c : plan.changes) // no key bytes in the journal
            QVERIFY(!QJsonDocument(*c.after).toJson().contains("PRIVATE KEY"));

        // Before: B's keychain holds neither.
        KeyVault vaultB(store, m_b->id());
        QCOMPARE(await(vaultB.keyOf(pair)).error().kind, Error::Kind::NotFound);
        const Status carried = await(carryMaterial(store, m_a->id(), m_b->id(), plan));
        QVERIFY2(carried.ok(), why(carried).constData());
        QVERIFY(await(m_wsB->apply(plan.changes, plan.description)).ok());

        // B holds the key pair's private key under its own id, and the secret keyring file.
        const auto keyInB = await(vaultB.keyOf(pair));
        QVERIFY2(keyInB.ok(), why(keyInB).constData());
        const auto keyInA = await(KeyVault(store, m_a->id()).keyOf(pair));
        QVERIFY(keyInA.ok());
        QCOMPARE((*keyInB)->publicKeyDer(), (*keyInA)->publicKeyDer());
        const auto ring = await(store.read(pgpactions::secretKeyringKey(m_b->id(), sha)));
        QVERIFY(ring.ok());
        QCOMPARE(*ring, m_secret);

        // The copied items are the same now; the step is pending in B, and one undo takes it back.
        const QList<EntityKind> kinds{EntityKind::KeystoreEntry, EntityKind::KnownHost, EntityKind::PgpKey};
        QSet<QString> copied;
        for (const PlannedCopy& p : plan.items)
            copied.insert(p.item.name);
        const auto differing = [&] {
            int n = 0;
            for (const TenantDifference& d : diffListings(list(*m_wsA), list(*m_wsB), kinds))
                n += copied.contains(d.key) ? 1 : 0;
            return n;
        };
        QCOMPARE(differing(), 0);
        const auto pending = await(m_wsB->pendingChanges());
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), plan.changes.size());
        QVERIFY(await(m_wsB->undo()).ok());
        QCOMPARE(differing(), 5);

        for (const QString& key : {KeyVault::keyName(m_a->id(), (*keyInA)->publicKeyDer()),
                                   KeyVault::keyName(m_b->id(), (*keyInA)->publicKeyDer()),
                                   pgpactions::secretKeyringKey(m_a->id(), sha),
                                   pgpactions::secretKeyringKey(m_b->id(), sha)})
            QVERIFY(await(store.remove(key)).ok());
    }

    void aKeyPairWithoutItsKeyCopiesNothing()
    {
        if (!insideThrowawayKeyring()) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        KeychainSecretStore store(QStringLiteral("gatehouse-test-copy"));
        const KeystoreEntry pair = generateInA(QStringLiteral("made_elsewhere"), nullptr); // key not kept
        const CopyPlan plan = planCopy({item(QStringLiteral("keystore:made_elsewhere"))}, list(*m_wsA), list(*m_wsB),
                                       QStringLiteral("A"));
        QVERIFY(plan.problems.isEmpty());
        QCOMPARE(plan.privateKeys.size(), 1);
        const Status carried = await(carryMaterial(store, m_a->id(), m_b->id(), plan));
        QVERIFY(!carried.ok());
        QCOMPARE(carried.error().kind, Error::Kind::NotFound);
        QVERIFY(carried.error().toString().contains(QLatin1String("'made_elsewhere'")));
        // Nothing reached B: its journal is as created.
        QVERIFY(await(m_wsB->pendingChanges())->isEmpty());
        QVERIFY(!keystore::findEntry(list(*m_wsB).keystore, QStringLiteral("system"), pair.alias));
    }
};

QTEST_GUILESS_MAIN(TestTenantCopyMaterial)
#include "tst_tenantcopymaterial.moc"
