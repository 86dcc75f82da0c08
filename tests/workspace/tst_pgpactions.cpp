// PGP keyrings held by the tenant: keys made here by gpg in a home of the test's own, imported
// as the public and the secret keyring through the Workspace and checked against
// `gpg --with-colons`; the wrong kind and a truncated keyring refused naming the file; removal
// (a secret keyring file's keys go together) with undo; the public export read back by gpg; the
// Expiring items of the tenant's keys.
#include "DemoTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "crypto/PgpTestSupport.h"
#include "app/workspace/Expiring.h"
#include "app/workspace/PgpActions.h"
#include "app/workspace/Workspace.h"

#include <QCryptographicHash>
#include <QTest>

using namespace gh;
using namespace gh::test;
namespace pa = gh::pgpactions;

namespace {

template<class R>
QByteArray why(const R& r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

} // namespace

class TestPgpActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_tmp;
    QString m_template;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_ws;
    GpgHome m_gpg;
    QList<ColonKey> m_expected;
    QByteArray m_public;
    QByteArray m_armored;
    QByteArray m_secret;

    QList<PgpKey> keys() { return m_ws->client().pgpKeys().list().result().value(); }

    const ColonKey* expected(const QString& fingerprint) const
    {
        for (const ColonKey& k : m_expected)
            if (k.primary.fingerprint == fingerprint)
                return &k;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", m_tmp.path().toUtf8());
        qputenv("GNUPGHOME", m_tmp.filePath(QStringLiteral("never")).toUtf8());
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
        {
            // The demo's own PgpKeys go: the tests count what they import.
            auto tenant = LocalTenant::open(m_template, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(tenant.ok());
            LocalTenantClient demo(*tenant);
            const QList<PgpKey> seeded = demo.pgpKeys().list().result().value();
            QVERIFY(!seeded.isEmpty());
            for (const PgpKey& s : seeded)
                QVERIFY(demo.pgpKeys().remove(s.key()).result().ok());
            QVERIFY(demo.pgpKeys().list().result()->isEmpty());
        }
        m_gpg.generate(QStringLiteral("Alice <alice@example.com>"), QStringLiteral("ed25519"), QStringLiteral("1y"));
        m_gpg.generate(QStringLiteral("Bob <bob@example.com>"), QStringLiteral("ed25519"), QStringLiteral("7d"));
        m_expected = m_gpg.listKeys();
        QCOMPARE(m_expected.size(), 2);
        m_public = m_gpg.gpg({QStringLiteral("--export")});
        m_armored = m_gpg.gpg({QStringLiteral("--export"), QStringLiteral("--armor")});
        m_secret = m_gpg.gpg({QStringLiteral("--export-secret-keys")});
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("work.ghtenant"));
        m_ws.reset();
        QFile::remove(path);
        QVERIFY(QFile::copy(m_template, path));
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_ws = std::make_unique<Workspace>(*tenant, m_clock);
    }

    void cleanup() { m_ws.reset(); }

