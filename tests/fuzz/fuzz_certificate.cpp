// Fuzz target: certificate parsing (Certificate::fromPem, fromDer and listFromPem).
//
// Feeds arbitrary bytes to Certificate::fromPem, fromDer and listFromPem, runs every accessor on
// whatever parses, and aborts if a call leaves anything on OpenSSL's error queue: the crypto
// layer promises to drain it on every path.
//
// Built by tests/fuzz/CMakeLists.txt (see README.md there). Debian's libcrypto is not
// instrumented, so libFuzzer sees coverage of our own code only; see TOOLCHAIN.md "Fuzzing" for
// an instrumented static libcrypto.

#include "app/crypto/Certificate.h"

#include <QByteArrayView>
#include <QCryptographicHash>

#include <openssl/err.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void requireEmptyErrorQueue()
{
    if (ERR_peek_error() != 0)
        std::abort();
}

// Touches every accessor so that decoding of names, times, extensions and keys is fuzzed too.
void exercise(const gh::crypto::Certificate& certificate)
{
    using gh::crypto::Certificate;
    volatile qsizetype sink = 0;
    sink = sink + certificate.toPem().size() + certificate.toDer().size();
    sink = sink + certificate.version() + certificate.keySize() + certificate.pathLength();
    sink = sink + certificate.serialHex().size() + certificate.serialDecimal().size();
    sink = sink + certificate.subjectDN().size() + certificate.issuerDN().size();
    sink = sink + certificate.subject().toString().size() + certificate.issuer().size();
    sink = sink + certificate.subjectCommonName().size() + certificate.issuerCommonName().size();
    sink = sink + (certificate.notBefore().isValid() ? 1 : 0) +
           (certificate.notAfter().isValid() ? 1 : 0);
    sink = sink + certificate.signatureAlgorithm().size() + certificate.keyType().size();
    sink = sink + certificate.ellipticCurve().size() + certificate.md5Id().size();
    sink = sink + certificate.fingerprint(QCryptographicHash::Sha256).size();
    sink = sink + (certificate.isSelfIssued() ? 1 : 0) + (certificate.isCa() ? 1 : 0);
    sink = sink + static_cast<qsizetype>(certificate.keyUsage().toInt());
    sink = sink + certificate.extendedKeyUsages().size() + certificate.dnsNames().size();
    sink = sink + certificate.ipAddresses().size() + certificate.emails().size();
    // Re-parsing our own encoding must succeed and give the same certificate.
    const auto again = Certificate::fromDer(certificate.toDer());
    if (!again.ok() || !(again.value() == certificate))
        std::abort();
    requireEmptyErrorQueue();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using gh::crypto::Certificate;
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    if (const auto certificate = Certificate::fromDer(input); certificate.ok())
        exercise(certificate.value());
    else if (certificate.error().message.isEmpty())
        std::abort();
    requireEmptyErrorQueue();

    if (const auto certificate = Certificate::fromPem(input); certificate.ok())
        exercise(certificate.value());
    requireEmptyErrorQueue();

    if (const auto list = Certificate::listFromPem(input); list.ok()) {
        if (list.value().isEmpty())
            std::abort(); // "error if none"
        for (const Certificate& certificate : list.value())
            exercise(certificate);
    }
    requireEmptyErrorQueue();
    return 0;
}
