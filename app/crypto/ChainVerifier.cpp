#include "app/crypto/ChainVerifier.h"

#include "app/crypto/OpenSsl.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/x509_vfy.h>

#include <algorithm>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::ChainVerifier)
};
} // namespace

namespace {

// What the verify callback saw: every failure, with the certificate it concerns.
struct Finding
{
    int depth = 0;
    int code = X509_V_OK;
    Certificate certificate;
};

int collectFindings(int ok, X509_STORE_CTX* ctx)
{
    if (ok)
        return ok;
    auto* findings = static_cast<QList<Finding>*>(X509_STORE_CTX_get_app_data(ctx));
    X509* current = X509_STORE_CTX_get_current_cert(ctx);
    if (current)
        X509_up_ref(current);
    findings->append({X509_STORE_CTX_get_error_depth(ctx), X509_STORE_CTX_get_error(ctx),
                      Certificate(X509Ptr(current))});
    return 1; // keep going: report every problem, not only the first
}

ChainProblem problemFor(int code)
{
    switch (code) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return ChainProblem::Expired;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return ChainProblem::NotYetValid;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return ChainProblem::UntrustedRoot;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return ChainProblem::MissingIntermediate;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return ChainProblem::BadSignature;
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        return ChainProblem::InvalidCa;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return ChainProblem::PathLength;
    case X509_V_ERR_INVALID_PURPOSE:
        return ChainProblem::KeyUsage;
    case X509_V_ERR_PERMITTED_VIOLATION:
    case X509_V_ERR_EXCLUDED_VIOLATION:
    case X509_V_ERR_SUBTREE_MINMAX:
    case X509_V_ERR_UNSUPPORTED_CONSTRAINT_TYPE:
    case X509_V_ERR_UNSUPPORTED_CONSTRAINT_SYNTAX:
    case X509_V_ERR_UNSUPPORTED_NAME_SYNTAX:
        return ChainProblem::NameConstraints;
    default:
        return ChainProblem::Other;
    }
}

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString purposeName(ChainVerifier::Purpose purpose)
{
    switch (purpose) {
    case ChainVerifier::Purpose::ServerAuth:
        return Tr::tr("TLS server authentication");
    case ChainVerifier::Purpose::ClientAuth:
        return Tr::tr("TLS client authentication");
    case ChainVerifier::Purpose::Any:
        break;
    }
    return Tr::tr("any purpose");
}

QString reasonFor(const Finding& finding, ChainProblem problem, const QString& issuerDN,
                  ChainVerifier::Purpose purpose, bool systemStore)
{
    const Certificate& cert = finding.certificate;
    const QString name = cert.subjectDN();
    switch (problem) {
    case ChainProblem::Expired:
        return Tr::tr("%1 expired on %2").arg(name, utcText(cert.notAfter()));
    case ChainProblem::NotYetValid:
        return Tr::tr("%1 is not valid before %2").arg(name, utcText(cert.notBefore()));
    case ChainProblem::UntrustedRoot:
        return (systemStore ? Tr::tr("the self-signed certificate %1 is not trusted (it is not "
                                     "among the trusted certificates or in the system's store)")
                            : Tr::tr("the self-signed certificate %1 is not trusted (it is not "
                                     "among the trusted certificates)"))
            .arg(name);
    case ChainProblem::MissingIntermediate:
        return Tr::tr("the issuer of %1 (%2) is missing: it is neither trusted nor among "
                      "the intermediate certificates")
            .arg(name, issuerDN);
    case ChainProblem::BadSignature:
        return Tr::tr("the signature of %1 does not verify with the key of its issuer %2")
            .arg(name, issuerDN);
    case ChainProblem::InvalidCa:
        if (!cert.isCa())
            return Tr::tr("%1 issued a certificate but is not a CA (basicConstraints "
                          "has no CA:TRUE)")
                .arg(name);
        if (cert.keyUsage() && !cert.keyUsage().testFlag(KeyUsage::KeyCertSign))
            return Tr::tr("%1 issued a certificate but its key usage does not allow "
                          "signing certificates (no keyCertSign)")
                .arg(name);
        break;
    case ChainProblem::PathLength:
        return Tr::tr("the chain is longer than the path length constraint of %1 allows").arg(name);
    case ChainProblem::KeyUsage:
        return Tr::tr("%1 is not allowed for %2 (key usage or extended key usage)")
            .arg(name, purposeName(purpose));
    case ChainProblem::NameConstraints:
        if (finding.code == X509_V_ERR_PERMITTED_VIOLATION ||
            finding.code == X509_V_ERR_EXCLUDED_VIOLATION)
            return (finding.code == X509_V_ERR_PERMITTED_VIOLATION
                        ? Tr::tr("a name in %1 is outside the name constraints of an issuing CA")
                        : Tr::tr("a name in %1 is excluded by the name constraints of an issuing "
                                 "CA"))
                .arg(name);
        break;
    case ChainProblem::Other:
        break;
    }
    return Tr::tr("%1: %2").arg(name,
                                QString::fromUtf8(X509_verify_cert_error_string(finding.code)));
}

