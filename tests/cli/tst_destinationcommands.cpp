// gatehouse-cli's destinations commands on a demo tenant in a temporary folder: SAP's cockpit
// files (read from ../shared) in and back out, bad files refused with file and line and nothing
// changed, --apply-valid, a secret a file carries kept in the (memory) secret store and nowhere
// else, the built binary without a keychain refusing to import it; show, create, update and
// delete, each one journaled step, and --secret values read from standard input by the built
// binary into the real Secret Service (ctest runs this test inside tests/with-keyring.sh).
#include "DemoTenant.h"
#include "TestSupport.h"
#include "app/cli/Cli.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/domain/JavaProperties.h"
#include "app/cli/Commands.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/MemorySecretStore.h"
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

QString sample(const QString& name)
{
    return test::sharedPath(QStringLiteral("reference/samples/destination-export/") + name);
}

} // namespace

class TestDestinationCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_tenant;
    FixedClock m_clock{test::fixedNow()};
    MemorySecretStore m_store;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run cli(QStringList args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        cli::Cli c(out, err, m_clock);
        c.setSecretStore(&m_store);
        args.prepend(m_tenant);
        args.prepend(QStringLiteral("--tenant"));
        r.code = c.run(args);
        out.flush();
        err.flush();
        return r;
    }

    QList<Destination> destinations() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            return {};
        LocalTenantClient client(*tenant);
        const Result<QList<Destination>> list = client.destinations().list().result();
        return list ? list.value() : QList<Destination>();
    }

    std::optional<Destination> destination(const QString& name) const
    {
        for (const Destination& d : destinations())
            if (d.name() == name)
                return d;
        return std::nullopt;
    }

    // The built binary, `input` on its standard input; without a bus (no keychain) unless
    // `keychain` (then the wrapper's bus and keyring).
    Run binary(const QStringList& args, const QByteArray& input, bool keychain)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!keychain) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
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

    // The journal as a workspace on the tenant sees it.
    WorkspaceState journalState() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            return {};
        Workspace ws(*tenant, m_clock);
        ws.pendingChanges().waitForFinished(); // the state is read before this finishes
        QCoreApplication::processEvents();
        return ws.state();
    }

    void undo() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        Workspace ws(*tenant, m_clock);
        const Status undone = ws.undo().result();
        QVERIFY2(undone.ok(), qPrintable(undone ? QString() : undone.error().toString()));
    }

    QByteArray tenantBytes() const
    {
        QByteArray bytes;
        for (const QString& name : QStringList{m_tenant, m_tenant + QStringLiteral("-wal")}) {
            QFile f(name);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pristine = test::createDemoTenant(m_dir);
        QVERIFY(!m_pristine.isEmpty());
    }

    void init()
    {
        m_tenant = path(QStringLiteral("t.ghtenant"));
        QFile::remove(m_tenant);
        QVERIFY(QFile::copy(m_pristine, m_tenant));
    }

    void importTheCockpitsFiles()
    {
        const int before = int(destinations().size());
        Run r = cli({QStringLiteral("destinations"), QStringLiteral("import"), QStringLiteral("--dry-run"),
                     sample(QStringLiteral("cloudconnector")), sample(QStringLiteral("s4hana-cloud_saml"))});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Dry run: nothing was changed.")), describe(r).constData());
        QCOMPARE(int(destinations().size()), before);

        r = cli({QStringLiteral("destinations"), QStringLiteral("import"), sample(QStringLiteral("cloudconnector")),
                 sample(QStringLiteral("s4hana-cloud_saml"))});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("secret missing: clientKey")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("Done: Import 2 destinations.")), describe(r).constData());
        QCOMPARE(int(destinations().size()), before + 2);
        const std::optional<Destination> saml = destination(QStringLiteral("mys4hc-destination"));
        QVERIFY(saml);
        QCOMPARE(saml->secretState(QStringLiteral("clientKey")), Destination::SecretState::Missing);
        QCOMPARE(saml->value(QStringLiteral("audience")), QStringLiteral("https://my1111111.s4hana.ondemand.com"));

        // One journal step: undone at once.
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        {
            Workspace ws(*tenant, m_clock);
            QVERIFY(ws.undo().result().ok());
        }
        tenant = {Error::make(Error::Kind::Internal, QStringLiteral("closed"))};
        QCOMPARE(int(destinations().size()), before);

        // Importing the same file twice: unchanged the second time.
        QCOMPARE(cli({QStringLiteral("destinations"), QStringLiteral("import"), sample(QStringLiteral("cloudconnector"))}).code, 0);
        r = cli({QStringLiteral("--json"), QStringLiteral("destinations"), QStringLiteral("import"),
                 sample(QStringLiteral("cloudconnector"))});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("Items")).toArray().first().toObject().value(QStringLiteral("Action")).toString(),
                 QStringLiteral("unchanged"));
        QCOMPARE(json.value(QStringLiteral("Applied")).toBool(), false);
    }

    void badFilesChangeNothing()
    {
        writeFile(QStringLiteral("bad"), "Name=bad\nType=HTTP\nURL=https\\://x\\u00zz\n");
        writeFile(QStringLiteral("nameless"), "Type=HTTP\nURL=https\\://x.example\n");
        writeFile(QStringLiteral("garbage"), QByteArray("\0\x01\x02garbage", 10));
        const int before = int(destinations().size());
        const QStringList files{path(QStringLiteral("bad")), path(QStringLiteral("nameless")),
                                path(QStringLiteral("garbage")), sample(QStringLiteral("cloudconnector"))};
        Run r = cli(QStringList{QStringLiteral("destinations"), QStringLiteral("import")} + files);
        QVERIFY2(r.code == 1, describe(r).constData());
        QVERIFY2(r.err.contains(path(QStringLiteral("bad")) + QStringLiteral(":3: malformed \\uXXXX escape")), describe(r).constData());
        QVERIFY2(r.err.contains(path(QStringLiteral("garbage")) + QStringLiteral(":1: contains a control character")), describe(r).constData());
        QVERIFY2(r.err.contains(path(QStringLiteral("nameless"))) && r.err.contains(QLatin1String("Name")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("add --apply-valid")), describe(r).constData());
        QCOMPARE(int(destinations().size()), before);

        // The valid part, when asked for: still exit 1 (there were problems).
        r = cli(QStringList{QStringLiteral("destinations"), QStringLiteral("import"), QStringLiteral("--apply-valid")} + files);
        QVERIFY2(r.code == 1 && r.out.contains(QLatin1String("Done: Import destination 'cloudconnector'.")), describe(r).constData());
        QCOMPARE(int(destinations().size()), before + 1);
        QVERIFY(!destination(QStringLiteral("bad")));
    }

    void aCarriedSecretGoesToTheSecretStoreOnly()
    {
        writeFile(QStringLiteral("partner"),
                  "Name=partner\nType=HTTP\nURL=https\\://api.partner.example\n"
                  "Authentication=BasicAuthentication\nUser=svc\nPassword=t0p\\!secret\n");
        const Run r = cli({QStringLiteral("destinations"), QStringLiteral("import"), path(QStringLiteral("partner"))});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY(!r.out.contains(QLatin1String("t0p")));
        const std::optional<Destination> d = destination(QStringLiteral("partner"));
        QVERIFY(d);
        QCOMPARE(d->secretState(QStringLiteral("Password")), Destination::SecretState::Set);
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        const QString key = SecretStore::destinationKey((*tenant)->id(), QStringLiteral("partner"), QStringLiteral("Password"));
        auto kept = m_store.read(key);
        QVERIFY(kept.result().ok());
        QCOMPARE(kept.result().value(), QByteArray("t0p!secret"));
        // Not in the tenant file.
        QFile file(m_tenant);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("t0p!secret"));
        // An export writes the cockpit's placeholder, never the value.
        const Run exported = cli({QStringLiteral("destinations"), QStringLiteral("export"), QStringLiteral("partner")});
        QVERIFY2(exported.code == 0, describe(exported).constData());
        QVERIFY(exported.out.contains(QLatin1String("#Password=<< Existing password/certificate removed on export >>")));
        QVERIFY(!exported.out.contains(QLatin1String("t0p")));
    }

    void withoutAKeychainACarriedSecretIsNotImported()
    {
        writeFile(QStringLiteral("partner"),
                  "Name=partner\nType=HTTP\nURL=https\\://api.partner.example\n"
                  "Authentication=BasicAuthentication\nUser=svc\nPassword=secret\n");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), {QStringLiteral("--tenant"), m_tenant, QStringLiteral("destinations"),
                                                QStringLiteral("import"), path(QStringLiteral("partner"))});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QLatin1String("no system keychain answered")) &&
                     err.contains(QLatin1String("nothing was changed")),
                 qPrintable(err));
        QVERIFY(!destination(QStringLiteral("partner")));
    }

    void exportWhatTheCockpitReads()
    {
        QCOMPARE(cli({QStringLiteral("destinations"), QStringLiteral("import"), sample(QStringLiteral("s4hana-cloud_saml"))}).code, 0);
        // Properties to stdout: the same properties and values as SAP's file, the secret stripped.
        Run r = cli({QStringLiteral("destinations"), QStringLiteral("export"), QStringLiteral("mys4hc-destination")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const auto values = [](const QByteArray& text, bool commented) {
            QMap<QString, QString> out;
            const Result<QList<properties::Entry>> entries = properties::parse(text, QStringLiteral("x"));
            if (entries) {
                for (const properties::Entry& e : entries.value())
                    if (e.commented == commented)
                        out.insert(e.key, e.value);
            }
            return out;
        };
        QFile original(sample(QStringLiteral("s4hana-cloud_saml")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray originalBytes = original.readAll();
        QCOMPARE(values(r.out.toUtf8(), false), values(originalBytes, false));
        QCOMPARE(values(r.out.toUtf8(), true), values(originalBytes, true));

        // Several, as JSON, one file each in a folder.
        r = cli({QStringLiteral("--json"), QStringLiteral("destinations"), QStringLiteral("export"),
                 QStringLiteral("mys4hc-destination"), QStringLiteral("northwind"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("-o"), path(QStringLiteral("out"))});
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("Files")).toArray().size(), 2);
        QFile json(QDir(path(QStringLiteral("out"))).filePath(QStringLiteral("mys4hc-destination.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("destination")).toObject();
        QCOMPARE(written.value(QStringLiteral("clientKey")).toString(), QStringLiteral("<removed>"));
        QCOMPARE(written.value(QStringLiteral("Name")).toString(), QStringLiteral("mys4hc-destination"));

        // Mistakes: unknown name (1), unknown format and several without a folder (2).
        r = cli({QStringLiteral("destinations"), QStringLiteral("export"), QStringLiteral("nope")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("no destination 'nope'")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("export"), QStringLiteral("northwind"),
                 QStringLiteral("--format"), QStringLiteral("yaml")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("'yaml' is not a format")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("export"), QStringLiteral("northwind"),
                 QStringLiteral("mys4hc-destination")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("-o DIR")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
    }

    // ---- show, create, update, delete -----------------------------------------------------------

    void showEveryPropertyAndTheCertificates()
    {
        Run r = cli({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("Partner_AS2_Gateway")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("URL:             https://as2.partner-logistics.example/receive")),
                 describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("Secrets:         set: KeyStorePassword")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("(secret: set)")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("system/contoso_signing, valid until")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("system/partner_root_ca")), describe(r).constData());

        r = cli({QStringLiteral("--json"), QStringLiteral("destinations"), QStringLiteral("show"),
                 QStringLiteral("Partner_AS2_Gateway")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject config = json.value(QStringLiteral("destinationConfiguration")).toObject();
        QCOMPARE(config.value(QStringLiteral("Authentication")).toString(), QStringLiteral("ClientCertificateAuthentication"));
        QCOMPARE(config.value(QStringLiteral("KeyStorePassword")).toString(), QStringLiteral("<redacted>"));
        QCOMPARE(json.value(QStringLiteral("SecretsSet")).toArray(), QJsonArray{QStringLiteral("KeyStorePassword")});
        const QJsonArray certificates = json.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(certificates.size(), 2);
        QCOMPARE(certificates.at(0).toObject().value(QStringLiteral("Property")).toString(), QStringLiteral("KeyStoreLocation"));
        QCOMPARE(certificates.at(0).toObject().value(QStringLiteral("Alias")).toString(), QStringLiteral("contoso_signing"));
        QVERIFY(certificates.at(1).toObject().value(QStringLiteral("InKeystore")).toBool());

        // The cockpit's form, as export writes it.
        r = cli({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("Partner_AS2_Gateway"),
                 QStringLiteral("--format"), QStringLiteral("properties")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("#KeyStorePassword=<< Existing password/certificate removed on export >>")),
                 describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("nope")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("no destination 'nope'")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("Partner_AS2_Gateway"),
                 QStringLiteral("--format"), QStringLiteral("yaml")});
        QCOMPARE(r.code, 2);
    }

    void createValidatesAndIsOneStep()
    {
        const int before = int(destinations().size());
        Run r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("partner_api"),
                     QStringLiteral("--type"), QStringLiteral("HTTP"), QStringLiteral("--url"),
                     QStringLiteral("https://api.partner.example/v1"), QStringLiteral("--description"),
                     QStringLiteral("Partner API"), QStringLiteral("--set"), QStringLiteral("HTML5.DynamicDestination=true"),
                     QStringLiteral("--set=WebIDEUsage=odata_gen")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Done: Create destination 'partner_api'.")), describe(r).constData());
        std::optional<Destination> d = destination(QStringLiteral("partner_api"));
        QVERIFY(d);
        QCOMPARE(d->url(), QStringLiteral("https://api.partner.example/v1"));
        QCOMPARE(d->value(QStringLiteral("HTML5.DynamicDestination")), QStringLiteral("true"));
        QCOMPARE(d->value(QStringLiteral("WebIDEUsage")), QStringLiteral("odata_gen"));
        QCOMPARE(journalState().undoText, QStringLiteral("Create destination 'partner_api'"));

        // Exists: a conflict, nothing changed.
        r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("partner_api"),
                 QStringLiteral("--type"), QStringLiteral("HTTP"), QStringLiteral("--url"), QStringLiteral("https://other.example")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("exists already")), describe(r).constData());
        QCOMPARE(destination(QStringLiteral("partner_api"))->url(), QStringLiteral("https://api.partner.example/v1"));

        // Every problem named with its property; nothing written.
        r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("bad name"),
                 QStringLiteral("--type"), QStringLiteral("FTP"), QStringLiteral("--proxy-type"), QStringLiteral("Intranet")});
        QVERIFY2(r.code == 1, describe(r).constData());
        for (const char* field : {"Name:", "Type:", "ProxyType:"})
            QVERIFY2(r.err.contains(QLatin1String(field)), field);
        QVERIFY2(r.err.contains(QLatin1String("nothing was created")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("basic"),
                 QStringLiteral("--type"), QStringLiteral("HTTP"), QStringLiteral("--url"), QStringLiteral("https://b.example"),
                 QStringLiteral("--auth"), QStringLiteral("BasicAuthentication")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("User: ")) && r.err.contains(QLatin1String("Password: ")),
                 describe(r).constData());
        QCOMPARE(int(destinations().size()), before + 1);

        // Usage mistakes: a secret on the command line, no type, Name through --set, bad KEY=VALUE.
        r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("basic"),
                 QStringLiteral("--type"), QStringLiteral("HTTP"), QStringLiteral("--set"), QStringLiteral("Password=hunter2")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("--secret Password")) && !r.err.contains(QLatin1String("hunter2")),
                 describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("x")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("--type")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--type"),
                 QStringLiteral("MAIL"), QStringLiteral("--set"), QStringLiteral("Name=y")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--type"),
                 QStringLiteral("MAIL"), QStringLiteral("--set"), QStringLiteral("novalue")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("KEY=VALUE")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--type"),
                 QStringLiteral("MAIL"), QStringLiteral("--secret"), QStringLiteral("mail.user")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("not a secret")), describe(r).constData());
        QCOMPARE(int(destinations().size()), before + 1);

        undo();
        QVERIFY(!destination(QStringLiteral("partner_api")));
        QCOMPARE(int(destinations().size()), before);
    }

    void updateChangesOnlyWhatIsAsked()
    {
        Run r = cli({QStringLiteral("--json"), QStringLiteral("destinations"), QStringLiteral("update"),
                     QStringLiteral("Salesforce_API"), QStringLiteral("--set"), QStringLiteral("tokenServiceURLType=Common"),
                     QStringLiteral("--set"), QStringLiteral("scope=api"), QStringLiteral("--unset"),
                     QStringLiteral("Description"), QStringLiteral("--url"),
                     QStringLiteral("https://contoso.my.salesforce.com/services/data/v60.0")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("Description")).toString(), QStringLiteral("Update destination 'Salesforce_API'"));
        const QJsonObject change = json.value(QStringLiteral("Changes")).toArray().first().toObject();
        QCOMPARE(change.value(QStringLiteral("Change")).toString(), QStringLiteral("updated"));
        QStringList changed;
        for (const QJsonValue& v : change.value(QStringLiteral("Properties")).toArray())
            changed.append(v.toString());
        changed.sort();
        QCOMPARE(changed, (QStringList{QStringLiteral("Description"), QStringLiteral("URL"), QStringLiteral("scope"),
                                       QStringLiteral("tokenServiceURLType")}));
        std::optional<Destination> d = destination(QStringLiteral("Salesforce_API"));
        QVERIFY(d);
        QCOMPARE(d->value(QStringLiteral("tokenServiceURLType")), QStringLiteral("Common"));
        QCOMPARE(d->value(QStringLiteral("scope")), QStringLiteral("api"));
        QVERIFY(!d->contains(QStringLiteral("Description")));
        QCOMPARE(d->secretState(QStringLiteral("clientSecret")), Destination::SecretState::Set);
        QCOMPARE(d->value(QStringLiteral("clientId")), QStringLiteral("3MVG9contoso.integration"));

        // Refused, nothing changed: absent, an unknown --unset, an invalid result, a required property removed.
        const QList<Destination> now = destinations();
        r = cli({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("nope"), QStringLiteral("--set"),
                 QStringLiteral("a=b")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("no destination 'nope'")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Salesforce_API"),
                 QStringLiteral("--unset"), QStringLiteral("Nope"), QStringLiteral("--set"), QStringLiteral("a=b")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("Nope: there is no such property")), describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Salesforce_API"),
                 QStringLiteral("--url"), QStringLiteral("not a url"), QStringLiteral("--unset"), QStringLiteral("clientId")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("URL: ")) && r.err.contains(QLatin1String("clientId: ")) &&
                     r.err.contains(QLatin1String("nothing was changed")),
                 describe(r).constData());
        r = cli({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Salesforce_API")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Salesforce_API"),
                 QStringLiteral("--set"), QStringLiteral("scope=x"), QStringLiteral("--unset"), QStringLiteral("scope")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("more than once")), describe(r).constData());
        QCOMPARE(destinations(), now);
        r = cli({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("Salesforce_API"),
                 QStringLiteral("--set"), QStringLiteral("scope=api")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Nothing to change.")), describe(r).constData());

        undo();
        d = destination(QStringLiteral("Salesforce_API"));
        QCOMPARE(d->value(QStringLiteral("Description")), QStringLiteral("Salesforce REST API (connected app)"));
        QVERIFY(!d->contains(QStringLiteral("scope")));
    }

    void deleteIsAllOrNothing()
    {
        const int before = int(destinations().size());
        Run r = cli({QStringLiteral("destinations"), QStringLiteral("delete"), QStringLiteral("Ariba_Network"),
                     QStringLiteral("nope"), QStringLiteral("Legacy_PO_SOAP"), QStringLiteral("nope2")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("no destination 'nope'")) &&
                     r.err.contains(QLatin1String("no destination 'nope2'")) && r.err.contains(QLatin1String("nothing was deleted")),
                 describe(r).constData());
        QCOMPARE(int(destinations().size()), before);

        r = cli({QStringLiteral("--json"), QStringLiteral("destinations"), QStringLiteral("delete"),
                 QStringLiteral("Ariba_Network"), QStringLiteral("Legacy_PO_SOAP"), QStringLiteral("Ariba_Network")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("Description")).toString(), QStringLiteral("Delete 2 destinations"));
        QCOMPARE(json.value(QStringLiteral("Changes")).toArray().size(), 2);
        QCOMPARE(int(destinations().size()), before - 2);
        QVERIFY(!destination(QStringLiteral("Ariba_Network")));

        undo(); // one step brings both back
        QCOMPARE(int(destinations().size()), before);
        QVERIFY(destination(QStringLiteral("Legacy_PO_SOAP")));
        r = cli({QStringLiteral("destinations"), QStringLiteral("delete")});
        QCOMPARE(r.code, 2);
    }

    // ---- --secret: standard input into the keychain ---------------------------------------------

    void secretsFromStandardInputWithoutAKeychain()
    {
        const Run r = binary({QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("partner"),
                              QStringLiteral("--type"), QStringLiteral("HTTP"), QStringLiteral("--url"),
                              QStringLiteral("https://api.partner.example"), QStringLiteral("--auth"),
                              QStringLiteral("BasicAuthentication"), QStringLiteral("--set"), QStringLiteral("User=svc"),
                              QStringLiteral("--secret"), QStringLiteral("Password")},
                             "s3cret\n", false);
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("no system keychain answered")) &&
                     r.err.contains(QLatin1String("nothing was changed")),
                 describe(r).constData());
        QVERIFY(!destination(QStringLiteral("partner")));
    }

    void secretsFromStandardInputIntoTheSecretService()
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
        const QStringList create{QStringLiteral("destinations"), QStringLiteral("create"), QStringLiteral("partner"),
                                 QStringLiteral("--type"), QStringLiteral("HTTP"), QStringLiteral("--url"),
                                 QStringLiteral("https://api.partner.example"), QStringLiteral("--auth"),
                                 QStringLiteral("OAuth2Password"), QStringLiteral("--set"), QStringLiteral("User=svc"),
                                 QStringLiteral("--set"), QStringLiteral("clientId=partner-client"), QStringLiteral("--set"),
                                 QStringLiteral("tokenServiceURL=https://auth.partner.example/token"),
                                 QStringLiteral("--secret"), QStringLiteral("Password"), QStringLiteral("--secret"),
                                 QStringLiteral("clientSecret")};
        // One value short: usage, nothing changed.
        Run r = binary(create, "t0p!secret\n", true);
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("--secret clientSecret: no value on standard input")),
                 describe(r).constData());
        QVERIFY(!destination(QStringLiteral("partner")));

        r = binary(create, "t0p!secret\r\ncl1ent secret\n", true);
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Done: Create destination 'partner'.")), describe(r).constData());
        QVERIFY(!r.out.contains(QLatin1String("t0p")) && !r.err.contains(QLatin1String("t0p")));
        std::optional<Destination> d = destination(QStringLiteral("partner"));
        QVERIFY(d);
        QCOMPARE(d->secretsSet(), (QStringList{QStringLiteral("Password"), QStringLiteral("clientSecret")}));
        QVERIFY(!tenantBytes().contains("t0p!secret"));
        QVERIFY(!tenantBytes().contains("cl1ent secret"));

        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        const QString id = (*tenant)->id();
        tenant = {Error::make(Error::Kind::Internal, QStringLiteral("closed"))};
        KeychainSecretStore keychain;
        const auto secret = [&](const QString& field) {
            const Result<QByteArray> value =
                cli::waitFor(keychain.read(SecretStore::destinationKey(id, QStringLiteral("partner"), field)));
            return value ? value.value() : QByteArray("<not kept>");
        };
        QCOMPARE(secret(QStringLiteral("Password")), QByteArray("t0p!secret"));
        QCOMPARE(secret(QStringLiteral("clientSecret")), QByteArray("cl1ent secret"));

        // A new value for a secret that is set: the keychain changes, no step is journaled.
        const QString undoText = journalState().undoText;
        r = binary({QStringLiteral("destinations"), QStringLiteral("update"), QStringLiteral("partner"),
                    QStringLiteral("--secret"), QStringLiteral("Password")},
                   "n3w\n", true);
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Kept Password of 'partner' in the keychain")), describe(r).constData());
        QCOMPARE(secret(QStringLiteral("Password")), QByteArray("n3w"));
        QCOMPARE(journalState().undoText, undoText);

        // show names the secrets as set, never their values.
        r = binary({QStringLiteral("--json"), QStringLiteral("destinations"), QStringLiteral("show"), QStringLiteral("partner")},
                   {}, true);
        QVERIFY2(r.code == 0 && !r.out.contains(QLatin1String("n3w")) && !r.out.contains(QLatin1String("cl1ent")),
                 describe(r).constData());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("SecretsSet")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDestinationCommands)
#include "tst_destinationcommands.moc"
