// gh::pgp::readKeyring on keyrings made in the test by gpg (RSA 3072 for a year, Ed25519 for 7
// days, Ed25519 without expiry that is then revoked), exported binary, armored and secret: every
// field checked against gpg's own --with-colons listing; the status by an injected clock; bad,
// truncated, empty and wrong-kind input refused with the file named; no agent left behind and
// nothing written outside the test's temporary folders.
#include "app/crypto/PgpKeyring.h"
#include "crypto/PgpTestSupport.h"

#include <QTest>

using namespace gh;
using gh::test::ColonKey;
using gh::test::ColonSubkey;
using gh::test::GpgHome;

class TestPgpKeyring : public QObject
{
    Q_OBJECT

    GpgHome m_gpg;
    QTemporaryDir m_tmp{QStringLiteral("/tmp/gh-pgptmp-XXXXXX")}; // TMPDIR for the library's homes
    QList<ColonKey> m_expected;
    QByteArray m_public, m_armored, m_secret;

    static const ColonKey* find(const QList<ColonKey>& keys, const QString& fingerprint)
    {
        for (const ColonKey& key : keys)
            if (key.primary.fingerprint == fingerprint)
                return &key;
        return nullptr;
    }

    QList<pgp::Key> read(const QByteArray& bytes, pgp::Expect expect = pgp::Expect::Any)
    {
        auto keys = pgp::readKeyring(bytes, QStringLiteral("ring.gpg"), expect);
        if (!keys)
            qFatal("readKeyring: %s", qPrintable(keys.error().toString()));
        return *keys;
    }

    Error failure(const QByteArray& bytes, pgp::Expect expect = pgp::Expect::Any)
    {
        const auto keys = pgp::readKeyring(bytes, QStringLiteral("bad.gpg"), expect);
        if (keys)
            qFatal("readKeyring accepted bad input");
        return keys.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // The library's temporary homes go here, so that the test can see what is left of them;
        // and a GNUPGHOME that must never come into being shows that nothing uses the default.
        qputenv("TMPDIR", m_tmp.path().toUtf8());
        qputenv("GNUPGHOME", m_tmp.filePath(QStringLiteral("never")).toUtf8());
        m_gpg.generate(QStringLiteral("Alice <alice@example.com>"), QStringLiteral("rsa3072"), QStringLiteral("1y"));
        m_gpg.generate(QStringLiteral("Bob <bob@example.com>"), QStringLiteral("ed25519"), QStringLiteral("7d"));
        m_gpg.generate(QStringLiteral("Carol <carol@example.com>"), QStringLiteral("ed25519"), QStringLiteral("never"));
        QList<ColonKey> before = m_gpg.listKeys();
        QCOMPARE(before.size(), 3);
        // An explicit algorithm makes a primary key alone; Bob gets an encryption subkey that
        // outlives his primary key.
        m_gpg.gpg({QStringLiteral("--quick-add-key"), before.at(1).primary.fingerprint, QStringLiteral("cv25519"),
                   QStringLiteral("encr"), QStringLiteral("1y")});
        m_gpg.revoke(before.at(2).primary.fingerprint);
        m_expected = m_gpg.listKeys();
        QVERIFY(m_expected.at(2).primary.revoked);
        m_public = m_gpg.gpg({QStringLiteral("--export")});
        m_armored = m_gpg.gpg({QStringLiteral("--export"), QStringLiteral("--armor")});
        m_secret = m_gpg.gpg({QStringLiteral("--export-secret-keys")});
        QVERIFY(m_armored.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
    }

    void fieldsMatchGpg_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("secret");
        QTest::newRow("binary") << m_public << false;
        QTest::newRow("armored") << m_armored << false;
        QTest::newRow("secret") << m_secret << true;
    }

