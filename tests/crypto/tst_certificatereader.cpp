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
using gh::crypto::SecretBuffer;
using gh::crypto::test::haveOpenSslCli;
using gh::crypto::test::runOpenSsl;
using gh::crypto::test::TestChain;
using gh::crypto::test::writeFile;

Q_DECLARE_METATYPE(Error::Kind)
Q_DECLARE_METATYPE(std::optional<CertificateFormat>)

namespace {

const SecretBuffer& password()
{
    static const SecretBuffer secret("correct horse");
    return secret;
}

QByteArray pkcs8(const gh::crypto::PrivateKey& key)
{
    auto pem = key.toPkcs8Pem();
    return pem.ok() ? pem->view().toByteArray() : QByteArray();
}

} // namespace

class TestCertificateReader : public QObject
{
    Q_OBJECT

    std::optional<TestChain> m_chain;
    QTemporaryDir m_dir;
    QByteArray m_legacyP12; // `openssl pkcs12 -export -legacy`: RC2-40 certificates, 3DES key

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // `openssl pkcs12 -export` of the test chain with extra arguments; empty if it failed.
    QByteArray opensslPkcs12(const QStringList& extra,
                             const QString& pass = QStringLiteral("pass:correct horse"))
    {
        const QString out = path(QStringLiteral("out.p12"));
        QFile::remove(out);
        const auto run =
            runOpenSsl(QStringList{QStringLiteral("pkcs12"), QStringLiteral("-export"),
                                   QStringLiteral("-in"), path(QStringLiteral("leaf.pem")),
                                   QStringLiteral("-inkey"), path(QStringLiteral("key.pem")),
                                   QStringLiteral("-certfile"), path(QStringLiteral("cas.pem")),
                                   QStringLiteral("-name"), QStringLiteral("tenant key"),
                                   QStringLiteral("-passout"), pass, QStringLiteral("-out"), out} +
                       extra);
        if (!run.ok())
            qWarning("openssl pkcs12 failed: %s", run.err.constData());
        QFile file(out);
        return run.ok() && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void verifyIsTestChain(const gh::crypto::CertificateFileContents& contents)
    {
        QCOMPARE(contents.certificates.size(), 3);
        QVERIFY(contents.certificates.at(0) == m_chain->leaf);
        QVERIFY(contents.certificates.contains(m_chain->intermediate));
        QVERIFY(contents.certificates.contains(m_chain->root));
        QVERIFY(contents.hasPrivateKey());
        QVERIFY(contents.certificates.at(0).publicKeyMatches(contents.privateKey));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GH_TRY(chain, gh::crypto::test::makeTestChain());
        m_chain.emplace(std::move(chain));
        QVERIFY(writeFile(path(QStringLiteral("leaf.pem")), m_chain->leaf.toPem()));
        QVERIFY(writeFile(path(QStringLiteral("key.pem")), pkcs8(m_chain->leafKey)));
        QVERIFY(writeFile(path(QStringLiteral("cas.pem")),
                          QByteArray(m_chain->intermediate.toPem() + m_chain->root.toPem())));
        if (haveOpenSslCli())
            m_legacyP12 = opensslPkcs12({QStringLiteral("-legacy")});
    }

    void cleanup()
    {
        qunsetenv("OPENSSL_MODULES");
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void detectFormat_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<std::optional<CertificateFormat>>("format");
        auto p7 = Exporter::chainPkcs7Der(m_chain->leafToRoot());
        auto p7pem = Exporter::chainPkcs7Pem(m_chain->leafToRoot());
        auto p12 = Exporter::pkcs12(m_chain->leafKey, m_chain->leafToRoot(), password());
        QVERIFY(p7.ok() && p7pem.ok() && p12.ok());
        QTest::newRow("PEM") << m_chain->leaf.toPem() << std::optional(CertificateFormat::Pem);
        QTest::newRow("PEM after text") << QByteArray("subject=CN=x\n" + m_chain->leaf.toPem())
                                        << std::optional(CertificateFormat::Pem);
        QTest::newRow("DER") << m_chain->leaf.toDer() << std::optional(CertificateFormat::Der);
        QTest::newRow("PKCS#7 DER") << *p7 << std::optional(CertificateFormat::Pkcs7Der);
        QTest::newRow("PKCS#7 PEM") << *p7pem << std::optional(CertificateFormat::Pkcs7Pem);
        QTest::newRow("PKCS#12") << *p12 << std::optional(CertificateFormat::Pkcs12);
        QTest::newRow("key PEM") << pkcs8(m_chain->leafKey)
                                 << std::optional(CertificateFormat::Pem);
        QTest::newRow("text") << QByteArray("hello") << std::optional<CertificateFormat>();
        QTest::newRow("empty") << QByteArray() << std::optional<CertificateFormat>();
        QTest::newRow("SEQUENCE of INTEGER 0 (a DER key)")
            << QByteArray::fromHex("3006020100020100") << std::optional<CertificateFormat>();
        QTest::newRow("short SEQUENCE")
            << QByteArray::fromHex("3000") << std::optional<CertificateFormat>();
    }

    void detectFormat()
    {
        QFETCH(QByteArray, data);
        QFETCH(std::optional<CertificateFormat>, format);
        QCOMPARE(CertificateReader::detectFormat(data), format);
    }

    void pemBundleWithKeysAndText()
    {
        QByteArray text = "Bag Attributes\n    friendlyName: x\n" + m_chain->leaf.toPem() +
                          pkcs8(m_chain->leafKey) + m_chain->intermediate.toPem() + "\n\n" +
                          m_chain->root.toPem();
        text.replace("\n", "\r\n");
        GH_TRY(contents, CertificateReader::read(QByteArray("\xEF\xBB\xBF" + text),
                                                 QStringLiteral("bundle.pem")));
        QCOMPARE(contents.format, CertificateFormat::Pem);
        QCOMPARE(contents.certificates, m_chain->leafToRoot());
        QVERIFY(!contents.hasPrivateKey()); // keys in PEM bundles are not read as key pairs
        QVERIFY(!contents.usedLegacyProvider);
    }

    void derCertificate()
    {
        GH_TRY(contents,
               CertificateReader::read(m_chain->root.toDer(), QStringLiteral("root.cer")));
        QCOMPARE(contents.format, CertificateFormat::Der);
        QCOMPARE(contents.certificates, QList<Certificate>{m_chain->root});
    }

    void pkcs7()
    {
        GH_TRY(der, Exporter::chainPkcs7Der(m_chain->leafToRoot()));
        GH_TRY(fromDer, CertificateReader::read(der, QStringLiteral("chain.p7b")));
        QCOMPARE(fromDer.format, CertificateFormat::Pkcs7Der);
        QCOMPARE(fromDer.certificates, m_chain->leafToRoot());
        GH_TRY(pem, Exporter::chainPkcs7Pem(m_chain->leafToRoot()));
        GH_TRY(fromPem, CertificateReader::read(pem, QStringLiteral("chain.p7c")));
        QCOMPARE(fromPem.format, CertificateFormat::Pkcs7Pem);
        QCOMPARE(fromPem.certificates, m_chain->leafToRoot());
    }

    void pkcs7FromOpenSslCli()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const auto run = runOpenSsl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                                     QStringLiteral("-certfile"), path(QStringLiteral("cas.pem")),
                                     QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY2(run.ok(), run.err.constData());
        GH_TRY(contents, CertificateReader::read(run.out, QStringLiteral("cli.p7b")));
        QCOMPARE(contents.format, CertificateFormat::Pkcs7Der);
        QCOMPARE(contents.certificates, (QList<Certificate>{m_chain->intermediate, m_chain->root}));
    }

