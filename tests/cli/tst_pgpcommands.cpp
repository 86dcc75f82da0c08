// gatehouse-cli's `pgp inspect`, run as a user runs it, on keyrings made in the test by gpg: each
// --json field checked against gpg's --with-colons listing; the table; exit codes 0 (a good
// keyring), 1 (not a keyring, truncated, wrong kind), 2 (usage, unreadable file); no agent left.
#include "crypto/PgpTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using gh::test::ColonKey;
using gh::test::GpgHome;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestPgpCommands : public QObject
{
    Q_OBJECT

    GpgHome m_gpg;
    QTemporaryDir m_tmp{QStringLiteral("/tmp/gh-pgpcli-XXXXXX")}; // the CLI's TMPDIR and data folder
    QList<ColonKey> m_expected;
    QString m_public, m_armored, m_secret, m_truncated, m_text;

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TMPDIR"), m_tmp.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("GNUPGHOME"), m_tmp.filePath(QStringLiteral("never")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    static QString iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(QDir(m_tmp.path()).mkdir(QStringLiteral("tmp")));
        m_gpg.generate(QStringLiteral("Alice <alice@example.com>"), QStringLiteral("rsa3072"), QStringLiteral("1y"));
        m_gpg.generate(QStringLiteral("Bob <bob@example.com>"), QStringLiteral("ed25519"), QStringLiteral("7d"));
        m_gpg.generate(QStringLiteral("Carol <carol@example.com>"), QStringLiteral("ed25519"), QStringLiteral("never"));
        m_gpg.gpg({QStringLiteral("--quick-add-uid"), QStringLiteral("Carol <carol@example.com>"),
                   QStringLiteral("Carol Work <carol@work.example>")});
        m_expected = m_gpg.listKeys();
        QCOMPARE(m_expected.size(), 3);
        const QByteArray bytes = m_gpg.gpg({QStringLiteral("--export")});
        m_public = m_gpg.write(QStringLiteral("pub.gpg"), bytes);
        m_armored = m_gpg.write(QStringLiteral("pub.asc"), m_gpg.gpg({QStringLiteral("--export"), QStringLiteral("--armor")}));
        m_secret = m_gpg.write(QStringLiteral("sec.gpg"), m_gpg.gpg({QStringLiteral("--export-secret-keys")}));
        m_truncated = m_gpg.write(QStringLiteral("trunc.gpg"), bytes.left(bytes.size() / 3));
        m_text = m_gpg.write(QStringLiteral("notes.txt"), "not a keyring\n");
    }

    void json_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("secret");
        QTest::newRow("binary") << m_public << false;
        QTest::newRow("armored") << m_armored << false;
        QTest::newRow("secret") << m_secret << true;
    }

    void json()
    {
        QFETCH(QString, file);
        QFETCH(bool, secret);
        const Run r = cli({QStringLiteral("pgp"), QStringLiteral("inspect"), file, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray keys = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(keys.size(), m_expected.size());
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QJsonObject key = keys.at(i).toObject();
            // Exactly the fields issue 7 names.
            QCOMPARE(key.keys(), (QStringList{QStringLiteral("Algorithm"), QStringLiteral("Created"),
                                              QStringLiteral("Expires"), QStringLiteral("Fingerprint"),
                                              QStringLiteral("KeyId"), QStringLiteral("UserIds")}));
            const ColonKey& want = m_expected.at(i);
            QCOMPARE(key.value(QStringLiteral("KeyId")).toString(), want.primary.keyId);
            QCOMPARE(key.value(QStringLiteral("Fingerprint")).toString(), want.primary.fingerprint);
            QStringList uids;
            for (const QJsonValue& uid : key.value(QStringLiteral("UserIds")).toArray())
                uids.append(uid.toString());
            QCOMPARE(uids, want.userIds);
            QCOMPARE(key.value(QStringLiteral("Algorithm")).toString(), want.primary.algorithm);
            QCOMPARE(key.value(QStringLiteral("Created")).toString(), iso(want.primary.created));
            if (want.primary.expires.isValid())
                QCOMPARE(key.value(QStringLiteral("Expires")).toString(), iso(want.primary.expires));
            else
                QVERIFY(key.value(QStringLiteral("Expires")).isNull());
        }
        Q_UNUSED(secret); // the same keys either way: a secret keyring lists its public parts
        QCOMPARE(keys.at(2).toObject().value(QStringLiteral("UserIds")).toArray().size(), 2);
    }

    void table()
    {
        const Run r = cli({QStringLiteral("pgp"), QStringLiteral("inspect"), m_public});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.startsWith("KEY ID"));
        for (const ColonKey& key : m_expected)
            QVERIFY2(r.out.contains(key.primary.fingerprint.toLatin1()), r.out.constData());
        QVERIFY(r.out.contains("RSA 3072"));
        QVERIFY(r.out.contains("EdDSA ed25519"));
        QVERIFY(r.out.contains("Critical"));
        QVERIFY(r.out.contains("never"));
    }

    void badFile_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("text") << QStringList() << m_text << QStringLiteral("no PGP keys found");
        QTest::newRow("truncated") << QStringList() << m_truncated << QString();
        QTest::newRow("secret given") << QStringList{QStringLiteral("--expect"), QStringLiteral("public")} << m_secret
                                      << QStringLiteral("a public keyring was expected");
        QTest::newRow("public given") << QStringList{QStringLiteral("--expect"), QStringLiteral("secret")} << m_public
                                      << QStringLiteral("a secret keyring was expected");
    }

    void badFile()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Run r = cli(QStringList{QStringLiteral("pgp"), QStringLiteral("inspect"), file} + extra);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("missing file") << QStringList{QStringLiteral("inspect"), m_gpg.filePath(QStringLiteral("none"))};
        QTest::newRow("no file") << QStringList{QStringLiteral("inspect")};
        QTest::newRow("two files") << QStringList{QStringLiteral("inspect"), m_public, m_armored};
        QTest::newRow("bad expect") << QStringList{QStringLiteral("inspect"), m_public, QStringLiteral("--expect"),
                                                   QStringLiteral("both")};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("bad keyring") << QStringList{QStringLiteral("import"), m_public, QStringLiteral("--keyring"),
                                                    QStringLiteral("both")};
    }

    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{QStringLiteral("pgp")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    // The tenant's keyrings: the public one imported, listed against gpg, in `expiring`, removed and
    // exported for gpg to read; a secret keyring as public, a truncated one refused naming the file;
    // a secret keyring with no keychain (none answers here) changes nothing.
    void tenantKeyrings()
    {
        const QString tenant = m_tmp.filePath(QStringLiteral("pgp.ghtenant"));
        QCOMPARE(cli({QStringLiteral("tenant"), QStringLiteral("create"), tenant, QStringLiteral("--demo")}).code, 0);
        const QStringList t{QStringLiteral("--tenant"), tenant};
        // The demo's own two public keys go first: the test counts what it imports.
        const Run seeded = cli(t + QStringList{QStringLiteral("pgp"), QStringLiteral("remove"),
                                               QStringLiteral("A20AD68C7980BEA3"), QStringLiteral("CDD88BECF88E4DFE")});
        QVERIFY2(seeded.code == 0, seeded.err.constData());
        const auto listed = [&] {
            return QJsonDocument::fromJson(
                       cli(t + QStringList{QStringLiteral("--json"), QStringLiteral("pgp"), QStringLiteral("list")}).out)
                .array();
        };
        const Run wrong = cli(t + QStringList{QStringLiteral("pgp"), QStringLiteral("import"), m_secret});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(m_secret.toUtf8()) && wrong.err.contains("public keyring was expected"),
                 wrong.err.constData());
        const Run cut = cli(t + QStringList{QStringLiteral("pgp"), QStringLiteral("import"), m_truncated});
        QCOMPARE(cut.code, 1);
        QVERIFY2(cut.err.contains(m_truncated.toUtf8()), cut.err.constData());
        const Run noKeychain = cli(t + QStringList{QStringLiteral("pgp"), QStringLiteral("import"), m_secret,
                                                   QStringLiteral("--keyring"), QStringLiteral("secret")});
        QCOMPARE(noKeychain.code, 2);
        QVERIFY2(noKeychain.err.contains("nothing was changed"), noKeychain.err.constData());
        QCOMPARE(listed().size(), 0);

        const Run imported = cli(t + QStringList{QStringLiteral("pgp"), QStringLiteral("import"), m_armored});
        QVERIFY2(imported.code == 0, imported.err.constData());
        const QJsonArray keys = listed();
        QCOMPARE(keys.size(), m_expected.size());
        for (const QJsonValue& v : keys) {
            const QJsonObject key = v.toObject();
            const ColonKey* want = nullptr;
            for (const ColonKey& k : std::as_const(m_expected))
                if (k.primary.fingerprint == key.value(QStringLiteral("Fingerprint")).toString())
                    want = &k;
            QVERIFY(want);
            QCOMPARE(key.value(QStringLiteral("KeyId")).toString(), want->primary.keyId);
            QCOMPARE(key.value(QStringLiteral("Keyring")).toString(), QStringLiteral("public"));
            QCOMPARE(key.value(QStringLiteral("Algorithm")).toString(), want->primary.algorithm);
            QCOMPARE(key.value(QStringLiteral("Created")).toString(), iso(want->primary.created));
            QVERIFY(!key.contains(QStringLiteral("PublicKey")));
            if (want->userIds.first().startsWith(QStringLiteral("Bob")))
                QCOMPARE(key.value(QStringLiteral("Status")).toString(), QStringLiteral("Critical"));
        }

        // Bob's key (7 days) is due within 10 days without --pgp.
        const Run due = cli(t + QStringList{QStringLiteral("--json"), QStringLiteral("expiring"), QStringLiteral("--days"),
                                            QStringLiteral("10")});
        QCOMPARE(due.code, 1);
        bool bob = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(due.out).array())
            bob = bob || (v.toObject().value(QStringLiteral("Kind")).toString() == QLatin1String("pgp-key") &&
                          v.toObject().value(QStringLiteral("Subject")).toString().startsWith(QStringLiteral("Bob")));
        QVERIFY2(bob, due.out.constData());

        const Run removed = cli(t + QStringList{QStringLiteral("pgp"), QStringLiteral("remove"), m_expected.at(0).primary.keyId});
        QVERIFY2(removed.code == 0, removed.err.constData());
        QCOMPARE(listed().size(), m_expected.size() - 1);

        const QString exported = m_tmp.filePath(QStringLiteral("exported.asc"));
        QCOMPARE(cli(t + QStringList{QStringLiteral("pgp"), QStringLiteral("export"), QStringLiteral("--armor"),
                                     QStringLiteral("-o"), exported}).code, 0);
        GpgHome other;
        other.gpg({QStringLiteral("--import"), exported});
        QCOMPARE(other.listKeys().size(), m_expected.size() - 1);
    }

    void nothingLeftBehind()
    {
        QCOMPARE(QDir(m_tmp.filePath(QStringLiteral("tmp"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("never"))));
        QCOMPARE(gh::test::processesMentioning(m_tmp.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPgpCommands)
#include "tst_pgpcommands.moc"
