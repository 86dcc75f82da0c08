#pragma once

#include "app/domain/Json.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gh {

// One node of a destination certificate as the Destination service describes it
// (SAP_APIS.md §2.2, the btp CLI's `destination-certificate get`): an X.509 certificate with its
// names, validity and DER, or a private key of which only the format and algorithm are told.
// Key material never lives here.
struct DestinationCertificateNode
{
    static inline const QString X509Type = QStringLiteral("x509_certificate");
    static inline const QString PrivateKeyType = QStringLiteral("private_key");

    QString type = X509Type;
    // x509_certificate
    QString subject;    // RFC 2253, as SAP writes it
    QString issuer;
    QString commonName; // empty when the subject has none (SAP writes null)
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray der;        // the certificate; empty when the payload does not carry it
    bool redacted = false; // the payload wrote "redacted" instead of the certificate
    // private_key
    QString format;    // "PKCS#8"
    QString algorithm; // "RSA", "EC"
    QString alias;     // the alias inside the keystore ("1" for an openssl-made .p12)
    QJsonObject extra;

    bool isCertificate() const { return type == X509Type; }
    bool isPrivateKey() const { return type == PrivateKeyType; }
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<DestinationCertificateNode> fromJson(const QJsonObject& json, const QString& path);
    bool operator==(const DestinationCertificateNode&) const = default;
};

// A certificate or keystore kept by the Destination service beside the destinations, which name
// it in KeyStoreLocation, TrustStoreLocation and tokenService.KeyStoreLocation. Only the public
// nodes are kept: a keystore's file (it holds a private key) is in the keychain, never here.
struct DestinationCertificate
{
    static inline const QString CertificateType = QStringLiteral("CERTIFICATE"); // PEM, DER
    static inline const QString KeystoreType = QStringLiteral("KEYSTORE");       // PKCS#12, JKS

    QString name;                                     // "partner.pem", "client.p12"
    QString type = CertificateType;                   // CERTIFICATE or KEYSTORE
    QString generationMethod = QStringLiteral("import"); // creation.generation_method
    QList<DestinationCertificateNode> nodes;
    // KEYSTORE imported here: SHA-256 (hex) of the file kept in the keychain, so that a file found
    // there can be told to be this import's (the file itself never enters the tenant file).
    QString contentSha256;
    QJsonObject creationExtra; // creation's other fields (auto_renew, validity_duration …)
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::DestinationCertificate;
    QString key() const { return name; }

    // The type a file of that name has: KEYSTORE for .p12, .pfx and .jks, otherwise CERTIFICATE.
    static QString typeForName(const QString& name);
    bool isKeystore() const { return type == KeystoreType; }
    bool hasPrivateKey() const;
    QList<DestinationCertificateNode> certificates() const; // the x509 nodes, in order
    // The first certificate's subject (the leaf of a keystore's chain); empty without one.
    QString subject() const;
    // The earliest notAfter and latest notBefore of the certificates: when the whole file stops
    // (or starts) being usable. Invalid without certificates.
    QDateTime notAfter() const;
    QDateTime notBefore() const;

    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<DestinationCertificate> fromJson(const QJsonObject& json,
                                                   const QString& path = QStringLiteral("$"));
    bool operator==(const DestinationCertificate&) const = default;
};

} // namespace gh
