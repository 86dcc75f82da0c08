// No secret at rest (issue 6): the built gatehouse-cli, in a HOME of its own, stores a remote
// tenant's client secrets (profile add from gatehouse-tenantd's service keys), pulls it, edits
// destination secrets offline (create with a password, change it) and a secure parameter's value,
// makes a key pair in the local tenant, then every file under that HOME (the programs' data, config and cache folders,
// SQLite files with their WAL, settings) is scanned for every secret the keychain holds, in raw,
// base64, hex and UTF-16 form. The keychain is the real Secret Service of tests/with-keyring.sh;
// its own store lives outside that HOME, as a desktop's does. Finally a push sends the secure
// parameter with its value, which then leaves the keychain.
#include "TestSupport.h"
#include "tenantd/TenantdDaemon.h"
#include "DemoTenant.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
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

// Every "clientsecret" value in a service key, at any depth.
void clientSecretsIn(const QJsonObject& object, QList<QByteArray>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("clientsecret") && it.value().isString())
            out.append(it.value().toString().toUtf8());
        else if (it.value().isObject())
            clientSecretsIn(it.value().toObject(), out);
    }
}

// The forms a secret could take in a file.
QList<QByteArray> formsOf(const QByteArray& secret)
{
    QList<QByteArray> forms{secret, secret.toBase64(), secret.toHex(), secret.toHex().toUpper()};
    QByteArray utf16;
    for (const QChar c : QString::fromUtf8(secret)) {
        const char16_t u = c.unicode();
        utf16.append(char(u & 0xff)).append(char(u >> 8));
    }
    forms.append(utf16);
    // A PEM body wraps at 64 characters: its first line is enough to give it away.
    if (secret.toBase64().size() > 64)
        forms.append(secret.toBase64().left(64));
    return forms;
}

struct Found
{
    QString file;
    int secret = -1;
};

// The first file under `root` that holds any form of any of `secrets`, or an empty file name.
Found scan(const QString& root, const QList<QByteArray>& secrets, int* files)
{
    QList<QList<QByteArray>> forms;
    for (const QByteArray& s : secrets)
        forms.append(formsOf(s));
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {path + QStringLiteral(" (unreadable)"), -1};
        ++*files;
        const QByteArray bytes = file.readAll();
        for (int i = 0; i < forms.size(); ++i)
            for (const QByteArray& form : forms[i])
                if (bytes.contains(form))
                    return {path, i};
    }
    return {};
}

} // namespace

