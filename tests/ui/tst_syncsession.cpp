// SyncSession against the real gatehouse-tenantd over TLS and the real Secret Service (a
// throwaway gnome-keyring; ctest runs this inside tests/with-keyring.sh): a profile whose client
// secrets are remembered in the keychain (and nowhere in the settings file) connects on the first
// pull, which reports progress per resource, fills the replica and sets the last pull; an edit is
// pushed; someone else changing the same role collection on the daemon makes the next push a
// conflict, counted by the session and ended with Take Theirs. A cancelled pull leaves the replica
// as it was; a profile whose CA does not match fails with the error named.

#include "RemoteTestSupport.h"

#include "app/client/remote/TenantProfiles.h"
#include "app/domain/Clock.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/CredentialSecrets.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KeystoreActions.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Workspace.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/SyncSession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace gh;

class TestSyncSession : public QObject
{
    Q_OBJECT

    test::RemoteTenantFixture m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<RemoteProfiles> m_profiles;

    bool addProfile(const QString& name, const QString& caFile)
    {
        remote::ProfileDraft draft;
        draft.name = name;
        for (const QString& suffix : {QStringLiteral("xsuaa-apiaccess"), QStringLiteral("destination"), QStringLiteral("integration-api")}) {
            auto key = remote::ServiceKey::readFile(m_remote.keyFile(suffix));
            if (!key)
                return false;
            draft.keys.push_back(std::move(key).value());
        }
        draft.caFile = caFile;
        return test::awaitFuture(m_profiles->add(std::move(draft), true)).ok();
    }

