// gatehouse-cli's destinations import and export on a demo tenant in a temporary folder: SAP's
// cockpit files (read from ../shared) in and back out, bad files refused with file and line and
// nothing changed, --apply-valid, a secret a file carries kept in the (memory) secret store and
// nowhere else, and the built binary without a keychain refusing to import it.
#include "DemoTenant.h"
#include "TestSupport.h"
#include "app/cli/Cli.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/domain/JavaProperties.h"
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
};

QTEST_GUILESS_MAIN(TestDestinationCommands)
#include "tst_destinationcommands.moc"
