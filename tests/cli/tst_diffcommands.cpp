// gatehouse-cli diff A B: exit codes (0 equal, 1 differ, 2 usage or unusable tenant), the text
// and --json shapes, --kind, a profile's replica as one side (the kinds a pull does not read are
// left out with a note), in-process on demo tenant copies edited through the CLI itself, and once
// through the built binary.
#include "DemoTenant.h"
#include "app/cli/Cli.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/workspace/Pull.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>

using namespace gh;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestDiffCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    QString m_template;

    Run cli(const QStringList& args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        QSettings settings(m_dir.filePath(QStringLiteral("settings/gatehouse.ini")), QSettings::IniFormat);
        cli::Cli c(out, err, m_clock);
        c.setSettings(&settings);
        r.code = c.run(args);
        out.flush();
        err.flush();
        return r;
    }

    QString copy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_template, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
    }

    void equalTenantsExitZero()
    {
        const QString a = copy(QStringLiteral("a.ghtenant"));
        const QString b = copy(QStringLiteral("b.ghtenant"));
        const Run r = cli({QStringLiteral("diff"), a, b});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("The tenants do not differ.")));
        QVERIFY(r.err.isEmpty());
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("diff"), a, b});
        QCOMPARE(json.code, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
        QVERIFY(doc.isArray());
        QVERIFY(doc.array().isEmpty());
    }

    void differencesExitOneWithTextAndJson()
    {
        const QString a = copy(QStringLiteral("a.ghtenant"));
        const QString b = copy(QStringLiteral("b.ghtenant"));
        QCOMPARE(cli({QStringLiteral("--tenant"), b, QStringLiteral("destinations"), QStringLiteral("update"),
                      QStringLiteral("northwind"), QStringLiteral("--url"), QStringLiteral("https://x.example")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--tenant"), b, QStringLiteral("role-collections"), QStringLiteral("delete"),
                      QStringLiteral("Contoso_Support_Monitoring")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--tenant"), a, QStringLiteral("users"), QStringLiteral("create"),
                      QStringLiteral("only.in.a@contoso.example")})
                     .code,
                 0);

        const Run text = cli({QStringLiteral("diff"), a, b});
        QCOMPARE(text.code, 1);
        const QStringList lines = text.out.split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("  - sap.default/only.in.a@contoso.example  (only in A)")));
        QVERIFY(lines.contains(QStringLiteral("  - Contoso_Support_Monitoring  (only in A)")));
        QVERIFY(lines.contains(QStringLiteral("  ~ northwind")));
        QVERIFY(lines.contains(QStringLiteral("      URL: https://services.odata.org -> https://x.example")));
        QVERIFY(lines.contains(QStringLiteral("3 differences (- only in A, + only in B, ~ differs).")));
        // Sections in the fixed order: users, role collections, …, destinations.
        QVERIFY(text.out.indexOf(QStringLiteral("\nusers\n")) < text.out.indexOf(QStringLiteral("\nrole_collections\n")));
        QVERIFY(text.out.indexOf(QStringLiteral("\nrole_collections\n")) < text.out.indexOf(QStringLiteral("\ndestinations\n")));

        const Run json = cli({QStringLiteral("diff"), b, a, QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 3);
        const QJsonObject user = array.at(0).toObject();
        QCOMPARE(user.value(QStringLiteral("kind")).toString(), QStringLiteral("users"));
        QCOMPARE(user.value(QStringLiteral("key")).toString(), QStringLiteral("sap.default/only.in.a@contoso.example"));
        QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("onlyInB")); // B is the second
        QVERIFY(!user.contains(QStringLiteral("fields")));
        const QJsonObject destination = array.at(2).toObject();
        QCOMPARE(destination.value(QStringLiteral("kind")).toString(), QStringLiteral("destinations"));
        QCOMPARE(destination.value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
        const QJsonArray fields = destination.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("field"), QStringLiteral("URL")},
                              {QStringLiteral("a"), QStringLiteral("https://x.example")},
                              {QStringLiteral("b"), QStringLiteral("https://services.odata.org")}}));

        // --kind: repeatable, comma-separated, CLI or JSON spelling.
        const Run kinds = cli({QStringLiteral("--json"), QStringLiteral("diff"), a, b, QStringLiteral("--kind"),
                               QStringLiteral("role-collections,keystore"), QStringLiteral("--kind=destinations")});
        QCOMPARE(kinds.code, 1);
        const QJsonArray some = QJsonDocument::fromJson(kinds.out.toUtf8()).array();
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("role_collections"));
        const Run none = cli({QStringLiteral("diff"), a, b, QStringLiteral("--kind"), QStringLiteral("keystore_entries")});
        QCOMPARE(none.code, 0);
    }

    void usageAndUnusableTenantsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString a = m_template;
        QTest::newRow("one tenant") << QStringList{QStringLiteral("diff"), a} << QStringLiteral("needs two tenants");
        QTest::newRow("three") << QStringList{QStringLiteral("diff"), a, a, a} << QStringLiteral("unexpected argument");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("diff"), a, a, QStringLiteral("--kind"), QStringLiteral("planets")}
                                      << QStringLiteral("unknown kind 'planets'");
        QTest::newRow("--tenant") << QStringList{QStringLiteral("--tenant"), a, QStringLiteral("diff"), a, a}
                                  << QStringLiteral("--tenant does not apply");
        QTest::newRow("no such profile") << QStringList{QStringLiteral("diff"), a, QStringLiteral("nosuchprofile")}
                                         << QStringLiteral("no tenant file or profile named 'nosuchprofile'");
        QTest::newRow("missing file") << QStringList{QStringLiteral("diff"), m_dir.filePath(QStringLiteral("missing.ghtenant")), a}
                                      << QStringLiteral("missing.ghtenant");
    }

    void usageAndUnusableTenantsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        if (!r.err.contains(message))
            QFAIL(qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void foreignFileIsRefusedUntouched()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("notes.ghtenant"));
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a tenant\n");
        }
        const Run r = cli({QStringLiteral("diff"), m_template, foreign});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("notes.ghtenant")));
        QCOMPARE(test::readFile(foreign), QByteArray("not a tenant\n"));
    }

    void profileReplicaIsComparedLikeAFile()
    {
        // A profile whose replica is a copy of the demo tenant: what a pull reads is compared (the
        // keystore too, since pulls read Cloud Integration), the rest (identity providers) is not
        // compared rather than shown as missing.
        {
            QSettings settings(m_dir.filePath(QStringLiteral("settings/gatehouse.ini")), QSettings::IniFormat);
            remote::TenantProfile profile;
            profile.name = QStringLiteral("staging");
            remote::ServiceEndpoint endpoint;
            endpoint.tokenUrl = QUrl(QStringLiteral("https://auth.example/oauth/token"));
            endpoint.apiRoot = QUrl(QStringLiteral("https://api.example"));
            endpoint.clientId = QStringLiteral("sb-client");
            profile.services[remote::Service::Xsuaa] = endpoint;
            QVERIFY(remote::ProfileSettings(settings).put(profile).ok());
        }
        const QString replica = replicaPath(QStringLiteral("staging"));
        QVERIFY(QDir().mkpath(QFileInfo(replica).absolutePath()));
        QFile::remove(replica);
        QVERIFY(QFile::copy(m_template, replica));
        {
            auto tenant = LocalTenant::open(replica, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(tenant.ok());
            QVERIFY((*tenant)->run([](TenantStore& s) { return s.setMeta(QStringLiteral("replicaOf"), QStringLiteral("staging")); })
                        .result()
                        .ok());
        }
        const QString local = copy(QStringLiteral("local.ghtenant"));
        QCOMPARE(cli({QStringLiteral("--tenant"), local, QStringLiteral("keystore"), QStringLiteral("delete"),
                      QStringLiteral("contoso_root_ca_g2")})
                     .code,
                 0);
        const Run r = cli({QStringLiteral("diff"), local, QStringLiteral("staging")});
        QCOMPARE(r.code, 1); // the deleted keystore entry
        QVERIFY(r.out.contains(QDir::toNativeSeparators(replica)));
        // A pull reads every kind but known hosts and PGP keys, which have no API: only those are
        // left out, and said so.
        QVERIFY2(r.err.contains(QStringLiteral("not compared")) && r.err.contains(QStringLiteral("known_hosts"))
                     && r.err.contains(QStringLiteral("pgp_keys")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("identity_providers")) && !r.err.contains(QStringLiteral("keystore_entries")),
                 qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("diff"), local, QStringLiteral("staging"), QStringLiteral("--kind"), QStringLiteral("users")}).code, 0);
        QCOMPARE(cli({QStringLiteral("diff"), local, QStringLiteral("staging"), QStringLiteral("--kind"),
                      QStringLiteral("identity-providers")}).code,
                 0);
        // Only kinds a replica does not hold: nothing left, a usage error.
        QCOMPARE(cli({QStringLiteral("diff"), local, QStringLiteral("staging"), QStringLiteral("--kind"),
                      QStringLiteral("known-hosts")}).code,
                 2);
    }

    void builtBinaryExitCodes()
    {
        const QString a = copy(QStringLiteral("a.ghtenant"));
        const QString b = copy(QStringLiteral("b.ghtenant"));
        const auto run = [&](const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("bindata")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("binconfig")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(GATEHOUSE_CLI), args);
            if (!p.waitForFinished(120000))
                return -1;
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QCOMPARE(run({QStringLiteral("diff"), a, b}), 0);
        QCOMPARE(run({QStringLiteral("--tenant"), b, QStringLiteral("users"), QStringLiteral("delete"),
                      QStringLiteral("ben.schulz@contoso.example")}),
                 0);
        QCOMPARE(run({QStringLiteral("diff"), a, b}), 1);
        QCOMPARE(run({QStringLiteral("diff"), a}), 2);
    }
};

QTEST_GUILESS_MAIN(TestDiffCommands)
#include "tst_diffcommands.moc"
