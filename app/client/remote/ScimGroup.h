#pragma once

// SCIM groups (SAP_APIS.md 3.4): in XSUAA a group is a role collection (displayName = the
// collection's name) and its members are the users directly assigned to it. The remote backend
// reads them to map a collection's name to the group's id and version, then changes members with
// PATCH /Groups/{id} and If-Match.

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace gh::remote {

struct ScimGroup
{
    QString id;
    QString displayName;
    QString description;
    qint64 version = 0; // meta.version, sent back as If-Match: "<version>"
    QList<UserReference> members; // type USER only; value = the user's id
};

// One group object; errors name the JSON path under `path`. A member of another type than USER
// (a nested group) is skipped: role collections hold users only.
Result<ScimGroup> decodeScimGroup(const QJsonObject& json, const QString& path = QStringLiteral("$"));

// One page of GET /Groups: {"resources" (or "Resources"), "startIndex", "totalResults"}; `last`
// says whether it was the last page (an empty page is).
Result<QList<ScimGroup>> decodeScimGroupPage(const QJsonObject& json, bool& last);

// The body of PATCH /Groups/{id} that adds (`remove` false) or deletes the given users.
QJsonObject scimMembersPatch(const QStringList& userIds, bool remove);

} // namespace gh::remote
