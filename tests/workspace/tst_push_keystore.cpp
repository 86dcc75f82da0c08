// Pushing a replica's keystore changes to the real gatehouse-tenantd over TLS: a generated key
// pair, its CA-signed chain, an imported certificate and PKCS#12, renames (of a key pair whose
// key stays in the tenant, too), a renewal key and its activation end equal on the remote (read
// back through a second client); a key pair without its private key here is refused and stays
// pending; a change the remote already has is done without a write; a remote change since the
// pull is a conflict. OpenSSL material is made here; private keys stay in a KeyVault.
#include "DemoTenant.h"
#include "client/remote/TransportTestSupport.h"
#include "PushTestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "app/client/KeystoreWrites.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/client/remote/ServiceKey.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KeystoreActions.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Push.h"
#include "app/workspace/Workspace.h"

#include <QTest>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::why;
using gh::test::describe;

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

QStringList fingerprints(const KeystoreEntry& e)
{
    QStringList out;
    for (const QByteArray& pem : e.chain)
        out.append(crypto::Certificate::fromPem(pem)->fingerprint(QCryptographicHash::Sha256));
    return out;
}

} // namespace

class TestPushKeystore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    std::unique_ptr<RemoteTenantClient> m_remote;
    std::unique_ptr<RemoteTenantClient> m_other;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC)};
    MemorySecretStore m_secrets;
    KeyVault m_vault{m_secrets, QStringLiteral("push-keystore")};
    int m_replicas = 0;
    crypto::PrivateKey m_caKey;
    crypto::Certificate m_ca;

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), client + suffix);
        c.timeoutMs = 20000;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

    std::unique_ptr<RemoteTenantClient> client()
    {
        const QString name = QStringLiteral("full-access");
        return std::make_unique<RemoteTenantClient>(name, transport(name, QStringLiteral("-xsuaa-apiaccess.json")),
                                                    transport(name, QStringLiteral("-destination.json")),
                                                    transport(name, QStringLiteral("-integration-api.json")));
    }

    std::shared_ptr<LocalTenant> pulledReplica()
    {
        const QString name = QStringLiteral("keystore%1").arg(++m_replicas);
        auto replica = openOrCreateReplica(m_dir.filePath(QStringLiteral("replicas/%1.ghtenant").arg(name)), name);
        if (!replica)
            return nullptr;
        PullOptions options;
        options.profile = name;
        const auto pulled = await(pullTenant(*m_remote, *replica, m_clock, options), 60000);
        if (!pulled)
            qWarning("pull: %s", qPrintable(pulled.error().toString()));
        return pulled ? *replica : nullptr;
    }

    PushOptions withKeys()
    {
        PushOptions o;
        o.privateKeyOf = [this](const KeystoreEntry& e) { return m_vault.keyOf(e); };
        return o;
    }

    static QList<KeystoreEntry> entries(LocalTenant& replica)
    {
        auto all = await(LocalTenantClient(replica.shared_from_this()).keystore().list());
        return all ? *all : QList<KeystoreEntry>{};
    }

    static qint64 pending(LocalTenant& replica)
    {
        const auto n = replica.run([](TenantStore& s) { return s.journalCount(JournalEntry::State::Pending); }).result();
        return n ? *n : -1;
    }

    keystore::Actor actor() const { return {QStringLiteral("push-test"), m_clock.now()}; }

    // Generates a key pair into the replica, its key kept in the vault.
    bool generate(Workspace& ws, LocalTenant& replica, const QString& alias, const QString& keystore = QStringLiteral("system"),
                  std::shared_ptr<const crypto::PrivateKey>* keyOut = nullptr)
    {
        keystore::GenerateRequest request;
        request.keystore = keystore;
        request.alias = alias;
        request.key = crypto::KeySpec::ec(QStringLiteral("P-256"));
        request.certificate = spec(alias + QStringLiteral(".example.com"));
        auto made = keystore::generateKeyPair(request, entries(replica), actor());
        if (!made || !m_vault.keep(*made->privateKey).result())
            return false;
        if (keyOut)
            *keyOut = made->privateKey;
        return bool(ws.apply({made->change()}, QStringLiteral("generate %1").arg(alias)).result());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
        m_remote = client();
        m_other = client();
        auto caKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(caKey);
        m_caKey = std::move(*caKey);
        auto ca = crypto::CertificateBuilder::selfSigned(spec(QStringLiteral("Push CA"), true), m_caKey);
        QVERIFY(ca);
        m_ca = *ca;
    }

    void cleanupTestCase()
    {
        m_remote.reset();
        m_other.reset();
        m_daemon.stop();
    }

    void keystoreChangesEndEqualOnTheRemote()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        // The pull brought the chains.
        const QList<KeystoreEntry> pulled = entries(*replica);
        QVERIFY(std::any_of(pulled.cbegin(), pulled.cend(), [](const KeystoreEntry& e) { return e.chain.size() > 1; }));
        Workspace ws(replica, m_clock);

        // A generated key pair, then its CA-signed chain (one step each).
        std::shared_ptr<const crypto::PrivateKey> genKey;
        QVERIFY(generate(ws, *replica, QStringLiteral("push_gen"), QStringLiteral("system"), &genKey));
        auto leaf = crypto::CertificateBuilder::issue(spec(QStringLiteral("push_gen.example.com")), *genKey, m_ca, m_caKey);
        QVERIFY(leaf);
        const QList<KeystoreEntry> afterGenerate = entries(*replica);
        const KeystoreEntry* gen = keystore::findEntry(afterGenerate, QStringLiteral("system"), QStringLiteral("push_gen"));
        QVERIFY(gen);
        auto signedChain = keystore::updateWithSignedChain(*gen, {*leaf, m_ca}, actor());
        QVERIFY2(signedChain, qPrintable(why(signedChain)));
        QVERIFY(ws.apply({*signedChain}, QStringLiteral("signed chain")).result());

        // An imported certificate and an imported PKCS#12 key pair.
        auto partnerKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        auto partner = crypto::CertificateBuilder::issue(spec(QStringLiteral("Push Partner")), *partnerKey, m_ca, m_caKey);
        auto clientCert = crypto::CertificateBuilder::selfSigned(spec(QStringLiteral("push client")), *partnerKey);
        QVERIFY(partner && clientCert);
        auto p12 = crypto::Exporter::pkcs12(*partnerKey, {*clientCert}, crypto::SecretBuffer("p12-pass"));
        QVERIFY(p12);
        keystore::ImportOptions importOptions;
        importOptions.password = [](const QString&, int) { return std::optional<crypto::SecretBuffer>(crypto::SecretBuffer("p12-pass")); };
        const keystore::ImportPlan plan = keystore::planImport({{QStringLiteral("partner.pem"), partner->toPem()},
                                                                {QStringLiteral("client.p12"), *p12}},
                                                               entries(*replica), actor(), importOptions);
        QVERIFY2(plan.problems.isEmpty() && plan.count(keystore::ImportAction::Add) == 2, qPrintable(plan.summary()));
        for (const keystore::ImportItem& item : plan.items)
            if (item.privateKey)
                QVERIFY(m_vault.keep(*item.privateKey).result());
        QVERIFY(ws.apply(plan.changes(), plan.description()).result());

        // Renames: the imported certificate, and a pulled key pair whose key is the tenant's.
        const QList<KeystoreEntry> now = entries(*replica);
        const auto imported = std::find_if(now.cbegin(), now.cend(), [](const KeystoreEntry& e) {
            return e.keystore == QLatin1String("system") && !e.isKeyPair() && e.subjectDN.contains(QLatin1String("Push Partner"));
        });
        QVERIFY(imported != now.cend());
        auto renamed = keystore::rename(*imported, QStringLiteral("push_partner_renamed"), now, actor());
        QVERIFY2(renamed, qPrintable(why(renamed)));
        QVERIFY(ws.apply(*renamed, QStringLiteral("rename")).result());
        const auto pulledKeyPair = std::find_if(pulled.cbegin(), pulled.cend(), [](const KeystoreEntry& e) {
            return e.keystore == QLatin1String("system") && e.isKeyPair() && !e.isSapOwned();
        });
        QVERIFY(pulledKeyPair != pulled.cend());
        auto renamedRemote = keystore::rename(*pulledKeyPair, pulledKeyPair->alias + QStringLiteral("_renamed"), entries(*replica), actor());
        QVERIFY2(renamedRemote, qPrintable(why(renamedRemote)));
        QVERIFY(ws.apply(*renamedRemote, QStringLiteral("rename a pulled key pair")).result());

        // A renewal key for push_gen, then its activation.
        const QList<KeystoreEntry> beforeRenewal = entries(*replica);
        const KeystoreEntry* current = keystore::findEntry(beforeRenewal, QStringLiteral("system"), QStringLiteral("push_gen"));
        QVERIFY(current);
        auto renewal = keystore::renewalKeyPair(*current, entries(*replica), actor());
        QVERIFY2(renewal, qPrintable(why(renewal)));
        QVERIFY(m_vault.keep(*renewal->privateKey).result());
        QVERIFY(ws.apply({renewal->change()}, QStringLiteral("renewal key")).result());
        auto activation = keystore::activateRenewal(renewal->entry, entries(*replica), actor());
        QVERIFY2(activation, qPrintable(why(activation)));
        QVERIFY(ws.apply(*activation, QStringLiteral("activate")).result());

        const auto pushed = await(pushJournal(*m_remote, replica, m_clock, withKeys()), 60000);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QVERIFY2(pushed->complete(), qPrintable(describe(*pushed)));
        QCOMPARE(pending(*replica), qint64(0));

        // Every keystore entry of the replica is on the remote with the same content.
        const auto remoteAll = await(m_other->keystore().list());
        QVERIFY2(remoteAll, qPrintable(why(remoteAll)));
        const QList<KeystoreEntry> local = entries(*replica);
        QCOMPARE(remoteAll->size(), local.size());
        for (const KeystoreEntry& mine : local) {
            const auto theirs = std::find_if(remoteAll->cbegin(), remoteAll->cend(), [&mine](const KeystoreEntry& e) { return e.key() == mine.key(); });
            QVERIFY2(theirs != remoteAll->cend(), qPrintable(mine.key()));
            QCOMPARE(theirs->alias, mine.alias);
            QCOMPARE(theirs->type, mine.type);
            QCOMPARE(theirs->fingerprintSha256, mine.fingerprintSha256);
            if (mine.keystore != QLatin1String("KeyHistory") && (mine.isKeyPair() || mine.chain.size() == 1))
                QCOMPARE(fingerprints(*theirs), fingerprints(mine));
        }
        const auto active = std::find_if(remoteAll->cbegin(), remoteAll->cend(), [](const KeystoreEntry& e) {
            return e.keystore == QLatin1String("system") && e.alias == QLatin1String("push_gen");
        });
        QVERIFY(active != remoteAll->cend());
        QCOMPARE(active->fingerprintSha256, renewal->entry.fingerprintSha256);
        QVERIFY(std::any_of(remoteAll->cbegin(), remoteAll->cend(), [](const KeystoreEntry& e) {
            return e.keystore == QLatin1String("KeyHistory") && e.alias == QLatin1String("1_push_gen");
        }));

        // Nothing left to send; a fresh pull finds nothing to change.
        const auto again = await(pushJournal(*m_remote, replica, m_clock, withKeys()), 60000);
        QVERIFY(again && again->items.isEmpty());
    }

    void keyPairWithoutItsKeyStaysPending()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        QVERIFY(generate(ws, *replica, QStringLiteral("push_nokey")));
        const auto pushed = await(pushJournal(*m_remote, replica, m_clock, PushOptions{}), 60000);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QCOMPARE(pushed->items.size(), 1);
        QCOMPARE(pushed->items.first().outcome, PushItem::Outcome::Refused);
        QVERIFY2(pushed->items.first().message.contains(QLatin1String("private key")), qPrintable(pushed->items.first().message));
        QCOMPARE(pending(*replica), qint64(1));
        QCOMPARE(await(m_other->keystore().get(QStringLiteral("system/") + KeystoreEntry::hexaliasOf(QStringLiteral("push_nokey")))).error().kind,
                 Error::Kind::NotFound);
        // With the key: sent.
        const auto withKey = await(pushJournal(*m_remote, replica, m_clock, withKeys()), 60000);
        QVERIFY2(withKey && withKey->complete(), qPrintable(withKey ? describe(*withKey) : why(withKey)));
        QCOMPARE(withKey->count(PushItem::Outcome::Sent), 1);
    }

    void alreadyAppliedIsDoneAndRemoteChangesConflict()
    {
        auto replica = pulledReplica();
        QVERIFY(replica);
        Workspace ws(replica, m_clock);
        // The same certificate imported here and, meanwhile, on the remote: done without a write.
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        auto twice = crypto::CertificateBuilder::issue(spec(QStringLiteral("push twice")), *key, m_ca, m_caKey);
        QVERIFY(twice);
        keystore::ImportOptions one;
        one.alias = QStringLiteral("push_twice");
        const auto plan = keystore::planImport({{QStringLiteral("twice.pem"), twice->toPem()}}, entries(*replica), actor(), one);
        QVERIFY(ws.apply(plan.changes(), plan.description()).result());
        auto* writes = dynamic_cast<KeystoreWrites*>(&m_other->keystore());
        QVERIFY(writes);
        QVERIFY(await(writes->putCertificate(QStringLiteral("system"), QStringLiteral("push_twice"), twice->toPem(), false)));

        // A pulled certificate renamed here while the remote replaced it: a conflict.
        const QList<KeystoreEntry> all = entries(*replica);
        const auto contested = std::find_if(all.cbegin(), all.cend(), [](const KeystoreEntry& e) {
            return e.keystore == QLatin1String("system") && !e.isKeyPair() && !e.isSapOwned() && e.alias != QLatin1String("push_twice");
        });
        QVERIFY(contested != all.cend());
        auto renamed = keystore::rename(*contested, contested->alias + QStringLiteral("_mine"), all, actor());
        QVERIFY(renamed);
        QVERIFY(ws.apply(*renamed, QStringLiteral("rename")).result());
        auto other = crypto::CertificateBuilder::issue(spec(QStringLiteral("theirs")), *key, m_ca, m_caKey);
        QVERIFY(await(writes->putCertificate(QStringLiteral("system"), contested->alias, other->toPem(), true)));

        const auto pushed = await(pushJournal(*m_remote, replica, m_clock, withKeys()), 60000);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        QCOMPARE(pushed->items.size(), 3);
        QCOMPARE(pushed->items.at(0).outcome, PushItem::Outcome::AlreadyDone);
        QCOMPARE(pushed->items.at(1).outcome, PushItem::Outcome::Conflict);
        QVERIFY(!pushed->complete());
        // The remote kept its replacement under the old alias.
        const auto theirs = await(m_other->keystore().get(contested->key()));
        QVERIFY(theirs);
        QCOMPARE(theirs->fingerprintSha256, other->fingerprint(QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestPushKeystore)
#include "tst_push_keystore.moc"
