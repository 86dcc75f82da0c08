#pragma once

#include "app/client/local/TenantStore.h"
#include "app/domain/Destination.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/TenantMaterial.h"
#include "app/domain/Types.h"

namespace gh {

// The form in which an entity is stored: its SAP JSON with ISO dates, without the fields that
// are derived from other tables (a user's role collections, a collection's users).
template<class T>
QJsonObject storedForm(const T& value)
{
    if constexpr (std::is_same_v<T, Destination>) {
        return value.toJson();
    } else {
        QJsonObject json = value.toJson(JsonStyle::Iso);
        if constexpr (std::is_same_v<T, User>)
            json.remove(QStringLiteral("roleCollections"));
        if constexpr (std::is_same_v<T, RoleCollection>)
            json.remove(QStringLiteral("userReferences"));
        return json;
    }
}

template<class T>
Result<T> decodeStored(const TenantStore::Row& row, const QString& storePath)
{
    const QString where = QStringLiteral("%1: %2 '%3'").arg(storePath, entityKindName(T::entityKind), row.key);
    auto decoded = T::fromJson(row.data, QStringLiteral("$"));
    if (!decoded) {
        Error e = decoded.error();
        e.kind = Error::Kind::CorruptStore;
        e.where = where + QLatin1Char(' ') + e.where;
        return e;
    }
    return decoded;
}

} // namespace gh
