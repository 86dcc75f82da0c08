// Credentials created offline in a replica, their secrets typed into the throwaway gnome-keyring of
// tests/with-keyring.sh, pushed to the real gatehouse-tenantd over TLS: the secret reaches the
// remote (which records it only as set), leaves the keychain once the remote took it, and never
// touches a file; a credential created without its secret is refused by name and stays pending
// while the rest goes.
#include "DemoTenant.h"
#include "client/remote/TransportTestSupport.h"
#include "PushTestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/client/remote/ServiceKey.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/CredentialSecrets.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Push.h"
#include "app/workspace/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>
#include <QUuid>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::why;
using gh::test::describe;

namespace {

const PushItem* itemFor(const PushSummary& s, const QString& key)
{
    for (const PushItem& i : s.items)
        if (i.key == key)
            return &i;
    return nullptr;
}

} // namespace

class TestCredentialPush : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC)};
    std::unique_ptr<KeychainSecretStore> m_keychain;

    std::unique_ptr<HttpTransport> transport(const QString& client, const QString& suffix)
    {
        TransportConfig c = test::daemonTransportConfig(m_dir.filePath(QStringLiteral("keys")), client + suffix);
        c.timeoutMs = 20000;
        return std::make_unique<HttpTransport>(std::move(c), m_clock);
    }

    std::unique_ptr<RemoteTenantClient> client(RemoteOptions options = {})
    {
        const QString name = QStringLiteral("full-access");
        return std::make_unique<RemoteTenantClient>(name, transport(name, QStringLiteral("-xsuaa-apiaccess.json")),
                                                    transport(name, QStringLiteral("-destination.json")),
                                                    transport(name, QStringLiteral("-integration-api.json")), std::move(options));
    }

    credentials::Existing existing(Workspace& ws)
    {
        credentials::Existing e;
        e.userCredentials = await(ws.client().userCredentials().list()).value();
        e.oauth2ClientCredentials = await(ws.client().oauth2ClientCredentials().list()).value();
        e.secureParameters = await(ws.client().secureParameters().list()).value();
        return e;
    }

    // Typed offline: the secret (if any) to the keychain, then the step.
    bool createOffline(Workspace& ws, credentials::Credential c, const char* secret)
    {
        auto change = credentials::create(std::move(c), secret != nullptr, existing(ws));
        if (!change) {
            qWarning("%s", qPrintable(change.error().toString()));
            return false;
        }
        if (secret) {
            CredentialSecrets secrets(*m_keychain, ws.tenant()->id());
            if (!await(secrets.write(change->kind, change->key, crypto::SecretBuffer(secret))))
                return false;
        }
        return bool(await(ws.apply({*change}, credentials::stepDescription(*change))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty() || bus.startsWith(QLatin1String("disabled:"))) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}));
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("gatehouse-test-")
                                                           + QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_keychain->setTimeout(std::chrono::seconds(20));
    }

    void secretsTypedOfflineReachTheRemote()
    {
        // Pull a replica, then go "offline": everything below is made in the replica only.
        std::shared_ptr<LocalTenant> replica;
        {
            auto reader = client();
            auto opened = openOrCreateReplica(m_dir.filePath(QStringLiteral("replicas/sandbox.ghtenant")), QStringLiteral("sandbox"));
            QVERIFY2(opened, qPrintable(why(opened)));
            replica = *opened;
            PullOptions options;
            options.profile = QStringLiteral("sandbox");
            const auto pulled = await(pullTenant(*reader, replica, m_clock, options), 60000);
            QVERIFY2(pulled, qPrintable(why(pulled)));
        }
        Workspace ws(replica, m_clock);
        UserCredential user;
        user.name = QStringLiteral("Offline_User");
        user.user = QStringLiteral("svc-offline");
        QVERIFY(createOffline(ws, user, "us3r-pa55-offline"));
        OAuth2ClientCredential oauth;
        oauth.name = QStringLiteral("Offline_OAuth");
        oauth.tokenServiceUrl = QStringLiteral("https://login.partner.example/oauth/token");
        oauth.clientId = QStringLiteral("partner-client");
        oauth.customParameters = {CustomParameter{QStringLiteral("resource"), QStringLiteral("urn:partner"), QStringLiteral("url")}};
        QVERIFY(createOffline(ws, oauth, "oauth-s3cr3t-offline"));
        SecureParameter param;
        param.name = QStringLiteral("Offline_Param");
        QVERIFY(createOffline(ws, param, "param-v4lue-offline"));
        SecureParameter forgotten;
        forgotten.name = QStringLiteral("Offline_No_Value");
        QVERIFY(createOffline(ws, forgotten, nullptr));

        // The push as the CLI and the cockpit do it: pending secrets from the keychain, the
        // remote client asking for them, creates without one refused.
        CredentialSecrets secrets(*m_keychain, replica->id());
        auto pending = std::make_shared<PendingCredentialSecrets>();
        QVERIFY(await(secrets.loadPending(replica, pending)));
        QCOMPARE(pending->names().size(), 3);
        RemoteOptions remoteOptions;
        remoteOptions.credentialSecrets = PendingCredentialSecrets::source(pending);
        auto remote = client(remoteOptions);
        PushOptions options;
        options.refuse = PendingCredentialSecrets::refuseMissing(pending);
        const auto pushed = await(pushJournal(*remote, replica, m_clock, options), 60000);
        QVERIFY2(pushed, qPrintable(why(pushed)));
        for (const QString& name : {user.name, oauth.name, param.name}) {
            const PushItem* item = itemFor(*pushed, name);
            QVERIFY2(item && item->outcome == PushItem::Outcome::Sent, qPrintable(describe(*pushed)));
        }
        const PushItem* refused = itemFor(*pushed, forgotten.name);
        QVERIFY2(refused && refused->outcome == PushItem::Outcome::Refused, qPrintable(describe(*pushed)));
        QVERIFY2(refused->message.contains(QStringLiteral("secure parameter 'Offline_No_Value'")), qPrintable(refused->message));
        QVERIFY(!pushed->complete());

        // Sent: the pending secrets leave the keychain.
        QVERIFY(await(secrets.forgetPushed(*pushed, *pending)));
        pending->clear();
        for (auto [kind, name] : {std::pair{EntityKind::UserCredential, user.name}, std::pair{EntityKind::OAuth2ClientCredential, oauth.name},
                                  std::pair{EntityKind::SecureParameter, param.name}}) {
            const auto left = await(secrets.read(kind, name));
            QVERIFY2(!left && left.error().kind == Error::Kind::NotFound, qPrintable(name));
        }
        // The remote has them (secrets never read back).
        auto reader = client();
        const auto there = await(reader->oauth2ClientCredentials().get(oauth.name));
        QVERIFY2(there, qPrintable(why(there)));
        QCOMPARE(there->customParameters, oauth.customParameters);
        QCOMPARE(await(reader->secureParameters().get(forgotten.name)).error().kind, Error::Kind::NotFound);
        reader.reset();
        remote.reset();

        // The daemon recorded each secret as set, and no file anywhere holds one.
        m_daemon.stop();
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QByteArray bytes = test::readFile(path);
            for (const char* secret : {"us3r-pa55", "oauth-s3cr3t", "param-v4lue"})
                QVERIFY2(!bytes.contains(secret), qPrintable(path));
        }
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        LocalTenantClient local(*tenant);
        const auto u = await(local.userCredentials().get(user.name));
        QVERIFY2(u, qPrintable(why(u)));
        QVERIFY(u->passwordSet);
        QCOMPARE(u->user, user.user);
        QVERIFY(await(local.oauth2ClientCredentials().get(oauth.name))->clientSecretSet);
        QVERIFY(await(local.secureParameters().get(param.name))->secureParamSet);
    }
};

QTEST_GUILESS_MAIN(TestCredentialPush)
#include "tst_credentialpush.moc"
