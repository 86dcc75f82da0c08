#pragma once

#include "app/crypto/Certificate.h"
#include "app/crypto/DistinguishedName.h"
#include "app/crypto/OpenSsl.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gh::crypto {

class PrivateKey;

// What goes into a PKCS#10 request besides the key.
struct CsrSpec
{
    DistinguishedName subject; // must not be empty
    QStringList dnsNames;      // requested subjectAltName entries
    QStringList ipAddresses;
    QStringList emails;
    QString digest = QStringLiteral("SHA256"); // SHA256, SHA384, SHA512; ignored for Ed25519
};

// A PKCS#10 certificate signing request. Immutable once made; copies share it.
//
// Validation errors name the field: "Subject", "Key", "Digest", "DnsNames", "IpAddresses",
// "Emails". Parse errors are Error::Kind::Crypto. The OpenSSL error queue is empty afterwards.
class CertificateRequest
{
public:
    CertificateRequest() = default;

    // Signs a request for `key`'s public key with `key`.
    static Result<CertificateRequest> create(const PrivateKey& key, const CsrSpec& spec);
    // "-----BEGIN CERTIFICATE REQUEST-----" (also "NEW CERTIFICATE REQUEST").
    static Result<CertificateRequest> fromPem(QByteArrayView pem);
    static Result<CertificateRequest> fromDer(QByteArrayView der);

    bool isNull() const { return !m_request; }

    QByteArray toPem() const;
    QByteArray toDer() const;

    DistinguishedName subject() const;
    QString subjectDN() const; // RFC 2253
    QStringList dnsNames() const;
    QStringList ipAddresses() const;
    QStringList emails() const;
    QString keyType() const;
    int keySize() const;
    QByteArray publicKeyDer() const; // SubjectPublicKeyInfo
    // Does the self-signature verify with the public key inside? (A parsed request may not.)
    bool verifySignature() const;

    X509_REQ* get() const { return m_request.get(); }

private:
    explicit CertificateRequest(X509ReqPtr request);
    QStringList subjectAltNames(int type) const;

    std::shared_ptr<X509_REQ> m_request;
};

// Accepts the answer of a CA to a request made for `pending`: checks that one certificate of
// `chain` is for `pending`'s public key and returns the chain ordered leaf → root (each
// certificate followed by its issuer, signatures checked). Errors (Validation, field "Chain"):
// an empty chain; no certificate for the pending key ("the certificate is for another key
// (SHA-256 of its public key ...; of the pending key ...)"); a certificate that does not
// belong to the leaf's chain; a link whose signature does not verify.
Result<QList<Certificate>> acceptSignedChain(const PrivateKey& pending, QList<Certificate> chain);
// The same for a pending key pair known by its (self-signed) certificate: the public key is all
// that is needed to recognise the CA's answer.
Result<QList<Certificate>> acceptSignedChain(const Certificate& pending, QList<Certificate> chain);

// SHA-256 of a public key's SubjectPublicKeyInfo DER, "AB:CD:...".
QString publicKeySha256(const EVP_PKEY* key);

} // namespace gh::crypto
