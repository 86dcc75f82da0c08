#include "app/crypto/CertificateReader.h"
#include "app/crypto/Exporter.h"
#include "crypto/CryptoTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>

#include <optional>

using gh::Error;
using gh::crypto::Certificate;
using gh::crypto::CertificateFormat;
using gh::crypto::CertificateReader;
using gh::crypto::Exporter;
using gh::crypto::Pkcs12Encryption;
using gh::crypto::Pkcs12Options;
using gh::crypto::PrivateKey;
using gh::crypto::SecretBuffer;
using gh::crypto::test::haveOpenSslCli;
using gh::crypto::test::runOpenSsl;
using gh::crypto::test::TestChain;
using gh::crypto::test::writeFile;

class TestExporter : public QObject
{
    Q_OBJECT

    std::optional<TestChain> m_chain;
    QTemporaryDir m_dir;

    // `openssl pkcs12 -info` of `p12` (no -legacy: only what the default provider can read).
    gh::crypto::test::OpenSslRun pkcs12Info(const QByteArray& p12, const QStringList& extra = {})
    {
        const QString file = m_dir.filePath(QStringLiteral("export.p12"));
        if (!writeFile(file, p12))
            return {};
        return runOpenSsl(QStringList{QStringLiteral("pkcs12"), QStringLiteral("-in"), file,
                                      QStringLiteral("-passin"), QStringLiteral("pass:s3cret!"),
                                      QStringLiteral("-info"), QStringLiteral("-nodes")} +
                          extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GH_TRY(chain, gh::crypto::test::makeTestChain());
        m_chain.emplace(std::move(chain));
    }

    void cleanup() { GH_VERIFY_ERROR_QUEUE_EMPTY(); }

    void certificate()
    {
        QCOMPARE(Exporter::certificatePem(m_chain->leaf), m_chain->leaf.toPem());
        QCOMPARE(Exporter::certificateDer(m_chain->leaf), m_chain->leaf.toDer());
        QVERIFY(Exporter::certificatePem(Certificate()).isEmpty());
    }

    void chainPem()
    {
        GH_TRY(pem, Exporter::chainPem(m_chain->leafToRoot()));
        QCOMPARE(pem.count("-----BEGIN CERTIFICATE-----"), 3);
        GH_TRY(contents, CertificateReader::read(pem, QStringLiteral("chain.pem")));
        QCOMPARE(contents.certificates, m_chain->leafToRoot());
    }

    void chainPkcs7()
    {
        GH_TRY(der, Exporter::chainPkcs7Der(m_chain->leafToRoot()));
        GH_TRY(pem, Exporter::chainPkcs7Pem(m_chain->leafToRoot()));
        QVERIFY(pem.startsWith("-----BEGIN PKCS7-----\n"));
        QCOMPARE(CertificateReader::detectFormat(der), std::optional(CertificateFormat::Pkcs7Der));
        GH_TRY(fromDer, CertificateReader::read(der, QStringLiteral("chain.p7b")));
        QCOMPARE(fromDer.certificates, m_chain->leafToRoot());
        GH_TRY(fromPem, CertificateReader::read(pem, QStringLiteral("chain.p7b")));
        QCOMPARE(fromPem.certificates, m_chain->leafToRoot());

        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const auto run =
            runOpenSsl({QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-print_certs"), QStringLiteral("-noout")},
                       der);
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(run.out.count("subject="), 3);
        QVERIFY(run.out.indexOf("CN = tenant.example.com") <
                run.out.indexOf("CN = Gatehouse Issuing CA"));
    }

    void pkcs12RoundTrip_data()
    {
        QTest::addColumn<int>("encryption");
        QTest::addColumn<QByteArray>("cliScheme");
        QTest::addColumn<QByteArray>("cliMac");
        QTest::addColumn<QString>("readerScheme");
        QTest::newRow("AES-256 (default)")
            << int(Pkcs12Encryption::Aes256)
            << QByteArray("PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256")
            << QByteArray("MAC: sha256, Iteration 10000")
            << QStringLiteral("PBES2 (PBKDF2, AES-256-CBC)");
        QTest::newRow("compatible 3DES")
            << int(Pkcs12Encryption::Compatible3Des)
            << QByteArray("pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048")
            << QByteArray("MAC: sha1, Iteration 2048")
            << QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC");
    }

    void pkcs12RoundTrip()
    {
        QFETCH(int, encryption);
        QFETCH(QByteArray, cliScheme);
        QFETCH(QByteArray, cliMac);
        QFETCH(QString, readerScheme);
        Pkcs12Options options;
        options.encryption = static_cast<Pkcs12Encryption>(encryption);
        options.friendlyName = QStringLiteral("Schlüssel 1");
        const SecretBuffer password("s3cret!");
        GH_TRY(p12, Exporter::pkcs12(m_chain->leafKey, m_chain->leafToRoot(), password, options));

        GH_TRY(contents, CertificateReader::read(p12, QStringLiteral("export.p12"), password));
        QCOMPARE(contents.format, CertificateFormat::Pkcs12);
        QCOMPARE(contents.certificates, m_chain->leafToRoot());
        QCOMPARE(contents.privateKey.publicKeyDer(), m_chain->leafKey.publicKeyDer());
        QCOMPARE(contents.friendlyName, options.friendlyName);
        QCOMPARE(contents.encryption, QStringList{readerScheme});
        QVERIFY(!contents.usedLegacyProvider); // 3DES needs no legacy provider either

        const auto wrong =
            CertificateReader::read(p12, QStringLiteral("export.p12"), SecretBuffer("nope"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::WrongPassword);

        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const auto info = pkcs12Info(p12);
        QVERIFY2(info.ok(), info.err.constData());
        QVERIFY2(info.err.contains(cliMac), info.err.constData());
        QVERIFY2(info.err.contains(QByteArray("PKCS7 Encrypted data: " + cliScheme)),
                 info.err.constData());
        QVERIFY2(info.err.contains(QByteArray("Shrouded Keybag: " + cliScheme)),
                 info.err.constData());
        // The key openssl extracts is ours.
        const auto keyOut = pkcs12Info(p12, {QStringLiteral("-nocerts")});
        const auto publicKey =
            runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-pubout")}, keyOut.out);
        QVERIFY2(publicKey.ok(), publicKey.err.constData());
        QCOMPARE(publicKey.out, m_chain->leafKey.publicKeyPem());
    }

    void pkcs12Iterations()
    {
        Pkcs12Options options;
        options.iterations = 1000;
        GH_TRY(p12, Exporter::pkcs12(m_chain->leafKey, {m_chain->leaf}, SecretBuffer("s3cret!"),
                                     options));
        GH_TRY(contents,
               CertificateReader::read(p12, QStringLiteral("export.p12"), SecretBuffer("s3cret!")));
        QCOMPARE(contents.certificates, QList<Certificate>{m_chain->leaf});
        QVERIFY(contents.friendlyName.isEmpty());
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        QVERIFY(pkcs12Info(p12).err.contains("MAC: sha256, Iteration 1000"));
    }

    void pkcs12Failures_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("field");
        QTest::newRow("no key") << 0 << QStringLiteral("Key");
        QTest::newRow("no chain") << 1 << QStringLiteral("Chain");
        QTest::newRow("null certificate") << 2 << QStringLiteral("Chain");
        QTest::newRow("certificate for another key") << 3 << QStringLiteral("Certificate");
        QTest::newRow("empty password") << 4 << QStringLiteral("Password");
        QTest::newRow("NUL in password") << 5 << QStringLiteral("Password");
        QTest::newRow("negative iterations") << 6 << QStringLiteral("Iterations");
    }

    void pkcs12Failures()
    {
        QFETCH(int, failure);
        QFETCH(QString, field);
        const PrivateKey none;
        const PrivateKey& key = failure == 0 ? none : m_chain->leafKey;
        QList<Certificate> chain = m_chain->leafToRoot();
        if (failure == 1)
            chain.clear();
        if (failure == 2)
            chain.append(Certificate());
        if (failure == 3)
            chain.prepend(m_chain->intermediate);
        const SecretBuffer password = failure == 4   ? SecretBuffer()
                                      : failure == 5 ? SecretBuffer("a\0b", 3)
                                                     : SecretBuffer("s3cret!");
        Pkcs12Options options;
        if (failure == 6)
            options.iterations = -5;
        const auto result = Exporter::pkcs12(key, chain, password, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QCOMPARE(result.error().field, field);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void chainFailures()
    {
        for (const QList<Certificate>& chain :
             {QList<Certificate>{}, QList<Certificate>{Certificate()}}) {
            QCOMPARE(Exporter::chainPem(chain).error().kind, Error::Kind::Validation);
            QCOMPARE(Exporter::chainPkcs7Der(chain).error().kind, Error::Kind::Validation);
            QCOMPARE(Exporter::chainPkcs7Pem(chain).error().kind, Error::Kind::Validation);
        }
    }

    void publicKey()
    {
        const QByteArray fromCertificate = Exporter::publicKeyPem(m_chain->leaf);
        QVERIFY(fromCertificate.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        QCOMPARE(fromCertificate, Exporter::publicKeyPem(m_chain->leafKey));
        QVERIFY(Exporter::publicKeyPem(Certificate()).isEmpty());
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const auto run = runOpenSsl(
            {QStringLiteral("x509"), QStringLiteral("-pubkey"), QStringLiteral("-noout")},
            m_chain->leaf.toPem());
        QVERIFY(run.ok());
        QCOMPARE(run.out, fromCertificate);
    }
};

QTEST_APPLESS_MAIN(TestExporter)
#include "tst_exporter.moc"
