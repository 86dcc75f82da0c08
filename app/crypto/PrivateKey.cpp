#include "app/crypto/PrivateKey.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::PrivateKey)
};
} // namespace

namespace {

// Maps the accepted curve spellings onto OpenSSL's group name.
const char* openSslGroupName(const QString& curve)
{
    const QString name = curve.trimmed().toUpper();
    if (name == QLatin1String("P-256") || name == QLatin1String("PRIME256V1") ||
        name == QLatin1String("SECP256R1"))
        return "prime256v1";
    if (name == QLatin1String("P-384") || name == QLatin1String("SECP384R1"))
        return "secp384r1";
    if (name == QLatin1String("P-521") || name == QLatin1String("SECP521R1"))
        return "secp521r1";
    return nullptr;
}

// Passes the caller's password to OpenSSL when it asks while decoding, and records that it did.
struct PasswordSource
{
    const SecretBuffer* password = nullptr;
    bool asked = false;
};

int passwordCallback(char* buffer, int size, int /*rwflag*/, void* userData)
{
    auto* source = static_cast<PasswordSource*>(userData);
    source->asked = true;
    if (!source->password || source->password->isEmpty())
        return -1; // no password: fail instead of prompting
    if (source->password->size() > size)
        return -1;
    const int length = static_cast<int>(source->password->size());
    std::memcpy(buffer, source->password->data(), static_cast<std::size_t>(length));
    return length;
}

} // namespace

KeySpec KeySpec::rsa(int bits)
{
    KeySpec spec;
    spec.algorithm = Algorithm::Rsa;
    spec.rsaBits = bits;
    return spec;
}

KeySpec KeySpec::ec(QString curve)
{
    KeySpec spec;
    spec.algorithm = Algorithm::Ec;
    spec.curve = std::move(curve);
    return spec;
}

KeySpec KeySpec::ed25519()
{
    KeySpec spec;
    spec.algorithm = Algorithm::Ed25519;
    return spec;
}

QString KeySpec::toString() const
{
    switch (algorithm) {
    case Algorithm::Rsa:
        return QStringLiteral("RSA ") + QString::number(rsaBits);
    case Algorithm::Ec:
        return QStringLiteral("EC ") + curve;
    case Algorithm::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return {};
}

Result<PrivateKey> PrivateKey::generate(const KeySpec& spec)
{
    const char* typeName = nullptr;
    const char* group = nullptr;
    switch (spec.algorithm) {
    case KeySpec::Algorithm::Rsa:
        if (spec.rsaBits != 2048 && spec.rsaBits != 3072 && spec.rsaBits != 4096)
            return Error::validation(
                QStringLiteral("KeySize"),
                Tr::tr("RSA keys must have 2048, 3072 or 4096 bits, not %1").arg(spec.rsaBits));
        typeName = "RSA";
        break;
    case KeySpec::Algorithm::Ec:
        group = openSslGroupName(spec.curve);
        if (!group)
            return Error::validation(QStringLiteral("EllipticCurve"),
                                     Tr::tr("unsupported elliptic curve \"%1\" "
                                            "(use P-256, P-384 or P-521)")
                                         .arg(spec.curve));
        typeName = "EC";
        break;
    case KeySpec::Algorithm::Ed25519:
        typeName = "ED25519";
        break;
    }
    if (!typeName)
        return Error::validation(QStringLiteral("KeyAlgorithm"), Tr::tr("unknown key algorithm"));

    const QString context = Tr::tr("generating %1 key").arg(spec.toString());
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, typeName, nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0)
        return openSslError(Error::Kind::Crypto, context);
    if (spec.algorithm == KeySpec::Algorithm::Rsa &&
        EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), spec.rsaBits) <= 0)
        return openSslError(Error::Kind::Crypto, context);
    if (group && EVP_PKEY_CTX_set_group_name(ctx.get(), group) <= 0)
        return openSslError(Error::Kind::Crypto, context);

    EVP_PKEY* raw = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &raw) <= 0)
        return openSslError(Error::Kind::Crypto, context);
    return PrivateKey(EvpPkeyPtr(raw));
}

Result<PrivateKey> PrivateKey::fromPem(QByteArrayView pem, const SecretBuffer& password)
{
    const QString context = Tr::tr("reading PEM private key");
    BioPtr bio = readOnlyBio(pem);
    if (!bio)
        return openSslError(Error::Kind::Crypto, context);
    PasswordSource source{&password, false};
    EVP_PKEY* raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, &passwordCallback, &source);
    if (!raw) {
        if (source.asked) {
            // Decryption is what failed; the reasons OpenSSL gives are not helpful to a person.
            clearOpenSslErrors();
            return Error::make(Error::Kind::WrongPassword,
                               password.isEmpty()
                                   ? Tr::tr("the private key is encrypted; a password is required")
                                   : Tr::tr("wrong password for the encrypted private key"));
        }
        return openSslError(Error::Kind::Crypto, context);
    }
    // A successful decode can leave entries from decoders that were tried and rejected.
    clearOpenSslErrors();
    return PrivateKey(EvpPkeyPtr(raw));
}

QString PrivateKey::keyType() const
{
    return keyTypeName(m_key.get());
}

int PrivateKey::keySize() const
{
    return keySizeBits(m_key.get());
}

QString PrivateKey::curveName() const
{
    return ecCurveName(m_key.get());
}

QByteArray PrivateKey::publicKeyPem() const
{
    if (!m_key)
        return {};
    BioPtr bio = writableBio();
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return bioToByteArray(bio.get());
}

QByteArray PrivateKey::publicKeyDer() const
{
    if (!m_key)
        return {};
    auto der = derOf(i2d_PUBKEY, m_key.get());
    if (!der)
        clearOpenSslErrors();
    return der.value_or(QByteArray());
}

Result<SecretBuffer> PrivateKey::toEncryptedPkcs8Pem(const SecretBuffer& password) const
{
    if (!m_key)
        return Error::make(Error::Kind::Internal, Tr::tr("no private key"));
    if (password.isEmpty())
        return Error::validation(QStringLiteral("Password"),
                                 Tr::tr("a password is required to encrypt the private key"));
    if (password.size() > INT_MAX)
        return Error::validation(QStringLiteral("Password"), Tr::tr("password too long"));

    const QString context = Tr::tr("encrypting private key");
    BioPtr bio = writableBio();
    if (!bio)
        return openSslError(Error::Kind::Crypto, context);
    // kstr/klen given, so OpenSSL never falls back to its terminal prompt.
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(), password.data(),
                                      static_cast<int>(password.size()), nullptr, nullptr) != 1)
        return openSslError(Error::Kind::Crypto, context);
    return SecretBuffer::fromBio(bio.get());
}

Result<SecretBuffer> PrivateKey::toPkcs8Pem() const
{
    if (!m_key)
        return Error::make(Error::Kind::Internal, Tr::tr("no private key"));
    const QString context = Tr::tr("writing private key");
    BioPtr bio = writableBio();
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                         nullptr) != 1)
        return openSslError(Error::Kind::Crypto, context);
    return SecretBuffer::fromBio(bio.get());
}

} // namespace gh::crypto
