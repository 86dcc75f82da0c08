// ProfileStore against the real Secret Service: a throwaway gnome-keyring in a private D-Bus
// session (ctest runs this test inside tests/with-keyring.sh, as tst_keychainsecretstore).
// Adding a profile puts each client secret in the keychain, and the INI file and the QSettings
// hold none of them; removing it takes them out of the keychain again.

#include "app/client/remote/TenantProfiles.h"
#include "app/secrets/KeychainSecretStore.h"

#include "TestSupport.h"
#include "client/remote/ProfileTestSupport.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using gh::Error;
using gh::KeychainSecretStore;
using gh::remote::ProfileDraft;
using gh::remote::ProfileStore;
using gh::remote::Service;
using gh::remote::ServiceKey;
using namespace gh::test;

namespace {

// Only ever talk to the throwaway keyring of tests/with-keyring.sh, never to a developer's own.
bool insidePrivateKeyring(QString* reason)
{
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    const QString data = QDir(qEnvironmentVariable("XDG_DATA_HOME")).canonicalPath();
    if (bus.isEmpty() || bus.startsWith(QStringLiteral("disabled:"))) {
        *reason = QStringLiteral("no session bus; run through tests/with-keyring.sh (ctest does)");
        return false;
    }
    const QString temp = QDir(QDir::tempPath()).canonicalPath();
    if (data.isEmpty() || !data.startsWith(temp + QLatin1Char('/'))) {
        *reason = QStringLiteral("XDG_DATA_HOME is not a throwaway folder; refusing to touch the real keychain");
        return false;
    }
    return true;
}

ServiceKey readKey(const QString& path)
{
    auto key = ServiceKey::readFile(path);
    if (!key)
        qFatal("%s", qPrintable(key.error().toString()));
    return std::move(key).value();
}

} // namespace

class TestTenantProfilesKeychain : public QObject
{
    Q_OBJECT

    QString m_service;

private Q_SLOTS:
    void initTestCase()
    {
        QString reason;
        if (!insidePrivateKeyring(&reason)) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
        // A service of its own per run: nothing here can collide with other data in the keyring.
        m_service = QStringLiteral("gatehouse-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void secretsInKeychainOnly()
    {
        QTemporaryDir dir;
        const QDir keys(dir.filePath(QStringLiteral("keys")));
        QVERIFY(QDir().mkpath(keys.path()));
        // The files as gatehouse-tenantd writes them into its --service-keys folder.
        const QString it = writeJson(keys, QStringLiteral("acme-integration-api.json"), integrationKeyJson());
        const QString dest = writeJson(keys, QStringLiteral("acme-destination.json"), destinationKeyJson());
        const QString xsuaa = writeJson(keys, QStringLiteral("acme-xsuaa-apiaccess.json"), xsuaaKeyJson());
        const QString ini = dir.filePath(QStringLiteral("config/gatehouse.ini"));

        KeychainSecretStore keychain(m_service);
        keychain.setTimeout(std::chrono::seconds(20));
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(settings, keychain);
            ProfileDraft draft;
            draft.name = QStringLiteral("acme-eu10");
            for (const QString& file : {it, dest, xsuaa})
                draft.keys.push_back(readKey(file));
            auto added = await(store.add(std::move(draft)));
            QVERIFY2(added.ok(), why(added));
            QCOMPARE(added->services.size(), size_t(3));

            settings.sync();
            for (const QString& key : settings.allKeys())
                QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("SECRET-")), qPrintable(key));
        }

        // A second store on the same keychain service (as the next process would have) finds
        // every secret, under the documented key.
        KeychainSecretStore other(m_service);
        for (Service s : gh::remote::kServices) {
            auto secret = await(other.read(ProfileStore::secretKey(QStringLiteral("acme-eu10"), s)));
            QVERIFY2(secret.ok(), why(secret));
            QCOMPARE(*secret, secretOf(gh::remote::serviceName(s)).toUtf8());
        }

        // The settings file (and anything else written beside it) has no secret; it does have
        // the profile.
        const QByteArray config = allBytesUnder(dir.filePath(QStringLiteral("config")));
        QVERIFY(config.contains("sb-xsuaa-one"));
        QVERIFY(!config.contains("SECRET-"));

        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(settings, keychain);
        const gh::Status removed = await(store.remove(QStringLiteral("acme-eu10")));
        QVERIFY2(removed.ok(), why(removed));
        for (Service s : gh::remote::kServices) {
            auto gone = await(other.read(ProfileStore::secretKey(QStringLiteral("acme-eu10"), s)));
            QVERIFY(!gone.ok());
            QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        }
        QVERIFY(store.names().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenantProfilesKeychain)
#include "tst_tenantprofiles_keychain.moc"
