// Fuzz target: SCIM group pages and groups as the remote backend reads them from /Groups
// (remote::decodeScimGroupPage, decodeScimGroup), which come from the network. Decoding never
// crashes; a group has an id, a display name, a version that is not negative and members with
// ids; an error names a JSON path.

#include "tests/fuzz/FuzzSupport.h"

#include "app/client/remote/ScimGroup.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

void checkGroup(const gh::remote::ScimGroup& g)
{
    gh::fuzz::check(!g.id.isEmpty(), "group without an id");
    gh::fuzz::check(!g.displayName.isEmpty(), "group without a displayName");
    gh::fuzz::check(g.version >= 0, "negative version", QString::number(g.version));
    for (const gh::UserReference& m : g.members)
        gh::fuzz::check(!m.id.isEmpty(), "member without an id");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(gh::fuzz::bytes(data, size).toByteArray());
    if (!doc.isObject())
        return 0;
    bool last = false;
    if (auto page = gh::remote::decodeScimGroupPage(doc.object(), last)) {
        for (const gh::remote::ScimGroup& g : *page)
            checkGroup(g);
    } else {
        gh::fuzz::check(page.error().where.startsWith(QLatin1Char('$')) || page.error().field.startsWith(QLatin1Char('$')),
                        "page error without a JSON path", page.error().toString());
    }
    if (auto group = gh::remote::decodeScimGroup(doc.object()))
        checkGroup(*group);
    else
        gh::fuzz::check(group.error().where.startsWith(QLatin1Char('$')) || group.error().field.startsWith(QLatin1Char('$')),
                        "group error without a JSON path", group.error().toString());
    return 0;
}
