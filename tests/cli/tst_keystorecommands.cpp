// gatehouse-cli's keystore write commands (import, generate, csr, update-chain, rename, delete,
// renew, activate, rollback, export --format p12) on a demo tenant in a temporary folder.
//
// Most cases run Cli in-process with an injected MemorySecretStore, so they never reach a
// keychain. Two run the built binary: one with no usable session bus (the keychain cannot
// answer), and one under tests/with-keyring.sh (ctest runs this whole executable there) that
// generates a key pair in one process and exports it as PKCS#12 in a second one, proving the
// private key was kept in the real Secret Service.
#include "DemoTenant.h"
#include "app/cli/Cli.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/CertificateReader.h"
#include "app/crypto/CertificateRequest.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/PrivateKey.h"
#include "app/domain/Clock.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KeystoreActions.h"

#include <QBuffer>
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
    QByteArray binary; // what went to the binary output (DER, PKCS#12)
};

const QByteArray kPassword = QByteArrayLiteral("Import-Pw!42");

// For QVERIFY2: the run's output, to see why it failed.
QByteArray describe(const Run& r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(r.code)
        .arg(r.out, r.err)
        .toUtf8();
}

struct Ca
{
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

} // namespace

class TestKeystoreCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tenant;
    FixedClock m_clock{test::fixedNow()};
    MemorySecretStore m_store;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The CLI in this process, on the test's tenant, with the memory store injected.
    Run cli(QStringList args, bool outIsTerminal = false, SecretStore* store = nullptr)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        QBuffer binary(&r.binary);
        binary.open(QIODevice::WriteOnly);
        cli::Cli c(out, err, m_clock);
        c.setBinaryOutput(&binary, outIsTerminal);
        c.setSecretStore(store ? store : &m_store);
        args.prepend(m_tenant);
        args.prepend(QStringLiteral("--tenant"));
        r.code = c.run(args);
        out.flush();
        err.flush();
        return r;
    }

    // The built binary, with `env` added to the environment.
    Run binary(const QStringList& args, const QProcessEnvironment& extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI),
                QStringList{QStringLiteral("--tenant"), m_tenant} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError()),
                {}};
    }

    QList<KeystoreEntry> entries() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            qFatal("cannot open the tenant: %s", qPrintable(tenant.error().toString()));
        LocalTenantClient client(*tenant);
        auto list = client.keystore().list().result();
        if (!list)
            qFatal("cannot list the keystore: %s", qPrintable(list.error().toString()));
        return *list;
    }

    std::optional<KeystoreEntry> entry(const QString& keystore, const QString& alias) const
    {
        const QList<KeystoreEntry> all = entries();
        const KeystoreEntry* e = keystore::findEntry(all, keystore, alias);
        return e ? std::optional<KeystoreEntry>(*e) : std::nullopt;
    }

    QString tenantId() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        return tenant ? (*tenant)->id() : QString();
    }

    // The private key the memory store holds for `publicKeyDer`, or a null key.
    crypto::PrivateKey keptKey(const QByteArray& publicKeyDer)
    {
        auto pem = m_store.read(KeyVault::keyName(tenantId(), publicKeyDer)).result();
        if (!pem)
            return {};
        auto key = crypto::PrivateKey::fromPem(*pem);
        return key ? std::move(*key) : crypto::PrivateKey();
    }

    void writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static crypto::Certificate selfSigned(const crypto::PrivateKey& key, const QString& subject,
                                          int days = 365)
    {
        crypto::CertificateSpec spec;
        spec.subject = *crypto::DistinguishedName::parse(subject);
        spec.notBefore = test::fixedNow().addDays(-1);
        spec.notAfter = test::fixedNow().addDays(days);
        auto certificate = crypto::CertificateBuilder::selfSigned(spec, key);
        if (!certificate)
            qFatal("selfSigned: %s", qPrintable(certificate.error().toString()));
        return *certificate;
    }

    static Ca makeCa()
    {
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        if (!key)
            qFatal("key: %s", qPrintable(key.error().toString()));
        crypto::CertificateSpec spec;
        spec.subject =
            *crypto::DistinguishedName::parse(QStringLiteral("CN=Test Issuing CA,O=Test,C=DE"));
        spec.notBefore = test::fixedNow().addDays(-10);
        spec.notAfter = test::fixedNow().addYears(5);
        spec.isCa = true;
        auto certificate = crypto::CertificateBuilder::selfSigned(spec, *key);
        if (!certificate)
            qFatal("ca: %s", qPrintable(certificate.error().toString()));
        return {std::move(*key), *certificate};
    }

    // A PKCS#12 file of a fresh key pair (CN `cn`, friendlyName `name`) with `password`.
    QByteArray pkcs12(const QString& cn, const QString& name, const QByteArray& password,
                      crypto::Certificate* certificateOut = nullptr)
    {
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        if (!key)
            qFatal("key: %s", qPrintable(key.error().toString()));
        const crypto::Certificate certificate =
            selfSigned(*key, QStringLiteral("CN=%1,O=Partner,C=DE").arg(cn));
        crypto::Pkcs12Options options;
        options.friendlyName = name;
        auto bytes =
            crypto::Exporter::pkcs12(*key, {certificate}, crypto::SecretBuffer(password), options);
        if (!bytes)
            qFatal("pkcs12: %s", qPrintable(bytes.error().toString()));
        if (certificateOut)
            *certificateOut = certificate;
        return *bytes;
    }

    // SubjectPublicKeyInfo DER of a certificate's key.
    static QByteArray spkiDer(const crypto::Certificate& certificate)
    {
        QByteArray pem = crypto::Exporter::publicKeyPem(certificate);
        pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        return QByteArray::fromBase64(pem.simplified().replace(' ', ""));
    }

    QString passwordFile(const QByteArray& password)
    {
        const QString file = path(QStringLiteral("password.txt"));
        writeFile(file, password + '\n'); // as `echo secret > F` writes it
        return file;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(test::fixedNow());
        m_store.clear();
        QFile::remove(path(QStringLiteral("demo.ghtenant")));
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
    }

    // ---- import -------------------------------------------------------------------------------

    void importPemWithAlias()
    {
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::rsa(2048));
        QVERIFY(key.ok());
        const crypto::Certificate certificate =
            selfSigned(*key, QStringLiteral("CN=Partner Signing,O=Partner,C=DE"));
        const QString file = path(QStringLiteral("partner.pem"));
        writeFile(file, crypto::Exporter::certificatePem(certificate));

        const Run r = cli({QStringLiteral("keystore"), QStringLiteral("import"), file,
                           QStringLiteral("--alias"), QStringLiteral("partner_signing")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("add")) &&
                     r.out.contains(QLatin1String("partner_signing")) &&
                     r.out.contains(QLatin1String("Partner Signing")) && r.out.contains(file),
                 describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("1 to add")), describe(r).constData());
        const auto imported = entry(QStringLiteral("system"), QStringLiteral("partner_signing"));
        QVERIFY(imported);
        QCOMPARE(imported->type, QStringLiteral("Certificate"));
        QCOMPARE(imported->owner, keystore::TenantOwner);
        QCOMPARE(
            QString(imported->fingerprintSha256).remove(QLatin1Char(':')).toUpper(),
            certificate.fingerprint(QCryptographicHash::Sha256).remove(QLatin1Char(':')).toUpper());
        QCOMPARE(imported->createdTime, test::fixedNow());
        QCOMPARE(m_store.size(), 0); // a certificate has no key to keep

        // The same file again: unchanged, nothing to do, still exit 0.
        const Run again = cli({QStringLiteral("keystore"), QStringLiteral("import"), file,
                               QStringLiteral("--alias"), QStringLiteral("partner_signing")});
        QVERIFY2(again.code == 0, describe(again).constData());
        QVERIFY2(again.out.contains(QLatin1String("unchanged")), describe(again).constData());
    }

    void importDerTakesTheAliasFromTheCn()
    {
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-384")));
        QVERIFY(key.ok());
        const crypto::Certificate certificate =
            selfSigned(*key, QStringLiteral("CN=Fabrikam Root 2030,O=Fabrikam,C=US"));
        const QString file = path(QStringLiteral("fabrikam.cer"));
        writeFile(file, crypto::Exporter::certificateDer(certificate));
        const int before = int(entries().size());

        const Run r = cli({QStringLiteral("keystore"), QStringLiteral("import"), file});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QString alias = keystore::aliasFrom(QStringLiteral("Fabrikam Root 2030"));
        QCOMPARE(alias, QStringLiteral("fabrikam_root_2030"));
        const auto imported = entry(QStringLiteral("system"), alias);
        QVERIFY2(imported, describe(r).constData());
        QCOMPARE(imported->subjectDN, certificate.subjectDN());
        QCOMPARE(int(entries().size()), before + 1);
    }

    void importPkcs12KeepsTheKey()
    {
        crypto::Certificate certificate;
        const QString file = path(QStringLiteral("client.p12"));
        writeFile(file, pkcs12(QStringLiteral("client.partner.example"),
                               QStringLiteral("Partner Client"), kPassword, &certificate));

        const Run r = cli({QStringLiteral("keystore"), QStringLiteral("import"), file,
                           QStringLiteral("--password-file"), passwordFile(kPassword)});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(!r.out.contains(QString::fromLatin1(kPassword)) &&
                     !r.err.contains(QString::fromLatin1(kPassword)),
                 describe(r).constData());
        const auto imported = entry(QStringLiteral("system"), QStringLiteral("partner_client"));
        QVERIFY2(imported, describe(r).constData());
        QCOMPARE(imported->type, QStringLiteral("Key Pair"));
        // The key is in the store under its certificate's public key, and it is that key.
        QCOMPARE(m_store.size(), 1);
        const crypto::PrivateKey key = keptKey(spkiDer(certificate));
        QVERIFY(!key.isNull());
        QVERIFY(certificate.publicKeyMatches(key));
        QCOMPARE(imported->chain.first(), certificate.toPem());
    }

    void dryRunChangesNothing()
    {
        const QString p12 = path(QStringLiteral("dry.p12"));
        writeFile(p12,
                  pkcs12(QStringLiteral("dry.example"), QStringLiteral("dry_run_pair"), kPassword));
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(key.ok());
        const QString pem = path(QStringLiteral("dry.pem"));
        writeFile(pem, crypto::Exporter::certificatePem(
                           selfSigned(*key, QStringLiteral("CN=Dry Run Cert,C=DE"))));
        const QList<KeystoreEntry> before = entries();

        const Run r =
            cli({QStringLiteral("keystore"), QStringLiteral("import"), QStringLiteral("--dry-run"),
                 p12, pem, QStringLiteral("--password-file"), passwordFile(kPassword)});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("dry_run_pair")) &&
                     r.out.contains(QLatin1String("dry_run_cert")),
                 describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("2 to add")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("nothing was changed")), describe(r).constData());
        const QList<KeystoreEntry> after = entries();
        QCOMPARE(after.size(), before.size());
        QVERIFY(
            !keystore::findEntry(after, QStringLiteral("system"), QStringLiteral("dry_run_pair")));
        QCOMPARE(m_store.size(), 0); // no key kept either
    }

    void wrongPasswordNamesTheFileAndImportsTheRest()
    {
        const QString p12 = path(QStringLiteral("wrong.p12"));
        writeFile(p12, pkcs12(QStringLiteral("wrong.example"), QStringLiteral("wrong_pair"),
                              QByteArrayLiteral("another-pw")));
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(key.ok());
        const QString pem = path(QStringLiteral("good.pem"));
        writeFile(pem, crypto::Exporter::certificatePem(
                           selfSigned(*key, QStringLiteral("CN=Good Cert,C=DE"))));

        const Run r = cli({QStringLiteral("keystore"), QStringLiteral("import"), p12, pem,
                           QStringLiteral("--password-file"), passwordFile(kPassword)});
        QVERIFY2(r.code == 1, describe(r).constData());
        QVERIFY2(r.err.contains(p12), describe(r).constData());
        QVERIFY2(r.err.contains(QLatin1String("password"), Qt::CaseInsensitive),
                 describe(r).constData());
        QVERIFY2(!r.err.contains(pem), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("could not be read")), describe(r).constData());
        QVERIFY(!entry(QStringLiteral("system"), QStringLiteral("wrong_pair")));
        QVERIFY(entry(QStringLiteral("system"),
                      QStringLiteral("good_cert"))); // the readable part is applied
        QCOMPARE(m_store.size(), 0);
    }

    void importJsonListsItemsAndProblems()
    {
        auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(key.ok());
        const crypto::Certificate certificate =
            selfSigned(*key, QStringLiteral("CN=Json Cert,O=Partner,C=DE"));
        const QString pem = path(QStringLiteral("json.pem"));
        writeFile(pem, crypto::Exporter::certificatePem(certificate));
        const QString missing = path(QStringLiteral("missing.pem"));

        const Run r = cli({QStringLiteral("--json"), QStringLiteral("keystore"),
                           QStringLiteral("import"), QStringLiteral("--dry-run"), pem, missing});
        QVERIFY2(r.code == 1, describe(r).constData());
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, describe(r).constData());
        const QJsonArray items = o.value(QStringLiteral("Items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("Action")).toString(), QStringLiteral("add"));
        QCOMPARE(item.value(QStringLiteral("Alias")).toString(), QStringLiteral("json_cert"));
        QCOMPARE(item.value(QStringLiteral("Type")).toString(), QStringLiteral("Certificate"));
        QCOMPARE(item.value(QStringLiteral("SubjectDN")).toString(), certificate.subjectDN());
        QCOMPARE(item.value(QStringLiteral("ValidNotAfter")).toString(),
                 certificate.notAfter().toUTC().toString(Qt::ISODate));
        QCOMPARE(item.value(QStringLiteral("Source")).toString(), pem);
        QVERIFY(item.contains(QStringLiteral("Note")));
        const QJsonArray problems = o.value(QStringLiteral("Problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toObject().value(QStringLiteral("Source")).toString(), missing);
        QVERIFY(!problems.first().toObject().value(QStringLiteral("Message")).toString().isEmpty());
        QVERIFY(!entry(QStringLiteral("system"), QStringLiteral("json_cert")));
    }

    // ---- generate, csr, update-chain -----------------------------------------------------------

    void generateCsrSignUpdateChain()
    {
        Run r = cli({QStringLiteral("keystore"), QStringLiteral("generate"),
                     QStringLiteral("tls_server"), QStringLiteral("--subject"),
                     QStringLiteral("CN=tls.contoso.com,O=Contoso,C=DE"), QStringLiteral("--key"),
                     QStringLiteral("ec-p256"), QStringLiteral("--days"), QStringLiteral("90"),
                     QStringLiteral("--dns"), QStringLiteral("tls.contoso.com"),
                     QStringLiteral("--dns"), QStringLiteral("api.contoso.com")});
        QVERIFY2(r.code == 0, describe(r).constData());
        auto generated = entry(QStringLiteral("system"), QStringLiteral("tls_server"));
        QVERIFY2(generated, describe(r).constData());
        QCOMPARE(generated->type, QStringLiteral("Key Pair"));
        QCOMPARE(generated->keyType, QStringLiteral("EC"));
        QCOMPARE(generated->subjectDN, QStringLiteral("CN=tls.contoso.com,O=Contoso,C=DE"));
        QCOMPARE(generated->issuerDN, generated->subjectDN); // self-signed until the CA answers
        QCOMPARE(generated->validNotAfter, test::fixedNow().addDays(90));
        QCOMPARE(m_store.size(), 1);

        // The request: subject and names of the entry, signed with the kept key.
        const QString csrFile = path(QStringLiteral("tls.csr"));
        r = cli({QStringLiteral("keystore"), QStringLiteral("csr"), QStringLiteral("tls_server"),
                 QStringLiteral("-o"), csrFile});
        QVERIFY2(r.code == 0, describe(r).constData());
        auto request = crypto::CertificateRequest::fromPem(test::readFile(csrFile));
        QVERIFY(request.ok());
        QVERIFY(request->verifySignature());
        QCOMPARE(request->subjectDN(), generated->subjectDN);
        QCOMPARE(request->dnsNames(), (QStringList{QStringLiteral("tls.contoso.com"),
                                                   QStringLiteral("api.contoso.com")}));
        auto leafNow = crypto::Certificate::fromPem(generated->chain.first());
        QVERIFY(leafNow.ok());
        // The same request to standard output.
        r = cli({QStringLiteral("keystore"), QStringLiteral("csr"), QStringLiteral("tls_server")});
        QVERIFY2(r.code == 0 &&
                     r.out.startsWith(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----")),
                 describe(r).constData());

        // A CA signs it (the builder needs the subject key: the one the store kept).
        const Ca ca = makeCa();
        const crypto::PrivateKey subjectKey = keptKey(request->publicKeyDer());
        QVERIFY(!subjectKey.isNull());
        QVERIFY(leafNow->publicKeyMatches(subjectKey));
        crypto::CertificateSpec spec;
        spec.subject = request->subject();
        spec.notBefore = test::fixedNow();
        spec.notAfter = test::fixedNow().addDays(397);
        spec.dnsNames = request->dnsNames();
        auto signedLeaf =
            crypto::CertificateBuilder::issue(spec, subjectKey, ca.certificate, ca.key);
        QVERIFY(signedLeaf.ok());
        const QString chainFile = path(QStringLiteral("tls-chain.pem"));
        // CA first: update-chain orders it.
        writeFile(chainFile, crypto::Exporter::certificatePem(ca.certificate) +
                                 crypto::Exporter::certificatePem(*signedLeaf));

        r = cli({QStringLiteral("keystore"), QStringLiteral("update-chain"),
                 QStringLiteral("tls_server"), chainFile});
        QVERIFY2(r.code == 0, describe(r).constData());
        const auto updated = entry(QStringLiteral("system"), QStringLiteral("tls_server"));
        QVERIFY(updated);
        QCOMPARE(updated->issuerDN, ca.certificate.subjectDN());
        QCOMPARE(updated->chain.size(), 2);
        QCOMPARE(updated->validNotAfter, test::fixedNow().addDays(397));
        QCOMPARE(updated->createdTime, generated->createdTime);

        // A chain for another key is refused, naming the problem.
        auto otherKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
        QVERIFY(otherKey.ok());
        auto foreign = crypto::CertificateBuilder::issue(spec, *otherKey, ca.certificate, ca.key);
        QVERIFY(foreign.ok());
        const QString foreignFile = path(QStringLiteral("foreign.pem"));
        writeFile(foreignFile, crypto::Exporter::certificatePem(*foreign));
        r = cli({QStringLiteral("keystore"), QStringLiteral("update-chain"),
                 QStringLiteral("tls_server"), foreignFile});
        QVERIFY2(r.code == 1, describe(r).constData());
        QVERIFY2(r.err.contains(QLatin1String("another key")), describe(r).constData());
        QCOMPARE(entry(QStringLiteral("system"), QStringLiteral("tls_server"))->fingerprintSha256,
                 updated->fingerprintSha256);
    }

    void generateRefusesBadInput()
    {
        Run r = cli({QStringLiteral("keystore"), QStringLiteral("generate"), QStringLiteral("x")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("--subject")),
                 describe(r).constData());
        r = cli({QStringLiteral("keystore"), QStringLiteral("generate"), QStringLiteral("x"),
                 QStringLiteral("--subject"), QStringLiteral("CN=x"), QStringLiteral("--key"),
                 QStringLiteral("rsa1024")});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("rsa1024")), describe(r).constData());
        r = cli({QStringLiteral("keystore"), QStringLiteral("generate"), QStringLiteral("x"),
                 QStringLiteral("--subject"), QStringLiteral("CN=x,C=Germany")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("--subject")),
                 describe(r).constData());
        // The alias is taken: a validation error naming it, nothing kept.
        r = cli({QStringLiteral("keystore"), QStringLiteral("generate"),
                 QStringLiteral("contoso_signing"), QStringLiteral("--subject"),
                 QStringLiteral("CN=x"), QStringLiteral("--key"), QStringLiteral("ec-p256")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("Alias")), describe(r).constData());
        QCOMPARE(m_store.size(), 0);
    }

    void csrWithoutTheKeyIsNotFound()
    {
        const Run r = cli(
            {QStringLiteral("keystore"), QStringLiteral("csr"), QStringLiteral("ariba_client")});
        QVERIFY2(r.code == 1, describe(r).constData());
        QVERIFY2(r.err.contains(QLatin1String("ariba_client")), describe(r).constData());
        QVERIFY(r.out.isEmpty());
    }

    // ---- rename, delete -----------------------------------------------------------------------

    void renameMovesTheEntry()
    {
        const auto before = entry(QStringLiteral("system"), QStringLiteral("contoso_signing"));
        QVERIFY(before);
        Run r = cli({QStringLiteral("keystore"), QStringLiteral("rename"),
                     QStringLiteral("contoso_signing"), QStringLiteral("contoso_signing_2026")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY(!entry(QStringLiteral("system"), QStringLiteral("contoso_signing")));
        const auto after = entry(QStringLiteral("system"), QStringLiteral("contoso_signing_2026"));
        QVERIFY(after);
        QCOMPARE(after->fingerprintSha256, before->fingerprintSha256);

        // Onto an alias that is taken: refused, nothing changes.
        r = cli({QStringLiteral("keystore"), QStringLiteral("rename"),
                 QStringLiteral("contoso_signing_2026"), QStringLiteral("ariba_client")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("ariba_client")),
                 describe(r).constData());
        QVERIFY(entry(QStringLiteral("system"), QStringLiteral("contoso_signing_2026")));

        r = cli({QStringLiteral("keystore"), QStringLiteral("rename"),
                 QStringLiteral("no_such_alias"), QStringLiteral("x")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("no_such_alias")),
                 describe(r).constData());
    }

    void deleteRefusesSapOwnedEntries()
    {
        const int before = int(entries().size());
        Run r = cli({QStringLiteral("keystore"), QStringLiteral("delete"),
                     QStringLiteral("partner_as2_2024"),
                     QStringLiteral("sap_cloudintegrationcertificate")});
        QVERIFY2(r.code == 1, describe(r).constData());
        QVERIFY2(r.err.contains(QLatin1String("sap_cloudintegrationcertificate")),
                 describe(r).constData());
        QCOMPARE(int(entries().size()), before); // all or nothing
        QVERIFY(entry(QStringLiteral("system"), QStringLiteral("partner_as2_2024")));

        r = cli({QStringLiteral("keystore"), QStringLiteral("delete"),
                 QStringLiteral("partner_as2_2024"), QStringLiteral("partner_sftp_host")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(int(entries().size()), before - 2);
        QVERIFY(!entry(QStringLiteral("system"), QStringLiteral("partner_as2_2024")));

        r = cli({QStringLiteral("keystore"), QStringLiteral("delete"),
                 QStringLiteral("partner_as2_2024")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("partner_as2_2024")),
                 describe(r).constData());
    }

    // ---- renewal ------------------------------------------------------------------------------

    void renewActivateRollBack()
    {
        const auto original = entry(QStringLiteral("system"), QStringLiteral("contoso_signing"));
        QVERIFY(original);

        Run r = cli({QStringLiteral("keystore"), QStringLiteral("renew"),
                     QStringLiteral("contoso_signing")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const auto renewal = entry(keystore::RenewalKeystore, QStringLiteral("contoso_signing"));
        QVERIFY2(renewal, describe(r).constData());
        QVERIFY(renewal->fingerprintSha256 != original->fingerprintSha256);
        QCOMPARE(renewal->subjectDN, original->subjectDN);
        QCOMPARE(
            entry(QStringLiteral("system"), QStringLiteral("contoso_signing"))->fingerprintSha256,
            original->fingerprintSha256); // the system entry is untouched until activation
        QCOMPARE(m_store.size(), 1);

        m_clock.advanceDays(1);
        r = cli({QStringLiteral("keystore"), QStringLiteral("activate"),
                 QStringLiteral("contoso_signing")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY(!entry(keystore::RenewalKeystore, QStringLiteral("contoso_signing")));
        QCOMPARE(
            entry(QStringLiteral("system"), QStringLiteral("contoso_signing"))->fingerprintSha256,
            renewal->fingerprintSha256);
        const auto history = entry(keystore::HistoryKeystore, QStringLiteral("1_contoso_signing"));
        QVERIFY2(history, describe(r).constData());
        QCOMPARE(history->fingerprintSha256, original->fingerprintSha256);

        m_clock.advanceDays(1);
        r = cli({QStringLiteral("keystore"), QStringLiteral("rollback"),
                 QStringLiteral("1_contoso_signing")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QCOMPARE(
            entry(QStringLiteral("system"), QStringLiteral("contoso_signing"))->fingerprintSha256,
            original->fingerprintSha256);
        const auto second = entry(keystore::HistoryKeystore, QStringLiteral("2_contoso_signing"));
        QVERIFY2(second, describe(r).constData());
        QCOMPARE(second->fingerprintSha256, renewal->fingerprintSha256);
        QVERIFY(entry(keystore::HistoryKeystore,
                      QStringLiteral("1_contoso_signing"))); // kept, as CPI does

        // Activating what is not in KeyRenewal, rolling back what is not in KeyHistory: not found.
        r = cli({QStringLiteral("keystore"), QStringLiteral("activate"),
                 QStringLiteral("contoso_signing")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("KeyRenewal")),
                 describe(r).constData());
        r = cli({QStringLiteral("keystore"), QStringLiteral("rollback"),
                 QStringLiteral("contoso_signing")});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("KeyHistory")),
                 describe(r).constData());
    }

    // ---- export --format p12 ------------------------------------------------------------------

    void exportPkcs12ReadsBackWithThePassword()
    {
        Run r = cli({QStringLiteral("keystore"), QStringLiteral("generate"),
                     QStringLiteral("export_me"), QStringLiteral("--subject"),
                     QStringLiteral("CN=export.contoso.com,C=DE"), QStringLiteral("--key"),
                     QStringLiteral("rsa2048")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const auto generated = entry(QStringLiteral("system"), QStringLiteral("export_me"));
        QVERIFY(generated);
        const QString pw = passwordFile(kPassword);

        for (const bool compatible : {false, true}) {
            const QString out =
                path(compatible ? QStringLiteral("export-3des.p12") : QStringLiteral("export.p12"));
            QStringList args{QStringLiteral("keystore"),
                             QStringLiteral("export"),
                             QStringLiteral("export_me"),
                             QStringLiteral("--format"),
                             QStringLiteral("p12"),
                             QStringLiteral("--password-file"),
                             pw,
                             QStringLiteral("-o"),
                             out};
            if (compatible)
                args.append(QStringLiteral("--compatible"));
            r = cli(args);
            QVERIFY2(r.code == 0, describe(r).constData());
            auto read = crypto::CertificateReader::readFile(out, crypto::SecretBuffer(kPassword));
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
            QCOMPARE(read->format, crypto::CertificateFormat::Pkcs12);
            QVERIFY(read->hasPrivateKey());
            QCOMPARE(read->friendlyName, QStringLiteral("export_me"));
            QCOMPARE(read->certificates.first().toPem(), generated->chain.first());
            QVERIFY(read->certificates.first().publicKeyMatches(read->privateKey));
            const QString schemes = read->encryption.join(QLatin1Char(' '));
            QVERIFY2(compatible ? schemes.contains(QLatin1String("TripleDES"))
                                : schemes.contains(QLatin1String("AES-256")),
                     qPrintable(schemes));
            // The wrong password does not open it.
            QVERIFY(!crypto::CertificateReader::readFile(out, crypto::SecretBuffer("wrong")).ok());
        }

        // To standard output when it is not a terminal; refused when it is.
        r = cli({QStringLiteral("keystore"), QStringLiteral("export"), QStringLiteral("export_me"),
                 QStringLiteral("--format"), QStringLiteral("p12"),
                 QStringLiteral("--password-file"), pw});
        QVERIFY2(r.code == 0 && crypto::CertificateReader::detectFormat(r.binary) ==
                                    crypto::CertificateFormat::Pkcs12,
                 describe(r).constData());
        r = cli({QStringLiteral("keystore"), QStringLiteral("export"), QStringLiteral("export_me"),
                 QStringLiteral("--format"), QStringLiteral("p12"),
                 QStringLiteral("--password-file"), pw},
                /*outIsTerminal=*/true);
        QVERIFY2(r.code == 2 && r.binary.isEmpty() && r.err.contains(QLatin1String("terminal")),
                 describe(r).constData());
        // Without a password file: a usage error.
        r = cli({QStringLiteral("keystore"), QStringLiteral("export"), QStringLiteral("export_me"),
                 QStringLiteral("--format"), QStringLiteral("p12"), QStringLiteral("-o"),
                 path(QStringLiteral("nopw.p12"))});
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("--password-file")),
                 describe(r).constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("nopw.p12"))));
    }

    void exportPkcs12OfADemoKeyPairIsNotFound()
    {
        const QString out = path(QStringLiteral("ariba.p12"));
        const Run r = cli({QStringLiteral("keystore"), QStringLiteral("export"),
                           QStringLiteral("ariba_client"), QStringLiteral("--format"),
                           QStringLiteral("p12"), QStringLiteral("--password-file"),
                           passwordFile(kPassword), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 1, describe(r).constData());
        QVERIFY2(r.err.contains(QLatin1String("ariba_client")), describe(r).constData());
        QVERIFY(!QFile::exists(out));
        QVERIFY(r.binary.isEmpty());
    }

    // ---- no keychain --------------------------------------------------------------------------

    // The real binary with no usable session bus: keeping a key fails with exit 2 and says why;
    // reading one says the key is not available.
    void withoutAKeychainNothingIsKept()
    {
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        const int before = int(entries().size());
        Run r = binary({QStringLiteral("keystore"), QStringLiteral("generate"),
                        QStringLiteral("nowhere"), QStringLiteral("--subject"),
                        QStringLiteral("CN=nowhere,C=DE"), QStringLiteral("--key"),
                        QStringLiteral("ec-p256")},
                       noBus);
        QVERIFY2(r.code == 2, describe(r).constData());
        QVERIFY2(r.err.contains(QLatin1String("no system keychain answered")),
                 describe(r).constData());
        QVERIFY2(r.err.contains(QLatin1String("could not be kept")), describe(r).constData());
        QCOMPARE(int(entries().size()), before);

        const QString p12 = path(QStringLiteral("nowhere.p12"));
        writeFile(p12, pkcs12(QStringLiteral("nowhere.example"), QStringLiteral("nowhere_pair"),
                              kPassword));
        r = binary({QStringLiteral("keystore"), QStringLiteral("import"), p12,
                    QStringLiteral("--password-file"), passwordFile(kPassword)},
                   noBus);
        QVERIFY2(r.code == 2 && r.err.contains(QLatin1String("could not be kept")),
                 describe(r).constData());
        QVERIFY(!entry(QStringLiteral("system"), QStringLiteral("nowhere_pair")));

        // A key pair whose key the memory store holds: the binary has no keychain to read it from.
        const Run made = cli({QStringLiteral("keystore"), QStringLiteral("generate"),
                              QStringLiteral("held_here"), QStringLiteral("--subject"),
                              QStringLiteral("CN=held,C=DE"), QStringLiteral("--key"),
                              QStringLiteral("ec-p256")});
        QVERIFY2(made.code == 0, describe(made).constData());
        r = binary({QStringLiteral("keystore"), QStringLiteral("csr"), QStringLiteral("held_here")},
                   noBus);
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("not available")),
                 describe(r).constData());
    }

    void helpNamesTheWriteCommands()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* text :
             {"keystore import FILE...", "--dry-run", "keystore generate ALIAS --subject DN",
              "ed25519", "keystore csr ALIAS", "keystore update-chain ALIAS FILE",
              "keystore rename ALIAS NEW", "keystore delete ALIAS...", "keystore renew ALIAS",
              "keystore activate ALIAS", "keystore rollback HISTORY_ALIAS", "--format p12",
              "--compatible"})
            QVERIFY2(r.out.contains(QLatin1String(text)), text);
        const Run unknown = cli({QStringLiteral("keystore"), QStringLiteral("frobnicate")});
        QVERIFY2(unknown.code == 2 && unknown.err.contains(QLatin1String("update-chain")),
                 describe(unknown).constData());
        const Run noFiles = cli({QStringLiteral("keystore"), QStringLiteral("import")});
        QVERIFY2(noFiles.code == 2 && noFiles.err.contains(QLatin1String("FILE")),
                 describe(noFiles).constData());
        const Run badKeystore =
            cli({QStringLiteral("keystore"), QStringLiteral("import"), QStringLiteral("x.pem"),
                 QStringLiteral("--keystore"), QStringLiteral("KeyHistory")});
        QVERIFY2(badKeystore.code == 2 && badKeystore.err.contains(QLatin1String("KeyHistory")),
                 describe(badKeystore).constData());
    }

    // ---- the real keychain --------------------------------------------------------------------

    // Under tests/with-keyring.sh: generate in one process, export in another.
    void keyPersistsInTheSecretService()
    {
        const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        const QString data = QDir(qEnvironmentVariable("XDG_DATA_HOME")).canonicalPath();
        const QString temp = QDir(QDir::tempPath()).canonicalPath();
        const bool inside = !bus.isEmpty() && !bus.startsWith(QLatin1String("disabled:")) &&
                            !data.isEmpty() && data.startsWith(temp + QLatin1Char('/'));
        if (!inside) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        QProcessEnvironment env; // the wrapper's bus and data folder
        env.insert(QStringLiteral("XDG_DATA_HOME"), qEnvironmentVariable("XDG_DATA_HOME"));
        Run r = binary({QStringLiteral("keystore"), QStringLiteral("generate"),
                        QStringLiteral("in_keychain"), QStringLiteral("--subject"),
                        QStringLiteral("CN=keychain.contoso.com,C=DE"), QStringLiteral("--key"),
                        QStringLiteral("ec-p256")},
                       env);
        QVERIFY2(r.code == 0, describe(r).constData());
        const auto generated = entry(QStringLiteral("system"), QStringLiteral("in_keychain"));
        QVERIFY(generated);

        const QString out = path(QStringLiteral("keychain.p12"));
        r = binary({QStringLiteral("keystore"), QStringLiteral("export"),
                    QStringLiteral("in_keychain"), QStringLiteral("--format"),
                    QStringLiteral("p12"), QStringLiteral("--password-file"),
                    passwordFile(kPassword), QStringLiteral("-o"), out},
                   env);
        QVERIFY2(r.code == 0, describe(r).constData());
        auto read = crypto::CertificateReader::readFile(out, crypto::SecretBuffer(kPassword));
        QVERIFY(read.ok());
        QVERIFY(read->hasPrivateKey());
        QCOMPARE(read->certificates.first().toPem(), generated->chain.first());
        QVERIFY(read->certificates.first().publicKeyMatches(read->privateKey));
    }
};

QTEST_GUILESS_MAIN(TestKeystoreCommands)
#include "tst_keystorecommands.moc"