bool containsCertificate(const QList<Certificate>& list, const Certificate& certificate)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Certificate& candidate) { return candidate == certificate; });
}

} // namespace

QString chainProblemName(ChainProblem problem)
{
    switch (problem) {
    case ChainProblem::Expired:
        return Tr::tr("expired");
    case ChainProblem::NotYetValid:
        return Tr::tr("not yet valid");
    case ChainProblem::UntrustedRoot:
        return Tr::tr("untrusted root");
    case ChainProblem::MissingIntermediate:
        return Tr::tr("missing intermediate");
    case ChainProblem::BadSignature:
        return Tr::tr("bad signature");
    case ChainProblem::InvalidCa:
        return Tr::tr("not allowed to issue certificates");
    case ChainProblem::PathLength:
        return Tr::tr("path length exceeded");
    case ChainProblem::KeyUsage:
        return Tr::tr("key usage");
    case ChainProblem::NameConstraints:
        return Tr::tr("name constraints");
    case ChainProblem::Other:
        break;
    }
    return Tr::tr("other");
}

bool ChainVerification::isValid() const
{
    return !chain.isEmpty() && !anchor.isNull() &&
           std::all_of(chain.cbegin(), chain.cend(),
                       [](const ChainElement& element) { return element.ok(); });
}

QList<ChainIssue> ChainVerification::issues() const
{
    QList<ChainIssue> all;
    for (const ChainElement& element : chain)
        all.append(element.issues);
    return all;
}

bool ChainVerification::hasProblem(ChainProblem problem) const
{
    const QList<ChainIssue> all = issues();
    return std::any_of(all.cbegin(), all.cend(),
                       [&](const ChainIssue& issue) { return issue.problem == problem; });
}

