#pragma once

#include "app/crypto/Certificate.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gh::crypto {

// Why one certificate of a chain fails.
enum class ChainProblem {
    Expired,             // notAfter lies before the verification time
    NotYetValid,         // notBefore lies after it
    UntrustedRoot,       // self-signed, but not among the trusted certificates
    MissingIntermediate, // the issuer is neither trusted nor among the intermediates given
    BadSignature,        // the issuer's key does not verify the signature
    InvalidCa,           // used as a CA, but not a CA (basicConstraints) or without keyCertSign
    PathLength,          // a CA's pathLenConstraint is exceeded
    KeyUsage,            // keyUsage/extendedKeyUsage do not allow the requested purpose
    NameConstraints,     // a name is outside what an issuing CA's nameConstraints permit
    Other,               // anything else OpenSSL reports (malformed fields, unsupported ...)
};

// "expired", "not yet valid", "untrusted root", "missing intermediate", ...
QString chainProblemName(ChainProblem problem);

struct ChainIssue
{
    ChainProblem problem = ChainProblem::Other;
    int openSslCode = 0; // X509_V_ERR_*
    QString reason;      // one line for people, naming the certificate(s) concerned
};

struct ChainElement
{
    Certificate certificate;
    QList<ChainIssue> issues; // empty: this certificate is fine
    bool trusted = false;     // it is one of the trust anchors (tenant or system)

    bool ok() const { return issues.isEmpty(); }
};

struct ChainVerification
{
    enum class AnchorSource { None, Trusted, SystemStore };

    // As far as it could be built: the leaf first, then each issuer, up to the anchor (or up to
    // the certificate whose issuer is missing).
    QList<ChainElement> chain;
    // The trusted certificate the chain ends in, and where it came from: one of the
    // certificates given to setTrusted() (the caller knows their aliases) or the system store.
    Certificate anchor;
    AnchorSource anchorSource = AnchorSource::None;
    // One line: "valid: CN=leaf → CN=Issuing CA → CN=Root (trusted)" or the first problem.
    QString summary;

    bool isValid() const;
    // Every issue of every element, leaf first.
    QList<ChainIssue> issues() const;
    bool hasProblem(ChainProblem problem) const;
};

// Builds and verifies certificate chains with OpenSSL's X509_verify_cert, collecting every
// problem instead of stopping at the first. Time is always given by the caller.
class ChainVerifier
{
public:
    enum class Purpose { Any, ServerAuth, ClientAuth };

    // The trust anchors (a tenant's trusted certificates). A trusted intermediate anchors a
    // chain as well (OpenSSL's partial-chain mode): the tenant decided to trust it.
    void setTrusted(QList<Certificate> trusted) { m_trusted = std::move(trusted); }
    // Certificates that may be used to build the chain without being trusted themselves.
    void setIntermediates(QList<Certificate> intermediates)
    {
        m_intermediates = std::move(intermediates);
    }
    // Also trust the operating system's CA store (X509_STORE_set_default_paths).
    void setUseSystemStore(bool use) { m_useSystemStore = use; }
    // Checks the leaf's keyUsage/extendedKeyUsage for this purpose (Any: no purpose check).
    void setPurpose(Purpose purpose) { m_purpose = purpose; }

    // Verifies `leaf` as of `at` (must be valid). An error result only for invalid arguments
    // or an OpenSSL failure; a failed verification is a ChainVerification with issues.
    Result<ChainVerification> verify(const Certificate& leaf, const QDateTime& at) const;

private:
    QList<Certificate> m_trusted;
    QList<Certificate> m_intermediates;
    bool m_useSystemStore = false;
    Purpose m_purpose = Purpose::Any;
};

} // namespace gh::crypto
