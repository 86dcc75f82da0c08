#pragma once

#include "app/crypto/Certificate.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gh::crypto {

class PrivateKey;

// How a PKCS#12 file is protected.
enum class Pkcs12Encryption {
    // PBES2: PBKDF2 with HMAC-SHA256 and AES-256-CBC for key and certificates, HMAC-SHA256
    // integrity check. Read by OpenSSL 1.1.1+, Java 8u301+/11.0.12+, Windows 10 1709+.
    Aes256,
    // pbeWithSHA1And3-KeyTripleDES-CBC for key and certificates, HMAC-SHA1 integrity check:
    // for old readers (Java 8 before u301, Windows Server 2016). OpenSSL 3 writes and reads it
    // with its default provider (only RC2/RC4/DES need the legacy one).
    Compatible3Des,
};

struct Pkcs12Options
{
    Pkcs12Encryption encryption = Pkcs12Encryption::Aes256;
    QString friendlyName; // the alias a Java keystore shows; empty for none
    int iterations = 0;   // 0: 10,000 for Aes256, 2,048 for Compatible3Des
};

// Writes certificates, chains and keys in the formats a tenant keystore or a peer expects.
// Failures are Validation errors naming the field ("Certificate", "Chain", "Password", "Key",
// "Iterations") or Crypto errors; the OpenSSL error queue is empty afterwards.
class Exporter
{
public:
    static QByteArray certificatePem(const Certificate& certificate);
    static QByteArray certificateDer(const Certificate& certificate);

    // The certificates as consecutive PEM blocks, in the given order (leaf first by convention).
    static Result<QByteArray> chainPem(const QList<Certificate>& chain);
    // A degenerate PKCS#7 SignedData holding only the certificates (what .p7b files are; as
    // `openssl crl2pkcs7 -nocrl`), DER or "-----BEGIN PKCS7-----" PEM.
    static Result<QByteArray> chainPkcs7Der(const QList<Certificate>& chain);
    static Result<QByteArray> chainPkcs7Pem(const QList<Certificate>& chain);

    // A password-protected PKCS#12 of `key` with `chain` (chain.first() must be the key's
    // certificate; the rest follow as CA certificates). An empty password is refused: private
    // keys leave Gatehouse only encrypted. The bytes are not secret (they are encrypted).
    static Result<QByteArray> pkcs12(const PrivateKey& key, const QList<Certificate>& chain,
                                     const SecretBuffer& password,
                                     const Pkcs12Options& options = {});

    // SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----").
    static QByteArray publicKeyPem(const Certificate& certificate);
    static QByteArray publicKeyPem(const PrivateKey& key);
};

} // namespace gh::crypto
