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
    Change inverted() const { return {kind, key, after, before}; }
};

} // namespace gh
