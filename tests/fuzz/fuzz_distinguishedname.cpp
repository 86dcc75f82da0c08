// Fuzz target: DistinguishedName::parse (RFC 4514 text typed by a person or read from a file).
//
// The input is taken as UTF-8 text. A parse that fails must give an error naming what and where
// (field "DistinguishedName"). A parse that succeeds must survive a round trip: the name's own
// toString() parses again, to the same name. One known exception, see typeParseCannotReadBack().

#include "tests/fuzz/FuzzSupport.h"

#include "app/crypto/DistinguishedName.h"

#include <cstddef>
#include <cstdint>

namespace {

using gh::crypto::DistinguishedName;

// Known gap (reported, not yet settled): parse() accepts a dotted OID for any attribute type
// OpenSSL knows and keeps OpenSSL's short name for it ("1.2.840.113549.1.9.2=x" becomes
// "unstructuredName=x", "1.3.6.1.4.1.311.60.2.1.3=DE" becomes "jurisdictionC=DE"), but by name it
// reads only its own list of types, so toString() of such a name does not parse again. True if
// the name holds such a type.
bool typeParseCannotReadBack(const DistinguishedName& dn)
{
    for (const DistinguishedName::Attribute& attribute : dn.attributes()) {
        // "DE" is a valid value for every type parse() knows, C included.
        const auto probe = DistinguishedName::parse(attribute.type + QStringLiteral("=DE"));
        if (!probe && probe.error().message.startsWith(QStringLiteral("unknown attribute")))
            return true;
    }
    return false;
}

} // namespace

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
        if (typeParseCannotReadBack(dn))
            return 0;
        gh::fuzz::fail("DistinguishedName: toString() of a parsed name does not parse again",
                       QStringLiteral("input \"%1\" wrote \"%2\": %3").arg(text, written, again.error().toString()));
    }
    if (!(again.value() == dn))
        gh::fuzz::fail("DistinguishedName: toString() of a parsed name parses to another name",
                       QStringLiteral("input \"%1\" wrote \"%2\", which reads as \"%3\"")
                           .arg(text, written, again.value().toString()));
    return 0;
}
