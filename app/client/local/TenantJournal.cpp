// TenantStore's journal: every change applied to the tenant, grouped by user step, with its
// state (pending, undone, pushed). Schema in TenantStore.cpp (migration 1).
#include "app/client/local/TenantStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantJournal)
};
} // namespace

namespace {

QString stateName(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Pending: return QStringLiteral("pending");
    case JournalEntry::State::Undone: return QStringLiteral("undone");
    case JournalEntry::State::Pushed: return QStringLiteral("pushed");
    }
    return {};
}

JournalEntry::State stateFromName(const QString& name)
{
    if (name == QLatin1String("undone"))
        return JournalEntry::State::Undone;
    if (name == QLatin1String("pushed"))
        return JournalEntry::State::Pushed;
    return JournalEntry::State::Pending;
}

QVariant optionalText(const std::optional<QJsonObject>& object)
{
    return object ? QVariant(QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact))) : QVariant(QMetaType::fromType<QString>());
}

// A journal column: NULL means the entity did not exist; anything else must be a JSON object.
bool fromText(const QVariant& value, std::optional<QJsonObject>& out)
{
    out.reset();
    if (value.isNull())
        return true;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    if (!doc.isObject())
        return false;
    out = doc.object();
    return true;
}

} // namespace

Result<qint64> TenantStore::nextJournalGroup() const
{
    auto statement = prepared(QStringLiteral("SELECT coalesce(max(group_id), 0) + 1 FROM journal"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec() || !q.next())
        return sqlError(q, Tr::tr("reading the journal"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Status TenantStore::appendJournal(const JournalEntry& e)
{
    return appendJournal(e, e.after ? QJsonDocument(*e.after).toJson(QJsonDocument::Compact) : QByteArray());
}

Status TenantStore::appendJournal(const JournalEntry& e, const QByteArray& afterJson)
{
    auto statement = prepared(QStringLiteral(
        "INSERT INTO journal (group_id, kind, key, before, after, base_version, description, created_at, state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, e.group);
    q.bindValue(1, entityKindName(e.kind));
    q.bindValue(2, e.key);
    q.bindValue(3, optionalText(e.before));
    q.bindValue(4, afterJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(afterJson)));
    q.bindValue(5, e.baseVersion.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.baseVersion));
    q.bindValue(6, e.description);
    q.bindValue(7, toIsoUtc(e.createdAt));
    q.bindValue(8, stateName(e.state));
    if (!q.exec())
        return sqlError(q, Tr::tr("appending to the journal"));
    return {};
}

namespace {
Result<QList<JournalEntry>> readJournal(QSqlQuery& q, const QString& path)
{
    QList<JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.group = q.value(1).toLongLong();
        const QString kindName = q.value(2).toString();
        const auto kind = entityKindFromName(kindName);
        if (!kind) {
            q.finish();
            return Error::make(Error::Kind::CorruptStore,
                               Tr::tr("journal entry %1 names an unknown kind '%2'").arg(e.seq).arg(kindName), path);
        }
        e.kind = *kind;
        e.key = q.value(3).toString();
        if (!fromText(q.value(4), e.before) || !fromText(q.value(5), e.after)) {
            q.finish();
            return Error::make(Error::Kind::CorruptStore,
                               Tr::tr("journal entry %1 holds data that is not a JSON object").arg(e.seq), path);
        }
        e.baseVersion = q.value(6).toString();
        e.description = q.value(7).toString();
        e.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.state = stateFromName(q.value(9).toString());
        out.append(std::move(e));
    }
    q.finish();
    return out;
}
const char* const kJournalColumns =
    "SELECT seq, group_id, kind, key, before, after, base_version, description, created_at, state FROM journal ";
} // namespace

Result<QList<JournalEntry>> TenantStore::journalGroup(qint64 group) const
{
    auto statement = prepared(QLatin1String(kJournalColumns) + QStringLiteral("WHERE group_id = ? ORDER BY seq"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, group);
    if (!q.exec())
        return sqlError(q, Tr::tr("reading the journal"));
    return readJournal(q, m_path);
}

Result<QString> TenantStore::journalGroupDescription(qint64 group) const
{
    auto statement = prepared(QStringLiteral("SELECT description FROM journal WHERE group_id = ? ORDER BY seq LIMIT 1"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, group);
    if (!q.exec())
        return sqlError(q, Tr::tr("reading the journal"));
    const QString description = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return description;
}

Result<QList<JournalEntry>> TenantStore::journal(JournalEntry::State state) const
{
    auto statement = prepared(QLatin1String(kJournalColumns) + QStringLiteral("WHERE state = ? ORDER BY seq"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, stateName(state));
    if (!q.exec())
        return sqlError(q, Tr::tr("reading the journal"));
    return readJournal(q, m_path);
}

Result<std::optional<qint64>> TenantStore::lastJournalGroup(JournalEntry::State state) const
{
    auto statement = prepared(QStringLiteral("SELECT max(group_id) FROM journal WHERE state = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, stateName(state));
    if (!q.exec() || !q.next())
        return sqlError(q, Tr::tr("reading the journal"));
    std::optional<qint64> out;
    if (!q.value(0).isNull())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

Result<std::optional<qint64>> TenantStore::firstJournalGroup(JournalEntry::State state) const
{
    auto statement = prepared(QStringLiteral("SELECT min(group_id) FROM journal WHERE state = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, stateName(state));
    if (!q.exec() || !q.next())
        return sqlError(q, Tr::tr("reading the journal"));
    std::optional<qint64> out;
    if (!q.value(0).isNull())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

Status TenantStore::setJournalGroupState(qint64 group, JournalEntry::State state)
{
    auto statement = prepared(QStringLiteral("UPDATE journal SET state = ? WHERE group_id = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, stateName(state));
    q.bindValue(1, group);
    if (!q.exec())
        return sqlError(q, Tr::tr("updating the journal"));
    return {};
}

Status TenantStore::dropJournal(JournalEntry::State state)
{
    auto statement = prepared(QStringLiteral("DELETE FROM journal WHERE state = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, stateName(state));
    if (!q.exec())
        return sqlError(q, Tr::tr("updating the journal"));
    return {};
}

Status TenantStore::removeJournalEntry(qint64 seq)
{
    auto statement = prepared(QStringLiteral("DELETE FROM journal WHERE seq = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, seq);
    if (!q.exec())
        return sqlError(q, Tr::tr("updating the journal"));
    if (q.numRowsAffected() != 1)
        return Error::notFound(Tr::tr("no journal entry %1").arg(seq));
    return {};
}

Result<qint64> TenantStore::journalCount(JournalEntry::State state) const
{
    auto statement = prepared(QStringLiteral("SELECT count(*) FROM journal WHERE state = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, stateName(state));
    if (!q.exec() || !q.next())
        return sqlError(q, Tr::tr("reading the journal"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Status TenantStore::setJournalEntryState(qint64 seq, JournalEntry::State state)
{
    auto statement = prepared(QStringLiteral("UPDATE journal SET state = ? WHERE seq = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, stateName(state));
    q.bindValue(1, seq);
    if (!q.exec())
        return sqlError(q, Tr::tr("updating the journal"));
    if (q.numRowsAffected() != 1)
        return Error::notFound(Tr::tr("no journal entry %1").arg(seq));
    return {};
}

Status TenantStore::rebaseJournal(EntityKind kind, const QString& key, const QString& baseVersion)
{
    auto statement = prepared(QStringLiteral("UPDATE journal SET base_version = ? WHERE kind = ? AND key = ? AND state = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, baseVersion.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(baseVersion));
    q.bindValue(1, entityKindName(kind));
    q.bindValue(2, key);
    q.bindValue(3, stateName(JournalEntry::State::Pending));
    if (!q.exec())
        return sqlError(q, Tr::tr("updating the journal"));
    return {};
}

Status TenantStore::rewriteJournalEntry(const JournalEntry& e)
{
    auto statement = prepared(QStringLiteral("UPDATE journal SET key = ?, before = ?, after = ? WHERE seq = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, e.key);
    q.bindValue(1, optionalText(e.before));
    q.bindValue(2, optionalText(e.after));
    q.bindValue(3, e.seq);
    if (!q.exec())
        return sqlError(q, Tr::tr("updating the journal"));
    if (q.numRowsAffected() != 1)
        return Error::notFound(Tr::tr("no journal entry %1").arg(e.seq));
    return {};
}

} // namespace gh
