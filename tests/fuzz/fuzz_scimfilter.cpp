// Fuzz target: tenantd::ScimFilter::parse, the `filter` parameter of GET /Users that
// gatehouse-tenantd reads from the network ("userName eq \"x\" and origin eq \"sap.default\"").
//
// The input is taken as UTF-8 text. A failure must name what and where (the field "filter" and
// the position); a parsed filter is evaluated against a user without crashing, and a filter that
// parsed once parses again to one that decides the same.

#include "tests/fuzz/FuzzSupport.h"

#include "app/tenantd/ScimFilter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(gh::fuzz::bytes(data, size));
    const auto filter = gh::tenantd::ScimFilter::parse(text);
    if (!filter) {
        gh::fuzz::requireNamedError(filter.error(), "ScimFilter::parse");
        return 0;
    }
    gh::User u;
    u.id = QStringLiteral("0b1c");
    u.userName = QStringLiteral("Ann.Example@example.com");
    u.origin = QStringLiteral("sap.default");
    u.emails.append({QStringLiteral("ann@example.com"), true});
    const bool first = filter->matches(u);
    const auto again = gh::tenantd::ScimFilter::parse(text);
    gh::fuzz::check(bool(again) && again->matches(u) == first, "ScimFilter::parse: not deterministic", text);
    return 0;
}