Result<ChainVerification> ChainVerifier::verify(const Certificate& leaf, const QDateTime& at) const
{
    if (leaf.isNull())
        return Error::validation(QStringLiteral("Certificate"), Tr::tr("no certificate to verify"));
    if (!at.isValid())
        return Error::validation(QStringLiteral("VerificationTime"),
                                 Tr::tr("no verification time given"));

    const QString context = Tr::tr("verifying the chain of %1").arg(leaf.subjectDN());
    X509StorePtr store(X509_STORE_new());
    X509StackPtr untrusted(sk_X509_new_null());
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !untrusted || !ctx)
        return openSslError(Error::Kind::Crypto, context);
    for (const Certificate& trusted : m_trusted) {
        if (!trusted.isNull() && X509_STORE_add_cert(store.get(), trusted.get()) != 1) {
            // The same certificate twice is harmless (older OpenSSL versions complained).
            const unsigned long error = ERR_peek_last_error();
            if (ERR_GET_REASON(error) != X509_R_CERT_ALREADY_IN_HASH_TABLE)
                return openSslError(Error::Kind::Crypto, context);
            clearOpenSslErrors();
        }
    }
    if (m_useSystemStore && X509_STORE_set_default_paths(store.get()) != 1)
        return openSslError(Error::Kind::Crypto, Tr::tr("%1 (system store)").arg(context));
    for (const Certificate& intermediate : m_intermediates) {
        if (intermediate.isNull())
            continue;
        X509_up_ref(intermediate.get());
        if (sk_X509_push(untrusted.get(), intermediate.get()) <= 0) {
            X509_free(intermediate.get());
            return openSslError(Error::Kind::Crypto, context);
        }
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return openSslError(Error::Kind::Crypto, context);

    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(at.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    if (m_purpose != Purpose::Any &&
        X509_STORE_CTX_set_purpose(ctx.get(), m_purpose == Purpose::ServerAuth
                                                  ? X509_PURPOSE_SSL_SERVER
                                                  : X509_PURPOSE_SSL_CLIENT) != 1)
        return openSslError(Error::Kind::Crypto, context);

    QList<Finding> findings;
    X509_STORE_CTX_set_app_data(ctx.get(), &findings);
    X509_STORE_CTX_set_verify_cb(ctx.get(), &collectFindings);
    const int verified = X509_verify_cert(ctx.get());
    if (verified <= 0 && findings.isEmpty())
        return openSslError(Error::Kind::Crypto, context);
    // Lookups in the system store's hashed directory leave "no such file" entries behind.
    clearOpenSslErrors();

    ChainVerification result;
    STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(ctx.get());
    for (int i = 0; i < sk_X509_num(built); ++i) {
        X509* x509 = sk_X509_value(built, i);
        X509_up_ref(x509);
        result.chain.append({Certificate(X509Ptr(x509)), {}, false});
    }
    if (result.chain.isEmpty())
        result.chain.append({leaf, {}, false});

    bool trustProblem = false;
    for (const Finding& finding : findings) {
        const qsizetype index = std::clamp<qsizetype>(finding.depth, 0, result.chain.size() - 1);
        ChainElement& element = result.chain[index];
        const ChainProblem problem = problemFor(finding.code);
        if (problem == ChainProblem::UntrustedRoot || problem == ChainProblem::MissingIntermediate)
            trustProblem = true;
        const bool duplicate =
            std::any_of(element.issues.cbegin(), element.issues.cend(),
                        [&](const ChainIssue& issue) { return issue.problem == problem; });
        if (duplicate)
            continue;
        Finding described = finding;
        if (described.certificate.isNull())
            described.certificate = element.certificate;
        const QString issuerDN = index + 1 < result.chain.size()
                                     ? result.chain.at(index + 1).certificate.subjectDN()
                                     : described.certificate.issuerDN();
        element.issues.append(
            {problem, finding.code,
             reasonFor(described, problem, issuerDN, m_purpose, m_useSystemStore)});
    }

    // The certificates after the untrusted ones came from the store: the first is the anchor.
    const qsizetype untrustedCount = X509_STORE_CTX_get_num_untrusted(ctx.get());
    qsizetype anchorIndex = -1;
    if (untrustedCount < result.chain.size())
        anchorIndex = untrustedCount;
    else if (!trustProblem)
        anchorIndex = result.chain.size() - 1; // the leaf itself is trusted
    if (anchorIndex >= 0) {
        result.anchor = result.chain.at(anchorIndex).certificate;
        result.anchorSource = containsCertificate(m_trusted, result.anchor)
                                  ? ChainVerification::AnchorSource::Trusted
                                  : ChainVerification::AnchorSource::SystemStore;
        for (qsizetype i = anchorIndex; i < result.chain.size(); ++i)
            result.chain[i].trusted = true;
    }

    QStringList names;
    for (const ChainElement& element : std::as_const(result.chain))
        names.append(element.certificate.subjectCommonName().isEmpty()
                         ? element.certificate.subjectDN()
                         : element.certificate.subjectCommonName());
    if (result.isValid()) {
        result.summary = Tr::tr("valid: %1; trusted through %2 (%3)")
                             .arg(names.join(QStringLiteral(" → ")), result.anchor.subjectDN(),
                                  result.anchorSource == ChainVerification::AnchorSource::Trusted
                                      ? Tr::tr("a trusted certificate")
                                      : Tr::tr("the system's certificate store"));
    } else {
        const QList<ChainIssue> all = result.issues();
        result.summary = all.isEmpty() ? Tr::tr("not valid: no trusted certificate anchors the "
                                                "chain")
                                       : Tr::tr("not valid: %1").arg(all.first().reason);
        if (all.size() > 1)
            result.summary =
                Tr::tr("%1 (and %n more problem(s))", nullptr, static_cast<int>(all.size() - 1))
                    .arg(result.summary);
    }
    return result;
}

} // namespace gh::crypto
