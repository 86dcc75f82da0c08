// gatehouse-cli's credentials commands, the built binary on a demo tenant in a temporary folder:
// user credentials, OAuth2 client credentials and secure parameters created, edited and deleted,
// each one journaled step; bad input refused naming the field with nothing changed; the secret
// read from standard input (never an argument) into the real Secret Service (ctest runs this
// test inside tests/with-keyring.sh) and nowhere else; without a keychain, nothing changes.
#include "DemoTenant.h"
#include "TestSupport.h"
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

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

class TestCredentialCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tenant;
    QString m_id;
    FixedClock m_clock{test::fixedNow()};

    // The built binary, `input` on its standard input; without a bus (no keychain) unless
    // `keychain` (then the wrapper's bus and keyring).
    Run binary(const QStringList& args, const QByteArray& input, bool keychain = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!keychain) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), QStringList{QStringLiteral("--tenant"), m_tenant} + args);
        if (!p.waitForStarted(30000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    template<class T>
    std::optional<T> stored(const QString& name) const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            return std::nullopt;
        LocalTenantClient client(*tenant);
        Result<T> value = [&] {
            if constexpr (std::is_same_v<T, UserCredential>)
                return client.userCredentials().get(name).result();
            else if constexpr (std::is_same_v<T, OAuth2ClientCredential>)
                return client.oauth2ClientCredentials().get(name).result();
            else
                return client.secureParameters().get(name).result();
        }();
        return value ? std::optional<T>(*value) : std::nullopt;
    }

    QByteArray keychainValue(EntityKind kind, const QString& name)
    {
        KeychainSecretStore keychain;
        const Result<QByteArray> value = cli::waitFor(keychain.read(credentials::secretKey(m_id, kind, name)));
        return value ? *value : QByteArray("<not kept>");
    }

    QString undoText() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            return {};
        Workspace ws(*tenant, m_clock);
        ws.pendingChanges().waitForFinished();
        QCoreApplication::processEvents();
        return ws.state().undoText;
    }

    bool tenantFilesHold(const QByteArray& secret) const
    {
        for (const QFileInfo& f : QDir(m_dir.path()).entryInfoList(QDir::Files))
            if (test::readFile(f.filePath()).contains(secret))
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        const QString data = QDir(qEnvironmentVariable("XDG_DATA_HOME")).canonicalPath();
        const QString temp = QDir(QDir::tempPath()).canonicalPath();
        const bool inside = !bus.isEmpty() && !bus.startsWith(QLatin1String("disabled:")) && !data.isEmpty()
                            && data.startsWith(temp + QLatin1Char('/'));
        if (!inside) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_id = (*tenant)->id();
    }

    void helpListsTheCommands()
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        cli::Cli c(o, e, m_clock);
        QCOMPARE(c.run({QStringLiteral("--help")}), 0);
        o.flush();
        for (const char* command : {"credentials create NAME --kind user|oauth2|secure-parameter", "credentials edit NAME",
                                    "credentials delete NAME"})
            QVERIFY2(out.contains(QLatin1String(command)), command);
    }

    void userCredentialWithItsPasswordFromStandardInput()
    {
        const QStringList create{QStringLiteral("credentials"), QStringLiteral("create"), QStringLiteral("SF_API"),
                                 QStringLiteral("--kind"), QStringLiteral("user"), QStringLiteral("--type"),
                                 QStringLiteral("successfactors"), QStringLiteral("--user"), QStringLiteral("sfapi@ACME"),
                                 QStringLiteral("--secret")};
        // SuccessFactors needs a company id: refused naming it, before any secret is read.
        Run r = binary(create, "us3r-s3cret\n");
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("user credential 'SF_API': CompanyId: is required")), describe(r).constData());
        QVERIFY(r.err.contains(QLatin1String("nothing was created")));
        QVERIFY(!stored<UserCredential>(QStringLiteral("SF_API")));
        // No value on standard input: usage, nothing changed.
        r = binary(create + QStringList{QStringLiteral("--company-id"), QStringLiteral("ACME")}, "");
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("--secret Password: no value on standard input")), describe(r).constData());
        QVERIFY(!stored<UserCredential>(QStringLiteral("SF_API")));
        // A secret on the command line is not an option: refused.
        r = binary(create + QStringList{QStringLiteral("us3r-s3cret")}, "");
        QVERIFY2(r.code == 2, describe(r).constData());

        r = binary(create + QStringList{QStringLiteral("--company-id"), QStringLiteral("ACME")}, "us3r-s3cret\n");
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Done: Create user credential 'SF_API'.")), describe(r).constData());
        QVERIFY(!r.out.contains(QLatin1String("us3r-s3cret")) && !r.err.contains(QLatin1String("us3r-s3cret")));
        const auto c = stored<UserCredential>(QStringLiteral("SF_API"));
        QVERIFY(c);
        QVERIFY(c->passwordSet);
        QCOMPARE(c->companyId, QStringLiteral("ACME"));
        QCOMPARE(keychainValue(EntityKind::UserCredential, QStringLiteral("SF_API")), QByteArray("us3r-s3cret"));
        QVERIFY(!tenantFilesHold("us3r-s3cret"));

        // Edit: a property, the password kept; then the password alone, a step of its own.
        r = binary({QStringLiteral("credentials"), QStringLiteral("edit"), QStringLiteral("SF_API"), QStringLiteral("--description"),
                    QStringLiteral("payroll")},
                   {});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Description")), describe(r).constData());
        QVERIFY(stored<UserCredential>(QStringLiteral("SF_API"))->passwordSet);
        r = binary({QStringLiteral("credentials"), QStringLiteral("edit"), QStringLiteral("SF_API"), QStringLiteral("--secret")}, "n3w-s3cret\n");
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(keychainValue(EntityKind::UserCredential, QStringLiteral("SF_API")), QByteArray("n3w-s3cret"));
        QCOMPARE(undoText(), QStringLiteral("Set the password of user credential 'SF_API'"));
        // An option of another kind: usage.
        r = binary({QStringLiteral("credentials"), QStringLiteral("edit"), QStringLiteral("SF_API"), QStringLiteral("--token-url"),
                    QStringLiteral("https://x.example")},
                   {});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("--token-url is not an option of user credentials")), describe(r).constData());

        // Without a keychain: nothing changes.
        r = binary({QStringLiteral("credentials"), QStringLiteral("edit"), QStringLiteral("SF_API"), QStringLiteral("--secret"),
                    QStringLiteral("--description"), QStringLiteral("never")},
                   "an0ther\n", false);
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("no system keychain answered")), describe(r).constData());
        QCOMPARE(stored<UserCredential>(QStringLiteral("SF_API"))->description, QStringLiteral("payroll"));

        r = binary({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("SF_API")}, {});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Done: Delete user credential 'SF_API'.")), describe(r).constData());
        QVERIFY(!stored<UserCredential>(QStringLiteral("SF_API")));
        r = binary({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("SF_API")}, {});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("no credential or secure parameter 'SF_API'")), describe(r).constData());
    }

    void oauth2AndSecureParameters()
    {
        QStringList create{QStringLiteral("--json"), QStringLiteral("credentials"), QStringLiteral("create"), QStringLiteral("Partner_OAuth"),
                           QStringLiteral("--kind"), QStringLiteral("oauth2"), QStringLiteral("--client-id"), QStringLiteral("partner"),
                           QStringLiteral("--token-url"), QStringLiteral("login.partner.example"), QStringLiteral("--param"),
                           QStringLiteral("resource=urn:partner@url"), QStringLiteral("--param"), QStringLiteral("tenant=t1"),
                           QStringLiteral("--secret")};
        Run r = binary(create, "cl1ent-s3cret\n");
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("TokenServiceUrl")), describe(r).constData());
        create[create.indexOf(QStringLiteral("login.partner.example"))] = QStringLiteral("https://login.partner.example/token");
        r = binary(create, "cl1ent-s3cret\n");
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject change = json.value(QStringLiteral("Changes")).toArray().first().toObject();
        QCOMPARE(change.value(QStringLiteral("SecretSet")).toBool(), true);
        const auto o = stored<OAuth2ClientCredential>(QStringLiteral("Partner_OAuth"));
        QVERIFY(o && o->clientSecretSet);
        QCOMPARE(o->customParameters,
                 (QList<CustomParameter>{{QStringLiteral("resource"), QStringLiteral("urn:partner"), QStringLiteral("url")},
                                         {QStringLiteral("tenant"), QStringLiteral("t1"), QStringLiteral("body")}}));
        QCOMPARE(keychainValue(EntityKind::OAuth2ClientCredential, QStringLiteral("Partner_OAuth")), QByteArray("cl1ent-s3cret"));

        // Names are unique across the kinds.
        r = binary({QStringLiteral("credentials"), QStringLiteral("create"), QStringLiteral("Partner_OAuth"), QStringLiteral("--kind"),
                    QStringLiteral("secure-parameter")},
                   {});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("exists already")), describe(r).constData());
        // A secure parameter without its value is made, with a note that push needs one.
        r = binary({QStringLiteral("credentials"), QStringLiteral("create"), QStringLiteral("API_Key"), QStringLiteral("--kind"),
                    QStringLiteral("secure-parameter")},
                   {});
        QVERIFY2(r.code == 0 && r.err.contains(QLatin1String("a push refuses it")), describe(r).constData());
        QVERIFY(!stored<SecureParameter>(QStringLiteral("API_Key"))->secureParamSet);
        QVERIFY(!tenantFilesHold("cl1ent-s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialCommands)
#include "tst_credentialcommands.moc"
