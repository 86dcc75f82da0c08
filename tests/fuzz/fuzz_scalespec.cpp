// Fuzz target: ScaleSpec::parse, the --scale argument of `gatehouse-cli tenant create`
// ("users=100000,role-collections=50,destinations=500,keystore=20").
//
// The input is taken as UTF-8 text. A failure must name what and where (the field); a success
// must give counts in range.

#include "tests/fuzz/FuzzSupport.h"

#include "app/client/local/Seeder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(gh::fuzz::bytes(data, size));
    const auto spec = gh::ScaleSpec::parse(text);
    if (!spec) {
        gh::fuzz::requireNamedError(spec.error(), "ScaleSpec::parse");
        return 0;
    }
    const gh::ScaleSpec& s = spec.value();
    gh::fuzz::check(s.users >= 0 && s.roleCollections >= 0 && s.destinations >= 0 && s.keystore >= 0 &&
                        s.keystore <= 5000,
                    "ScaleSpec::parse: a count out of range", text);
    return 0;
}
