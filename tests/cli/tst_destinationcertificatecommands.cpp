// gatehouse-cli's destination-certificates commands on a demo tenant in a temporary folder:
// list and show with the destinations using each, import of PEM, DER and PKCS#12 made here with
// OpenSSL (the keystore's file in the memory secret store, never in the tenant file), refusals
// (JKS, names, passwords) changing nothing, export as PEM, delete refused while in use, and the
// built binary: --password-stdin, and no keychain refusing a keystore with exit 2.
#include "DemoTenant.h"
#include "TestSupport.h"
#include "app/cli/Cli.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/PrivateKey.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/Workspace.h"

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

struct Material
{
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

Material makeCertificate(const QString& cn, int days)
{
    Material m;
    m.key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256"))).value();
    crypto::CertificateSpec spec;
    spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Test").arg(cn));
    spec.notBefore = test::fixedNow().addDays(-1);
    spec.notAfter = test::fixedNow().addDays(days);
    m.certificate = crypto::CertificateBuilder::selfSigned(spec, m.key).value();
    return m;
}

} // namespace

class TestDestinationCertificateCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_tenant;
    FixedClock m_clock{test::fixedNow()};
    MemorySecretStore m_store;
    Material m_client;

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

    QList<DestinationCertificate> certificates() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            return {};
        LocalTenantClient client(*tenant);
        auto list = client.destinationCertificates().list().result();
        return list ? list.value() : QList<DestinationCertificate>();
    }

    std::optional<DestinationCertificate> certificate(const QString& name) const
    {
        for (const DestinationCertificate& c : certificates())
            if (c.name == name)
                return c;
        return std::nullopt;
    }

    QString tenantId() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        return tenant ? (*tenant)->id() : QString();
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path(name);
    }

    QByteArray pkcs12(const QByteArray& password)
    {
        return crypto::Exporter::pkcs12(m_client.key, {m_client.certificate}, crypto::SecretBuffer(QByteArrayView(password)))
            .value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pristine = test::createDemoTenant(m_dir);
        QVERIFY(!m_pristine.isEmpty());
        m_client = makeCertificate(QStringLiteral("mtls-client.contoso.example"), 200);
    }

    void init()
    {
        m_tenant = path(QStringLiteral("t.ghtenant"));
        QFile::remove(m_tenant);
        QVERIFY(QFile::copy(m_pristine, m_tenant));
    }

    void listShowsExpiryAndUsers()
    {
        Run r = cli({QStringLiteral("destination-certificates"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY(r.out.startsWith(QLatin1String("NAME")));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const auto line = [&](const QString& name) {
            for (const QString& l : lines)
                if (l.startsWith(name + QLatin1Char(' ')))
                    return l;
            return QString();
        };
        QVERIFY2(line(QStringLiteral("erp-gateway.crt")).contains(QLatin1String("expiring")), describe(r).constData());
        QVERIFY(line(QStringLiteral("contoso-client.p12")).contains(QLatin1String("KEYSTORE")));
        QVERIFY(line(QStringLiteral("contoso-client.p12")).trimmed().endsWith(QLatin1String(" 1")));

        r = cli({QStringLiteral("--json"), QStringLiteral("destination-certificates"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonArray json = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(json.size(), certificates().size());
        bool found = false;
        for (const QJsonValue& v : json) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.contains(QStringLiteral("nodes")));
            if (o.value(QStringLiteral("name")).toString() != QLatin1String("erp-gateway.crt"))
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("CERTIFICATE"));
            QCOMPARE(o.value(QStringLiteral("expiry_status")).toString(), QStringLiteral("expiring"));
            QVERIFY(o.value(QStringLiteral("not_after")).toString().endsWith(QLatin1Char('Z')));
            QCOMPARE(o.value(QStringLiteral("used_by")).toArray().first().toObject().value(QStringLiteral("destination")).toString(),
                     QStringLiteral("Northwind_ERP_Gateway"));
        }
        QVERIFY(found);
    }

    void showNodesAndUsers()
    {
        Run r = cli({QStringLiteral("destination-certificates"), QStringLiteral("show"), QStringLiteral("contoso-client.p12")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY(r.out.contains(QLatin1String("private key")));
        QVERIFY(r.out.contains(QLatin1String("CN=cpi-client.contoso.com")));
        QVERIFY(r.out.contains(QLatin1String("not on this machine")));
        QVERIFY(r.out.contains(QLatin1String("Northwind_Portal_mTLS (KeyStoreLocation)")));

        r = cli({QStringLiteral("--json"), QStringLiteral("destination-certificates"), QStringLiteral("show"),
                 QStringLiteral("northwind-trust.pem")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("nodes")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("used_by")).toArray().first().toObject().value(QStringLiteral("property")).toString(),
                 QStringLiteral("TrustStoreLocation"));

        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("show"), QStringLiteral("nope.pem")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("no destination certificate 'nope.pem'")));
        QCOMPARE(cli({QStringLiteral("destination-certificates"), QStringLiteral("show")}).code, 2);
        QCOMPARE(cli({QStringLiteral("destination-certificates"), QStringLiteral("frobnicate")}).code, 2);
    }

    void importPemAndDerThenExport()
    {
        const QString pem = writeFile(QStringLiteral("partner.pem"), crypto::Exporter::certificatePem(m_client.certificate));
        const QString der = writeFile(QStringLiteral("raw.bin"), crypto::Exporter::certificateDer(m_client.certificate));
        const int before = int(certificates().size());
        Run r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), QStringLiteral("--dry-run"), pem});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Dry run")), describe(r).constData());
        QCOMPARE(int(certificates().size()), before);

        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), pem});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Done: Import destination certificate 'partner.pem'")),
                 describe(r).constData());
        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), der, QStringLiteral("--name"),
                 QStringLiteral("partner.der")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(int(certificates().size()), before + 2);
        QCOMPARE(certificate(QStringLiteral("partner.der"))->nodes.first().der, m_client.certificate.toDer());

        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("export"), QStringLiteral("partner.der")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(r.out.toLatin1(), crypto::Exporter::certificatePem(m_client.certificate));
        const QString out = path(QStringLiteral("out.pem"));
        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("export"), QStringLiteral("partner.pem"),
                 QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(test::readFile(out), crypto::Exporter::certificatePem(m_client.certificate));

        // The import is one step in the workspace's journal.
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        Workspace ws(*tenant, m_clock);
        QTRY_COMPARE(ws.state().undoText, QStringLiteral("Import destination certificate 'partner.der'"));
    }

    void importAKeystoreKeepsItsFileInTheKeychainOnly()
    {
        const QByteArray p12 = pkcs12("pa55word");
        const QString file = writeFile(QStringLiteral("mtls.p12"), p12);
        const QString passwordFile = writeFile(QStringLiteral("password.txt"), "pa55word\n");
        // Without a password: refused, naming the file and how to give one.
        Run r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file) && r.err.contains(QLatin1String("--password-stdin")), describe(r).constData());
        QVERIFY(!certificate(QStringLiteral("mtls.p12")));

        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), file, QStringLiteral("--password-file"),
                 passwordFile});
        QVERIFY2(r.code == 0, describe(r).constData());
        const std::optional<DestinationCertificate> c = certificate(QStringLiteral("mtls.p12"));
        QVERIFY(c);
        QCOMPARE(c->type, QStringLiteral("KEYSTORE"));
        QVERIFY(c->hasPrivateKey());
        const auto kept = m_store.read(SecretStore::destinationCertificateContentKey(tenantId(), QStringLiteral("mtls.p12")));
        QVERIFY(kept.isFinished());
        QCOMPARE(kept.result().value(), p12);
        QByteArray tenantFile = test::readFile(m_tenant);
        if (QFile::exists(m_tenant + QStringLiteral("-wal")))
            tenantFile += test::readFile(m_tenant + QStringLiteral("-wal"));
        QVERIFY(!tenantFile.contains(p12.toBase64().left(48)));
        QVERIFY(!tenantFile.contains(p12.mid(p12.size() / 2, 48)));
    }

    void refusalsChangeNothing()
    {
        const int before = int(certificates().size());
        const QString jks = writeFile(QStringLiteral("old.jks"), QByteArray("\xFE\xED\xFE\xED\x00\x00\x00\x02\x00\x00", 10));
        Run r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), jks});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("keytool -importkeystore")) && r.err.contains(QLatin1String("PKCS12")),
                 describe(r).constData());
        const QString pem = writeFile(QStringLiteral("fine.pem"), crypto::Exporter::certificatePem(m_client.certificate));
        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), pem, QStringLiteral("--name"),
                 QStringLiteral("bad name.pem")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("letters, digits")), describe(r).constData());
        // One bad file in several: nothing at all is imported.
        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), pem, jks});
        QCOMPARE(r.code, 1);
        QCOMPARE(int(certificates().size()), before);
        r = cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), path(QStringLiteral("missing.pem"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("missing.pem")));
        QCOMPARE(cli({QStringLiteral("destination-certificates"), QStringLiteral("import")}).code, 2);
        QCOMPARE(cli({QStringLiteral("destination-certificates"), QStringLiteral("import"), pem, jks, QStringLiteral("--name"),
                      QStringLiteral("x.pem")})
                     .code,
                 2);
        QCOMPARE(int(certificates().size()), before);
    }

    void deleteIsRefusedWhileInUse()
    {
        Run r = cli({QStringLiteral("destination-certificates"), QStringLiteral("delete"), QStringLiteral("northwind-trust.pem")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Northwind_Portal_mTLS")) && r.err.contains(QLatin1String("--force")),
                 describe(r).constData());
        QVERIFY(certificate(QStringLiteral("northwind-trust.pem")));
        r = cli({QStringLiteral("--json"), QStringLiteral("destination-certificates"), QStringLiteral("delete"),
                 QStringLiteral("northwind-trust.pem"), QStringLiteral("erp-gateway.crt"), QStringLiteral("--force")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("Changes")).toArray().size(), 2);
        QVERIFY(!certificate(QStringLiteral("northwind-trust.pem")));
        QVERIFY(!certificate(QStringLiteral("erp-gateway.crt")));
        QCOMPARE(cli({QStringLiteral("destination-certificates"), QStringLiteral("delete"), QStringLiteral("nope.pem")}).code, 1);
    }

    void theBinaryReadsThePasswordFromStdinAndNeedsAKeychain()
    {
        const QString file = writeFile(QStringLiteral("stdin.p12"), pkcs12("from-stdin"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), {QStringLiteral("--tenant"), m_tenant, QStringLiteral("destination-certificates"),
                                                QStringLiteral("import"), file, QStringLiteral("--password-stdin")});
        QVERIFY(p.waitForStarted());
        p.write("from-stdin\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        // The password was right (the file was read), but there is nowhere to keep the keystore.
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QLatin1String("no system keychain answered")) && err.contains(QLatin1String("nothing was changed")),
                 qPrintable(err));
        QVERIFY(!certificate(QStringLiteral("stdin.p12")));
    }
};

QTEST_GUILESS_MAIN(TestDestinationCertificateCommands)
#include "tst_destinationcertificatecommands.moc"
