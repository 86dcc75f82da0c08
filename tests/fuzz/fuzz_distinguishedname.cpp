// Fuzz target: DistinguishedName::parse (RFC 4514 text typed by a person or read from a file).
//
// The input is taken as UTF-8 text. A parse that fails must give an error naming what and where
// (field "DistinguishedName"). A parse that succeeds must survive a round trip: the name's own
// toString() parses again, to the same name. One known exception, see typeParseCannotReadBack().

#include "tests/fuzz/FuzzSupport.h"

#include "app/crypto/DistinguishedName.h"

#include <cstddef>
#include <cstdint>

using gh::crypto::DistinguishedName;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(gh::fuzz::bytes(data, size));
    const auto parsed = DistinguishedName::parse(text);
    if (!parsed) {
        gh::fuzz::requireNamedError(parsed.error(), "DistinguishedName::parse");
        return 0;
    }
    const DistinguishedName& dn = parsed.value();
    volatile qsizetype sink = dn.commonName().size() + dn.value(QStringLiteral("O")).size();
    (void)sink;

    const QString written = dn.toString();
    const auto again = DistinguishedName::parse(written);
    if (!again) {
        gh::fuzz::fail("DistinguishedName: toString() of a parsed name does not parse again",
                       QStringLiteral("input \"%1\" wrote \"%2\": %3").arg(text, written, again.error().toString()));
    }
    if (!(again.value() == dn))
        gh::fuzz::fail("DistinguishedName: toString() of a parsed name parses to another name",
                       QStringLiteral("input \"%1\" wrote \"%2\", which reads as \"%3\"")
                           .arg(text, written, again.value().toString()));
    return 0;
}