    void importsPublicMatchingGpgAndUndoes()
    {
        auto plan = pa::planImport(m_armored, QStringLiteral("partners.asc"), pa::Keyring::Public, keys());
        QVERIFY2(plan.ok(), why(plan).constData());
        QCOMPARE(plan->added.size(), 2);
        QVERIFY(plan->secretKeyring.isEmpty());
        QVERIFY(m_ws->apply(plan->changes(keys()), plan->description()).result().ok());

        const QList<PgpKey> held = keys();
        QCOMPARE(held.size(), 2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const PgpKey& k : held) {
            const ColonKey* want = expected(k.fingerprint);
            QVERIFY2(want, qPrintable(k.fingerprint));
            QCOMPARE(k.keyring, PgpKey::PublicKeyring);
            QCOMPARE(k.key(), QStringLiteral("public/") + k.fingerprint);
            QCOMPARE(k.keyId, want->primary.keyId);
            QCOMPARE(k.userIds, want->userIds);
            QCOMPARE(k.algorithm, want->primary.algorithm);
            QCOMPARE(k.created, want->primary.created);
            QCOMPARE(k.expires, want->primary.expires);
            QVERIFY(!k.publicKey.isEmpty());
            QVERIFY(k.secretSha256.isEmpty());
            const bool bob = k.userIds.value(0).startsWith(QStringLiteral("Bob"));
            QCOMPARE(k.status(now), bob ? PgpStatus::Critical : PgpStatus::Valid);
            QCOMPARE(k.status(now.addYears(2)), PgpStatus::Expired);
        }

        // The same keys, binary this time: nothing to do.
        auto again = pa::planImport(m_public, QStringLiteral("partners.gpg"), pa::Keyring::Public, keys());
        QVERIFY(again.ok());
        QVERIFY(!again->hasChanges());

        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(keys().size(), 0);
        QVERIFY(m_ws->redo().result().ok());
        QCOMPARE(keys().size(), 2);

        // The export, armored and binary, is read by gpg in a fresh home.
        GpgHome other;
        for (const bool armored : {true, false}) {
            const QByteArray exported = pa::exportPublic(keys(), armored);
            QCOMPARE(exported.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"), armored);
            other.gpg({QStringLiteral("--import"), other.write(QStringLiteral("export.gpg"), exported)});
            QStringList prints;
            for (const ColonKey& k : other.listKeys())
                prints.append(k.primary.fingerprint);
            QCOMPARE(prints.size(), 2);
            QVERIFY(expected(prints.at(0)) && expected(prints.at(1)));
        }
        // and our armor is what we read back too.
        auto armoredBack = pa::planImport(pa::exportPublic(keys(), true), QStringLiteral("back.asc"),
                                          pa::Keyring::Public, {});
        QVERIFY2(armoredBack.ok(), why(armoredBack).constData());
        QCOMPARE(armoredBack->added.size(), 2);

        // Expiring: every key that expires, keyed to its entity.
        const QList<expiring::ExpiringItem> items = expiring::fromTenantPgpKeys(keys());
        QCOMPARE(items.size(), 2);
        for (const expiring::ExpiringItem& item : items) {
            QCOMPARE(item.kind, expiring::SourceKind::PgpKey);
            QVERIFY(item.entityKey.startsWith(QStringLiteral("public/")));
            QCOMPARE(item.keystore, PgpKey::PublicKeyring);
        }
    }

    void secretKeyringKeepsOnlyItsHash()
    {
        auto plan = pa::planImport(m_secret, QStringLiteral("ours.gpg"), pa::Keyring::Secret, keys());
        QVERIFY2(plan.ok(), why(plan).constData());
        QCOMPARE(plan->secretKeyring, m_secret);
        QCOMPARE(plan->secretSha256,
                 QString::fromLatin1(QCryptographicHash::hash(m_secret, QCryptographicHash::Sha256).toHex()));
        const QList<Change> changes = plan->changes(keys());
        QCOMPARE(changes.size(), 2);
        for (const Change& c : changes) {
            QVERIFY(!c.after->contains(QStringLiteral("PublicKey")));
            QCOMPARE(c.after->value(QStringLiteral("SecretKeyringSha256")).toString(), plan->secretSha256);
        }
        QVERIFY(m_ws->apply(changes, plan->description()).result().ok());
        QCOMPARE(keys().size(), 2);
        QCOMPARE(pa::secretKeyringHashes(keys()), QStringList{plan->secretSha256});
        // The public export has nothing of the secret keyring.
        QVERIFY(pa::exportPublic(keys(), false).isEmpty());

        // Removing one secret key takes the other of the same file with it; undo brings both.
        QStringList also;
        auto removal = pa::removal(keys(), {m_expected.at(0).primary.keyId.toLower()}, &also);
        QVERIFY2(removal.ok(), why(removal).constData());
        QCOMPARE(removal->size(), 2);
        QCOMPARE(also.size(), 1);
        QVERIFY(m_ws->apply(*removal, QStringLiteral("Remove")).result().ok());
        QCOMPARE(keys().size(), 0);
        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(keys().size(), 2);
    }

    void wrongKindAndDamageAreRefused()
    {
        auto secretAsPublic = pa::planImport(m_secret, QStringLiteral("mixup.gpg"), pa::Keyring::Public, {});
        QVERIFY(!secretAsPublic.ok());
        QCOMPARE(secretAsPublic.error().kind, Error::Kind::Validation);
        QCOMPARE(secretAsPublic.error().where, QStringLiteral("mixup.gpg"));
        QVERIFY2(secretAsPublic.error().message.contains(QStringLiteral("public keyring was expected")),
                 why(secretAsPublic).constData());

        auto publicAsSecret = pa::planImport(m_public, QStringLiteral("pub.gpg"), pa::Keyring::Secret, {});
        QVERIFY(!publicAsSecret.ok());
        QVERIFY2(publicAsSecret.error().message.contains(QStringLiteral("secret keyring was expected")),
                 why(publicAsSecret).constData());

        auto truncated = pa::planImport(m_public.left(60), QStringLiteral("cut.gpg"),
                                        pa::Keyring::Public, {});
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().where, QStringLiteral("cut.gpg"));

        auto notAKeyring = pa::planImport("hello", QStringLiteral("hello.txt"), pa::Keyring::Public, {});
        QVERIFY(!notAKeyring.ok());
        QCOMPARE(notAKeyring.error().where, QStringLiteral("hello.txt"));
        QCOMPARE(keys().size(), 0);

        auto missing = pa::removal({}, {QStringLiteral("0123456789ABCDEF")});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void storedSecretKeyMayNotCarryKeyBytes()
    {
        PgpKey k;
        k.keyring = PgpKey::SecretKeyring;
        k.fingerprint = QStringLiteral("ABCDEF");
        k.secretSha256 = QString(64, QLatin1Char('a'));
        k.publicKey = "bytes";
        auto read = PgpKey::fromJson(k.toJson());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestPgpActions)
#include "tst_pgpactions.moc"
