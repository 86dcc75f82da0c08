#include "app/workspace/PushRekey.h"

namespace gh::push {

namespace {

// The user id of an assignment's key ("collection\nuser id"); empty without a newline.
QString userOfAssignmentKey(const QString& key)
{
    const qsizetype split = key.indexOf(QLatin1Char('\n'));
    return split < 0 ? QString() : key.mid(split + 1);
}

void replaceId(std::optional<QJsonObject>& form, QLatin1StringView field, const QString& to)
{
    if (form && form->contains(field))
        form->insert(field, to);
}

} // namespace

bool concernsUser(const JournalEntry& e, const QString& userId)
{
    if (e.kind == EntityKind::User)
        return e.key == userId;
    return e.kind == EntityKind::Assignment && userOfAssignmentKey(e.key) == userId;
}

JournalEntry rekeyed(JournalEntry e, const QString& from, const QString& to)
{
    if (!concernsUser(e, from))
        return e;
    if (e.kind == EntityKind::User) {
        e.key = to;
        replaceId(e.before, QLatin1StringView("id"), to);
        replaceId(e.after, QLatin1StringView("id"), to);
    } else {
        e.key = e.key.left(e.key.size() - from.size()) + to;
        replaceId(e.before, QLatin1StringView("userId"), to);
        replaceId(e.after, QLatin1StringView("userId"), to);
    }
    return e;
}

QList<std::pair<EntityKind, QString>> rekeyEntries(QList<JournalEntry>& entries, QList<PushItem>& items,
                                                    qsizetype first, const QString& from, const QString& to)
{
    QList<std::pair<EntityKind, QString>> had;
    for (qsizetype i = first; i < entries.size(); ++i) {
        if (!concernsUser(entries.at(i), from))
            continue;
        had.append({entries.at(i).kind, entries.at(i).key});
        entries[i] = rekeyed(entries.at(i), from, to);
        items[i].key = entries.at(i).key;
    }
    return had;
}

Status rekeyUser(TenantStore& store, const QString& from, const QString& to, const std::optional<QJsonObject>& adopt,
                 const QString& version)
{
    // The user's row.
    auto row = store.row(EntityKind::User, from);
    if (!row)
        return row.error();
    if (*row || adopt) {
        QJsonObject data = adopt ? *adopt : (*row)->data;
        data.insert(QStringLiteral("id"), to);
        if (*row)
            if (Status s = store.remove(EntityKind::User, from); !s)
                return s;
        if (Status s = store.put(EntityKind::User, to, data, version); !s)
            return s;
    }

    // Its assignment rows, which were made here with it and keep their base version (none).
    QStringList assignments;
    if (Status s = store.forEachAssignmentOfUsers(std::pair{from, from},
                                                  [&](QByteArrayView key) { assignments.append(QString::fromUtf8(key)); });
        !s)
        return s;
    for (const QString& key : std::as_const(assignments)) {
        auto assignment = store.row(EntityKind::Assignment, key);
        if (!assignment)
            return assignment.error();
        if (!*assignment)
            continue;
        QJsonObject data = (*assignment)->data;
        data.insert(QStringLiteral("userId"), to);
        if (Status s = store.remove(EntityKind::Assignment, key); !s)
            return s;
        if (Status s = store.put(EntityKind::Assignment, key.left(key.size() - from.size()) + to, data,
                                 (*assignment)->baseVersion);
            !s)
            return s;
    }

    // The pending journal entries of both.
    auto pending = store.journal(JournalEntry::State::Pending);
    if (!pending)
        return pending.error();
    for (const JournalEntry& e : std::as_const(*pending))
        if (concernsUser(e, from))
            if (Status s = store.rewriteJournalEntry(rekeyed(e, from, to)); !s)
                return s;
    if (Status s = store.rebaseJournal(EntityKind::User, to, version); !s)
        return s;
    return store.removeConflict(EntityKind::User, from);
}

} // namespace gh::push
