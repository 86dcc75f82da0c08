#pragma once

// Small helpers shared by the crypto tests (header-only; each test is its own executable).

#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/PrivateKey.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <openssl/conf.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <optional>

// Declares `var` from a gh::Result expression, failing the current test (with the error text)
// if the result is an error. Only for test functions returning void.
#define GH_TRY(var, expr)                                                                          \
    auto var##_result = (expr);                                                                    \
    QVERIFY2(var##_result.ok(),                                                                    \
             var##_result.ok() ? "" : qPrintable(var##_result.error().toString()));                \
    auto var = std::move(var##_result).value()

// The failure-path contract of the crypto layer: nothing is left on OpenSSL's error queue.
#define GH_VERIFY_ERROR_QUEUE_EMPTY()                                                              \
    QVERIFY2(ERR_peek_error() == 0, ERR_reason_error_string(ERR_peek_error()))

namespace gh::crypto::test {

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

// A spec with fixed dates (2020..2040) so that tests do not depend on today's date.
inline CertificateSpec spec(const QString& subject, bool isCa = false)
{
    CertificateSpec result;
    auto dn = DistinguishedName::parse(subject);
    if (dn.ok())
        result.subject = dn.value();
    result.notBefore = utc(2020, 1, 1);
    result.notAfter = utc(2040, 1, 1);
    result.isCa = isCa;
    return result;
}

// ---- the openssl command line, for cross-checks -----------------------------------------------

struct OpenSslRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

inline bool haveOpenSslCli()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

// Runs `openssl args...` with `input` on stdin (LC_ALL=C, no config surprises).
inline OpenSslRun runOpenSsl(const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    OpenSslRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline bool writeFile(const QString& path, QByteArrayView data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data.data(), data.size()) == data.size();
}

// ---- certificates with any extension, through OpenSSL's configuration syntax ------------------

// Issues a version 3 certificate with plain OpenSSL: the extensions come from section [ext] of
// `config` (OpenSSL's x509v3_config syntax, other sections may be referenced from it). Issuer
// null means self-signed. Returns a null Certificate (and fails nothing) on error; check it.
inline Certificate issueWithConfig(const QString& subject, const PrivateKey& subjectKey,
                                   const Certificate* issuer, const PrivateKey& issuerKey,
                                   const QByteArray& config, const QDateTime& notBefore = {},
                                   const QDateTime& notAfter = {}, long serial = 4242)
{
    auto dn = DistinguishedName::parse(subject);
    if (!dn.ok())
        return {};
    auto name = dn->toX509Name();
    if (!name.ok())
        return {};
    X509Ptr x509(X509_new());
    X509_set_version(x509.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), serial);
    X509_set_subject_name(x509.get(), name->get());
    X509_set_issuer_name(x509.get(), issuer ? X509_get_subject_name(issuer->get()) : name->get());
    const QDateTime from = notBefore.isValid() ? notBefore : utc(2020, 1, 1);
    const QDateTime to = notAfter.isValid() ? notAfter : utc(2040, 1, 1);
    ASN1_TIME_set(X509_getm_notBefore(x509.get()), from.toSecsSinceEpoch());
    ASN1_TIME_set(X509_getm_notAfter(x509.get()), to.toSecsSinceEpoch());
    X509_set_pubkey(x509.get(), subjectKey.get());

    CONF* conf = NCONF_new(nullptr);
    BioPtr bio = readOnlyBio(config);
    long errorLine = 0;
    bool ok = conf && bio && NCONF_load_bio(conf, bio.get(), &errorLine) > 0;
    if (ok) {
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, issuer ? issuer->get() : x509.get(), x509.get(), nullptr, nullptr, 0);
        X509V3_set_nconf(&ctx, conf);
        ok = X509V3_EXT_add_nconf(conf, &ctx, "ext", x509.get()) == 1;
    }
    NCONF_free(conf);
    if (ok) {
        const int keyId = EVP_PKEY_get_base_id(issuerKey.get());
        const bool edDsa = keyId == EVP_PKEY_ED25519 || keyId == EVP_PKEY_ED448;
        ok = X509_sign(x509.get(), issuerKey.get(), edDsa ? nullptr : EVP_sha256()) > 0;
    }
    if (!ok) {
        qWarning("issueWithConfig: %s (config line %ld)",
                 ERR_reason_error_string(ERR_peek_last_error()), errorLine);
        ERR_clear_error();
        return {};
    }
    auto reread = Certificate::fromDer(Certificate(std::move(x509)).toDer());
    ERR_clear_error();
    return reread.ok() ? reread.value() : Certificate();
}

// A copy of `certificate` whose signature has one bit flipped (it still parses).
inline Certificate withBrokenSignature(const Certificate& certificate)
{
    QByteArray der = certificate.toDer();
    der[der.size() - 1] = static_cast<char>(der.at(der.size() - 1) ^ 0x01);
    auto broken = Certificate::fromDer(der);
    return broken.ok() ? broken.value() : Certificate();
}

// A root CA, an issuing CA (pathlen 0) and a TLS server leaf, valid 2020..2040.
struct TestChain
{
    PrivateKey rootKey, intermediateKey, leafKey;
    Certificate root, intermediate, leaf;

    QList<Certificate> leafToRoot() const { return {leaf, intermediate, root}; }
};

inline gh::Result<TestChain> makeTestChain()
{
    TestChain chain;
    auto rootKey = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-384")));
    auto intermediateKey = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    auto leafKey = PrivateKey::generate(KeySpec::rsa(2048));
    if (!rootKey)
        return rootKey.error();
    if (!intermediateKey)
        return intermediateKey.error();
    if (!leafKey)
        return leafKey.error();
    chain.rootKey = std::move(rootKey).value();
    chain.intermediateKey = std::move(intermediateKey).value();
    chain.leafKey = std::move(leafKey).value();

    auto root = CertificateBuilder::selfSigned(
        spec(QStringLiteral("CN=Gatehouse Test Root,O=Gatehouse Tests,C=DE"), true), chain.rootKey);
    if (!root)
        return root.error();
    chain.root = root.value();
    CertificateSpec intermediateSpec =
        spec(QStringLiteral("CN=Gatehouse Issuing CA,O=Gatehouse Tests,C=DE"), true);
    intermediateSpec.pathLength = 0;
    auto intermediate = CertificateBuilder::issue(intermediateSpec, chain.intermediateKey,
                                                  chain.root, chain.rootKey);
    if (!intermediate)
        return intermediate.error();
    chain.intermediate = intermediate.value();
    CertificateSpec leafSpec = spec(QStringLiteral("CN=tenant.example.com,O=Acme,C=DE"));
    leafSpec.dnsNames = {QStringLiteral("tenant.example.com")};
    leafSpec.extendedKeyUsages = {QStringLiteral("serverAuth")};
    auto leaf = CertificateBuilder::issue(leafSpec, chain.leafKey, chain.intermediate,
                                          chain.intermediateKey);
    if (!leaf)
        return leaf.error();
    chain.leaf = leaf.value();
    return chain;
}

} // namespace gh::crypto::test