    void pkcs12FromOpenSslCli()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const QByteArray p12 = opensslPkcs12({});
        QVERIFY(!p12.isEmpty());
        GH_TRY(contents, CertificateReader::read(p12, QStringLiteral("modern.p12"), password()));
        QCOMPARE(contents.format, CertificateFormat::Pkcs12);
        verifyIsTestChain(contents);
        QCOMPARE(contents.friendlyName, QStringLiteral("tenant key"));
        QVERIFY(!contents.usedLegacyProvider);
        QVERIFY2(contents.encryption.contains(QStringLiteral("PBES2 (PBKDF2, AES-256-CBC)")),
                 qPrintable(contents.encryption.join(QLatin1Char('|'))));

        // The leaf's SHA-256 fingerprint as the command line computes it.
        const auto fingerprint =
            runOpenSsl({QStringLiteral("x509"), QStringLiteral("-noout"),
                        QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                       contents.certificates.first().toPem());
        QVERIFY(fingerprint.ok());
        QCOMPARE(QString::fromLatin1(fingerprint.out.trimmed()).section(QLatin1Char('='), 1),
                 contents.certificates.first().fingerprint(QCryptographicHash::Sha256));
    }

    void legacyPkcs12NeedsLegacyProvider()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        QVERIFY(!m_legacyP12.isEmpty());
        GH_TRY(contents,
               CertificateReader::read(m_legacyP12, QStringLiteral("old.pfx"), password()));
        QCOMPARE(contents.format, CertificateFormat::Pkcs12);
        QVERIFY(contents.usedLegacyProvider);
        verifyIsTestChain(contents);
        QCOMPARE(contents.friendlyName, QStringLiteral("tenant key"));
        QVERIFY(contents.encryption.contains(QStringLiteral("pbeWithSHA1And40BitRC2-CBC")));
        QVERIFY(contents.encryption.contains(QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC")));
        // The key came back into the default library context and works there.
        GH_TRY(pem, contents.privateKey.toPkcs8Pem());
        QVERIFY(pem.view().startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(contents.privateKey.publicKeyDer(), m_chain->leafKey.publicKeyDer());
        // The process-wide default context still cannot use RC2: the provider stayed scoped.
        EVP_CIPHER* rc2 = EVP_CIPHER_fetch(nullptr, "RC2-40-CBC", nullptr);
        QVERIFY(!rc2);
        EVP_CIPHER_free(rc2);
        ERR_clear_error();
    }

    void legacyPkcs12WrongPassword()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const auto result =
            CertificateReader::read(m_legacyP12, QStringLiteral("old.pfx"), SecretBuffer("wrong"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::WrongPassword);
        QCOMPARE(result.error().where, QStringLiteral("old.pfx"));
        QVERIFY2(result.error().message.contains(QLatin1String("wrong password")),
                 qPrintable(result.error().message));
    }

    void legacyProviderUnavailable()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        // The scoped context looks for legacy.so in $OPENSSL_MODULES: point it at nothing.
        qputenv("OPENSSL_MODULES", QFile::encodeName(path(QStringLiteral("no-modules-here"))));
        const auto result =
            CertificateReader::read(m_legacyP12, QStringLiteral("old.pfx"), password());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::UnsupportedAlgorithm);
        QCOMPARE(result.error().where, QStringLiteral("old.pfx"));
        const QString message = result.error().message;
        QVERIFY2(message.contains(QLatin1String("pbeWithSHA1And40BitRC2-CBC")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("legacy provider")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("password")), qPrintable(message));
    }

