#include "app/crypto/CertificateReader.h"
#include "app/crypto/ChainVerifier.h"
#include "app/domain/CoreTranslations.h"
#include "crypto/CryptoTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <openssl/err.h>

#include <optional>

using gh::Error;
using gh::crypto::Certificate;
using gh::crypto::CertificateBuilder;
using gh::crypto::CertificateSpec;
using gh::crypto::ChainElement;
using gh::crypto::ChainProblem;
using gh::crypto::ChainVerification;
using gh::crypto::ChainVerifier;
using gh::crypto::KeyUsage;
using gh::crypto::PrivateKey;
using gh::crypto::test::haveOpenSslCli;
using gh::crypto::test::issueWithConfig;
using gh::crypto::test::runOpenSsl;
using gh::crypto::test::spec;
using gh::crypto::test::TestChain;
using gh::crypto::test::utc;
using gh::crypto::test::withBrokenSignature;
using gh::crypto::test::writeFile;

namespace {

const QDateTime in2030 = utc(2030, 6, 1);

QList<ChainProblem> problemsOf(const ChainElement& element)
{
    QList<ChainProblem> problems;
    for (const auto& issue : element.issues)
        problems.append(issue.problem);
    return problems;
}

} // namespace

class TestChainVerifier : public QObject
{
    Q_OBJECT

    std::optional<TestChain> m_chain;

    ChainVerifier tenantVerifier() const
    {
        ChainVerifier verifier;
        verifier.setTrusted({m_chain->root});
        verifier.setIntermediates({m_chain->intermediate});
        return verifier;
    }

