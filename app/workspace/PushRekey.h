#pragma once

// A user the remote keyed otherwise (internal to Push.cpp). XSUAA's SCIM makes its own id for
// every POST /Users and ignores the one sent (gatehouse-tenantd does so with --assign-user-ids),
// so a user created here is known under two ids once pushed: the replica's (a UUID made by
// AccessActions) and the remote's. Push moves everything of the user to the remote's id at once,
// so that the rest of the journal (the user's role collection assignments, later edits) is sent
// for the user the remote has, and the next pull finds the replica's rows where it puts them.

#include "app/client/local/TenantStore.h"
#include "app/workspace/Push.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>

namespace gh::push {

// Whether entry `e` is about user `userId`: the user itself or one of its assignments.
bool concernsUser(const JournalEntry& e, const QString& userId);

// Entry `e` (concernsUser) with the user's id `from` replaced by `to`: in its key, and in the
// user's "id" or the assignment's "userId" of its before and after forms.
JournalEntry rekeyed(JournalEntry e, const QString& from, const QString& to);

// A running push's entries[first…] that concern user `from`, rekeyed to `to`, and the keys of
// `items` (the summary's, one per entry) with them; returns the kinds and keys they had, whose
// entities the push forgets.
QList<std::pair<EntityKind, QString>> rekeyEntries(QList<JournalEntry>& entries, QList<PushItem>& items,
                                                    qsizetype first, const QString& from, const QString& to);

// In `store`, inside the caller's transaction: the replica's user `from` becomes `to`, with
// `adopt` (the remote's form) as its row when given, else its own row under the new id; the row's
// base version is `version`. Its assignment rows and the pending journal entries of the user and
// of its assignments follow; the user's entries are based on `version`.
Status rekeyUser(TenantStore& store, const QString& from, const QString& to, const std::optional<QJsonObject>& adopt,
                 const QString& version);

} // namespace gh::push
