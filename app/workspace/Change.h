#pragma once

#include "app/client/local/Codec.h"
#include "app/domain/Types.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace gh {

// One entity changed: its stored form before and after (absent = did not exist). A workspace
// applies a list of changes as one step, journaled and undoable as one.
struct Change
{
    EntityKind kind = EntityKind::User;
    QString key;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;

    template<class T>
    static Change created(const T& value)
    {
        return {T::entityKind, value.key(), std::nullopt, storedForm(value)};
    }
    template<class T>
    static Change removed(const T& value)
    {
        return {T::entityKind, value.key(), storedForm(value), std::nullopt};
    }
    template<class T>
    static Change updated(const T& before, const T& after)
    {
        return {T::entityKind, after.key(), storedForm(before), storedForm(after)};
    }
    // Removing an entity with what would otherwise point at nothing: a role collection or a
    // user takes its direct assignments with it (so that undo brings them back too).
    template<class T>
    static QList<Change> removal(const T& value)
    {
        QList<Change> out;
        if constexpr (std::is_same_v<T, RoleCollection>) {
            for (const UserReference& user : value.userReferences)
                out.append(removed(Assignment{value.name, user.id}));
        } else if constexpr (std::is_same_v<T, User>) {
            for (const QString& collection : value.roleCollections)
                out.append(removed(Assignment{collection, value.id}));
        }
        out.append(removed(value));
        return out;
    }
    Change inverted() const { return {kind, key, after, before}; }
};

} // namespace gh
