// gatehouse-cli's profile commands: in-process with a temporary INI file and a memory secret
// store (add from service key files, list and show as text and JSON, refusals, replace, remove),
// the built binary without a keychain (add refused with exit 2, nothing written), and the built
// binary against the real Secret Service (ctest runs this test inside tests/with-keyring.sh).
// No output stream and no settings file may ever contain a client secret.
#include "TestSupport.h"
#include "app/cli/Cli.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/MemorySecretStore.h"
#include "client/remote/ProfileTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>

using namespace gh;
using namespace gh::test;

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

bool leaks(const QString& text)
{
    return text.contains(QLatin1String("SECRET-"));
}

} // namespace

class TestProfileCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{fixedNow()};
    MemorySecretStore m_store;
    QString m_it, m_dest, m_xsuaa, m_xsuaa2, m_http;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString ini() const { return path(QStringLiteral("settings/gatehouse.ini")); }

    Run cli(const QStringList& args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        QSettings settings(ini(), QSettings::IniFormat);
        cli::Cli c(out, err, m_clock);
        c.setSecretStore(&m_store);
        c.setSettings(&settings);
        r.code = c.run(args);
        out.flush();
        err.flush();
        return r;
    }

    // The built binary with its settings in `config` (XDG_CONFIG_HOME); without a bus (no
    // keychain) unless `keychain` (then the wrapper's bus and keyring).
    Run binary(const QStringList& args, const QString& config, bool keychain)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        if (!keychain) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForStarted(30000) || !p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    void verifyNoLeak(const Run& r, const QString& configDir)
    {
        QVERIFY2(!leaks(r.out) && !leaks(r.err), describe(r).constData());
        QVERIFY(!allBytesUnder(configDir).contains("SECRET-"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir keys(path(QStringLiteral("keys")));
        QVERIFY(QDir().mkpath(keys.path()));
        m_it = writeJson(keys, QStringLiteral("acme-integration-api.json"), integrationKeyJson());
        m_dest = writeJson(keys, QStringLiteral("acme-destination.json"), destinationKeyJson());
        m_xsuaa = writeJson(keys, QStringLiteral("acme-xsuaa-apiaccess.json"), xsuaaKeyJson());
        m_xsuaa2 = writeJson(keys, QStringLiteral("acme-xsuaa-two.json"), xsuaaKeyJson(QStringLiteral("two")));
        QJsonObject http = destinationKeyJson();
        http.insert(QStringLiteral("url"), QStringLiteral("http://acme.authentication.example"));
        m_http = writeJson(keys, QStringLiteral("http.json"), http);
    }

    void addListShowRemove()
    {
        const QString settingsDir = path(QStringLiteral("settings"));
        Run r = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("No profiles")), describe(r).constData());

        r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("acme"), QStringLiteral("--service-key"), m_it,
                 QStringLiteral("--service-key"), m_dest, QStringLiteral("--service-key=") + m_xsuaa});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Added profile acme (integration,destination,xsuaa)")),
                 describe(r).constData());
        verifyNoLeak(r, settingsDir);
        QCOMPARE(m_store.size(), 3);
        QCOMPARE(*await(m_store.read(QStringLiteral("profile/acme/destination/clientSecret"))),
                 secretOf(QStringLiteral("destination")).toUtf8());

        r = cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        verifyNoLeak(r, settingsDir);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject acme = list.first().toObject();
        QCOMPARE(acme.value(QStringLiteral("name")).toString(), QStringLiteral("acme"));
        const QJsonObject services = acme.value(QStringLiteral("services")).toObject();
        QCOMPARE(services.keys(), (QStringList{QStringLiteral("destination"), QStringLiteral("integration"), QStringLiteral("xsuaa")}));
        QCOMPARE(services.value(QStringLiteral("integration")).toObject().value(QStringLiteral("apiRoot")).toString(),
                 QStringLiteral("https://acme.it-cpi018.cfapps.eu10.hana.ondemand.com/api/v1"));
        QCOMPARE(services.value(QStringLiteral("xsuaa")).toObject().value(QStringLiteral("clientId")).toString(),
                 QStringLiteral("sb-xsuaa-one"));

        r = cli({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("acme")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), acme);
        r = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("acme")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("https://destination-configuration.cfapps.eu10.hana.ondemand.com/destination-configuration/v1")),
                 describe(r).constData());
        verifyNoLeak(r, settingsDir);

        // An existing name: refused without --replace, replaced with it (the later xsuaa key wins).
        const QStringList again{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("acme"),
                                QStringLiteral("--service-key"), m_xsuaa, QStringLiteral("--service-key"), m_xsuaa2};
        r = cli(again);
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("exists already")) && r.err.contains(QLatin1String("--replace")),
                 describe(r).constData());
        QCOMPARE(m_store.size(), 3);
        r = cli(again + QStringList{QStringLiteral("--replace")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("sb-xsuaa-two")), describe(r).constData());
        QCOMPARE(m_store.size(), 1);
        verifyNoLeak(r, settingsDir);

        r = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("acme")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(m_store.size(), 0);
        r = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("acme")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("no profile named 'acme'")), describe(r).constData());
        r = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("acme")});
        QCOMPARE(r.code, 1);
    }

    void refusals()
    {
        const QString settingsDir = path(QStringLiteral("settings"));
        // A bad key among good ones: named with its JSON path, nothing stored.
        Run r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p"), QStringLiteral("--service-key"),
                     m_it, QStringLiteral("--service-key"), m_http});
        QVERIFY2(r.code == 1 && r.err.contains(m_http + QStringLiteral(": $.url: is an http URL")), describe(r).constData());
        verifyNoLeak(r, settingsDir);
        QCOMPARE(m_store.size(), 0);
        r = cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("bad/name"), QStringLiteral("--service-key"), m_it});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("bad/name")), describe(r).constData());
        r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("--service-key")), describe(r).constData());
        r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p"), QStringLiteral("--service-key"), m_it,
                 QStringLiteral("--pin-sha256"), QStringLiteral("abc")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("64 hex digits")), describe(r).constData());
        r = cli({QStringLiteral("profile"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("extra")});
        QCOMPARE(r.code, 2);
        QCOMPARE(m_store.size(), 0);
    }

    void binaryWithoutKeychainChangesNothing()
    {
        const QString config = path(QStringLiteral("config-nokeychain"));
        const Run r = binary({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("acme"),
                              QStringLiteral("--service-key"), m_it},
                             config, false);
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("none answered")), describe(r).constData());
        verifyNoLeak(r, config);
        const Run list = binary({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")}, config, false);
        QVERIFY2(list.code == 0 && QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty(), describe(list).constData());
    }

    void binaryKeepsSecretsInTheSecretService()
    {
        const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        const QString data = QDir(qEnvironmentVariable("XDG_DATA_HOME")).canonicalPath();
        const QString temp = QDir(QDir::tempPath()).canonicalPath();
        const bool inside = !bus.isEmpty() && !bus.startsWith(QLatin1String("disabled:")) && !data.isEmpty() &&
                            data.startsWith(temp + QLatin1Char('/'));
        if (!inside) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        const QString config = path(QStringLiteral("config-keychain"));
        Run r = binary({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("acme"), QStringLiteral("--service-key"),
                        m_it, QStringLiteral("--service-key"), m_xsuaa},
                       config, true);
        QVERIFY2(r.code == 0, describe(r).constData());
        verifyNoLeak(r, config);
        QVERIFY(QFile::exists(config + QStringLiteral("/Gatehouse/gatehouse.ini")));
        r = binary({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}, config, true);
        QVERIFY2(r.code == 0 && QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 1, describe(r).constData());
        verifyNoLeak(r, config);

        KeychainSecretStore keychain; // the service the CLI uses
        auto secret = await(keychain.read(QStringLiteral("profile/acme/xsuaa/clientSecret")));
        QVERIFY2(secret.ok(), why(secret));
        QCOMPARE(*secret, secretOf(QStringLiteral("xsuaa")).toUtf8());

        r = binary({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("acme")}, config, true);
        QVERIFY2(r.code == 0, describe(r).constData());
        auto gone = await(keychain.read(QStringLiteral("profile/acme/xsuaa/clientSecret")));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProfileCommands)
#include "tst_profilecommands.moc"
