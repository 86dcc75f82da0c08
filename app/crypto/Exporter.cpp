#include "app/crypto/Exporter.h"

#include "app/crypto/OpenSsl.h"
#include "app/crypto/PrivateKey.h"

#include <QCoreApplication>

#include <openssl/pem.h>

#include <cstring>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::Exporter)
};
} // namespace

namespace {

Status checkChain(const QList<Certificate>& chain)
{
    if (chain.isEmpty())
        return Error::validation(QStringLiteral("Chain"), Tr::tr("no certificates"));
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (chain.at(i).isNull())
            return Error::validation(QStringLiteral("Chain"),
                                     Tr::tr("certificate %1 of the chain is empty").arg(i + 1));
    }
    return {};
}

Result<Pkcs7Ptr> makePkcs7(const QList<Certificate>& chain)
{
    if (Status valid = checkChain(chain); !valid)
        return valid.error();
    const QString context = Tr::tr("building PKCS#7");
    Pkcs7Ptr p7(PKCS7_new());
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1 ||
        PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1)
        return openSslError(Error::Kind::Crypto, context);
    for (const Certificate& certificate : chain) {
        if (PKCS7_add_certificate(p7.get(), certificate.get()) != 1) // takes its own reference
            return openSslError(Error::Kind::Crypto, context);
    }
    return p7;
}

QByteArray publicKeyPemOf(EVP_PKEY* key)
{
    BioPtr bio = writableBio();
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return bioToByteArray(bio.get());
}

} // namespace

QByteArray Exporter::certificatePem(const Certificate& certificate)
{
    return certificate.toPem();
}

QByteArray Exporter::certificateDer(const Certificate& certificate)
{
    return certificate.toDer();
}

Result<QByteArray> Exporter::chainPem(const QList<Certificate>& chain)
{
    if (Status valid = checkChain(chain); !valid)
        return valid.error();
    QByteArray pem;
    for (const Certificate& certificate : chain) {
        const QByteArray block = certificate.toPem();
        if (block.isEmpty())
            return Error::make(Error::Kind::Crypto,
                               Tr::tr("cannot encode %1").arg(certificate.subjectDN()));
        pem += block;
    }
    return pem;
}

Result<QByteArray> Exporter::chainPkcs7Der(const QList<Certificate>& chain)
{
    Result<Pkcs7Ptr> p7 = makePkcs7(chain);
    if (!p7)
        return p7.error();
    auto der = derOf(i2d_PKCS7, p7->get());
    if (!der)
        return openSslError(Error::Kind::Crypto, Tr::tr("encoding PKCS#7"));
    return *der;
}

Result<QByteArray> Exporter::chainPkcs7Pem(const QList<Certificate>& chain)
{
    Result<Pkcs7Ptr> p7 = makePkcs7(chain);
    if (!p7)
        return p7.error();
    BioPtr bio = writableBio();
    if (!bio || PEM_write_bio_PKCS7(bio.get(), p7->get()) != 1)
        return openSslError(Error::Kind::Crypto, Tr::tr("encoding PKCS#7"));
    return bioToByteArray(bio.get());
}

Result<QByteArray> Exporter::pkcs12(const PrivateKey& key, const QList<Certificate>& chain,
                                    const SecretBuffer& password, const Pkcs12Options& options)
{
    if (key.isNull())
        return Error::validation(QStringLiteral("Key"), Tr::tr("no private key"));
    if (Status valid = checkChain(chain); !valid)
        return valid.error();
    if (!chain.first().publicKeyMatches(key))
        return Error::validation(
            QStringLiteral("Certificate"),
            Tr::tr("the certificate %1 is not for this key").arg(chain.first().subjectDN()));
    if (password.isEmpty())
        return Error::validation(QStringLiteral("Password"),
                                 Tr::tr("a password is required to export a private key"));
    if (password.view().contains('\0') || password.size() > 1024)
        return Error::validation(QStringLiteral("Password"),
                                 Tr::tr("the password must not contain NUL characters or "
                                        "be longer than 1024 bytes"));
    const bool aes = options.encryption == Pkcs12Encryption::Aes256;
    const int iterations = options.iterations > 0 ? options.iterations : (aes ? 10000 : 2048);
    if (options.iterations < 0 || iterations > 10'000'000)
        return Error::validation(QStringLiteral("Iterations"),
                                 Tr::tr("iterations must be between 1 and 10,000,000"));

    // PKCS12_create wants NUL-terminated strings.
    SecretBuffer terminated = SecretBuffer::zeroed(password.size() + 1);
    std::memcpy(terminated.data(), password.data(), static_cast<std::size_t>(password.size()));
    const QByteArray name = options.friendlyName.toUtf8();

    X509StackPtr ca(sk_X509_new_null());
    const QString context = Tr::tr("writing PKCS#12");
    if (!ca)
        return openSslError(Error::Kind::Crypto, context);
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509_up_ref(chain.at(i).get());
        if (sk_X509_push(ca.get(), chain.at(i).get()) <= 0) {
            X509_free(chain.at(i).get());
            return openSslError(Error::Kind::Crypto, context);
        }
    }
    const int pbe = aes ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    // No MAC from PKCS12_create (mac_iter -1): it is added below with the digest we choose.
    Pkcs12Ptr p12(PKCS12_create_ex(terminated.data(), name.isEmpty() ? nullptr : name.constData(),
                                   key.get(), chain.first().get(), ca.get(), pbe, pbe, iterations,
                                   -1, 0, nullptr, nullptr));
    if (!p12)
        return openSslError(Error::Kind::Crypto, context);
    if (PKCS12_set_mac(p12.get(), terminated.data(), static_cast<int>(password.size()), nullptr, 0,
                       aes ? iterations : 2048, aes ? EVP_sha256() : EVP_sha1()) != 1)
        return openSslError(Error::Kind::Crypto, Tr::tr("%1 (integrity check)").arg(context));
    auto der = derOf(i2d_PKCS12, p12.get());
    if (!der)
        return openSslError(Error::Kind::Crypto, context);
    return *der;
}

QByteArray Exporter::publicKeyPem(const Certificate& certificate)
{
    return publicKeyPemOf(certificate.publicKey());
}

QByteArray Exporter::publicKeyPem(const PrivateKey& key)
{
    return key.publicKeyPem();
}

} // namespace gh::crypto
