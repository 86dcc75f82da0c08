// Fuzz target: copying::parseCopyItem, the ITEM operands of `gatehouse-cli copy A B ITEM...`
// ("destination:NAME", "role-collection:NAME").
//
// The input is taken as UTF-8 text. A failure must name what and where (the field); a success
// must give a kind that can be copied and a name, and read back the same from copyItemText.

#include "tests/fuzz/FuzzSupport.h"

#include "app/workspace/TenantCopy.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(gh::fuzz::bytes(data, size));
    const auto item = gh::copying::parseCopyItem(text);
    if (!item) {
        gh::fuzz::requireNamedError(item.error(), "parseCopyItem");
        return 0;
    }
    gh::fuzz::check(!item->name.isEmpty() && (item->kind == gh::EntityKind::Destination ||
                                              item->kind == gh::EntityKind::RoleCollection),
                    "parseCopyItem: an item without a name or of a kind that cannot be copied", text);
    const auto again = gh::copying::parseCopyItem(gh::copying::copyItemText(*item));
    gh::fuzz::check(again.ok() && *again == *item, "parseCopyItem: copyItemText does not read back", text);
    return 0;
}
