#pragma once

#include "app/crypto/DistinguishedName.h"
#include "app/crypto/OpenSsl.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace gh::crypto {

class PrivateKey;

// X.509 keyUsage bits (values as OpenSSL's KU_* constants).
enum class KeyUsage : unsigned {
    DigitalSignature = 0x0080,
    NonRepudiation = 0x0040,
    KeyEncipherment = 0x0020,
    DataEncipherment = 0x0010,
    KeyAgreement = 0x0008,
    KeyCertSign = 0x0004,
    CrlSign = 0x0002,
    EncipherOnly = 0x0001,
    DecipherOnly = 0x8000,
};
Q_DECLARE_FLAGS(KeyUsages, KeyUsage)
Q_DECLARE_OPERATORS_FOR_FLAGS(KeyUsages)

// An X.509 certificate: public material, so copies share one X509. A default-constructed
// Certificate is null and answers every query with an empty value. The X509 is never modified
// after construction, which makes sharing (also between threads) safe.
class Certificate
{
    struct BulkContext; // see BulkParser

public:
    Certificate() = default;
    explicit Certificate(X509Ptr x509);
    Certificate(const Certificate& other) = default;
    Certificate& operator=(const Certificate& other) = default;
    Certificate(Certificate&&) noexcept = default;
    Certificate& operator=(Certificate&&) noexcept = default;
    ~Certificate() = default;

    // Reads many certificates (a bundle) without decoding each one's public key while parsing:
    // OpenSSL 3.0 sets up a fresh decoder for every key, which costs far more than the rest of
    // the certificate. The key is decoded when first needed (publicKey(), get()); keyType(),
    // keySize() and ellipticCurve() read RSA, NIST-curve EC, Ed25519 and Ed448 keys without
    // decoding them. Every query answers as for a certificate read with fromDer(). fromDer()
    // may be called from several threads at once; the certificates may be used from any.
    class BulkParser
    {
    public:
        BulkParser();
        // As Certificate::fromDer(); errors start with `context` in the second form.
        Result<Certificate> fromDer(QByteArrayView der) const;
        Result<Certificate> fromDer(QByteArrayView der, const QString& context) const;

    private:
        std::shared_ptr<const BulkContext> m_context; // null: parse as fromDer() does
    };

    // The first CERTIFICATE block of a PEM text (other blocks before it are skipped).
    static Result<Certificate> fromPem(QByteArrayView pem);
    // Exactly one DER certificate; trailing bytes are an error.
    static Result<Certificate> fromDer(QByteArrayView der);
    // Every CERTIFICATE block of a PEM bundle, in order; other blocks (keys) are skipped. An
    // input without any certificate is an error. All failures are Error::Kind::Crypto.
    static Result<QList<Certificate>> listFromPem(QByteArrayView pem);

    bool isNull() const { return !m_data; }

    QByteArray toPem() const;
    QByteArray toDer() const;

    int version() const;           // 1..3
    QString serialHex() const;     // upper-case hex, no separators ("0A1B..."), "-" if negative
    QString serialDecimal() const; // the same number in decimal

    // RFC 2253 strings (X509_NAME_print_ex with XN_FLAG_RFC2253, but UTF-8 kept unescaped).
    QString subjectDN() const;
    QString issuerDN() const;
    DistinguishedName subject() const;
    DistinguishedName issuer() const;
    QString subjectCommonName() const;
    QString issuerCommonName() const;

    // Validity in UTC; invalid QDateTime for a null certificate.
    QDateTime notBefore() const;
    QDateTime notAfter() const;

    // Java/CPI names: "SHA256withRSA", "SHA384withECDSA", "Ed25519", "RSASSA-PSS"; otherwise
    // OpenSSL's long name of the signature algorithm.
    QString signatureAlgorithm() const;

    QString keyType() const;       // "RSA", "EC", "Ed25519", "DSA", ...
    int keySize() const;           // bits
    QString ellipticCurve() const; // "P-256"...; empty unless EC
    EVP_PKEY* publicKey() const;   // owned by the certificate

    // Digest of the DER as "AB:CD:...". MD5, SHA-1, SHA-2 and SHA-3 are computed by OpenSSL
    // (X509_digest), other algorithms with QCryptographicHash.
    QString fingerprint(QCryptographicHash::Algorithm algorithm) const;
    // The same for a certificate's DER encoding already at hand (toDer()): several digests
    // without encoding the certificate again for each.
    static QString fingerprintOf(QByteArrayView der, QCryptographicHash::Algorithm algorithm);
    // Cloud Integration's certificate Id: lower-case hex MD5 of the DER, no separators.
    QString md5Id() const;

    bool isSelfIssued() const;             // subject == issuer
    bool isCa() const;                     // basicConstraints cA = TRUE
    int pathLength() const;                // basicConstraints pathLenConstraint, -1 if none
    KeyUsages keyUsage() const;            // empty if there is no keyUsage extension
    QStringList extendedKeyUsages() const; // "serverAuth", "clientAuth", or dotted OIDs
    QStringList dnsNames() const;          // subjectAltName entries by type
    QStringList ipAddresses() const;       // "10.0.0.1", "2001:db8::1"
    QStringList emails() const;

    // True if `key` is the private key belonging to this certificate's public key.
    bool publicKeyMatches(const PrivateKey& key) const;

    // The X509 with its public key decoded, for any OpenSSL function (verification, stores,
    // encoders); for a certificate from a BulkParser, parsed again on first use.
    X509* get() const;
    // The X509 as read, for reading its fields (names, dates, extensions, the
    // SubjectPublicKeyInfo): its public key may not be decoded, so never for anything that uses
    // the key.
    const X509* fields() const { return view(); }

    // Compares the DER encodings.
    bool operator==(const Certificate& other) const;

private:
    struct Data;
    struct KeyFacts;

    QStringList subjectAltNames(int type) const;
    X509* view() const;
    KeyFacts keyFacts() const;

    std::shared_ptr<Data> m_data; // null for a null certificate
};

} // namespace gh::crypto
