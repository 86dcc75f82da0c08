// ProfileSettings and ProfileStore with a QSettings on a temporary INI file and a
// MemorySecretStore: names, add (one or several keys, replace), get, list, remove, and that
// neither the settings nor the file ever hold a secret.

#include "app/client/remote/TenantProfiles.h"
#include "app/secrets/MemorySecretStore.h"

#include "TestSupport.h"
#include "client/remote/ProfileTestSupport.h"

#include <QSettings>
#include <QPromise>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using gh::Error;
using gh::remote::ProfileDraft;
using gh::remote::ProfileSettings;
using gh::remote::ProfileStore;
using gh::remote::Service;
using gh::remote::ServiceKey;
using namespace gh::test;

namespace {

ServiceKey keyFrom(const QJsonObject& json)
{
    auto key = ServiceKey::parse(QJsonDocument(json).toJson(), QStringLiteral("test.json"));
    if (!key)
        qFatal("%s", qPrintable(key.error().toString()));
    return std::move(key).value();
}

ProfileDraft draft(const QString& name, std::initializer_list<QJsonObject> keys)
{
    ProfileDraft d;
    d.name = name;
    for (const QJsonObject& k : keys)
        d.keys.push_back(keyFrom(k));
    return d;
}

// Answers like the system keychain: later, through the event loop, never within the call.
class DeferredSecretStore final : public gh::SecretStore
{
public:
    QFuture<gh::Result<QByteArray>> read(const QString& key) override { return later(m_inner.read(key)); }
    QFuture<gh::Status> write(const QString& key, const QByteArray& secret) override
    {
        return later(m_inner.write(key, secret));
    }
    QFuture<gh::Status> remove(const QString& key) override { return later(m_inner.remove(key)); }
    bool isPersistent() const override { return false; }
    QString description() const override { return QStringLiteral("deferred memory"); }

private:
    template <class T> QFuture<T> later(QFuture<T> done)
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QTimer::singleShot(0, this, [promise, done] {
            promise->addResult(done.result());
            promise->finish();
        });
        return promise->future();
    }

    gh::MemorySecretStore m_inner;
};

QByteArray secretValue(gh::MemorySecretStore& store, const QString& key)
{
    auto read = await(store.read(key));
    return read ? *read : QByteArray();
}

} // namespace

class TestTenantProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<gh::MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;

    QString iniPath() const { return m_dir->filePath(QStringLiteral("gatehouse.ini")); }

    // Neither the INI file on disk nor any value in the QSettings holds one of the secrets.
    void verifyNoSecretInSettings()
    {
        m_settings->sync();
        const QByteArray file = readFile(iniPath());
        QVERIFY(!file.isEmpty());
        for (const QString& service : {QStringLiteral("integration"), QStringLiteral("destination"), QStringLiteral("xsuaa")})
            for (const QString& tag : {QStringLiteral("one"), QStringLiteral("two")}) {
                QVERIFY2(!file.contains(secretOf(service, tag).toUtf8()), "a secret in the INI file");
                for (const QString& key : m_settings->allKeys())
                    QVERIFY2(!m_settings->value(key).toString().contains(secretOf(service, tag)),
                             qPrintable(QStringLiteral("a secret in the setting ") + key));
            }
        QVERIFY(!file.contains("SECRET-"));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        m_secrets = std::make_unique<gh::MemorySecretStore>();
        m_store = std::make_unique<ProfileStore>(*m_settings, *m_secrets);
    }

    void cleanup()
    {
        m_store.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void validatesNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("prod") << true;
        QTest::newRow("all characters") << QStringLiteral("Acme-EU10_prod.2") << true;
        QTest::newRow("64") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("option-like") << QStringLiteral("-x") << false;
        QTest::newRow("dot first") << QStringLiteral("..") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("prüf") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    }

    void validatesNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const gh::Status status = ProfileSettings::validateName(name);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QCOMPARE(status.error().kind, Error::Kind::Validation);
    }

    void normalisesPins()
    {
        const QString hex = QStringLiteral("ab").repeated(32);
        QCOMPARE(*ProfileSettings::normalisePin(hex.toUpper()), hex);
        QStringList pairs;
        for (int i = 0; i < 32; ++i)
            pairs << QStringLiteral("AB");
        QCOMPARE(*ProfileSettings::normalisePin(pairs.join(QLatin1Char(':'))), hex);
        QVERIFY(!ProfileSettings::normalisePin(hex.left(62)).ok());
        QVERIFY(!ProfileSettings::normalisePin(QStringLiteral("zz").repeated(32)).ok());
    }

    void addsAllThreeServices()
    {
        ProfileDraft d = draft(QStringLiteral("acme"), {integrationKeyJson(), destinationKeyJson(), xsuaaKeyJson()});
        d.pinSha256 = QStringLiteral("AB").repeated(32);
        auto added = await(m_store->add(std::move(d)));
        QVERIFY2(added.ok(), why(added));

        QCOMPARE(m_store->names(), QStringList{QStringLiteral("acme")});
        QVERIFY(m_store->settings().contains(QStringLiteral("acme")));
        auto profile = m_store->get(QStringLiteral("acme"));
        QVERIFY2(profile.ok(), why(profile));
        QCOMPARE(*profile, *added);
        QCOMPARE(profile->services.size(), size_t(3));
        QCOMPARE(profile->service(Service::Integration)->apiRoot.toString(),
                 QStringLiteral("https://acme.it-cpi018.cfapps.eu10.hana.ondemand.com/api/v1"));
        QCOMPARE(profile->service(Service::Destination)->tokenUrl.toString(),
                 QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com/oauth/token"));
        QCOMPARE(profile->service(Service::Destination)->identityZone, QStringLiteral("acme"));
        QCOMPARE(profile->service(Service::Xsuaa)->clientId, QStringLiteral("sb-xsuaa-one"));
        QCOMPARE(profile->service(Service::Xsuaa)->subaccountId, QStringLiteral("sub-1"));
        QCOMPARE(profile->pinSha256, QStringLiteral("ab").repeated(32));

        QCOMPARE(m_secrets->size(), 3);
        QCOMPARE(secretValue(*m_secrets, QStringLiteral("profile/acme/integration/clientSecret")),
                 secretOf(QStringLiteral("integration")).toUtf8());
        QCOMPARE(secretValue(*m_secrets, ProfileStore::secretKey(QStringLiteral("acme"), Service::Xsuaa)),
                 secretOf(QStringLiteral("xsuaa")).toUtf8());
        auto viaStore = await(m_store->clientSecret(QStringLiteral("acme"), Service::Destination));
        QVERIFY(viaStore.ok());
        QCOMPARE(*viaStore, secretOf(QStringLiteral("destination")).toUtf8());
        verifyNoSecretInSettings();

        // A second QSettings on the same file (another process) sees the same profile.
        QSettings again(iniPath(), QSettings::IniFormat);
        auto reread = ProfileSettings(again).get(QStringLiteral("acme"));
        QVERIFY(reread.ok());
        QCOMPARE(*reread, *profile);
    }

    void namesWithEveryAllowedCharacterRoundTrip()
    {
        const QString name = QStringLiteral("Acme-EU10_prod.2");
        auto added = await(m_store->add(draft(name, {destinationKeyJson()})));
        QVERIFY2(added.ok(), why(added));
        QSettings again(iniPath(), QSettings::IniFormat);
        QCOMPARE(ProfileSettings(again).names(), QStringList{name});
        QVERIFY(ProfileSettings(again).get(name).ok());
        QVERIFY(m_secrets->contains(QStringLiteral("profile/Acme-EU10_prod.2/destination/clientSecret")));
    }

    void laterKeyOfAServiceReplacesEarlier()
    {
        auto added = await(m_store->add(draft(QStringLiteral("p"), {xsuaaKeyJson(QStringLiteral("one")),
                                                                    xsuaaKeyJson(QStringLiteral("two"))})));
        QVERIFY2(added.ok(), why(added));
        QCOMPARE(added->services.size(), size_t(1));
        QCOMPARE(added->service(Service::Xsuaa)->clientId, QStringLiteral("sb-xsuaa-two"));
        QCOMPARE(secretValue(*m_secrets, QStringLiteral("profile/p/xsuaa/clientSecret")),
                 secretOf(QStringLiteral("xsuaa"), QStringLiteral("two")).toUtf8());
        QCOMPARE(m_secrets->size(), 1);
    }

    void existingNameRefusedUnlessReplace()
    {
        QVERIFY(await(m_store->add(draft(QStringLiteral("p"), {integrationKeyJson(), destinationKeyJson()}))).ok());
        auto refused = await(m_store->add(draft(QStringLiteral("p"), {xsuaaKeyJson(QStringLiteral("two"))})));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("'p'")));
        QCOMPARE(m_store->get(QStringLiteral("p"))->services.size(), size_t(2)); // unchanged
        QCOMPARE(m_secrets->size(), 2);

        ProfileDraft replacing = draft(QStringLiteral("p"), {xsuaaKeyJson(QStringLiteral("two"))});
        replacing.replace = true;
        auto replaced = await(m_store->add(std::move(replacing)));
        QVERIFY2(replaced.ok(), why(replaced));
        auto profile = m_store->get(QStringLiteral("p"));
        QCOMPARE(profile->services.size(), size_t(1));
        QVERIFY(profile->service(Service::Xsuaa));
        // The services the old profile had and the new one has not: their secrets are gone.
        QCOMPARE(m_secrets->size(), 1);
        QVERIFY(m_secrets->contains(QStringLiteral("profile/p/xsuaa/clientSecret")));
        verifyNoSecretInSettings();
    }

    void removesProfileAndSecrets()
    {
        QVERIFY(await(m_store->add(draft(QStringLiteral("a"), {integrationKeyJson(), xsuaaKeyJson()}))).ok());
        QVERIFY(await(m_store->add(draft(QStringLiteral("b"), {destinationKeyJson()}))).ok());
        QCOMPARE(m_store->names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

        const gh::Status removed = await(m_store->remove(QStringLiteral("a")));
        QVERIFY2(removed.ok(), why(removed));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("b")});
        QCOMPARE(m_store->get(QStringLiteral("a")).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_secrets->size(), 1);
        QVERIFY(m_secrets->contains(QStringLiteral("profile/b/destination/clientSecret")));
        m_settings->sync();
        QVERIFY(!readFile(iniPath()).contains("sb-it-one"));

        const gh::Status again = await(m_store->remove(QStringLiteral("a")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::NotFound);
    }

    void refusesBadDrafts()
    {
        auto noKeys = await(m_store->add(draft(QStringLiteral("p"), {})));
        QCOMPARE(noKeys.error().kind, Error::Kind::Validation);
        auto badName = await(m_store->add(draft(QStringLiteral("a/b"), {xsuaaKeyJson()})));
        QCOMPARE(badName.error().kind, Error::Kind::Validation);
        ProfileDraft badPin = draft(QStringLiteral("p"), {xsuaaKeyJson()});
        badPin.pinSha256 = QStringLiteral("1234");
        QCOMPARE(await(m_store->add(std::move(badPin))).error().field, QStringLiteral("pin-sha256"));

        ProfileDraft missingCa = draft(QStringLiteral("p"), {xsuaaKeyJson()});
        missingCa.caFile = m_dir->filePath(QStringLiteral("none.pem"));
        auto noCa = await(m_store->add(std::move(missingCa)));
        QCOMPARE(noCa.error().kind, Error::Kind::Io);
        QCOMPARE(noCa.error().where, m_dir->filePath(QStringLiteral("none.pem")));

        ProfileDraft notPem = draft(QStringLiteral("p"), {xsuaaKeyJson()});
        notPem.caFile = writeJson(QDir(m_dir->path()), QStringLiteral("ca.json"), QJsonObject{});
        auto badCa = await(m_store->add(std::move(notPem)));
        QCOMPARE(badCa.error().kind, Error::Kind::Validation);

        QVERIFY(m_store->names().isEmpty());
        QCOMPARE(m_secrets->size(), 0);
    }

    void keepsCaFileAbsolute()
    {
        const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(caBundlePem());
        file.close();
        ProfileDraft d = draft(QStringLiteral("p"), {destinationKeyJson()});
        d.caFile = QDir::current().relativeFilePath(ca);
        auto added = await(m_store->add(std::move(d)));
        QVERIFY2(added.ok(), why(added));
        QCOMPARE(m_store->get(QStringLiteral("p"))->caFile, ca);
    }

    void refusesDamagedSettings()
    {
        QVERIFY(await(m_store->add(draft(QStringLiteral("p"), {destinationKeyJson()}))).ok());
        m_settings->setValue(QStringLiteral("profiles/p/destination/tokenUrl"), QStringLiteral("http://evil.example/token"));
        auto damaged = m_store->get(QStringLiteral("p"));
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().field, QStringLiteral("profiles/p/destination/tokenUrl"));
        QCOMPARE(damaged.error().where, iniPath());

        m_settings->setValue(QStringLiteral("profiles/p/services"), QStringList{QStringLiteral("ftp")});
        QVERIFY(!m_store->get(QStringLiteral("p")).ok());
        // Groups without the "services" key are not profiles.
        m_settings->setValue(QStringLiteral("profiles/stray/caFile"), QStringLiteral("/x"));
        QVERIFY(!m_store->settings().contains(QStringLiteral("stray")));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("p")});
    }

    void settingsGoneIsAnError()
    {
        DeferredSecretStore deferred;
        m_store = std::make_unique<ProfileStore>(*m_settings, deferred);
        auto pending = m_store->add(draft(QStringLiteral("p"), {destinationKeyJson()}));
        m_settings.reset(); // before the event loop ran the settings step
        auto result = await(pending);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Internal);
        m_store.reset();
    }

    void worksWithAStoreThatAnswersLater()
    {
        DeferredSecretStore deferred;
        ProfileStore store(*m_settings, deferred);
        auto pending = store.add(draft(QStringLiteral("p"), {integrationKeyJson(), xsuaaKeyJson()}));
        QVERIFY(!pending.isFinished());
        auto added = await(pending);
        QVERIFY2(added.ok(), why(added));
        QCOMPARE(*await(deferred.read(QStringLiteral("profile/p/xsuaa/clientSecret"))),
                 secretOf(QStringLiteral("xsuaa")).toUtf8());
        QVERIFY(await(store.remove(QStringLiteral("p"))).ok());
        QCOMPARE(await(deferred.read(QStringLiteral("profile/p/xsuaa/clientSecret"))).error().kind,
                 Error::Kind::NotFound);
        QVERIFY(store.names().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenantProfiles)
#include "tst_tenantprofiles.moc"
