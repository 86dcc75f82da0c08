// gatehouse-cli, run as a user runs it: exit codes, JSON with SAP's field names, the demo
// tenant created on first use in XDG_DATA_HOME, and unusable files refused untouched.
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
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // `locale`: the variables that choose the language ("LANG" → "de_DE.UTF-8"); with any given,
    // the caller's LANG, LC_ALL, LC_MESSAGES and LANGUAGE are dropped first.
    Run cli(const QStringList& args, const QHash<QString, QString>& locale = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        if (!locale.isEmpty()) {
            for (const char* name : {"LANG", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC", "LANGUAGE"})
                env.remove(QString::fromLatin1(name));
            for (auto it = locale.cbegin(); it != locale.cend(); ++it)
                env.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QJsonArray jsonList(const QString& resource)
    {
        const Run r = cli({QStringLiteral("--json"), resource, QStringLiteral("list")});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).array();
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        // The project's version (CMakeLists.txt), as packages and bug reports quote it.
        QCOMPARE(v.out, QByteArray("gatehouse-cli " GATEHOUSE_VERSION "\n"));
        QVERIFY(v.err.isEmpty());
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains("keystore list"));
        QVERIFY(h.out.contains("tenant create PATH --demo"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("nothing") << QStringList() << QByteArray("no command");
        QTest::newRow("unknown resource") << QStringList{QStringLiteral("planets"), QStringLiteral("list")} << QByteArray("planets");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("users"), QStringLiteral("frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("tenant without path") << QStringList{QStringLiteral("--tenant")} << QByteArray("--tenant needs a PATH");
        QTest::newRow("create without kind") << QStringList{QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("x")}
                                             << QByteArray("--demo or --scale");
        QTest::newRow("bad scale") << QStringList{QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("x"),
                                                  QStringLiteral("--scale"), QStringLiteral("moons=3")}
                                   << QByteArray("moons");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // A German system locale, from LANG, LC_ALL or LC_MESSAGES (Qt reads them itself: no glibc
    // locale needs to be generated): help, usage errors and their hint in German.
    void germanFromTheLocale_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("LANG") << QStringLiteral("LANG");
        QTest::newRow("LC_ALL") << QStringLiteral("LC_ALL");
        QTest::newRow("LC_MESSAGES") << QStringLiteral("LC_MESSAGES");
    }

    void germanFromTheLocale()
    {
        QFETCH(QString, variable);
        const QHash<QString, QString> german{{variable, QStringLiteral("de_DE.UTF-8")}};
        const Run h = cli({QStringLiteral("--help")}, german);
        QCOMPARE(h.code, 0);
        const QString help = QString::fromUtf8(h.out);
        QVERIFY2(help.startsWith(QStringLiteral("Aufruf: gatehouse-cli [--tenant PATH|PROFILE]")), h.out.left(200).constData());
        for (const char* text : {"\nBefehle:\n", "\nOptionen:\n", "Exit-Codes: 0 Erfolg",
                                   "Keystore-Einträge mit Gültigkeit und Fingerabdrücken"})
            QVERIFY2(help.contains(QString::fromUtf8(text)), text);
        // The commands and options stay as they are typed.
        QVERIFY(help.contains(QStringLiteral("  keystore list ")));
        QVERIFY(help.contains(QStringLiteral("tenant create PATH --demo")));
        QVERIFY(!help.contains(QStringLiteral("Exit codes:")));

        const Run e = cli({QStringLiteral("planets"), QStringLiteral("list")}, german);
        QCOMPARE(e.code, 2);
        QVERIFY(e.out.isEmpty());
        QCOMPARE(QString::fromUtf8(e.err),
                 QStringLiteral("gatehouse-cli: unbekannte Ressource 'planets'\nSiehe 'gatehouse-cli --help'.\n"));
        const Run o = cli({QStringLiteral("keystore"), QStringLiteral("export")}, german);
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains("keystore export braucht einen ALIAS"), o.err.constData());
        // The credentials commands too: their help, a missing operand's name, their own messages.
        QVERIFY(help.contains(QStringLiteral("Benutzeranmeldedaten, OAuth2-Client-Anmeldedaten oder einen")));
        const Run n = cli({QStringLiteral("credentials"), QStringLiteral("create")}, german);
        QCOMPARE(n.code, 2);
        QVERIFY2(n.err.contains("credentials create braucht einen NAME"), n.err.constData());
        const Run k = cli({QStringLiteral("credentials"), QStringLiteral("create"), QStringLiteral("SF_API")}, german);
        QCOMPARE(k.code, 2);
        QVERIFY2(k.err.contains("credentials create braucht --kind user|oauth2|secure-parameter"), k.err.constData());

        // The same under English or C: untranslated.
        for (const QString& other : {QStringLiteral("C.UTF-8"), QStringLiteral("en_US.UTF-8")}) {
            const Run c = cli({QStringLiteral("planets"), QStringLiteral("list")}, {{variable, other}});
            QCOMPARE(c.code, 2);
            QCOMPARE(c.err, QByteArray("gatehouse-cli: unknown resource 'planets'\nTry 'gatehouse-cli --help'.\n"));
        }
    }

    // Human tables follow the locale: German headers and dates (27.11.2026) and numbers; --json
    // stays byte for byte what it is under C, SAP's field names and ISO 8601 UTC dates.
    void germanTablesAndStableJson()
    {
        const QHash<QString, QString> german{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}};
        const QHash<QString, QString> c{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}};
        const Run table = cli({QStringLiteral("keystore"), QStringLiteral("list")}, german);
        QCOMPARE(table.code, 0);
        const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 3);
        for (const char* header : {"ALIAS", "TYP", "GÜLTIG BIS", "TAGE ÜBRIG", "STATUS"})
            QVERIFY2(lines.first().contains(QString::fromUtf8(header)), qPrintable(lines.first()));
        static const QRegularExpression germanDate(QStringLiteral("\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b"));
        static const QRegularExpression isoDate(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
        QVERIFY2(lines.at(1).contains(germanDate), qPrintable(lines.at(1)));
        QVERIFY2(!lines.at(1).contains(isoDate), qPrintable(lines.at(1)));
        const Run english = cli({QStringLiteral("keystore"), QStringLiteral("list")}, c);
        QCOMPARE(english.code, 0);
        QVERIFY(english.out.startsWith("ALIAS"));
        QVERIFY(QString::fromUtf8(english.out.split('\n').at(1)).contains(isoDate));

        for (const char* resource : {"keystore", "users", "destinations"}) {
            const QStringList args{QStringLiteral("--json"), QString::fromLatin1(resource), QStringLiteral("list")};
            const Run de = cli(args, german);
            const Run en = cli(args, c);
            QCOMPARE(de.code, 0);
            QCOMPARE(en.code, 0);
            QVERIFY(!QJsonDocument::fromJson(de.out).array().isEmpty());
            QCOMPARE(de.out, en.out);
        }
    }

    void demoTenantIsCreatedOnFirstUse()
    {
        const QJsonArray users = jsonList(QStringLiteral("users"));
        QVERIFY(users.size() >= 40);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/gatehouse/demo.ghtenant"))));
        const QJsonObject u = users.first().toObject();
        for (const char* field : {"id", "userName", "origin", "emails", "lastLogonTime", "roleCollections"})
            QVERIFY2(u.contains(QLatin1String(field)), field);
        // ISO 8601 UTC
        QVERIFY(u.value(QStringLiteral("lastLogonTime")).toString().endsWith(QLatin1Char('Z')));
    }

    void keystoreListShowsExpiredAndExpiring()
    {
        const QJsonArray entries = jsonList(QStringLiteral("keystore"));
        QVERIFY(entries.size() >= 6);
        bool expired = false, expiring = false;
        for (const QJsonValue& v : entries) {
            const QJsonObject e = v.toObject();
            for (const char* field : {"Alias", "Type", "Owner", "SubjectDN", "IssuerDN", "SerialNumber", "ValidNotBefore",
                                      "ValidNotAfter", "FingerprintSha256"})
                QVERIFY2(e.contains(QLatin1String(field)) && !e.value(QLatin1String(field)).toString().isEmpty(), field);
            const QDateTime notAfter = QDateTime::fromString(e.value(QStringLiteral("ValidNotAfter")).toString(), Qt::ISODate);
            QVERIFY(notAfter.isValid());
            const qint64 days = QDateTime::currentDateTimeUtc().secsTo(notAfter) / 86400;
            expired |= days < 0;
            expiring |= days >= 0 && days <= 30;
        }
        QVERIFY(expired);
        QVERIFY(expiring);
    }

    void destinationsListMasksSecrets()
    {
        const QJsonArray destinations = jsonList(QStringLiteral("destinations"));
        QVERIFY(destinations.size() >= 12);
        QSet<QString> auths;
        for (const QJsonValue& v : destinations) {
            const QJsonObject d = v.toObject();
            QVERIFY(d.contains(QStringLiteral("Name")));
            auths.insert(d.value(QStringLiteral("Authentication")).toString());
            for (const char* secret : {"Password", "clientSecret", "KeyStorePassword", "clientKey", "mail.password"}) {
                if (d.contains(QLatin1String(secret))) {
                    const QString value = d.value(QLatin1String(secret)).toString();
                    QVERIFY2(value == QLatin1String("<redacted>") || value == QLatin1String("<removed>"), qPrintable(value));
                }
            }
        }
        auths.remove(QString());
        QVERIFY(auths.size() >= 5);
    }

    void tablesForPeople()
    {
        const Run r = cli({QStringLiteral("role-collections"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("NAME"));
        QVERIFY(r.out.contains("Subaccount Administrator"));
        QVERIFY(r.out.contains("PI_Administrator"));
    }

    void tenantCreateAndUse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scaled.ghtenant"));
        const Run created = cli({QStringLiteral("tenant"), QStringLiteral("create"), path, QStringLiteral("--scale"),
                                 QStringLiteral("users=300,role-collections=4,destinations=7")});
        QCOMPARE(created.code, 0);
        QVERIFY(created.out.contains("Created"));
        const Run users = cli({QStringLiteral("--tenant"), path, QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(users.code, 0);
        QCOMPARE(QJsonDocument::fromJson(users.out).array().size(), 300);
        const Run again = cli({QStringLiteral("tenant"), QStringLiteral("create"), path, QStringLiteral("--demo")});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains("already exists"));
    }

    void unusableTenantFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("text") << QByteArrayLiteral("hello, I am not a database\n") << QByteArray("not a Gatehouse tenant");
        QTest::newRow("garbage") << QByteArray(10000, '\x01') << QByteArray("not a Gatehouse tenant");
        QByteArray truncated("SQLite format 3\0", 16);
        truncated += QByteArray(40, '\0');
        QTest::newRow("truncated") << truncated << QByteArray("damaged");
    }

    void unusableTenantFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.ghtenant"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const Run r = cli({QStringLiteral("--tenant"), path, QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.contains(path.toUtf8()));
        QCOMPARE(test::readFile(path), content);
    }

    void missingTenantFileIsAnUnusableTenant()
    {
        const Run r = cli({QStringLiteral("--tenant"), m_home.filePath(QStringLiteral("nope.ghtenant")), QStringLiteral("users"),
                           QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no such tenant file"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
