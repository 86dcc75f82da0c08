#pragma once

// Thin glue between OpenSSL and the rest of Gatehouse: RAII owners for the OpenSSL types the
// crypto layer uses, a BIO <-> QByteArray adapter and the translation of the OpenSSL error queue
// into a gh::Error. Nothing outside app/crypto should need to include <openssl/...> directly,
// but the aliases are public so that tests and other crypto helpers can hold OpenSSL objects.

#include "app/domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>
#include <optional>

namespace gh::crypto {

// Calls an OpenSSL free function; a stateless deleter so the unique_ptr stays pointer-sized.
template<auto FreeFunction> struct OpenSslDeleter
{
    template<class T> void operator()(T* pointer) const noexcept { FreeFunction(pointer); }
};

using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<&X509_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free_all>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<&X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<&X509_EXTENSION_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<&EVP_PKEY_CTX_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OpenSslDeleter<&X509_REQ_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<&EVP_MD_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<&BN_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslDeleter<&ASN1_INTEGER_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<&GENERAL_NAMES_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<&PKCS12_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, OpenSslDeleter<&PKCS7_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<&X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<&X509_STORE_CTX_free>>;
using OsslLibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, OpenSslDeleter<&OSSL_LIB_CTX_free>>;

// STACK_OF(X509) that owns its certificates (sk_X509_pop_free with X509_free).
void freeX509Stack(STACK_OF(X509) * stack) noexcept;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<&freeX509Stack>>;

// Memory returned by OpenSSL that must go back through OPENSSL_free (BN_bn2hex and friends).
struct OpenSslFree
{
    void operator()(void* pointer) const noexcept;
};
using OpenSslString = std::unique_ptr<char, OpenSslFree>;

// A read-only memory BIO over `data`. The BIO does not copy: `data` must outlive it.
// Returns null (with the error queue set) if the data is larger than a BIO can address.
BioPtr readOnlyBio(QByteArrayView data);

// A fresh, growable memory BIO for OpenSSL to write into.
BioPtr writableBio();

// Everything written into a memory BIO so far, copied into a QByteArray. Do not use this for
// secret material (use SecretBuffer::fromBio instead): QByteArray copies are never cleansed.
QByteArray bioToByteArray(BIO* bio);

// The SHA-256 digest of `data` (32 bytes), through OpenSSL, which uses the processor's SHA
// instructions: QCryptographicHash's portable code took a third of a 100,000-user pull's row work.
QByteArray sha256(QByteArrayView data);

// One entry of the OpenSSL error queue: its packed code (ERR_GET_LIB/ERR_GET_REASON apply) and
// its reason text with any detail OpenSSL attached ("unsupported (Algorithm (RC2-40-CBC : 0))").
struct OpenSslErrorEntry
{
    unsigned long code = 0;
    QString reason;
};

// Drains the OpenSSL error queue completely and returns its entries, oldest first. For callers
// that must look at the codes (to tell "unsupported" from "wrong password") before building
// their Error; everyone else uses openSslError().
QList<OpenSslErrorEntry> takeOpenSslErrors();

// "<context>: <reason>[; <reason>...]" from drained entries (duplicate reasons once).
gh::Error openSslError(gh::Error::Kind kind, const QString& context,
                       const QList<OpenSslErrorEntry>& entries);

// Builds an Error of `kind` whose message is "<context>: <reason>[; <reason>...]" from the
// OpenSSL error queue. ALWAYS drains the queue completely, so that a later, unrelated failure
// does not report stale reasons. With an empty queue the message is just the context.
gh::Error openSslError(gh::Error::Kind kind, const QString& context);

// Discards whatever is in the OpenSSL error queue (after an expected, handled failure).
void clearOpenSslErrors();

// Scope guard for calls whose failure is an answer rather than an error (reading an optional
// extension, comparing keys): whatever they push onto the error queue is dropped at scope end,
// while entries that were there before are left alone.
class OpenSslErrorScope
{
public:
    OpenSslErrorScope();
    ~OpenSslErrorScope();
    OpenSslErrorScope(const OpenSslErrorScope&) = delete;
    OpenSslErrorScope& operator=(const OpenSslErrorScope&) = delete;
};

// The algorithm family of a key in Gatehouse's vocabulary: "RSA", "EC", "Ed25519", "Ed448",
// "DSA", "RSASSA-PSS"; otherwise OpenSSL's short name of the key type.
QString keyTypeName(const EVP_PKEY* key);

// The NIST name of an EC key's curve ("P-256", "P-384", "P-521"), OpenSSL's name for other
// curves, or an empty string for keys that are not EC keys.
QString ecCurveName(const EVP_PKEY* key);

// The key size in bits as people quote it: the modulus for RSA/DSA, the field for EC, 256 for
// Ed25519 (OpenSSL says 253, the bit length of the group order; the key itself is 32 bytes).
int keySizeBits(const EVP_PKEY* key);

// Text of an iPAddress GeneralName: "10.0.0.1" for 4 bytes, RFC 5952 ("2001:db8::1") for 16,
// upper-case hex with colons for anything else.
QString ipAddressText(const unsigned char* bytes, int length);

// Frees what PEM_read_bio hands out (name, header, body); the body is cleansed because it may be
// a private key.
struct PemBlock
{
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long length = 0;

    PemBlock() = default;
    PemBlock(const PemBlock&) = delete;
    PemBlock& operator=(const PemBlock&) = delete;
    ~PemBlock()
    {
        OPENSSL_free(name);
        OPENSSL_free(header);
        if (data)
            OPENSSL_clear_free(data, static_cast<std::size_t>(length));
    }

    QByteArrayView body() const { return {data, static_cast<qsizetype>(length)}; }
};

// The DER encoding an OpenSSL i2d function makes of `object`; nullopt when it fails (the caller
// clears or reports the error queue).
template<class I2d, class T>
std::optional<QByteArray> derOf(I2d i2d, T* object)
{
    unsigned char* der = nullptr;
    const int length = i2d(object, &der);
    if (length <= 0)
        return std::nullopt;
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

// Printable ASCII letters and digits plus `allowedPunctuation`, no spaces: enough for host names
// and mail addresses, and nothing OpenSSL's config syntax treats specially.
bool isPlainAscii(const QString& text, QLatin1String allowedPunctuation);

// SHA256, SHA384 or SHA512 (case and '-' ignored); nullptr for anything else.
const EVP_MD* digestByName(const QString& name);

} // namespace gh::crypto