    void unknownEncryptionAlgorithm()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        // Without a MAC nothing protects the algorithm identifiers: turn RC2-40 (1.2.840.113549
        // .1.12.1.6) into an OID no provider knows (…1.12.1.99).
        QByteArray p12 =
            opensslPkcs12({QStringLiteral("-legacy"), QStringLiteral("-nomac"),
                           QStringLiteral("-certpbe"), QStringLiteral("PBE-SHA1-RC2-40")});
        const QByteArray rc2Oid = QByteArray::fromHex("060a2a864886f70d010c0106");
        QVERIFY(p12.contains(rc2Oid));
        p12.replace(rc2Oid, QByteArray::fromHex("060a2a864886f70d010c0163"));
        const auto result = CertificateReader::read(p12, QStringLiteral("odd.p12"), password());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::UnsupportedAlgorithm);
        QVERIFY2(result.error().message.contains(QLatin1String("1.2.840.113549.1.12.1.99")),
                 qPrintable(result.error().message));
        QVERIFY2(
            result.error().message.contains(QLatin1String("not even with its legacy provider")),
            qPrintable(result.error().message));
    }

    void noMacWrongPassword()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        // (-nomac leaves the certificates unencrypted unless told otherwise.)
        const QByteArray p12 = opensslPkcs12(
            {QStringLiteral("-nomac"), QStringLiteral("-certpbe"), QStringLiteral("AES-256-CBC")});
        QVERIFY(!p12.isEmpty());
        GH_TRY(right, CertificateReader::read(p12, QStringLiteral("nomac.p12"), password()));
        verifyIsTestChain(right);
        const auto wrong =
            CertificateReader::read(p12, QStringLiteral("nomac.p12"), SecretBuffer("x"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::WrongPassword);
        QVERIFY2(wrong.error().message.contains(QLatin1String("no integrity check")),
                 qPrintable(wrong.error().message));
    }

    void passwordRequired()
    {
        GH_TRY(p12, Exporter::pkcs12(m_chain->leafKey, m_chain->leafToRoot(), password()));
        const auto result = CertificateReader::read(p12, QStringLiteral("key.p12"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::WrongPassword);
        QVERIFY2(result.error().message.contains(QLatin1String("password is required")),
                 qPrintable(result.error().message));
        const auto nul =
            CertificateReader::read(p12, QStringLiteral("key.p12"), SecretBuffer("a\0b", 3));
        QVERIFY(!nul.ok());
        QCOMPARE(nul.error().kind, Error::Kind::Validation);
    }

    void emptyPasswordAndCertificatesOnly()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        // Certificates only, no key, empty password (Java truststores exported this way).
        const auto run = runOpenSsl(
            {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-nokeys"),
             QStringLiteral("-in"), path(QStringLiteral("cas.pem")), QStringLiteral("-passout"),
             QStringLiteral("pass:"), QStringLiteral("-out"), path(QStringLiteral("trust.p12"))});
        QVERIFY2(run.ok(), run.err.constData());
        GH_TRY(contents, CertificateReader::readFile(path(QStringLiteral("trust.p12"))));
        QVERIFY(!contents.hasPrivateKey());
        QCOMPARE(contents.certificates, (QList<Certificate>{m_chain->intermediate, m_chain->root}));
    }

    void noMacNeedsPassword()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const QByteArray p12 = opensslPkcs12({QStringLiteral("-nomac")});
        const auto result = CertificateReader::read(p12, QStringLiteral("nomac.p12"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::WrongPassword);
        QCOMPARE(result.error().message,
                 QStringLiteral("the PKCS#12 file is encrypted; a password is required"));
        const auto legacy = CertificateReader::read(m_legacyP12, QStringLiteral("old.pfx"));
        QVERIFY(!legacy.ok());
        QCOMPARE(legacy.error().kind, Error::Kind::WrongPassword);
        QVERIFY(legacy.error().message.contains(QLatin1String("a password is required")));
    }

    void keyWithoutCertificate()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        const auto run = runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-export"),
                                     QStringLiteral("-nocerts"), QStringLiteral("-inkey"),
                                     path(QStringLiteral("key.pem")), QStringLiteral("-passout"),
                                     QStringLiteral("pass:correct horse"), QStringLiteral("-out"),
                                     path(QStringLiteral("keyonly.p12"))});
        QVERIFY2(run.ok(), run.err.constData());
        const auto result =
            CertificateReader::readFile(path(QStringLiteral("keyonly.p12")), password());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Crypto);
        QCOMPARE(result.error().toString(),
                 path(QStringLiteral("keyonly.p12")) +
                     QStringLiteral(": the PKCS#12 file holds a private key but no certificate"));
    }

    void trustedCertificatePem()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        // OpenSSL's "TRUSTED CERTIFICATE": the certificate plus trust settings, which are dropped.
        const auto run = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-trustout"),
                                     QStringLiteral("-addtrust"), QStringLiteral("serverAuth")},
                                    m_chain->root.toPem());
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY(run.out.startsWith("-----BEGIN TRUSTED CERTIFICATE-----"));
        GH_TRY(contents, CertificateReader::read(run.out, QStringLiteral("trusted.pem")));
        QCOMPARE(contents.certificates, QList<Certificate>{m_chain->root});
        QCOMPARE(contents.certificates.first().toDer(), m_chain->root.toDer());
    }

    void contentNotExtensionDecides()
    {
        QVERIFY(writeFile(path(QStringLiteral("actually-pem.p12")), m_chain->root.toPem()));
        GH_TRY(contents, CertificateReader::readFile(path(QStringLiteral("actually-pem.p12"))));
        QCOMPARE(contents.format, CertificateFormat::Pem);
        QCOMPARE(contents.certificates.first(), m_chain->root);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("message");
        const QByteArray der = m_chain->leaf.toDer();
        auto p7 = Exporter::chainPkcs7Der(m_chain->leafToRoot());
        auto p12 = Exporter::pkcs12(m_chain->leafKey, m_chain->leafToRoot(), password());
        QVERIFY(p7.ok() && p12.ok());
        // An empty SignedData: PKCS#7 without certificates.
        Pkcs7 empty;
        QTest::newRow("empty") << QByteArray() << Error::Kind::Validation
                               << QStringLiteral("the file is empty");
        QTest::newRow("white space") << QByteArray(" \r\n\t ") << Error::Kind::Validation
                                     << QStringLiteral("the file is empty");
        QTest::newRow("oversized")
            << QByteArray(CertificateReader::MaxInputSize + 1, 'A') << Error::Kind::Validation
            << QStringLiteral("the file is larger than 10 MiB (10485761 bytes)");
        QTest::newRow("text") << QByteArray("hello, world") << Error::Kind::Crypto
                              << QStringLiteral("not a certificate file");
        QTest::newRow("binary garbage")
            << QByteArray::fromHex("deadbeef00112233") << Error::Kind::Crypto
            << QStringLiteral("not a certificate file");
        QTest::newRow("truncated DER") << der.left(der.size() / 2) << Error::Kind::Crypto
                                       << QStringLiteral("reading DER certificate: ");
        QTest::newRow("DER with trailing bytes") << QByteArray(der + "xx") << Error::Kind::Crypto
                                                 << QStringLiteral("2 trailing byte(s)");
        QTest::newRow("truncated PKCS#7") << p7->left(p7->size() - 10) << Error::Kind::Crypto
                                          << QStringLiteral("reading PKCS#7: ");
        QTest::newRow("PKCS#7 without certificates")
            << empty.der << Error::Kind::Crypto << QStringLiteral("holds no certificates");
        QTest::newRow("truncated PKCS#12") << p12->left(p12->size() - 40) << Error::Kind::Crypto
                                           << QStringLiteral("not a readable PKCS#12 file: ");
        QTest::newRow("key only") << pkcs8(m_chain->leafKey) << Error::Kind::Crypto
                                  << QStringLiteral(
                                         "no certificate in the PEM text (found PRIVATE KEY)");
        QTest::newRow("CSR")
            << QByteArray(
                   "-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE REQUEST-----\n")
            << Error::Kind::Crypto << QStringLiteral("certificate request (CSR)");
        QByteArray brokenPem = m_chain->leaf.toPem() + m_chain->root.toPem();
        brokenPem[brokenPem.size() - 200] = '!';
        QTest::newRow("second PEM block broken")
            << brokenPem << Error::Kind::Crypto << QStringLiteral("PEM block 2: ");
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, message);
        const auto result = CertificateReader::read(data, QStringLiteral("input.bin"), password());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(result.error().where, QStringLiteral("input.bin"));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    // A bundle large enough to be parsed on every core reads as one pass over its blocks would:
    // every certificate in order, and the first problem in block order reported.
    void largeBundle()
    {
        const QList<Certificate> cycle = m_chain->leafToRoot();
        QList<Certificate> expected;
        QList<QByteArray> blocks;
        for (int i = 0; i < 120; ++i) {
            if (i == 10) {
                blocks.append(pkcs8(m_chain->leafKey)); // skipped
                continue;
            }
            expected.append(cycle.at(i % cycle.size()));
            blocks.append(expected.last().toPem());
        }
        GH_TRY(contents, CertificateReader::read(blocks.join(), QStringLiteral("bundle.pem")));
        QCOMPARE(contents.format, CertificateFormat::Pem);
        QCOMPARE(contents.certificates, expected);
        for (qsizetype i = 0; i < expected.size(); i += 7) {
            QCOMPARE(contents.certificates.at(i).keyType(), expected.at(i).keyType());
            QCOMPARE(contents.certificates.at(i).keySize(), expected.at(i).keySize());
            QVERIFY(contents.certificates.at(i).publicKey());
        }
        GH_VERIFY_ERROR_QUEUE_EMPTY();

        // The message a single bad block gets, for block `n`.
        const auto messageAt = [](const QByteArray& bad, int n) -> QString {
            const auto alone = CertificateReader::read(bad, QStringLiteral("one.pem"));
            const QString prefix = QStringLiteral("PEM block 1: ");
            if (alone.ok() || !alone.error().message.startsWith(prefix))
                return QString();
            return QStringLiteral("PEM block %1: ").arg(n) + alone.error().message.mid(prefix.size());
        };
        const QByteArray badDer("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n");
        QByteArray badPem = cycle.first().toPem();
        badPem[badPem.size() - 100] = '!';
        QVERIFY(!messageAt(badDer, 1).isEmpty());
        QVERIFY(!messageAt(badPem, 1).isEmpty());

        QList<QByteArray> withBadDer = blocks;
        withBadDer[79] = badDer; // block 80
        QList<QByteArray> both = withBadDer;
        both[89] = badPem; // block 90, after the first problem
        QList<QByteArray> withBadPem = blocks;
        withBadPem[89] = badPem;
        const QList<std::pair<QList<QByteArray>, QString>> cases{
            {withBadDer, messageAt(badDer, 80)},
            {both, messageAt(badDer, 80)},
            {withBadPem, messageAt(badPem, 90)},
        };
        for (const auto& [bundle, message] : cases) {
            const auto result = CertificateReader::read(bundle.join(), QStringLiteral("bundle.pem"));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, message);
            QCOMPARE(result.error().where, QStringLiteral("bundle.pem"));
            GH_VERIFY_ERROR_QUEUE_EMPTY();
        }
    }

    void files()
    {
        const auto missing = CertificateReader::readFile(path(QStringLiteral("missing.pem")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        QCOMPARE(missing.error().where, path(QStringLiteral("missing.pem")));

        QFile big(path(QStringLiteral("big.pem")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(CertificateReader::MaxInputSize + 1));
        big.close();
        const auto tooBig = CertificateReader::readFile(big.fileName());
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().kind, Error::Kind::Validation);
        QVERIFY(tooBig.error().message.startsWith(QLatin1String("the file is larger than 10 MiB")));
        QCOMPARE(tooBig.error().toString(),
                 big.fileName() + QStringLiteral(": ") + tooBig.error().message);
    }

private:
    struct Pkcs7
    {
        QByteArray der;
        Pkcs7()
        {
            gh::crypto::Pkcs7Ptr p7(PKCS7_new());
            PKCS7_set_type(p7.get(), NID_pkcs7_signed);
            PKCS7_content_new(p7.get(), NID_pkcs7_data);
            unsigned char* out = nullptr;
            const int length = i2d_PKCS7(p7.get(), &out);
            der = QByteArray(reinterpret_cast<const char*>(out), length);
            OPENSSL_free(out);
        }
    };
};

QTEST_APPLESS_MAIN(TestCertificateReader)
#include "tst_certificatereader.moc"
