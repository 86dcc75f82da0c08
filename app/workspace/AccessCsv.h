#pragma once

// Users and their role collections as CSV: an audit export (every way a user holds a collection),
// and a bulk-assignment import planned against the tenant before anything is applied.
//
// Import columns, found by header name (any order, case-insensitive): UserName (or Email),
// Origin (optional when the user name is unique across identity providers), RoleCollection, and
// Action ("assign", the default, or "unassign"). The audit export reads back as an import: its
// rows obtained through a group or an attribute are skipped (only direct assignments are
// assigned), so export → edit → import works.

#include "app/domain/Access.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/workspace/Change.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace gh::access {

enum class RowOutcome {
    Assign,          // will be assigned
    Unassign,        // will be unassigned
    AlreadyAssigned, // nothing to do
    NotAssigned,     // unassign of something not assigned: nothing to do
    Skipped,         // a row of the audit export obtained through a group/attribute, or a duplicate
};
QString rowOutcomeName(RowOutcome outcome); // "assign", "unassign", "already assigned", …

struct AssignmentPlanItem
{
    qsizetype line = 0;
    RowOutcome outcome = RowOutcome::Assign;
    QString userId;
    QString userName;
    QString origin;
    QString roleCollection;
    QString note;
};

struct AssignmentPlan
{
    QList<AssignmentPlanItem> items;
    QList<Error> problems; // per line ("users.csv:7"), or for the whole file (":1" header)

    int count(RowOutcome outcome) const;
    bool hasChanges() const { return count(RowOutcome::Assign) + count(RowOutcome::Unassign) > 0; }
    QList<Change> changes() const;
    QString summary() const;     // "3 to assign, 1 to unassign, 2 unchanged; 1 line with problems"
    QString description() const; // the journal step: "Import assignments from users.csv"
};

// Plans the import of `data` (read from `source`, a file name for messages). `users` must carry
// their direct role collections (as the client lists them).
AssignmentPlan planAssignmentImport(QByteArrayView data, const QString& source, const QList<User>& users,
                                    const QList<RoleCollection>& collections);

// The audit export: UserName, Origin, Email, RoleCollection, Obtained (direct / group /
// attribute), Detail, LastLogon (ISO 8601 UTC); one row per user and grant, a user without any
// collection on a row of its own.
QByteArray exportAssignments(const AccessIndex& index);

} // namespace gh::access
