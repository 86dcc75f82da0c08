#pragma once

#include "app/crypto/Certificate.h"
#include "app/crypto/DistinguishedName.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace gh::crypto {

// One X.509 v3 extension, decoded for people.
struct ExtensionDetails
{
    QString oid;       // dotted: "2.5.29.17"
    QString shortName; // OpenSSL's short name ("subjectAltName"); empty if OpenSSL does not know it
    QString longName;  // "X509v3 Subject Alternative Name"; empty if unknown
    bool critical = false;
    // The value on one line ("DNS:a.example.com, IP:10.0.0.1"), and the same split into its
    // entries (one SAN entry, usage or policy per item) for a details tree.
    QString value;
    QStringList items;
    QByteArray rawValue; // the DER inside extnValue
    // False when the value is just the hex of rawValue: an extension unknown to us and to
    // OpenSSL, or a known one whose encoding is broken.
    bool decoded = false;

    // shortName, or the OID when OpenSSL has no name for it.
    QString name() const { return shortName.isEmpty() ? oid : shortName; }
};

// Everything a details tree or `cert inspect --json` shows about one certificate, computed once.
struct CertificateDetails
{
    int version = 0;   // 1..3
    QString serialHex; // "0A1B...", as Certificate::serialHex()
    QString serialDecimal;
    DistinguishedName subject; // each RDN attribute
    DistinguishedName issuer;
    QString subjectDN; // RFC 2253
    QString issuerDN;
    QDateTime notBefore; // UTC
    QDateTime notAfter;
    QString keyType; // "RSA", "EC", "Ed25519"
    int keySize = 0;
    QString ellipticCurve;         // "P-256"...; empty unless EC
    QString publicKeyAlgorithmOid; // "1.2.840.113549.1.1.1"
    QString publicKeySha256;       // SHA-256 of the SubjectPublicKeyInfo DER, "AB:CD:..."
    QString signatureAlgorithm;    // "SHA256withRSA" (Certificate::signatureAlgorithm())
    QString signatureAlgorithmOid;
    QList<ExtensionDetails> extensions; // in certificate order
    QString fingerprintMd5;             // "AB:CD:..." upper case
    QString fingerprintSha1;
    QString fingerprintSha256;
    QString fingerprintSha512;
    QByteArray pem;

    // What of() computes: everything, or only the fields toJson() and toIndentedJson() write
    // (no subject/issuer attributes, public-key OID and hash, nor PEM), for `cert inspect`.
    enum class Fields { All, JsonOnly };

    // A null certificate gives empty details (version 0).
    static CertificateDetails of(const Certificate& certificate, Fields fields = Fields::All);

    // Decodes one extension (see ExtensionDetails). Never fails; leaves no OpenSSL errors.
    static ExtensionDetails describeExtension(const X509_EXTENSION* extension);

    // The extension with this short name or dotted OID, or nullptr.
    const ExtensionDetails* extension(const QString& nameOrOid) const;

    // The fields of `cert inspect --json`: SubjectDN, IssuerDN, SerialNumber (hex),
    // ValidNotBefore, ValidNotAfter (ISO 8601 UTC, "2030-01-01T00:00:00Z"), KeyType, KeySize,
    // SignatureAlgorithm, FingerprintSha1, FingerprintSha256, FingerprintSha512, Extensions
    // (array of {"Name", "Oid", "Critical", "Value"}); plus Version, SerialNumberDecimal,
    // EllipticCurve (EC keys only) and FingerprintMd5.
    QJsonObject toJson() const;

    // Exactly the bytes QJsonDocument(object).toJson(QJsonDocument::Indented) writes for
    // toJson() with the string members `extra` added (e.g. {"File", path}), but with every line
    // indented by 4 * `level` more spaces and without the final newline: for writing the
    // elements of a large array without building QJsonObjects and re-indenting their text.
    QByteArray toIndentedJson(int level = 0,
                              const QList<std::pair<QString, QString>>& extra = {}) const;
};

} // namespace gh::crypto
