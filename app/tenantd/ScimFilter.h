#pragma once

// A SCIM filter on /Users (SAP_APIS.md 3.4): `attribute op "value"` terms joined by `and` / `or`
// (`and` binds tighter), parentheses, `pr` without a value. Attributes: userName, emails.value,
// origin, id, zoneId, externalId; operators eq, co, sw (case-insensitive, as UAA compares these
// attributes) and pr. Values in double or single quotes with \" \' \\ escapes. Anything else
// (gt, lt, not, another attribute) is a clear error naming the position; the caller answers it
// with SCIM's 400 invalidFilter.

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QString>

#include <memory>

namespace gh::tenantd {

class ScimFilter
{
public:
    static Result<ScimFilter> parse(const QString& text);
    bool matches(const User& user) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace gh::tenantd
