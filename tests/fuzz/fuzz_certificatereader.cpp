// Fuzz target: certificate files as a user drops them — CertificateReader::read with format
// detection (PEM bundles, DER, PKCS#7, PKCS#12 with a password), plus the CSR and private-key
// parsers. Every failure must be a named error, and OpenSSL's error queue must be empty after
// every call, success or not.
#include "FuzzSupport.h"
#include "app/crypto/CertificateReader.h"
#include "app/crypto/CertificateRequest.h"
#include "app/crypto/PrivateKey.h"
#include "app/crypto/SecretBuffer.h"

#include <openssl/err.h>

#include <cstddef>
#include <cstdint>

namespace {
void requireEmptyErrorQueue(const char* after)
{
    if (ERR_peek_error() != 0)
        gh::fuzz::fail(after, QStringLiteral("left an error on OpenSSL's queue"));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace gh::crypto;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const SecretBuffer password("fuzz");

    auto contents = CertificateReader::read(bytes, QStringLiteral("fuzz-input"), password);
    requireEmptyErrorQueue("CertificateReader::read");
    if (!contents.ok()) {
        gh::fuzz::requireNamedError(contents.error(), "CertificateReader::read");
        gh::fuzz::check(contents.error().where == QLatin1String("fuzz-input"), "CertificateReader::read names its source",
                        contents.error().toString());
    } else {
        for (const Certificate& c : contents->certificates)
            gh::fuzz::check(!c.isNull() && !c.toDer().isEmpty(), "CertificateReader::read returns usable certificates");
    }

    auto pem = CertificateRequest::fromPem(bytes);
    requireEmptyErrorQueue("CertificateRequest::fromPem");
    if (pem.ok())
        gh::fuzz::check(!pem->toDer().isEmpty(), "a parsed CSR encodes again");
    auto der = CertificateRequest::fromDer(bytes);
    requireEmptyErrorQueue("CertificateRequest::fromDer");
    (void)der;

    auto key = PrivateKey::fromPem(bytes, password);
    requireEmptyErrorQueue("PrivateKey::fromPem");
    (void)key;
    return 0;
}