    void fieldsMatchGpg()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, secret);
        const QList<pgp::Key> keys = read(bytes);
        QCOMPARE(keys.size(), m_expected.size());
        for (const pgp::Key& key : keys) {
            const ColonKey* want = find(m_expected, key.fingerprint);
            QVERIFY2(want, qPrintable(key.fingerprint));
            QCOMPARE(key.keyId, want->primary.keyId);
            QCOMPARE(key.userIds, want->userIds);
            QCOMPARE(key.algorithm, want->primary.algorithm);
            QCOMPARE(key.created, want->primary.created);
            QCOMPARE(key.expires, want->primary.expires);
            QCOMPARE(key.revoked, want->primary.revoked);
            QCOMPARE(key.secret, secret);
            QVERIFY(!key.disabled);
            QCOMPARE(key.subkeys.size(), want->subkeys.size());
            for (qsizetype i = 0; i < key.subkeys.size(); ++i) {
                QCOMPARE(key.subkeys.at(i).keyId, want->subkeys.at(i).keyId);
                QCOMPARE(key.subkeys.at(i).fingerprint, want->subkeys.at(i).fingerprint);
                QCOMPARE(key.subkeys.at(i).algorithm, want->subkeys.at(i).algorithm);
                QCOMPARE(key.subkeys.at(i).created, want->subkeys.at(i).created);
                QCOMPARE(key.subkeys.at(i).expires, want->subkeys.at(i).expires);
            }
        }
        // The names Cloud Integration's monitor shows for these algorithms.
        QCOMPARE(keys.at(0).algorithm, QStringLiteral("RSA 3072"));
        QCOMPARE(keys.at(1).algorithm, QStringLiteral("EdDSA ed25519"));
        QCOMPARE(keys.at(1).subkeys.value(0).algorithm, QStringLiteral("ECDH cv25519"));
    }

    void statusByInjectedClock()
    {
        const QList<pgp::Key> keys = read(m_public);
        const pgp::Key* alice = &keys.at(0);
        const pgp::Key* bob = &keys.at(1);
        const pgp::Key* carol = &keys.at(2);
        QVERIFY(alice->userIds.value(0).startsWith(QLatin1String("Alice")));
        FixedClock clock(alice->created.addSecs(60));
        QCOMPARE(alice->status(clock.now()), pgp::Status::Valid);
        QCOMPARE(bob->status(clock.now()), pgp::Status::Critical); // 7 days left
        QCOMPARE(bob->effectiveExpiry(), bob->expires);              // not the subkey's year
        QVERIFY(!carol->effectiveExpiry().isValid());
        QCOMPARE(carol->status(clock.now()), pgp::Status::Valid);
        // 15 days before a year is out: still Valid; 14: Critical; at the second: Expired.
        clock.set(alice->expires.addDays(-15));
        QCOMPARE(alice->status(clock.now()), pgp::Status::Valid);
        clock.set(alice->expires.addDays(-pgp::CriticalDays));
        QCOMPARE(alice->status(clock.now()), pgp::Status::Critical);
        clock.set(alice->expires);
        QCOMPARE(alice->status(clock.now()), pgp::Status::Expired);
        QCOMPARE(bob->status(clock.now()), pgp::Status::Expired);
        QCOMPARE(carol->status(clock.now().addYears(50)), pgp::Status::Valid);
        QCOMPARE(pgp::statusText(pgp::Status::Critical), QStringLiteral("Critical"));
    }

    void alreadyExpiredByGpg()
    {
        // gpg accepts an expiry in seconds; two seconds later GnuPG itself calls the key expired.
        GpgHome home;
        home.generate(QStringLiteral("Eve <eve@example.com>"), QStringLiteral("ed25519"), QStringLiteral("seconds=1"));
        QTest::qSleep(2100);
        const QByteArray colons = home.gpg({QStringLiteral("--with-colons"), QStringLiteral("--fixed-list-mode"),
                                            QStringLiteral("--list-keys")});
        QVERIFY2(colons.contains("\npub:e:"), colons.constData()); // after the "tru:" line
        const QList<pgp::Key> keys = read(home.gpg({QStringLiteral("--export")}));
        QCOMPARE(keys.size(), 1);
        QVERIFY(keys.at(0).expired);
        QCOMPARE(keys.at(0).expires, home.listKeys().at(0).primary.expires);
        SystemClock clock;
        QCOMPARE(keys.at(0).status(clock.now()), pgp::Status::Expired);
    }

    void subkeyExpiryCounts()
    {
        pgp::Key key;
        key.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        pgp::Subkey sub;
        sub.expires = key.created.addDays(30);
        key.subkeys.append(sub);
        QCOMPARE(key.effectiveExpiry(), sub.expires);
        QCOMPARE(key.status(key.created.addDays(20)), pgp::Status::Critical);
        key.subkeys.first().revoked = true; // a revoked subkey is not in use
        QVERIFY(!key.effectiveExpiry().isValid());
    }

    void expectedKind()
    {
        QCOMPARE(read(m_public, pgp::Expect::Public).size(), 3);
        QCOMPARE(read(m_secret, pgp::Expect::Secret).size(), 3);
        const Error secretGiven = failure(m_secret, pgp::Expect::Public);
        QCOMPARE(secretGiven.kind, Error::Kind::Validation);
        QVERIFY2(secretGiven.toString().contains(QLatin1String("bad.gpg")), qPrintable(secretGiven.toString()));
        QVERIFY2(secretGiven.toString().contains(m_expected.at(0).primary.keyId), qPrintable(secretGiven.toString()));
        QVERIFY(secretGiven.toString().contains(QLatin1String("a public keyring was expected")));
        const Error publicGiven = failure(m_armored, pgp::Expect::Secret);
        QVERIFY2(publicGiven.toString().contains(QLatin1String("a secret keyring was expected")),
                 qPrintable(publicGiven.toString()));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("hello, not a key\n") << QStringLiteral("no PGP keys found");
        QTest::newRow("zeros") << QByteArray(4096, '\0') << QStringLiteral("no PGP keys found");
        QTest::newRow("truncated binary") << m_public.left(600) << QString();
        QTest::newRow("truncated armored") << m_armored.left(m_armored.size() / 2) << QString();
        QByteArray flipped = m_public;
        flipped[0] = char(0x3f); // not a packet tag
        QTest::newRow("bad first packet") << flipped << QString();
        QTest::newRow("oversized") << QByteArray(pgp::MaxInputSize + 1, 'A') << QStringLiteral("larger than");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Error error = failure(bytes);
        QCOMPARE(error.kind, Error::Kind::Validation);
        QVERIFY2(error.toString().startsWith(QLatin1String("bad.gpg: ")), qPrintable(error.toString()));
        if (!message.isEmpty())
            QVERIFY2(error.toString().contains(message), qPrintable(error.toString()));
    }

    void fileIsBounded()
    {
        const QString big = m_gpg.write(QStringLiteral("big.gpg"), QByteArray(pgp::MaxInputSize + 1, 'A'));
        const auto keys = pgp::readKeyringFile(big);
        QVERIFY(!keys);
        QVERIFY(keys.error().toString().contains(big));
        const auto missing = pgp::readKeyringFile(m_gpg.filePath(QStringLiteral("missing.gpg")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        const auto good = pgp::readKeyringFile(m_gpg.write(QStringLiteral("pub.gpg"), m_public));
        QVERIFY(good);
        QCOMPARE(good->size(), 3);
    }

    void nothingLeftBehind()
    {
        // Every temporary home is gone, its agent with it, and nothing used the default home.
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QCOMPARE(gh::test::processesMentioning(m_tmp.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPgpKeyring)
#include "tst_pgpkeyring.moc"
