#pragma once

#include "app/crypto/Certificate.h"
#include "app/crypto/DistinguishedName.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gh::crypto {

class PrivateKey;

// Everything about a certificate to be issued except the keys.
struct CertificateSpec
{
    using KeyUsage = crypto::KeyUsage;
    using KeyUsages = crypto::KeyUsages;

    DistinguishedName subject; // must not be empty
    QDateTime notBefore;       // whole seconds; may lie in the past (expired test material)
    QDateTime notAfter;        // must be after notBefore
    QByteArray serial;         // big-endian, unsigned, 1..20 bytes; empty -> 16 random bytes
    bool isCa = false;
    int pathLength = -1; // CA only; -1 = no constraint
    QStringList dnsNames;
    QStringList ipAddresses; // IPv4 or IPv6 text
    QStringList emails;
    // Empty picks a default: CA -> KeyCertSign|CrlSign|DigitalSignature; otherwise
    // DigitalSignature, plus KeyEncipherment for RSA subject keys.
    KeyUsages keyUsage;
    QStringList extendedKeyUsages;             // "serverAuth", "clientAuth", ... or dotted OIDs
    QString digest = QStringLiteral("SHA256"); // SHA256, SHA384, SHA512; ignored for Ed25519
};

// Issues X.509 v3 certificates. Every certificate gets subjectKeyIdentifier,
// authorityKeyIdentifier, basicConstraints (critical for CAs), keyUsage (critical) and, when
// given, extendedKeyUsage and subjectAltName.
//
// Invalid specs fail with Validation errors naming the field: "Subject", "ValidNotBefore",
// "ValidNotAfter", "SerialNumber", "PathLength", "Digest", "DnsNames", "IpAddresses", "Emails",
// "ExtendedKeyUsages", "IssuerKey".
class CertificateBuilder
{
public:
    static Result<Certificate> selfSigned(const CertificateSpec& spec, const PrivateKey& key);
    static Result<Certificate> issue(const CertificateSpec& spec, const PrivateKey& subjectKey,
                                     const Certificate& issuerCert, const PrivateKey& issuerKey);
};

} // namespace gh::crypto
