// `gatehouse-cli expiring --days N [--json] [--all] [--pgp FILE]…` in-process on tenants made in
// the test (certificates dated relative to the clock) and keyrings made by the real gpg: what is
// listed, the JSON fields, and the exit codes 0 (nothing due), 1 (something due) and 2 (usage).

#include "ExpiringFixtures.h"
#include "app/cli/Cli.h"
#include "crypto/PgpTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gh;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray describe(const Run& r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.code).arg(r.out, r.err).toUtf8();
}

} // namespace

class TestExpiringCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Real time, whole seconds: gpg dates the keys it makes by the real clock.
    FixedClock m_clock{QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};
    QString m_tenant; // the fixture's material
    QString m_quiet;  // one certificate with 400 days left

    Run cli(const QString& tenant, const QStringList& args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        cli::Cli c(out, err, m_clock);
        r.code = c.run(QStringList{QStringLiteral("--tenant"), tenant} + args);
        out.flush();
        err.flush();
        return r;
    }

    static QJsonArray jsonOf(const Run& r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qFatal("not a JSON array: %s", qPrintable(r.out));
        return doc.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = m_dir.filePath(QStringLiteral("material.ghtenant"));
        test::writeTenant(m_tenant, test::makeExpiringMaterial(m_clock.now()));
        test::ExpiringMaterial quiet;
        const test::MadeCertificate long_ = test::makeCertificate(QStringLiteral("CN=long.example.com"), m_clock.now(), 400);
        quiet.keystore = {test::keystoreEntry(QStringLiteral("system"), QStringLiteral("long"), {long_.certificate},
                                              m_clock.now())};
        m_quiet = m_dir.filePath(QStringLiteral("quiet.ghtenant"));
        test::writeTenant(m_quiet, quiet);
    }

    void dueItemsAcrossSourcesGiveExitCodeOne()
    {
        const Run r = cli(m_tenant, {QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("30")});
        QVERIFY2(r.code == cli::Finding, describe(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("partner.example.com")), describe(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("Old Root")), describe(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("Expired")), describe(r).constData());
        // 45 and 200 days left, and the history entry: not listed.
        QVERIFY2(!r.out.contains(QStringLiteral("backend.example.com")), describe(r).constData());
        QVERIFY2(!r.out.contains(QStringLiteral("Partner CA")), describe(r).constData());
        QVERIFY2(!r.out.contains(QStringLiteral("1_partner")), describe(r).constData());
        // Soonest first: the expired root before the leaf.
        QVERIFY(r.out.indexOf(QStringLiteral("Old Root")) < r.out.indexOf(QStringLiteral("partner.example.com")));
    }

    void jsonHasStableFields()
    {
        const Run r = cli(m_tenant, {QStringLiteral("--json"), QStringLiteral("expiring"), QStringLiteral("--days=50")});
        QVERIFY2(r.code == cli::Finding, describe(r).constData());
        const QJsonArray items = jsonOf(r);
        QCOMPARE(items.size(), 3);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("DaysLeft"), QStringLiteral("Kind"), QStringLiteral("NotAfter"),
                                            QStringLiteral("Owner"), QStringLiteral("Status"), QStringLiteral("Subject")}));
        QCOMPARE(first.value(QStringLiteral("Kind")).toString(), QStringLiteral("keystore"));
        QCOMPARE(first.value(QStringLiteral("Owner")).toString(), QStringLiteral("old-root"));
        QCOMPARE(first.value(QStringLiteral("Status")).toString(), QStringLiteral("expired"));
        QCOMPARE(first.value(QStringLiteral("DaysLeft")).toInteger(), -5);
        QCOMPARE(first.value(QStringLiteral("NotAfter")).toString(),
                 m_clock.now().addDays(-5).toString(Qt::ISODate));
        QVERIFY(first.value(QStringLiteral("NotAfter")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject leaf = items.at(1).toObject();
        QCOMPARE(leaf.value(QStringLiteral("Owner")).toString(), QStringLiteral("partner"));
        QCOMPARE(leaf.value(QStringLiteral("Status")).toString(), QStringLiteral("expiring"));
        QCOMPARE(leaf.value(QStringLiteral("DaysLeft")).toInteger(), 10);
        const QJsonObject backend = items.at(2).toObject();
        QCOMPARE(backend.value(QStringLiteral("Kind")).toString(), QStringLiteral("destination-certificate"));
        QCOMPARE(backend.value(QStringLiteral("Owner")).toString(), QStringLiteral("backend.pem"));
        QVERIFY(backend.value(QStringLiteral("Subject")).toString().contains(QStringLiteral("CN=backend.example.com")));
    }

    void allListsEverythingWithItsStatus()
    {
        const Run r = cli(m_tenant, {QStringLiteral("expiring"), QStringLiteral("--json"), QStringLiteral("--days"),
                                     QStringLiteral("30"), QStringLiteral("--all")});
        QVERIFY2(r.code == cli::Finding, describe(r).constData());
        const QJsonArray items = jsonOf(r);
        QCOMPARE(items.size(), 4);
        const QJsonObject last = items.at(3).toObject();
        QVERIFY(last.value(QStringLiteral("Subject")).toString().contains(QStringLiteral("CN=Partner CA")));
        QCOMPARE(last.value(QStringLiteral("Status")).toString(), QStringLiteral("valid"));
    }

    void nothingDueGivesExitCodeZero()
    {
        Run r = cli(m_quiet, {QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("30")});
        QVERIFY2(r.code == cli::Success, describe(r).constData());
        QCOMPARE(r.out, QStringLiteral("Nothing expires within 30 days.\n"));
        r = cli(m_quiet, {QStringLiteral("--json"), QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("399")});
        QVERIFY2(r.code == cli::Success, describe(r).constData());
        QCOMPARE(jsonOf(r).size(), 0);
        r = cli(m_quiet, {QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("400")});
        QVERIFY2(r.code == cli::Finding, describe(r).constData());
    }

    void usageErrorsGiveExitCodeTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no days") << QStringList{} << "expiring needs --days N";
        QTest::newRow("not a number") << QStringList{QStringLiteral("--days"), QStringLiteral("soon")} << "'soon'";
        QTest::newRow("negative") << QStringList{QStringLiteral("--days=-1")} << "'-1'";
        QTest::newRow("days twice") << QStringList{QStringLiteral("--days=1"), QStringLiteral("--days=2")} << "more than once";
        QTest::newRow("operand") << QStringList{QStringLiteral("--days=1"), QStringLiteral("extra")} << "'extra'";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--days=1"), QStringLiteral("--soon")} << "'--soon'";
        QTest::newRow("missing keyring") << QStringList{QStringLiteral("--days=1"), QStringLiteral("--pgp"),
                                                        QStringLiteral("/nonexistent/keys.asc")}
                                         << "/nonexistent/keys.asc";
    }
    void usageErrorsGiveExitCodeTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(m_tenant, QStringList{QStringLiteral("expiring")} + args);
        QVERIFY2(r.code == cli::Usage, describe(r).constData());
        QVERIFY2(r.err.contains(message), describe(r).constData());
        QVERIFY2(r.out.isEmpty(), describe(r).constData());
    }

    void notAKeyringIsRefused()
    {
        QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not a keyring\n");
        text.close();
        const Run r = cli(m_quiet, {QStringLiteral("expiring"), QStringLiteral("--days=1"), QStringLiteral("--pgp"),
                                    text.fileName()});
        QVERIFY2(r.code == cli::Usage, describe(r).constData());
        QVERIFY2(r.err.contains(text.fileName()), describe(r).constData());
    }

    void pgpKeysFromKeyringFiles()
    {
        test::GpgHome gpg;
        gpg.generate(QStringLiteral("Dora <dora@example.com>"), QStringLiteral("ed25519"), QStringLiteral("10d"));
        gpg.generate(QStringLiteral("Erin <erin@example.com>"), QStringLiteral("ed25519"), QStringLiteral("never"));
        const QString keyring = gpg.write(QStringLiteral("pub.asc"),
                                          gpg.gpg({QStringLiteral("--export"), QStringLiteral("--armor")}));
        const QList<test::ColonKey> listed = gpg.listKeys();
        QCOMPARE(listed.size(), 2);
        // Now is after gpg made the keys (a key made after now is not yet valid).
        m_clock.set(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 1, Qt::UTC));

        Run r = cli(m_quiet, {QStringLiteral("--json"), QStringLiteral("expiring"), QStringLiteral("--days"),
                              QStringLiteral("30"), QStringLiteral("--pgp"), keyring});
        QVERIFY2(r.code == cli::Finding, describe(r).constData());
        const QJsonArray items = jsonOf(r);
        QCOMPARE(items.size(), 1); // Erin's key never expires
        const QJsonObject dora = items.at(0).toObject();
        QCOMPARE(dora.value(QStringLiteral("Kind")).toString(), QStringLiteral("pgp-key"));
        QCOMPARE(dora.value(QStringLiteral("Owner")).toString(), listed.at(0).primary.keyId);
        QCOMPARE(dora.value(QStringLiteral("Subject")).toString(), QStringLiteral("Dora <dora@example.com>"));
        QCOMPARE(dora.value(QStringLiteral("Status")).toString(), QStringLiteral("expiring"));
        QCOMPARE(dora.value(QStringLiteral("NotAfter")).toString(), listed.at(0).primary.expires.toString(Qt::ISODate));
        const qint64 daysLeft = dora.value(QStringLiteral("DaysLeft")).toInteger();
        QVERIFY2(daysLeft == 9 || daysLeft == 10, describe(r).constData());

        // Not due within 5 days; the quiet tenant adds nothing either.
        r = cli(m_quiet, {QStringLiteral("expiring"), QStringLiteral("--days=5"), QStringLiteral("--pgp"), keyring});
        QVERIFY2(r.code == cli::Success, describe(r).constData());
        // With --all it is listed among the tenant's certificates, soonest first.
        r = cli(m_quiet, {QStringLiteral("expiring"), QStringLiteral("--days=5"), QStringLiteral("--all"),
                          QStringLiteral("--pgp"), keyring});
        QVERIFY2(r.code == cli::Success, describe(r).constData());
        QVERIFY2(r.out.indexOf(QStringLiteral("dora@example.com")) >= 0, describe(r).constData());
        QVERIFY2(r.out.indexOf(QStringLiteral("dora@example.com")) < r.out.indexOf(QStringLiteral("long.example.com")),
                 describe(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestExpiringCommands)
#include "tst_expiringcommands.moc"
