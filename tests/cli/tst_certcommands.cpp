// gatehouse-cli's certificate commands, run as a user runs them: `cert inspect` on material made
// by the openssl command line in the test (cross-checked against `openssl x509`), `keystore
// expiring` and `keystore export` on a demo tenant.
#include "DemoTenant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace gh;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray kPassword = QByteArrayLiteral("s3cret-Pw!42");

QString normalizedFingerprint(QString f)
{
    return f.remove(QLatin1Char(':')).toUpper().trimmed();
}
} // namespace

class TestCertCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tenant;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    static Run run(const QString& program, const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForStarted(30000))
            return {};
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:")); // never a real keychain
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    static bool openssl(const QStringList& args)
    {
        const Run r = run(QStringLiteral("openssl"), args);
        if (r.code != 0)
            qWarning("openssl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.code == 0;
    }

    // What `openssl x509` says about the first certificate of a PEM or DER file.
    struct OpensslView
    {
        QString sha1, sha256, sha512, serial, subject, issuer;
        QDateTime notAfter;
    };
    static OpensslView opensslView(const QString& file, bool der = false)
    {
        OpensslView v;
        const QStringList base{QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-in"), file,
                               QStringLiteral("-inform"), der ? QStringLiteral("DER") : QStringLiteral("PEM"),
                               QStringLiteral("-nameopt"), QStringLiteral("RFC2253")};
        for (const char* digest : {"-sha1", "-sha512"}) {
            const Run r = run(QStringLiteral("openssl"), base + QStringList{QStringLiteral("-fingerprint"), QLatin1String(digest)});
            const QString value = QString::fromLatin1(r.out).section(QLatin1Char('='), 1).trimmed();
            (qstrcmp(digest, "-sha1") == 0 ? v.sha1 : v.sha512) = normalizedFingerprint(value);
        }
        const Run r = run(QStringLiteral("openssl"),
                          base + QStringList{QStringLiteral("-fingerprint"), QStringLiteral("-sha256"), QStringLiteral("-serial"),
                                             QStringLiteral("-subject"), QStringLiteral("-issuer"), QStringLiteral("-enddate")});
        for (const QString& line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString key = line.section(QLatin1Char('='), 0, 0).trimmed().toLower();
            const QString value = line.section(QLatin1Char('='), 1).trimmed();
            if (key.endsWith(QLatin1String("fingerprint")))
                v.sha256 = normalizedFingerprint(value);
            else if (key == QLatin1String("serial"))
                v.serial = value.toUpper();
            else if (key == QLatin1String("subject"))
                v.subject = value;
            else if (key == QLatin1String("issuer"))
                v.issuer = value;
            else if (key == QLatin1String("notafter"))
                v.notAfter = QDateTime::fromString(value.simplified(), QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'"));
        }
        v.notAfter.setTimeSpec(Qt::UTC);
        return v;
    }

    static void verifyAgainstOpenssl(const QJsonObject& o, const OpensslView& v)
    {
        QCOMPARE(normalizedFingerprint(o.value(QStringLiteral("FingerprintSha256")).toString()), v.sha256);
        QCOMPARE(normalizedFingerprint(o.value(QStringLiteral("FingerprintSha1")).toString()), v.sha1);
        QCOMPARE(normalizedFingerprint(o.value(QStringLiteral("FingerprintSha512")).toString()), v.sha512);
        QCOMPARE(o.value(QStringLiteral("SerialNumber")).toString().toUpper(), v.serial);
        QCOMPARE(o.value(QStringLiteral("SubjectDN")).toString(), v.subject);
        QCOMPARE(o.value(QStringLiteral("IssuerDN")).toString(), v.issuer);
        const QString notAfter = o.value(QStringLiteral("ValidNotAfter")).toString();
        QVERIFY2(notAfter.endsWith(QLatin1Char('Z')), qPrintable(notAfter));
        QVERIFY(v.notAfter.isValid());
        QCOMPARE(QDateTime::fromString(notAfter, Qt::ISODate), v.notAfter);
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("ValidNotBefore")).toString(), Qt::ISODate).isValid());
    }

    QJsonArray inspectJson(const QStringList& args, Run* result = nullptr)
    {
        const Run r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("inspect")} + args);
        if (result)
            *result = r;
        return QJsonDocument::fromJson(r.out).array();
    }

    static QSet<QString> fingerprints(const QJsonArray& array)
    {
        QSet<QString> set;
        for (const QJsonValue& v : array)
            set.insert(normalizedFingerprint(v.toObject().value(QStringLiteral("FingerprintSha256")).toString()));
        return set;
    }

    static void writeFile(const QString& file, const QByteArray& content)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // An EC leaf valid for 5 days and an RSA one, PEM, DER, a bundle, PKCS#7 and PKCS#12.
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-days"), QStringLiteral("5"), QStringLiteral("-subj"),
                         QStringLiteral("/C=DE/O=Gatehouse Test/CN=leaf.gatehouse.test"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=DNS:leaf.gatehouse.test,IP:10.0.0.1"), QStringLiteral("-keyout"),
                         path("ec.key"), QStringLiteral("-out"), path("ec.pem")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("400"), QStringLiteral("-subj"),
                         QStringLiteral("/C=NL/O=Partner/CN=Partner RSA"), QStringLiteral("-keyout"), path("rsa.key"),
                         QStringLiteral("-out"), path("rsa.pem")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-in"), path("ec.pem"), QStringLiteral("-outform"),
                         QStringLiteral("DER"), QStringLiteral("-out"), path("ec.der")}));
        writeFile(path("bundle.pem"), test::readFile(path("ec.pem")) + test::readFile(path("rsa.pem")));
        QVERIFY(openssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-certfile"), path("bundle.pem"),
                         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), path("chain.p7b")}));
        QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), path("ec.pem"),
                         QStringLiteral("-inkey"), path("ec.key"), QStringLiteral("-certfile"), path("rsa.pem"),
                         QStringLiteral("-passout"), QStringLiteral("pass:") + QString::fromLatin1(kPassword),
                         QStringLiteral("-out"), path("bundle.p12")}));
        writeFile(path("password.txt"), kPassword + '\n');
        writeFile(path("wrong.txt"), QByteArrayLiteral("not-the-password\n"));

        m_tenant = m_dir.filePath(QStringLiteral("demo.ghtenant"));
        const Run created = cli({QStringLiteral("tenant"), QStringLiteral("create"), m_tenant, QStringLiteral("--demo")});
        QVERIFY2(created.code == 0, created.err.constData());
    }

    void inspectJsonMatchesOpenssl()
    {
        Run r;
        const QJsonArray all = inspectJson({path("ec.pem"), path("ec.der"), path("bundle.pem"), path("chain.p7b"),
                                            QStringLiteral("--password-file"), path("password.txt"), path("bundle.p12")},
                                           &r);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(all.size(), 1 + 1 + 2 + 2 + 2);
        const OpensslView ec = opensslView(path("ec.pem"));
        const OpensslView ecDer = opensslView(path("ec.der"), true);
        QCOMPARE(ecDer.sha256, ec.sha256);
        const OpensslView rsa = opensslView(path("rsa.pem"));
        QCOMPARE(ec.subject, QStringLiteral("CN=leaf.gatehouse.test,O=Gatehouse Test,C=DE"));

        QStringList files;
        for (const QJsonValue& value : all) {
            const QJsonObject o = value.toObject();
            files.append(QFileInfo(o.value(QStringLiteral("File")).toString()).fileName());
            const QString sha256 = normalizedFingerprint(o.value(QStringLiteral("FingerprintSha256")).toString());
            QVERIFY(sha256 == ec.sha256 || sha256 == rsa.sha256);
            verifyAgainstOpenssl(o, sha256 == ec.sha256 ? ec : rsa);
            if (sha256 == ec.sha256) {
                QCOMPARE(o.value(QStringLiteral("KeyType")).toString(), QStringLiteral("EC"));
                QCOMPARE(o.value(QStringLiteral("KeySize")).toInt(), 256);
                QCOMPARE(o.value(QStringLiteral("SignatureAlgorithm")).toString(), QStringLiteral("SHA256withECDSA"));
                bool san = false;
                for (const QJsonValue& e : o.value(QStringLiteral("Extensions")).toArray()) {
                    const QJsonObject ext = e.toObject();
                    QVERIFY(ext.contains(QStringLiteral("Critical")));
                    if (ext.value(QStringLiteral("Oid")).toString() == QLatin1String("2.5.29.17")) {
                        san = true;
                        QCOMPARE(ext.value(QStringLiteral("Name")).toString(), QStringLiteral("subjectAltName"));
                        QVERIFY(ext.value(QStringLiteral("Value")).toString().contains(QLatin1String("DNS:leaf.gatehouse.test")));
                        QVERIFY(ext.value(QStringLiteral("Value")).toString().contains(QLatin1String("10.0.0.1")));
                    }
                }
                QVERIFY(san);
            } else {
                QCOMPARE(o.value(QStringLiteral("KeyType")).toString(), QStringLiteral("RSA"));
                QCOMPARE(o.value(QStringLiteral("KeySize")).toInt(), 2048);
            }
        }
        QCOMPARE(files, (QStringList{QStringLiteral("ec.pem"), QStringLiteral("ec.der"), QStringLiteral("bundle.pem"),
                                     QStringLiteral("bundle.pem"), QStringLiteral("chain.p7b"), QStringLiteral("chain.p7b"),
                                     QStringLiteral("bundle.p12"), QStringLiteral("bundle.p12")}));
        // PKCS#12: the key's certificate first.
        QCOMPARE(normalizedFingerprint(all.at(6).toObject().value(QStringLiteral("FingerprintSha256")).toString()), ec.sha256);
        QVERIFY(!r.out.contains(kPassword));
    }

    void inspectTableForPeople()
    {
        const Run r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), path("ec.pem"), path("rsa.pem")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("FILE"));
        for (const char* column : {"SUBJECT CN", "ISSUER CN", "NOT AFTER", "DAYS LEFT", "SHA-256"})
            QVERIFY2(lines.at(0).contains(column), column);
        QVERIFY(lines.at(1).contains("leaf.gatehouse.test"));
        QVERIFY(lines.at(2).contains("Partner RSA"));
        // Valid for 5 days: 4 whole days left (or 5 if the clock is exactly on the second).
        QVERIFY2(QString::fromUtf8(lines.at(1)).contains(QRegularExpression(QStringLiteral("\\s[45]\\s"))), lines.at(1).constData());
        const OpensslView ec = opensslView(path("ec.pem"));
        QVERIFY(normalizedFingerprint(QString::fromUtf8(lines.at(1))).contains(ec.sha256));
        QVERIFY(lines.at(1).contains(ec.notAfter.toString(QStringLiteral("yyyy-MM-dd")).toLatin1()));
    }

    void wrongPasswordIsReportedAndOthersStillPrinted()
    {
        Run r;
        const QJsonArray printed = inspectJson({QStringLiteral("--password-file"), path("wrong.txt"), path("bundle.p12"), path("ec.pem")}, &r);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("bundle.p12"), r.err.constData());
        QVERIFY2(r.err.contains("wrong password"), r.err.constData());
        QVERIFY(r.err.startsWith("gatehouse-cli: "));
        QVERIFY(!r.err.contains("not-the-password") && !r.out.contains("not-the-password"));
        QCOMPARE(printed.size(), 1);
        QCOMPARE(fingerprints(printed), QSet<QString>{opensslView(path("ec.pem")).sha256});

        // No password at all for a PKCS#12 is the same finding.
        const Run none = cli({QStringLiteral("cert"), QStringLiteral("inspect"), path("bundle.p12")});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains("bundle.p12") && none.err.contains("password"), none.err.constData());
    }

    void badFilesAreNamedWithTheirCause_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("cause");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919 + 13) & 0xff));
        QTest::newRow("garbage") << garbage << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray("empty");
        QTest::newRow("truncated pem") << test::readFile(path("ec.pem")).left(300) << QByteArray();
        QTest::newRow("pem without certificate") << test::readFile(path("ec.key")) << QByteArray();
    }

    void badFilesAreNamedWithTheirCause()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, cause);
        const QString bad = m_dir.filePath(QStringLiteral("bad-%1.crt").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        writeFile(bad, content);
        Run r;
        const QJsonArray printed = inspectJson({bad, path("rsa.pem")}, &r);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QByteArray("gatehouse-cli: " + bad.toUtf8() + ": ")), r.err.constData());
        QVERIFY2(r.err.contains(cause), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(printed.size(), 1);
        QCOMPARE(fingerprints(printed), QSet<QString>{opensslView(path("rsa.pem")).sha256});
    }

    void missingFileAndUsageErrors()
    {
        const Run missing = cli({QStringLiteral("cert"), QStringLiteral("inspect"), path("nope.pem")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("nope.pem"), missing.err.constData());

        const QList<QStringList> usage{
            {QStringLiteral("cert"), QStringLiteral("inspect")},
            {QStringLiteral("cert"), QStringLiteral("frobnicate")},
            {QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("--bogus"), path("ec.pem")},
            {QStringLiteral("cert"), QStringLiteral("inspect"), path("ec.pem"), QStringLiteral("--password-file")},
            {QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("--password-file"), path("nope.txt"), path("ec.pem")},
        };
        for (const QStringList& args : usage) {
            const Run r = cli(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(r.out.isEmpty());
            QVERIFY(!r.err.isEmpty());
        }
    }

    void expiringListsWhatExpiresSoonestFirst_data()
    {
        QTest::addColumn<QString>("days");
        QTest::addColumn<QStringList>("aliases");
        QTest::newRow("0: only the expired one") << QStringLiteral("0") << QStringList{QStringLiteral("partner_as2_2024")};
        QTest::newRow("9") << QStringLiteral("9") << QStringList{QStringLiteral("partner_as2_2024")};
        QTest::newRow("14") << QStringLiteral("14")
                            << QStringList{QStringLiteral("partner_as2_2024"), QStringLiteral("ariba_client")};
        QTest::newRow("30") << QStringLiteral("30")
                            << QStringList{QStringLiteral("partner_as2_2024"), QStringLiteral("ariba_client"),
                                           QStringLiteral("partner_sftp_host")};
    }

    void expiringListsWhatExpiresSoonestFirst()
    {
        QFETCH(QString, days);
        QFETCH(QStringList, aliases);
        const Run r = cli({QStringLiteral("--tenant"), m_tenant, QStringLiteral("--json"), QStringLiteral("keystore"),
                           QStringLiteral("expiring"), QStringLiteral("--days"), days});
        QCOMPARE(r.code, 1);
        const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
        QStringList listed;
        for (const QJsonValue& v : entries) {
            const QJsonObject e = v.toObject();
            listed.append(e.value(QStringLiteral("Alias")).toString());
            for (const char* field : {"Alias", "Keystore", "SubjectDN", "ValidNotAfter", "FingerprintSha256", "DaysLeft", "ExpiryStatus"})
                QVERIFY2(e.contains(QLatin1String(field)), field);
            QVERIFY(!e.contains(QStringLiteral("Chain")));
            const bool expired = e.value(QStringLiteral("DaysLeft")).toInteger() < 0;
            QCOMPARE(e.value(QStringLiteral("ExpiryStatus")).toString(), expired ? QStringLiteral("expired") : QStringLiteral("expiring"));
        }
        QCOMPARE(listed, aliases);

        const Run table = cli({QStringLiteral("--tenant"), m_tenant, QStringLiteral("keystore"), QStringLiteral("expiring"),
                               QStringLiteral("--days=") + days});
        QCOMPARE(table.code, 1);
        QVERIFY(table.out.startsWith("ALIAS"));
        QCOMPARE(table.out.trimmed().count('\n'), aliases.size());
        QVERIFY(table.out.contains("Expired"));
    }

    void expiringWithNothingDueExitsZero()
    {
        const QString empty = m_dir.filePath(QStringLiteral("small.ghtenant"));
        QCOMPARE(cli({QStringLiteral("tenant"), QStringLiteral("create"), empty, QStringLiteral("--scale"), QStringLiteral("users=3")}).code, 0);
        const Run json = cli({QStringLiteral("--tenant"), empty, QStringLiteral("--json"), QStringLiteral("keystore"),
                              QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("365")});
        QCOMPARE(json.code, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 0);
        const Run text = cli({QStringLiteral("--tenant"), empty, QStringLiteral("keystore"), QStringLiteral("expiring"),
                              QStringLiteral("--days"), QStringLiteral("365")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("No keystore entry expires within 365 days"));
    }

    void expiringNeedsNonNegativeDays()
    {
        for (const QStringList& extra : QList<QStringList>{{}, {QStringLiteral("--days")}, {QStringLiteral("--days"), QStringLiteral("-1")},
                                                           {QStringLiteral("--days"), QStringLiteral("abc")},
                                                           {QStringLiteral("--days"), QStringLiteral("1.5")},
                                                           {QStringLiteral("--days"), QStringLiteral("7"), QStringLiteral("extra")}}) {
            const Run r = cli(QStringList{QStringLiteral("--tenant"), m_tenant, QStringLiteral("keystore"), QStringLiteral("expiring")} + extra);
            QVERIFY2(r.code == 2, qPrintable(extra.join(QLatin1Char(' '))));
            QVERIFY(r.out.isEmpty());
        }
    }

    void exportPemDerAndP7bRoundTrip()
    {
        const Run list = cli({QStringLiteral("--tenant"), m_tenant, QStringLiteral("--json"), QStringLiteral("keystore"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QString listed;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array()) {
            if (v.toObject().value(QStringLiteral("Alias")).toString() == QLatin1String("ariba_client"))
                listed = normalizedFingerprint(v.toObject().value(QStringLiteral("FingerprintSha256")).toString());
        }
        QVERIFY(!listed.isEmpty());

        const Run pem = cli({QStringLiteral("--tenant"), m_tenant, QStringLiteral("keystore"), QStringLiteral("export"),
                             QStringLiteral("ariba_client"), QStringLiteral("--format"), QStringLiteral("pem")});
        QVERIFY2(pem.code == 0, pem.err.constData());
        QVERIFY(pem.out.startsWith("-----BEGIN CERTIFICATE-----"));
        writeFile(path("ariba.pem"), pem.out);
        QCOMPARE(opensslView(path("ariba.pem")).sha256, listed);
        QVERIFY(opensslView(path("ariba.pem")).subject.contains(QLatin1String("CN=ariba-client.contoso.com")));

        const Run der = cli({QStringLiteral("--tenant"), m_tenant, QStringLiteral("keystore"), QStringLiteral("export"),
                             QStringLiteral("ariba_client"), QStringLiteral("--format"), QStringLiteral("der"),
                             QStringLiteral("-o"), path("ariba.der")});
        QVERIFY2(der.code == 0, der.err.constData());
        QCOMPARE(opensslView(path("ariba.der"), true).sha256, listed);

        // Binary to stdout: allowed, as stdout here is a pipe, not a terminal.
        const Run p7b = cli({QStringLiteral("--tenant"), m_tenant, QStringLiteral("keystore"), QStringLiteral("export"),
                             QStringLiteral("ariba_client"), QStringLiteral("--format"), QStringLiteral("p7b")});
        QVERIFY2(p7b.code == 0, p7b.err.constData());
        QCOMPARE(p7b.out.at(0), '\x30'); // DER SEQUENCE
        writeFile(path("ariba.p7b"), p7b.out);
        const Run printed = run(QStringLiteral("openssl"), {QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                                            QStringLiteral("-in"), path("ariba.p7b"), QStringLiteral("-print_certs"),
                                                            QStringLiteral("-noout")});
        QVERIFY2(printed.code == 0, printed.err.constData());
        QCOMPARE(printed.out.count("subject="), 3); // leaf, issuing CA, root
        QVERIFY(printed.out.contains("ariba-client.contoso.com"));
        QVERIFY(printed.out.contains("Contoso Issuing CA 01"));
        QVERIFY(printed.out.contains("Contoso Root CA G2"));
    }

    void exportFailures()
    {
        const QStringList base{QStringLiteral("--tenant"), m_tenant, QStringLiteral("keystore"), QStringLiteral("export")};
        const Run unknown = cli(base + QStringList{QStringLiteral("nope"), QStringLiteral("--format"), QStringLiteral("pem")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("no keystore entry 'nope'"), unknown.err.constData());
        QVERIFY(unknown.out.isEmpty());

        // PKCS#12 needs a password file (usage error), and the private key, which Gatehouse does
        // not hold for a demo key pair (and, with no session bus here, has no keychain to ask).
        const Run p12NoPassword = cli(base + QStringList{QStringLiteral("ariba_client"), QStringLiteral("--format"), QStringLiteral("p12")});
        QCOMPARE(p12NoPassword.code, 2);
        QVERIFY2(p12NoPassword.err.contains("--password-file"), p12NoPassword.err.constData());
        QVERIFY(p12NoPassword.out.isEmpty());
        const QString passwordFile = m_dir.filePath(QStringLiteral("export-password.txt"));
        {
            QFile f(passwordFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassword + '\n');
        }
        const Run p12 = cli(base + QStringList{QStringLiteral("ariba_client"), QStringLiteral("--format"), QStringLiteral("p12"),
                                               QStringLiteral("--password-file"), passwordFile});
        QCOMPARE(p12.code, 1);
        QVERIFY2(p12.err.contains("private key of 'ariba_client' is not available"), p12.err.constData());
        QVERIFY(p12.out.isEmpty());
        const Run p12OfCertificate = cli(base + QStringList{QStringLiteral("partner_root_ca"), QStringLiteral("--format"),
                                                            QStringLiteral("p12"), QStringLiteral("--password-file"), passwordFile});
        QCOMPARE(p12OfCertificate.code, 1);
        QVERIFY2(p12OfCertificate.err.contains("certificate without a private key"), p12OfCertificate.err.constData());

        for (const QStringList& args : QList<QStringList>{{QStringLiteral("ariba_client")},
                                                          {QStringLiteral("ariba_client"), QStringLiteral("--format"), QStringLiteral("jks")},
                                                          {QStringLiteral("--format"), QStringLiteral("pem")},
                                                          {QStringLiteral("ariba_client"), QStringLiteral("--format"), QStringLiteral("pem"), QStringLiteral("-o")}}) {
            const Run r = cli(base + args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
        }
    }

    void helpNamesTheNewCommands()
    {
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const char* text : {"cert inspect", "--password-file", "keystore expiring --days N", "keystore export ALIAS"})
            QVERIFY2(h.out.contains(text), text);
    }
};

QTEST_GUILESS_MAIN(TestCertCommands)
#include "tst_certcommands.moc"
