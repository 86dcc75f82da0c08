// gatehouse-cli copy A B ITEM...: in-process with a memory secret store between two demo tenants
// of their own (distinct ids, so distinct keychain entries): refused while a secret A has set has
// no value, copied with the value from A's keychain entry into B's, one pending step in B; and the
// built binary with --secret on standard input and no keychain (exit 2, nothing changed).
// Destination certificates: a PKCS#12 imported into A (its file kept under A's id) is diffed and
// copied with its file into B's keychain entry; the demo's keystore, whose file no machine holds,
// is refused, naming it. Credentials: one B lacks is refused while its password has no value,
// then copied with the value from A's keychain entry into B's (credentials::secretKey), never in
// the output; the built binary takes a secure parameter's value as --secret NAME/SecureParam.
#include "DemoTenant.h"
#include "app/cli/Cli.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/KeyVault.h"

#include <QJsonArray>
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

QByteArray readAll(const QString& path)
{
    QByteArray out;
    for (const QString& p : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

template<class T>
T valueOr(Result<T> r)
{
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    return r ? std::move(r).value() : T();
}
} // namespace

class TestCopyCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    MemorySecretStore m_store;
    QString m_a;
    QString m_b;
    QString m_idA;
    QString m_idB;

    Run cli(const QStringList& args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        cli::Cli c(out, err, m_clock);
        c.setSecretStore(&m_store);
        r.code = c.run(args);
        out.flush();
        err.flush();
        return r;
    }

    int differences()
    {
        return int(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("diff"), m_a, m_b,
                                                QStringLiteral("--kind"), QStringLiteral("destinations,role-collections")})
                                               .out.toUtf8())
                       .array()
                       .size());
    }

    static QString idOf(const QString& path)
    {
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        return tenant ? (*tenant)->id() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("a"))) && QDir().mkpath(m_dir.filePath(QStringLiteral("b"))));
        const Status a = Seeder::createTenantFile(m_dir.filePath(QStringLiteral("a/demo.ghtenant")), [](TenantStore& s) {
            return Seeder::populateDemo(s, test::fixedNow());
        });
        const Status b = Seeder::createTenantFile(m_dir.filePath(QStringLiteral("b/demo.ghtenant")), [](TenantStore& s) {
            return Seeder::populateDemo(s, test::fixedNow());
        });
        QVERIFY(a.ok() && b.ok());
        m_a = m_dir.filePath(QStringLiteral("a/demo.ghtenant"));
        m_b = m_dir.filePath(QStringLiteral("b/demo.ghtenant"));
        m_idA = idOf(m_a);
        m_idB = idOf(m_b);
        QVERIFY(!m_idA.isEmpty() && !m_idB.isEmpty() && m_idA != m_idB);
        QCOMPARE(cli({QStringLiteral("--tenant"), m_b, QStringLiteral("destinations"), QStringLiteral("delete"),
                      QStringLiteral("SuccessFactors_OData")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--tenant"), m_b, QStringLiteral("role-collections"), QStringLiteral("delete"),
                      QStringLiteral("Contoso_Support_Monitoring")})
                     .code,
                 0);
        QCOMPARE(differences(), 2);
    }

    void usageErrorsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no item") << QStringList{QStringLiteral("copy"), m_a, m_b} << QStringLiteral("at least one ITEM");
        QTest::newRow("bad item") << QStringList{QStringLiteral("copy"), m_a, m_b, QStringLiteral("northwind")}
                                  << QStringLiteral("'northwind' is not an item");
        QTest::newRow("same file") << QStringList{QStringLiteral("copy"), m_a, m_a, QStringLiteral("destination:northwind")}
                                   << QStringLiteral("same tenant file");
        QTest::newRow("secret not copied")
            << QStringList{QStringLiteral("copy"), m_a, m_b, QStringLiteral("destination:SuccessFactors_OData"),
                           QStringLiteral("--secret"), QStringLiteral("northwind/Password")}
            << QStringLiteral("--secret northwind/Password");
    }

    void usageErrorsChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        if (!r.err.contains(message))
            QFAIL(qPrintable(r.err));
        QCOMPARE(differences(), 2);
    }

    void refusedWithoutTheSecretsValue()
    {
        const Run r = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("destination:SuccessFactors_OData"),
                           QStringLiteral("role-collection:Contoso_Support_Monitoring")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--secret SuccessFactors_OData/Password")));
        QVERIFY(r.err.contains(QStringLiteral("nothing was copied")));
        QCOMPARE(differences(), 2);
        // Unknown items and predefined collections: exit 1, named.
        const Run refused = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("destination:nope"),
                                 QStringLiteral("role-collection:PI_Administrator")});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QStringLiteral("no destination 'nope'")));
        QVERIFY(refused.err.contains(QStringLiteral("PI_Administrator")));
    }

    void dryRunThenCopyWithTheValueFromAsKeychain()
    {
        const Run dry = cli({QStringLiteral("--json"), QStringLiteral("copy"), m_a, m_b, QStringLiteral("--dry-run"),
                             QStringLiteral("destination:SuccessFactors_OData"), QStringLiteral("destination:northwind")});
        QCOMPARE(dry.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("Applied")).toBool(true), false);
        const QJsonArray items = plan.value(QStringLiteral("Items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("Item")).toString(), QStringLiteral("destination:SuccessFactors_OData"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("add"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("unchanged"));
        const QJsonArray secrets = plan.value(QStringLiteral("Secrets")).toArray();
        QCOMPARE(secrets.size(), 1); // names only, never a value
        QCOMPARE(secrets.at(0).toObject(), (QJsonObject{{QStringLiteral("Destination"), QStringLiteral("SuccessFactors_OData")},
                                                        {QStringLiteral("Key"), QStringLiteral("Password")},
                                                        {QStringLiteral("SetInB"), false}}));
        QCOMPARE(differences(), 2);

        const QString keyA = SecretStore::destinationKey(m_idA, QStringLiteral("SuccessFactors_OData"), QStringLiteral("Password"));
        const QString keyB = SecretStore::destinationKey(m_idB, QStringLiteral("SuccessFactors_OData"), QStringLiteral("Password"));
        QVERIFY(m_store.write(keyA, "s3cret-from-a").result().ok());
        const Run r = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("destination:SuccessFactors_OData"),
                           QStringLiteral("role-collection:Contoso_Support_Monitoring")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Done: Copy 2 items from")));
        QVERIFY(!r.out.contains(QStringLiteral("s3cret")));
        QCOMPARE(valueOr(m_store.read(keyB).result()), QByteArray("s3cret-from-a"));
        QCOMPARE(differences(), 0);
        // One pending step in B: the two deletions before it, and the copy.
        const Run status = cli({QStringLiteral("--json"), QStringLiteral("--tenant"), m_b, QStringLiteral("status")});
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("PendingChanges")).toInt(), 4);
        // Copying again: nothing to do.
        const Run again = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("destination:SuccessFactors_OData")});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("Nothing to copy")));
    }

    // A key pair generated in A (its key kept under A's id) is copied with its private key into
    // the keychain under B's id; a demo key pair whose key this machine does not hold is refused,
    // naming it, and nothing reaches B.
    void keyPairsTravelKeychainToKeychain()
    {
        QCOMPARE(cli({QStringLiteral("--tenant"), m_a, QStringLiteral("keystore"), QStringLiteral("generate"),
                      QStringLiteral("partner_cli"), QStringLiteral("--subject"), QStringLiteral("CN=partner-cli.contoso.com"),
                      QStringLiteral("--key"), QStringLiteral("ec-p256")})
                     .code,
                 0);
        const int pendingBefore = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("--tenant"), m_b,
                                                               QStringLiteral("status")})
                                                              .out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("PendingChanges"))
                                      .toInt();
        const Run refused = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("keystore:contoso_signing")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("'contoso_signing'")) &&
                     refused.err.contains(QStringLiteral("nothing was copied")),
                 qPrintable(refused.err));

        const Run r = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("keystore:partner_cli")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("keystore:system/partner_cli")));
        QVERIFY(!r.out.contains(QStringLiteral("PRIVATE KEY")));
        auto b = LocalTenant::open(m_b, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(b.ok());
        LocalTenantClient inB(*b);
        const Result<KeystoreEntry> entry = inB.keystore().get(QStringLiteral("system/") + KeystoreEntry::hexaliasOf(QStringLiteral("partner_cli"))).result();
        QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().toString()));
        const auto key = KeyVault(m_store, m_idB).keyOf(*entry).result();
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().toString()));
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("--tenant"), m_b, QStringLiteral("status")})
                                             .out.toUtf8())
                     .object()
                     .value(QStringLiteral("PendingChanges"))
                     .toInt(),
                 pendingBefore + 1);
    }

    void destinationCertificatesTravelWithTheirFiles()
    {
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(key.ok());
        crypto::CertificateSpec spec;
        spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=client-cli.partner.example"));
        spec.notBefore = test::fixedNow().addDays(-1);
        spec.notAfter = test::fixedNow().addDays(200);
        const auto cert = crypto::CertificateBuilder::selfSigned(spec, *key);
        QVERIFY(cert.ok());
        const auto p12 = crypto::Exporter::pkcs12(*key, {*cert}, crypto::SecretBuffer(QByteArrayView("changeit")));
        QVERIFY(p12.ok());
        const QString file = m_dir.filePath(QStringLiteral("client-cli.p12"));
        const QString password = m_dir.filePath(QStringLiteral("p12.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(*p12) == p12->size());
        f.close();
        QFile pw(password);
        QVERIFY(pw.open(QIODevice::WriteOnly) && pw.write("changeit\n") > 0);
        pw.close();
        const Run imported = cli({QStringLiteral("--tenant"), m_a, QStringLiteral("destination-certificates"),
                                  QStringLiteral("import"), file, QStringLiteral("--password-file"), password});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));

        // diff tells it only in A (and the demo's generated ones differ in their fingerprints).
        const auto certificateDiff = [&] {
            QStringList out;
            const Run r = cli({QStringLiteral("--json"), QStringLiteral("diff"), m_a, m_b, QStringLiteral("--kind"),
                               QStringLiteral("destination-certificates")});
            for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                out.append(v.toObject().value(QStringLiteral("key")).toString() + QLatin1Char(' ') +
                           v.toObject().value(QStringLiteral("status")).toString());
            return out;
        };
        QCOMPARE(certificateDiff(),
                 (QStringList{QStringLiteral("client-cli.p12 onlyInA"), QStringLiteral("contoso-client.p12 differs"),
                              QStringLiteral("erp-gateway.crt differs"), QStringLiteral("northwind-trust.pem differs")}));

        const Run refused = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("destination-certificate:client-cli.p12"),
                                 QStringLiteral("destination-certificate:contoso-client.p12")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("'contoso-client.p12'")) &&
                     refused.err.contains(QStringLiteral("nothing was copied")),
                 qPrintable(refused.err));
        const QString keyB = SecretStore::destinationCertificateContentKey(m_idB, QStringLiteral("client-cli.p12"));
        QCOMPARE(m_store.read(keyB).result().error().kind, Error::Kind::NotFound);

        const Run r = cli({QStringLiteral("--json"), QStringLiteral("copy"), m_a, m_b,
                           QStringLiteral("destination-certificate:client-cli.p12"),
                           QStringLiteral("destination-certificates:northwind-trust.pem")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(report.value(QStringLiteral("Applied")).toBool());
        QCOMPARE(report.value(QStringLiteral("Items")).toArray().size(), 2);
        const QJsonArray items = report.value(QStringLiteral("Items")).toArray();
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("Item")).toString(),
                 QStringLiteral("destination-certificate:client-cli.p12"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("add"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("replace"));
        const auto fileInB = m_store.read(keyB).result();
        QVERIFY(fileInB.ok());
        QCOMPARE(*fileInB, m_store.read(SecretStore::destinationCertificateContentKey(m_idA, QStringLiteral("client-cli.p12")))
                               .result()
                               .value());
        QCOMPARE(certificateDiff(), (QStringList{QStringLiteral("contoso-client.p12 differs"),
                                                 QStringLiteral("erp-gateway.crt differs")}));
    }

    void credentialsTravelWithTheirSecrets()
    {
        const auto credentialDiff = [&] {
            QStringList out;
            const Run r = cli({QStringLiteral("--json"), QStringLiteral("diff"), m_a, m_b, QStringLiteral("--kind"),
                               QStringLiteral("user-credentials,secure-parameters")});
            for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                out.append(v.toObject().value(QStringLiteral("key")).toString() + QLatin1Char(' ') +
                           v.toObject().value(QStringLiteral("status")).toString());
            return out;
        };
        QCOMPARE(cli({QStringLiteral("--tenant"), m_b, QStringLiteral("credentials"), QStringLiteral("delete"),
                      QStringLiteral("ERP_Basic_Fallback")})
                     .code,
                 0);
        QCOMPARE(credentialDiff(), QStringList{QStringLiteral("ERP_Basic_Fallback onlyInA")});

        const Run dry = cli({QStringLiteral("--json"), QStringLiteral("copy"), m_a, m_b, QStringLiteral("--dry-run"),
                             QStringLiteral("user-credential:ERP_Basic_Fallback"),
                             QStringLiteral("secure-parameter:Webhook_HMAC_Key")});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        const QJsonArray items = plan.value(QStringLiteral("Items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("Item")).toString(),
                 QStringLiteral("user-credential:ERP_Basic_Fallback"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("add"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("unchanged"));
        QCOMPARE(plan.value(QStringLiteral("Secrets")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("Credential"), QStringLiteral("ERP_Basic_Fallback")},
                                         {QStringLiteral("Kind"), QStringLiteral("user_credentials")},
                                         {QStringLiteral("Key"), QStringLiteral("Password")},
                                         {QStringLiteral("SetInB"), false}}}));

        // A's keychain holds no password for it: refused, naming how to give it; nothing changes.
        const Run refused = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("user-credential:ERP_Basic_Fallback")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--secret ERP_Basic_Fallback/Password")) &&
                     refused.err.contains(QStringLiteral("user credential 'ERP_Basic_Fallback'")),
                 qPrintable(refused.err));
        QCOMPARE(credentialDiff().size(), 1);
        // --secret naming a credential not copied is a usage error.
        const Run wrong = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("user-credential:ERP_Basic_Fallback"),
                               QStringLiteral("--secret"), QStringLiteral("ERP_Basic_Fallback/ClientSecret")});
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("--secret ERP_Basic_Fallback/ClientSecret")), qPrintable(wrong.err));

        const QString keyA = credentials::secretKey(m_idA, EntityKind::UserCredential, QStringLiteral("ERP_Basic_Fallback"));
        const QString keyB = credentials::secretKey(m_idB, EntityKind::UserCredential, QStringLiteral("ERP_Basic_Fallback"));
        QVERIFY(m_store.write(keyA, "pending-pw-from-a").result().ok());
        const Run r = cli({QStringLiteral("copy"), m_a, m_b, QStringLiteral("user-credential:ERP_Basic_Fallback")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("user-credential:ERP_Basic_Fallback")));
        QVERIFY(!r.out.contains(QStringLiteral("pending-pw")));
        QCOMPARE(valueOr(m_store.read(keyB).result()), QByteArray("pending-pw-from-a"));
        QVERIFY(!readAll(m_b).contains("pending-pw-from-a"));
        QVERIFY(credentialDiff().isEmpty());
    }

    void builtBinaryTakesACredentialsSecretFromStdin()
    {
        const QString b = m_dir.filePath(QStringLiteral("b3.ghtenant"));
        QFile::remove(b);
        QVERIFY(QFile::copy(m_b, b));
        QCOMPARE(cli({QStringLiteral("--tenant"), b, QStringLiteral("credentials"), QStringLiteral("delete"),
                      QStringLiteral("PGP_Passphrase_Bank")})
                     .code,
                 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("bindata")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI),
                {QStringLiteral("copy"), m_a, b, QStringLiteral("secure-parameter:PGP_Passphrase_Bank"),
                 QStringLiteral("--secret"), QStringLiteral("PGP_Passphrase_Bank/SecureParam")});
        QVERIFY(p.waitForStarted());
        p.write("param-value-one\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        // The value was taken (not a usage error about the item); with no keychain it cannot be kept.
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        if (!err.contains("could not be kept"))
            QFAIL(err.constData());
        QVERIFY(!err.contains("param-value-one") && !p.readAllStandardOutput().contains("param-value-one"));
        QVERIFY(!readAll(b).contains("param-value-one"));
        const Run stillMissing = cli({QStringLiteral("--json"), QStringLiteral("diff"), m_a, b, QStringLiteral("--kind"),
                                      QStringLiteral("secure-parameters")});
        QCOMPARE(stillMissing.code, 1);
    }

    void builtBinaryReadsSecretsFromStdinAndNeedsAKeychain()
    {
        const QString b = m_dir.filePath(QStringLiteral("b2.ghtenant"));
        QFile::remove(b);
        QVERIFY(QFile::copy(m_b, b));
        QCOMPARE(cli({QStringLiteral("--tenant"), b, QStringLiteral("destinations"), QStringLiteral("delete"),
                      QStringLiteral("Concur_Expense")})
                     .code,
                 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("bindata")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI),
                {QStringLiteral("copy"), m_a, b, QStringLiteral("destination:Concur_Expense"), QStringLiteral("--secret"),
                 QStringLiteral("Concur_Expense/Password"), QStringLiteral("--secret"),
                 QStringLiteral("Concur_Expense/clientSecret")});
        QVERIFY(p.waitForStarted());
        p.write("pw-one\nsecret-two\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        if (!err.contains("no system keychain answered"))
            QFAIL(err.constData());
        QVERIFY(!err.contains("pw-one") && !p.readAllStandardOutput().contains("pw-one"));
        const Run stillMissing = cli({QStringLiteral("--tenant"), b, QStringLiteral("destinations"), QStringLiteral("show"),
                                      QStringLiteral("Concur_Expense")});
        QCOMPARE(stillMissing.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCopyCommands)
#include "tst_copycommands.moc"