class TestSecretsAtRest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    QString m_home;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/.local/state"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForStarted(30000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // What the Secret Service holds for Gatehouse ("server" is QtKeychain's service attribute).
    QList<QByteArray> keychainSecrets()
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                                                QStringLiteral("gatehouse")});
        if (!p.waitForFinished(30000))
            return {};
        QList<QByteArray> out;
        for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
            if (line.startsWith("secret = "))
                out.append(line.mid(int(qstrlen("secret = "))));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty() || bus.startsWith(QLatin1String("disabled:"))) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        m_home = path(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(m_home));
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(m_daemon.start(tenant, path(QStringLiteral("keys"))));
    }

    void cleanupTestCase() { m_daemon.stop(); }

    void noSecretReachesAFile()
    {
        // 1. A profile from the daemon's service keys: three client secrets into the keychain.
        QList<QByteArray> known;
        QStringList addArgs{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("sandbox")};
        for (const QString& service : {QStringLiteral("xsuaa-apiaccess"), QStringLiteral("destination"), QStringLiteral("integration-api")}) {
            const QString file = path(QStringLiteral("keys/full-access-%1.json").arg(service));
            clientSecretsIn(QJsonDocument::fromJson(test::readFile(file)).object(), known);
            addArgs << QStringLiteral("--service-key") << file;
        }
        QCOMPARE(known.size(), 3);
        addArgs << QStringLiteral("--ca-file") << path(QStringLiteral("keys/ca.pem"));
        Run r = cli(addArgs);
        QVERIFY2(r.code == 0, describe(r).constData());

        // 2. Pull it into its replica, in the data folder.
        r = cli({QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("pull")});
        QVERIFY2(r.code == 0, describe(r).constData());

        // 3. Offline: a destination with a password, then the password changed, then a client
        //    secret on another destination. Nothing is pushed.
        const auto randomSecret = [](const char* prefix) -> QByteArray {
            return QByteArray(prefix) + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
                   + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        };
        const QByteArray first = randomSecret("pw-first-"), second = randomSecret("pw-second-"), client = randomSecret("cs-");
        known << first << second << client;
        r = cli({QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("destinations"), QStringLiteral("create"),
                 QStringLiteral("scan-basic"), QStringLiteral("--type"), QStringLiteral("HTTP"), QStringLiteral("--url"),
                 QStringLiteral("https://scan.example.com/basic"), QStringLiteral("--auth"), QStringLiteral("BasicAuthentication"),
                 QStringLiteral("--proxy-type"), QStringLiteral("Internet"), QStringLiteral("--set"), QStringLiteral("User=scanner"),
                 QStringLiteral("--secret"), QStringLiteral("Password")},
                first + '\n');
        QVERIFY2(r.code == 0, describe(r).constData());
        r = cli({QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("destinations"), QStringLiteral("update"),
                 QStringLiteral("scan-basic"), QStringLiteral("--secret"), QStringLiteral("Password")},
                second + '\n');
        QVERIFY2(r.code == 0, describe(r).constData());
        r = cli({QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("destinations"), QStringLiteral("create"),
                 QStringLiteral("scan-oauth"), QStringLiteral("--type"), QStringLiteral("HTTP"), QStringLiteral("--url"),
                 QStringLiteral("https://scan.example.com/oauth"), QStringLiteral("--auth"),
                 QStringLiteral("OAuth2ClientCredentials"), QStringLiteral("--proxy-type"), QStringLiteral("Internet"),
                 QStringLiteral("--set"), QStringLiteral("clientId=scan-client"), QStringLiteral("--set"),
                 QStringLiteral("tokenServiceURL=https://scan.example.com/token"), QStringLiteral("--secret"),
                 QStringLiteral("clientSecret")},
                client + '\n');
        QVERIFY2(r.code == 0, describe(r).constData());
        //    And a secure parameter's value, waiting in the keychain for a push.
        const QByteArray param = randomSecret("sp-");
        known << param;
        r = cli({QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("credentials"), QStringLiteral("create"),
                 QStringLiteral("scan-param"), QStringLiteral("--kind"), QStringLiteral("secure-parameter"), QStringLiteral("--secret")},
                param + '\n');
        QVERIFY2(r.code == 0, describe(r).constData());
        r = cli({QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("status")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("destinations: 2")), describe(r).constData());

        // 4. A key pair in the local (demo) tenant: its private key goes to the keychain.
        r = cli({QStringLiteral("keystore"), QStringLiteral("generate"), QStringLiteral("scan-key"), QStringLiteral("--subject"),
                 QStringLiteral("CN=scan.example.com,O=Gatehouse Tests,C=DE"), QStringLiteral("--key"), QStringLiteral("ec-p256")});
        QVERIFY2(r.code == 0, describe(r).constData());

        // The keychain holds what was given, and more (the private key). QtKeychain keeps
        // secrets written as bytes in base64 text.
        const QList<QByteArray> held = keychainSecrets();
        QList<QByteArray> stored;
        for (const QByteArray& s : held) {
            stored.append(s);
            const auto decoded = QByteArray::fromBase64Encoding(s, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && decoded.decoded.size() >= 16)
                stored.append(decoded.decoded);
        }
        for (const QByteArray& s : known)
            if (s != first) // replaced by the second password
                QVERIFY2(stored.contains(s), s.left(6).constData());
        // ... and the key pair's private key: one more secret, of DER size.
        const auto isKey = [&known](const QByteArray& s) {
            const auto decoded = QByteArray::fromBase64Encoding(s, QByteArray::AbortOnBase64DecodingErrors);
            return !known.contains(s) && decoded && !known.contains(decoded.decoded) && decoded.decoded.size() > 100;
        };
        QVERIFY2(std::count_if(held.cbegin(), held.cend(), isKey) == 1, qPrintable(QString::number(held.size())));
        const QList<QByteArray> secrets = known + stored;

        // The scan reads what it should: the programs' folders have their files, and a
        // non-secret value written by the scenario is found by the same scan.
        int files = 0;
        const Found control = scan(m_home, {QByteArrayLiteral("https://scan.example.com/oauth")}, &files);
        QVERIFY2(control.secret == 0, "the scan did not find the destination's URL in any file");
        QVERIFY(QFileInfo::exists(m_home + QStringLiteral("/.config/Gatehouse/gatehouse.ini")));
        QVERIFY(QDir(m_home + QStringLiteral("/.local/share/gatehouse/replicas")).exists());

        files = 0;
        const Found leak = scan(m_home, secrets, &files);
        QVERIFY2(leak.file.isEmpty(),
                 qPrintable(QStringLiteral("secret %1 (starts %2) found in %3")
                                .arg(leak.secret)
                                .arg(QString::fromUtf8(secrets.value(leak.secret).left(4).toHex()), leak.file)));
        // At least the settings, the replica and the demo tenant (SQLite folds its WAL back on close).
        QVERIFY2(files >= 3, qPrintable(QString::number(files)));
        qInfo("%d files scanned for %d secrets (%d forms each)", files, int(secrets.size()), int(formsOf(known.first()).size()));

        // 5. The push sends the secure parameter with its value from the keychain, which forgets it
        //    once the remote has it (the destinations with secrets are refused: exit 1).
        r = cli({QStringLiteral("--json"), QStringLiteral("--tenant"), QStringLiteral("sandbox"), QStringLiteral("push")});
        QVERIFY2(r.code == 0 || r.code == 1, describe(r).constData());
        bool paramSent = false;
        for (const QJsonValue& item : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("Items")).toArray())
            if (item.toObject().value(QStringLiteral("Key")).toString() == QLatin1String("scan-param"))
                paramSent = item.toObject().value(QStringLiteral("Outcome")).toString() == QLatin1String("sent");
        QVERIFY2(paramSent, describe(r).constData());
        const QList<QByteArray> after = keychainSecrets();
        QVERIFY(!after.contains(param) && !after.contains(param.toBase64()));
        QVERIFY(after.contains(second) || after.contains(second.toBase64())); // destination secrets stay
    }
};

QTEST_GUILESS_MAIN(TestSecretsAtRest)
#include "tst_secretsatrest.moc"
