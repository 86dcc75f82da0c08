#pragma once

// What one journaled change did, in words and property by property, for the review of pending
// changes (the Pending changes pane, `gatehouse-cli status`). Pure functions of the stored
// forms: a change shows the same before and after it is pushed, and in every program.

#include "app/domain/Types.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace gh::changes {

enum class Action { Created, Removed, Updated };

Action actionOf(const std::optional<QJsonObject>& before, const std::optional<QJsonObject>& after);

// The entity's name as people know it, from its stored form: a user's userName, a collection's
// name, "system / my_alias" for a keystore entry, a destination's Name … An assignment's label
// is its role collection; `userName` turns its user id into a name when it knows one.
QString entityLabel(EntityKind kind, const QString& key, const QJsonObject& stored);

// "Assigned “Integration Developer” to anna.schmidt", "Created user “anna.schmidt”",
// "Changed role collection “Auditors”" … `userName` (may be null) names assignment users.
QString summary(EntityKind kind, const QString& key, const std::optional<QJsonObject>& before,
                const std::optional<QJsonObject>& after,
                const std::function<QString(const QString& userId)>& userName = {});

struct PropertyDiff
{
    QString property; // a dotted path: "name.givenName", "Properties.URL", "roleReferences"
    QString before;   // empty: not there before (an added property or list item)
    QString after;    // empty: not there after
    bool operator==(const PropertyDiff&) const = default;
};

// Every property that differs, leaves of nested objects by dotted path, in key order (what
// `after` has, then what only `before` had). Lists are compared as sets of their items
// (an object item shown by its `name` when it has one), each item added or removed a row of
// its own, so inserting one role does not show every later role as changed. A created entity
// lists all its properties with an empty `before`; a removed one all with an empty `after`.
QList<PropertyDiff> propertyDiff(const std::optional<QJsonObject>& before,
                                 const std::optional<QJsonObject>& after);

} // namespace gh::changes