    // A leaf for m_chain->leafKey issued by `issuer` (key `issuerKey`).
    gh::Result<Certificate> leafFrom(const Certificate& issuer, const PrivateKey& issuerKey,
                                     const QString& dns = QStringLiteral("tenant.example.com"))
    {
        CertificateSpec leafSpec = spec(QStringLiteral("CN=") + dns);
        leafSpec.dnsNames = {dns};
        return CertificateBuilder::issue(leafSpec, m_chain->leafKey, issuer, issuerKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        GH_TRY(chain, gh::crypto::test::makeTestChain());
        m_chain.emplace(std::move(chain));
    }

    void cleanup() { GH_VERIFY_ERROR_QUEUE_EMPTY(); }

    void validChain()
    {
        GH_TRY(result, tenantVerifier().verify(m_chain->leaf, in2030));
        QVERIFY2(result.isValid(), qPrintable(result.summary));
        QCOMPARE(result.chain.size(), 3);
        QVERIFY(result.chain.at(0).certificate == m_chain->leaf);
        QVERIFY(result.chain.at(1).certificate == m_chain->intermediate);
        QVERIFY(result.chain.at(2).certificate == m_chain->root);
        QVERIFY(result.anchor == m_chain->root);
        QCOMPARE(result.anchorSource, ChainVerification::AnchorSource::Trusted);
        QVERIFY(!result.chain.at(0).trusted && !result.chain.at(1).trusted &&
                result.chain.at(2).trusted);
        QVERIFY(result.issues().isEmpty());
        QCOMPARE(
            result.summary,
            QStringLiteral("valid: tenant.example.com → Gatehouse Issuing CA → Gatehouse Test "
                           "Root; trusted through CN=Gatehouse Test Root,O=Gatehouse Tests,C=DE "
                           "(a trusted certificate)"));
    }

    void expiredAndNotYetValid()
    {
        GH_TRY(expired, tenantVerifier().verify(m_chain->leaf, utc(2045, 1, 1)));
        QVERIFY(!expired.isValid());
        QCOMPARE(expired.chain.size(), 3);
        for (const ChainElement& element : expired.chain)
            QCOMPARE(problemsOf(element), QList<ChainProblem>{ChainProblem::Expired});
        QCOMPARE(
            expired.chain.at(0).issues.first().reason,
            QStringLiteral("CN=tenant.example.com,O=Acme,C=DE expired on 2040-01-01T00:00:00Z"));
        QCOMPARE(expired.chain.at(0).issues.first().openSslCode, X509_V_ERR_CERT_HAS_EXPIRED);
        QVERIFY(expired.summary.startsWith(QLatin1String("not valid: CN=tenant.example.com")));
        QVERIFY(expired.summary.endsWith(QLatin1String("(and 2 more problem(s))")));
        QVERIFY(expired.anchor == m_chain->root); // the chain is anchored, just out of date

        GH_TRY(early, tenantVerifier().verify(m_chain->leaf, utc(2019, 12, 31, 23, 59, 59)));
        QVERIFY(early.hasProblem(ChainProblem::NotYetValid));
        QVERIFY(!early.hasProblem(ChainProblem::Expired));
        QCOMPARE(early.chain.at(0).issues.first().reason,
                 QStringLiteral(
                     "CN=tenant.example.com,O=Acme,C=DE is not valid before 2020-01-01T00:00:00Z"));
        // One second later everything is fine: the time given is the time used.
        GH_TRY(onTime, tenantVerifier().verify(m_chain->leaf, utc(2020, 1, 1)));
        QVERIFY2(onTime.isValid(), qPrintable(onTime.summary));
    }

    void expiredIntermediateOnly()
    {
        CertificateSpec shortSpec = spec(QStringLiteral("CN=Short-lived CA"), true);
        shortSpec.notAfter = utc(2030, 1, 1);
        GH_TRY(shortCa, CertificateBuilder::issue(shortSpec, m_chain->intermediateKey,
                                                  m_chain->root, m_chain->rootKey));
        GH_TRY(leaf, leafFrom(shortCa, m_chain->intermediateKey));
        ChainVerifier verifier;
        verifier.setTrusted({m_chain->root});
        verifier.setIntermediates({shortCa});
        GH_TRY(result, verifier.verify(leaf, utc(2035, 1, 1)));
        QCOMPARE(result.chain.size(), 3);
        QVERIFY(result.chain.at(0).ok());
        QCOMPARE(problemsOf(result.chain.at(1)), QList<ChainProblem>{ChainProblem::Expired});
        QVERIFY(result.chain.at(2).ok());
    }

    void missingIntermediate()
    {
        ChainVerifier verifier;
        verifier.setTrusted({m_chain->root});
        GH_TRY(result, verifier.verify(m_chain->leaf, in2030));
        QVERIFY(!result.isValid());
        QCOMPARE(result.chain.size(), 1);
        QCOMPARE(problemsOf(result.chain.at(0)),
                 QList<ChainProblem>{ChainProblem::MissingIntermediate});
        QCOMPARE(
            result.chain.at(0).issues.first().reason,
            QStringLiteral("the issuer of CN=tenant.example.com,O=Acme,C=DE (CN=Gatehouse Issuing "
                           "CA,O=Gatehouse Tests,C=DE) is missing: it is neither trusted nor among "
                           "the intermediate certificates"));
        QVERIFY(result.anchor.isNull());
        QCOMPARE(result.anchorSource, ChainVerification::AnchorSource::None);
    }

    void untrustedRoot()
    {
        ChainVerifier verifier;
        verifier.setIntermediates({m_chain->intermediate, m_chain->root});
        GH_TRY(result, verifier.verify(m_chain->leaf, in2030));
        QCOMPARE(result.chain.size(), 3);
        QVERIFY(result.chain.at(0).ok() && result.chain.at(1).ok());
        QCOMPARE(problemsOf(result.chain.at(2)), QList<ChainProblem>{ChainProblem::UntrustedRoot});
        QVERIFY(result.chain.at(2).issues.first().reason.contains(
            QLatin1String("self-signed certificate CN=Gatehouse Test Root")));
        QVERIFY(result.anchor.isNull());

        // A self-signed leaf nobody trusts.
        ChainVerifier nobody;
        GH_TRY(alone, nobody.verify(m_chain->root, in2030));
        QCOMPARE(problemsOf(alone.chain.at(0)), QList<ChainProblem>{ChainProblem::UntrustedRoot});
        QCOMPARE(alone.chain.at(0).issues.first().openSslCode,
                 X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);
    }

    void trustedIntermediateOrLeafAnchors()
    {
        ChainVerifier verifier;
        verifier.setTrusted({m_chain->intermediate});
        GH_TRY(result, verifier.verify(m_chain->leaf, in2030));
        QVERIFY2(result.isValid(), qPrintable(result.summary));
        QCOMPARE(result.chain.size(), 2);
        QVERIFY(result.anchor == m_chain->intermediate);

        verifier.setTrusted({m_chain->leaf});
        GH_TRY(pinned, verifier.verify(m_chain->leaf, in2030));
        QVERIFY2(pinned.isValid(), qPrintable(pinned.summary));
        QVERIFY(pinned.anchor == m_chain->leaf);
    }

    void badSignature()
    {
        const Certificate tampered = withBrokenSignature(m_chain->leaf);
        QVERIFY(!tampered.isNull());
        GH_TRY(result, tenantVerifier().verify(tampered, in2030));
        QCOMPARE(problemsOf(result.chain.at(0)), QList<ChainProblem>{ChainProblem::BadSignature});
        QVERIFY(result.chain.at(0).issues.first().reason.endsWith(
            QLatin1String("does not verify with the key of its issuer CN=Gatehouse Issuing "
                          "CA,O=Gatehouse Tests,C=DE")));
        QVERIFY(result.chain.at(1).ok() && result.chain.at(2).ok());
    }

    void caWithoutKeyCertSign()
    {
        CertificateSpec caSpec = spec(QStringLiteral("CN=Signing-only CA"), true);
        caSpec.keyUsage = KeyUsage::DigitalSignature | KeyUsage::CrlSign;
        GH_TRY(ca, CertificateBuilder::issue(caSpec, m_chain->intermediateKey, m_chain->root,
                                             m_chain->rootKey));
        GH_TRY(leaf, leafFrom(ca, m_chain->intermediateKey));
        ChainVerifier verifier;
        verifier.setTrusted({m_chain->root});
        verifier.setIntermediates({ca});
        GH_TRY(result, verifier.verify(leaf, in2030));
        QCOMPARE(result.chain.size(), 3);
        QVERIFY(result.chain.at(1).issues.size() >= 1);
        QCOMPARE(result.chain.at(1).issues.first().problem, ChainProblem::InvalidCa);
        QVERIFY2(result.chain.at(1).issues.first().reason.contains(QLatin1String("no keyCertSign")),
                 qPrintable(result.chain.at(1).issues.first().reason));
    }

    void notACa()
    {
        CertificateSpec endEntity = spec(QStringLiteral("CN=Not a CA"));
        endEntity.keyUsage = KeyUsage::DigitalSignature | KeyUsage::KeyCertSign;
        GH_TRY(fake, CertificateBuilder::issue(endEntity, m_chain->intermediateKey, m_chain->root,
                                               m_chain->rootKey));
        GH_TRY(leaf, leafFrom(fake, m_chain->intermediateKey));
        ChainVerifier verifier;
        verifier.setTrusted({m_chain->root});
        verifier.setIntermediates({fake});
        GH_TRY(result, verifier.verify(leaf, in2030));
        QVERIFY(result.hasProblem(ChainProblem::InvalidCa));
        QVERIFY2(result.chain.at(1).issues.first().reason.contains(QLatin1String("is not a CA")),
                 qPrintable(result.chain.at(1).issues.first().reason));
    }

    void pathLengthExceeded()
    {
        // m_chain->intermediate has pathlen 0: a CA below it breaks the constraint.
        GH_TRY(subKey, PrivateKey::generate(gh::crypto::KeySpec::ec(QStringLiteral("P-256"))));
        GH_TRY(subCa, CertificateBuilder::issue(spec(QStringLiteral("CN=Sub CA"), true), subKey,
                                                m_chain->intermediate, m_chain->intermediateKey));
        GH_TRY(leaf, leafFrom(subCa, subKey));
        ChainVerifier verifier;
        verifier.setTrusted({m_chain->root});
        verifier.setIntermediates({m_chain->intermediate, subCa});
        GH_TRY(result, verifier.verify(leaf, in2030));
        QCOMPARE(result.chain.size(), 4);
        QVERIFY2(result.hasProblem(ChainProblem::PathLength), qPrintable(result.summary));
    }

    void purpose()
    {
        ChainVerifier verifier = tenantVerifier();
        verifier.setPurpose(ChainVerifier::Purpose::ServerAuth);
        GH_TRY(server, verifier.verify(m_chain->leaf, in2030));
        QVERIFY2(server.isValid(), qPrintable(server.summary));
        verifier.setPurpose(ChainVerifier::Purpose::ClientAuth); // the leaf is serverAuth only
        GH_TRY(client, verifier.verify(m_chain->leaf, in2030));
        QCOMPARE(problemsOf(client.chain.at(0)), QList<ChainProblem>{ChainProblem::KeyUsage});
        QVERIFY(client.chain.at(0).issues.first().reason.contains(
            QLatin1String("TLS client authentication")));
    }

    void nameConstraints()
    {
        const Certificate constrained =
            issueWithConfig(QStringLiteral("CN=Example-only CA"), m_chain->intermediateKey,
                            &m_chain->root, m_chain->rootKey,
                            "[ext]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, "
                            "keyCertSign, cRLSign\n"
                            "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n"
                            "nameConstraints = critical, permitted;DNS:.example.com\n");
        QVERIFY(!constrained.isNull());
        ChainVerifier verifier;
        verifier.setTrusted({m_chain->root});
        verifier.setIntermediates({constrained});
        GH_TRY(inside,
               leafFrom(constrained, m_chain->intermediateKey, QStringLiteral("a.example.com")));
        GH_TRY(insideResult, verifier.verify(inside, in2030));
        QVERIFY2(insideResult.isValid(), qPrintable(insideResult.summary));
        GH_TRY(outside,
               leafFrom(constrained, m_chain->intermediateKey, QStringLiteral("evil.test")));
        GH_TRY(outsideResult, verifier.verify(outside, in2030));
        QCOMPARE(problemsOf(outsideResult.chain.at(0)),
                 QList<ChainProblem>{ChainProblem::NameConstraints});
        QCOMPARE(outsideResult.chain.at(0).issues.first().reason,
                 QStringLiteral(
                     "a name in CN=evil.test is outside the name constraints of an issuing CA"));
    }

    void systemStore()
    {
        // Any CA of the operating system's store, verified at a time inside its own validity.
        QFile bundle(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
        if (!bundle.open(QIODevice::ReadOnly))
            QSKIP("no system CA bundle at /etc/ssl/certs/ca-certificates.crt");
        GH_TRY(contents, gh::crypto::CertificateReader::read(bundle.readAll(), bundle.fileName()));
        const Certificate systemCa = contents.certificates.first();
        ChainVerifier verifier;
        verifier.setUseSystemStore(true);
        GH_TRY(result, verifier.verify(systemCa, systemCa.notBefore().addDays(1)));
        QVERIFY2(result.isValid(), qPrintable(result.summary));
        QCOMPARE(result.anchorSource, ChainVerification::AnchorSource::SystemStore);
        QVERIFY(result.summary.endsWith(QLatin1String("(the system's certificate store)")));

        // Our own root is not in the system store.
        verifier.setIntermediates({m_chain->intermediate, m_chain->root});
        GH_TRY(ours, verifier.verify(m_chain->leaf, in2030));
        QVERIFY(ours.hasProblem(ChainProblem::UntrustedRoot));
        QVERIFY(ours.chain.last().issues.first().reason.contains(QLatin1String("system's store")));
    }

    void invalidArguments()
    {
        const auto noLeaf = tenantVerifier().verify(Certificate(), in2030);
        QVERIFY(!noLeaf.ok());
        QCOMPARE(noLeaf.error().kind, Error::Kind::Validation);
        const auto noTime = tenantVerifier().verify(m_chain->leaf, QDateTime());
        QVERIFY(!noTime.ok());
        QCOMPARE(noTime.error().field, QStringLiteral("VerificationTime"));
    }

    // The reasons and the summary come out in German once the lower layers' catalogue is
    // installed (as gatehouse and gatehouse-cli do), plural form included; without it, English.
    void germanReasonsAndSummary()
    {
        int argc = 1;
        char name[] = "tst_crypto_chainverifier";
        char* argv[] = {name, nullptr};
        QCoreApplication app(argc, argv);
        QVERIFY(gh::installCoreTranslations(app, QLocale(QLocale::German, QLocale::Germany)));

        GH_TRY(expired, tenantVerifier().verify(m_chain->leaf, utc(2045, 1, 1)));
        QCOMPARE(expired.chain.at(0).issues.first().reason,
                 QStringLiteral("CN=tenant.example.com,O=Acme,C=DE ist am 2040-01-01T00:00:00Z "
                                "abgelaufen"));
        QVERIFY2(expired.summary.startsWith(
                     QStringLiteral("nicht gültig: CN=tenant.example.com,O=Acme,C=DE ist am")),
                 qPrintable(expired.summary));
        QVERIFY2(expired.summary.endsWith(QStringLiteral("(und 2 weitere Probleme)")),
                 qPrintable(expired.summary));
        QCOMPARE(gh::crypto::chainProblemName(ChainProblem::Expired), QStringLiteral("abgelaufen"));
        const auto noTime = tenantVerifier().verify(m_chain->leaf, QDateTime());
        QVERIFY(!noTime.ok());
        QCOMPARE(noTime.error().toString(),
                 QStringLiteral("VerificationTime: keine Prüfzeit angegeben"));

        for (QTranslator* translator : app.findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCOMPARE(gh::crypto::chainProblemName(ChainProblem::Expired), QStringLiteral("expired"));
    }

    void agreesWithOpenSslVerify_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("withIntermediate");
        QTest::newRow("valid") << in2030 << true;
        QTest::newRow("expired") << utc(2041, 1, 1) << true;
        QTest::newRow("not yet valid") << utc(2019, 1, 1) << true;
        QTest::newRow("missing intermediate") << in2030 << false;
    }

    void agreesWithOpenSslVerify()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        QFETCH(QDateTime, at);
        QFETCH(bool, withIntermediate);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("root.pem")), m_chain->root.toPem()));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("inter.pem")), m_chain->intermediate.toPem()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("leaf.pem")), m_chain->leaf.toPem()));
        QStringList args{QStringLiteral("verify"), QStringLiteral("-attime"),
                         QString::number(at.toSecsSinceEpoch()), QStringLiteral("-CAfile"),
                         dir.filePath(QStringLiteral("root.pem"))};
        if (withIntermediate)
            args << QStringLiteral("-untrusted") << dir.filePath(QStringLiteral("inter.pem"));
        args << dir.filePath(QStringLiteral("leaf.pem"));
        const auto run = runOpenSsl(args);

        ChainVerifier verifier;
        verifier.setTrusted({m_chain->root});
        if (withIntermediate)
            verifier.setIntermediates({m_chain->intermediate});
        GH_TRY(result, verifier.verify(m_chain->leaf, at));
        QCOMPARE(result.isValid(), run.ok());
        if (!run.ok()) {
            // "error 10 at 0 depth lookup: certificate has expired"
            const QByteArray output = run.out + run.err;
            const QByteArray code = output.mid(output.indexOf("error ") + 6).split(' ').first();
            QCOMPARE(result.chain.at(0).issues.first().openSslCode, code.toInt());
        }
    }
};

QTEST_APPLESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
