#pragma once

#include "app/crypto/Certificate.h"
#include "app/crypto/PrivateKey.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace gh::crypto {

// The container a certificate file turned out to be, judged from its content alone.
enum class CertificateFormat {
    Pem,      // one or more "CERTIFICATE" blocks (possibly mixed with PKCS7 blocks and keys)
    Der,      // one DER X.509 certificate (.cer/.crt/.der)
    Pkcs7Pem, // "-----BEGIN PKCS7-----" (.p7b/.p7c as text)
    Pkcs7Der, // DER PKCS#7 SignedData holding certificates (.p7b/.p7c)
    Pkcs12,   // PFX (.p12/.pfx): certificates and usually a private key, password protected
};

// "PEM", "DER", "PKCS#7 (PEM)", "PKCS#7 (DER)", "PKCS#12".
QString certificateFormatName(CertificateFormat format);

// What a certificate file held.
struct CertificateFileContents
{
    CertificateFormat format = CertificateFormat::Pem;
    // Every certificate, in file order; for PKCS#12 with a key, the key's certificate comes
    // first and the rest of the bag's certificates (its chain, usually) follow.
    QList<Certificate> certificates;
    // PKCS#12 only: the private key (null if the file holds certificates only) and the
    // friendlyName of its certificate (empty if none).
    PrivateKey privateKey;
    QString friendlyName;
    // PKCS#12 only: the password-based encryption schemes found ("pbeWithSHA1And40BitRC2-CBC",
    // "PBES2 (PBKDF2, AES-256-CBC)"), and whether OpenSSL's legacy provider was needed to
    // decrypt them (RC2, RC4, DES...). The caller tells the user that the file uses obsolete
    // encryption when usedLegacyProvider is true.
    QStringList encryption;
    bool usedLegacyProvider = false;

    bool hasPrivateKey() const { return !privateKey.isNull(); }
};

// Reads certificates from any of the usual file formats, recognised from the bytes (never the
// file name): PEM (one or a bundle), DER, PKCS#7 (PEM or DER), PKCS#12.
//
// Failures name the cause in the message and put `source` (a file name, "clipboard") into
// Error::where; the caller adds nothing:
// - Validation: the input is empty, or larger than MaxInputSize.
// - WrongPassword: PKCS#12 whose integrity check fails with the password given (or that needs
//   a password and got none).
// - UnsupportedAlgorithm: PKCS#12 encrypted with an algorithm OpenSSL cannot use, also when
//   the algorithm is an old one (RC2...) and the legacy provider module cannot be loaded.
// - Crypto: anything else (garbage, truncated, a PEM with no certificate, PKCS#7 without
//   certificates).
// OpenSSL's error queue is empty after every call.
class CertificateReader
{
public:
    static constexpr qsizetype MaxInputSize = 10 * 1024 * 1024;

    // The format the bytes look like, without parsing them fully; nullopt for anything else.
    static std::optional<CertificateFormat> detectFormat(QByteArrayView data);

    static Result<CertificateFileContents> read(QByteArrayView data, const QString& source,
                                                const SecretBuffer& password = {});

    // Reads a file (Io errors name the file; files over MaxInputSize are refused before
    // reading) and calls read() with the path as source.
    static Result<CertificateFileContents> readFile(const QString& path,
                                                    const SecretBuffer& password = {});

    // PKCS#12 alone (what read() uses). Old RC2/RC4/DES files are decrypted through a scoped
    // OSSL_LIB_CTX with the "legacy" and "default" providers, tried only after the default
    // library context failed with an unsupported-algorithm error.
    static Result<CertificateFileContents> readPkcs12(QByteArrayView der, const QString& source,
                                                      const SecretBuffer& password);
};

} // namespace gh::crypto
