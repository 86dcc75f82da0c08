#pragma once

#include "app/crypto/OpenSsl.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace gh::crypto {

// What kind of key pair to generate. Only the combinations Cloud Integration accepts are valid:
// RSA 2048/3072/4096, EC on P-256/P-384/P-521, and Ed25519.
struct KeySpec
{
    enum class Algorithm { Rsa, Ec, Ed25519 };

    Algorithm algorithm = Algorithm::Rsa;
    int rsaBits = 2048;
    QString curve; // "P-256", "P-384", "P-521" (EC only)

    static KeySpec rsa(int bits);
    static KeySpec ec(QString curve);
    static KeySpec ed25519();

    // "RSA 2048", "EC P-256", "Ed25519"; for logs and labels.
    QString toString() const;
};

// A private key (and with it the public key) held in an EVP_PKEY. Move-only: private material
// is never shared implicitly. A default-constructed PrivateKey is null.
class PrivateKey
{
public:
    PrivateKey() = default;
    explicit PrivateKey(EvpPkeyPtr key) : m_key(std::move(key)) {}

    PrivateKey(const PrivateKey&) = delete;
    PrivateKey& operator=(const PrivateKey&) = delete;
    PrivateKey(PrivateKey&&) noexcept = default;
    PrivateKey& operator=(PrivateKey&&) noexcept = default;
    ~PrivateKey() = default;

    // Generates a fresh key pair. An unsupported RSA size fails with a Validation error on field
    // "KeySize", an unsupported curve with one on field "EllipticCurve".
    static Result<PrivateKey> generate(const KeySpec& spec);

    // Reads a PEM private key (PKCS#8, encrypted PKCS#8 or a traditional RSA/EC key). An
    // encrypted key with a missing or wrong password fails with Error::Kind::WrongPassword.
    // Never prompts on a terminal.
    static Result<PrivateKey> fromPem(QByteArrayView pem, const SecretBuffer& password = {});

    bool isNull() const { return !m_key; }

    QString keyType() const;   // "RSA", "EC", "Ed25519"
    int keySize() const;       // bits (see keySizeBits())
    QString curveName() const; // "P-256", "P-384", "P-521"; empty for non-EC keys

    // SubjectPublicKeyInfo, "-----BEGIN PUBLIC KEY-----".
    QByteArray publicKeyPem() const;
    QByteArray publicKeyDer() const;

    // PKCS#8 "ENCRYPTED PRIVATE KEY" PEM (PBES2, PBKDF2, AES-256-CBC). An empty password is a
    // Validation error on field "Password".
    Result<SecretBuffer> toEncryptedPkcs8Pem(const SecretBuffer& password) const;
    // Unencrypted PKCS#8 "PRIVATE KEY" PEM, for handing a key to a keystore upload.
    Result<SecretBuffer> toPkcs8Pem() const;

    EVP_PKEY* get() const { return m_key.get(); }

private:
    EvpPkeyPtr m_key;
};

} // namespace gh::crypto