    RoleCollection replicaCollection(Workspace& ws, const QString& name)
    {
        auto got = test::awaitFuture(ws.client().roleCollections().get(name));
        return got ? *got : RoleCollection{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString reason;
        if (!test::insidePrivateKeyring(&reason)) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("gatehouse-test-")
                                                           + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(m_remote.start());
        m_settings = std::make_unique<QSettings>(m_remote.settingsFile(), QSettings::IniFormat);
        m_profiles = std::make_unique<RemoteProfiles>(*m_settings);
        m_profiles->setPersistentStore(m_keychain.get());
        QVERIFY(m_profiles->canRemember());
        QVERIFY(m_remote.createCollection(QStringLiteral("GUI Contested"), QStringLiteral("as pulled")));
        QVERIFY(m_remote.createCollection(QStringLiteral("GUI Calm"), QStringLiteral("as pulled")));
    }

    void cleanupTestCase() { m_remote.daemon.stop(); }

    void pullEditPushConflictResolve()
    {
        QVERIFY(addProfile(QStringLiteral("sandbox"), m_remote.caFile()));
        // The secret went to the keychain, not to the settings file.
        const auto secret = test::awaitFuture(
            m_keychain->read(remote::ProfileStore::secretKey(QStringLiteral("sandbox"), remote::Service::Xsuaa)));
        QVERIFY2(secret, test::whyNot(secret));
        QVERIFY(!secret->isEmpty());
        m_settings->sync();
        QVERIFY(!test::readFile(m_remote.settingsFile()).contains(*secret));

        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("sandbox")), QStringLiteral("sandbox"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(*m_profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("sandbox"));
        QVERIFY(session.isRemote());
        QCOMPARE(session.connection(), SyncSession::Connection::NotConnected);
        QVERIFY(!session.lastPull().isValid());

        QSignalSpy progress(&session, &SyncSession::pullProgress);
        QSignalSpy pulled(&session, &SyncSession::pullFinished);
        QVERIFY(session.pull());
        QVERIFY(session.isBusy());
        QVERIFY(!session.pull()); // one at a time
        QVERIFY(test::waitUntil([&] { return pulled.count() == 1; }));
        const auto pullResult = pulled.first().first().value<Result<PullSummary>>();
        QVERIFY2(pullResult, test::whyNot(pullResult));
        // One report per resource read; assignments are derived from them, not read.
        QCOMPARE(progress.count(), pulledKinds().size() - 1);
        QCOMPARE(session.connection(), SyncSession::Connection::Connected);
        QVERIFY(!session.isBusy());
        QVERIFY(test::waitUntil([&] { return session.lastPull().isValid(); }));
        QCOMPARE(session.lastPull(), m_clock.now());
        RoleCollection contested = replicaCollection(ws, QStringLiteral("GUI Contested"));
        RoleCollection calm = replicaCollection(ws, QStringLiteral("GUI Calm"));
        QCOMPARE(contested.description, QStringLiteral("as pulled"));

        // Edits here, one of them changed by someone else on the remote meanwhile.
        RoleCollection mine = contested, calmMine = calm;
        mine.description = QStringLiteral("mine");
        calmMine.description = QStringLiteral("calm, mine");
        QVERIFY(test::awaitFuture(ws.apply({Change::updated(contested, mine), Change::updated(calm, calmMine)},
                                           QStringLiteral("describe"))));
        QVERIFY(test::waitUntil([&] { return ws.state().pendingCount == 2; }));
        QVERIFY(m_remote.describeCollection(QStringLiteral("GUI Contested"), QStringLiteral("theirs")));

        QSignalSpy pushProgress(&session, &SyncSession::pushProgress);
        QSignalSpy pushed(&session, &SyncSession::pushFinished);
        QVERIFY(session.push());
        QVERIFY(test::waitUntil([&] { return pushed.count() == 1; }));
        const auto pushResult = pushed.first().first().value<Result<PushSummary>>();
        QVERIFY2(pushResult, test::whyNot(pushResult));
        QCOMPARE(pushResult->count(PushItem::Outcome::Conflict), 1);
        QCOMPARE(pushResult->count(PushItem::Outcome::Sent), 1);
        QVERIFY(test::waitUntil([&] { return pushProgress.count() == 2; }));
        QCOMPARE(m_remote.remoteDescription(QStringLiteral("GUI Calm")), QStringLiteral("calm, mine"));
        QVERIFY(test::waitUntil([&] { return session.conflictCount() == 1; }));
        QCOMPARE(session.conflicts().first().key, QStringLiteral("GUI Contested"));
        QVERIFY(test::waitUntil([&] { return ws.state().pendingCount == 1; }));

        const Status resolved = test::awaitFuture(
            session.resolve(EntityKind::RoleCollection, QStringLiteral("GUI Contested"), Resolution::TakeTheirs));
        QVERIFY2(resolved, test::whyNot(resolved));
        QVERIFY(test::waitUntil([&] { return session.conflictCount() == 0 && ws.state().pendingCount == 0; }));
        QCOMPARE(replicaCollection(ws, QStringLiteral("GUI Contested")).description, QStringLiteral("theirs"));
    }

    // The cockpit's push sends a credential secret waiting in the keychain and forgets it once
    // the remote has it; a credential created without one is refused by name.
    void credentialSecretsGoWithThePush()
    {
        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("sandbox")), QStringLiteral("sandbox"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(*m_profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("sandbox"));
        session.setSecretStore(m_keychain.get());

        credentials::Existing none;
        SecureParameter withValue;
        withValue.name = QStringLiteral("GUI_Param");
        SecureParameter without;
        without.name = QStringLiteral("GUI_Param_Without");
        const auto a = credentials::create(withValue, true, none);
        const auto b = credentials::create(without, false, none);
        QVERIFY(a && b);
        CredentialSecrets secrets(*m_keychain, (*replica)->id());
        QVERIFY(test::awaitFuture(secrets.write(EntityKind::SecureParameter, withValue.name, crypto::SecretBuffer("gui-v4lue"))));
        QVERIFY(test::awaitFuture(ws.apply({*a, *b}, QStringLiteral("two parameters"))));

        QSignalSpy pushed(&session, &SyncSession::pushFinished);
        QVERIFY(session.push());
        QVERIFY(test::waitUntil([&] { return pushed.count() == 1; }));
        const auto result = pushed.first().first().value<Result<PushSummary>>();
        QVERIFY2(result, test::whyNot(result));
        for (const PushItem& item : result->items) {
            if (item.key == withValue.name)
                QCOMPARE(item.outcome, PushItem::Outcome::Sent);
            if (item.key == without.name) {
                QCOMPARE(item.outcome, PushItem::Outcome::Refused);
                QVERIFY2(item.message.contains(QStringLiteral("secure parameter 'GUI_Param_Without'")), qPrintable(item.message));
            }
        }
        QVERIFY(test::waitUntil([&] {
            const auto left = test::awaitFuture(secrets.read(EntityKind::SecureParameter, withValue.name));
            return !left && left.error().kind == Error::Kind::NotFound;
        }));
    }

    // A key pair generated here goes with its private key from the session's key vault; without
    // one it is refused and stays pending.
    void keyPairGoesWithItsKeyFromTheVault()
    {
        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("sandbox")), QStringLiteral("sandbox"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(*m_profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("sandbox"));
        MemorySecretStore secrets;
        KeyVault vault(secrets, (*replica)->id());
        keystore::GenerateRequest request;
        request.alias = QStringLiteral("gui_generated");
        request.key = crypto::KeySpec::ec(QStringLiteral("P-256"));
        request.certificate.subject.append(QStringLiteral("CN"), QStringLiteral("gui.example.com")).append(QStringLiteral("C"), QStringLiteral("DE"));
        const auto existing = test::awaitFuture(ws.client().keystore().list());
        QVERIFY2(existing, test::whyNot(existing));
        auto made = keystore::generateKeyPair(request, *existing, keystore::Actor{QStringLiteral("gui"), m_clock.now()});
        QVERIFY2(made, test::whyNot(made));
        QVERIFY(test::awaitFuture(vault.keep(*made->privateKey)));
        // What earlier cases left pending (a credential without its secret) stays so here; the
        // key pair's entries are counted in the journal itself (ws.state() follows it later, and
        // a count read from it under load was stale).
        const auto pendingKeystore = [&ws] {
            const auto entries = test::awaitFuture(ws.tenant()->run([](TenantStore& store) {
                return store.journal(JournalEntry::State::Pending);
            }));
            return entries ? std::count_if(entries->cbegin(), entries->cend(),
                                           [](const JournalEntry& e) { return e.kind == EntityKind::KeystoreEntry; })
                           : -1;
        };
        QVERIFY(test::awaitFuture(ws.apply({made->change()}, QStringLiteral("generate"))));
        QCOMPARE(pendingKeystore(), 1);
        const auto keystoreItems = [](const PushSummary& summary, PushItem::Outcome outcome) {
            return std::count_if(summary.items.cbegin(), summary.items.cend(), [outcome](const PushItem& item) {
                return item.kind == EntityKind::KeystoreEntry && item.outcome == outcome;
            });
        };

        QSignalSpy pushed(&session, &SyncSession::pushFinished);
        QVERIFY(session.push());
        QVERIFY(test::waitUntil([&] { return pushed.count() == 1; }));
        const auto refused = pushed.first().first().value<Result<PushSummary>>();
        QVERIFY2(refused, test::whyNot(refused));
        QCOMPARE(keystoreItems(*refused, PushItem::Outcome::Refused), 1);

        session.setKeyVault(&vault);
        QVERIFY(session.push());
        QVERIFY(test::waitUntil([&] { return pushed.count() == 2; }));
        const auto sent = pushed.at(1).first().value<Result<PushSummary>>();
        QVERIFY2(sent, test::whyNot(sent));
        QCOMPARE(keystoreItems(*sent, PushItem::Outcome::Sent), 1);
        QVERIFY(test::waitUntil([&] { return pendingKeystore() == 0; }));
        session.setKeyVault(nullptr);
    }

    void cancelledPullChangesNothing()
    {
        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("sandbox")), QStringLiteral("sandbox"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(*m_profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("sandbox"));
        QVERIFY(m_remote.createCollection(QStringLiteral("GUI After Cancel"), QStringLiteral("new")));
        QSignalSpy pulled(&session, &SyncSession::pullFinished);
        QVERIFY(session.pull());
        session.cancel();
        QVERIFY(test::waitUntil([&] { return pulled.count() == 1; }));
        const auto result = pulled.first().first().value<Result<PullSummary>>();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Cancelled);
        QVERIFY(!test::awaitFuture(ws.client().roleCollections().get(QStringLiteral("GUI After Cancel"))));
        QVERIFY(session.connection() != SyncSession::Connection::Failed);
    }

    void wrongCaFailsWithTheError()
    {
        // The daemon's certificate is not signed by the system CAs: the TLS handshake fails.
        QVERIFY(addProfile(QStringLiteral("untrusted"), QString()));
        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("untrusted")), QStringLiteral("untrusted"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(*m_profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("untrusted"));
        QSignalSpy pulled(&session, &SyncSession::pullFinished);
        QVERIFY(session.pull());
        QVERIFY(test::waitUntil([&] { return pulled.count() == 1; }, 60000));
        QVERIFY(!pulled.first().first().value<Result<PullSummary>>());
        QCOMPARE(session.connection(), SyncSession::Connection::Failed);
        QVERIFY(!session.connectionError().isEmpty());
        QVERIFY(session.connectionText().contains(session.connectionError()));
    }

    void localFileIsNotRemote()
    {
        auto replica = openOrCreateReplica(m_remote.dir.filePath(QStringLiteral("plain.ghtenant")), QStringLiteral("plain"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(*m_profiles, m_clock);
        session.setTenant(&ws, QString());
        QCOMPARE(session.connection(), SyncSession::Connection::LocalFile);
        QVERIFY(!session.isRemote());
        QVERIFY(!session.pull());
        QVERIFY(!session.push());
    }
};

QTEST_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
