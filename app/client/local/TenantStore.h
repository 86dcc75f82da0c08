#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace gh {

// One row of the journal: a change applied to the tenant, kept for undo/redo and for review
// (and, for a replica, to be pushed). `before`/`after` are the stored JSON forms; an absent
// one means the entity did not exist. Secrets never appear in either.
struct JournalEntry
{
    enum class State { Pending, Undone, Pushed };

    qint64 seq = 0;
    qint64 group = 0;
    EntityKind kind = EntityKind::User;
    QString key;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
    QString baseVersion;
    QString description;
    QDateTime createdAt;
    State state = State::Pending;
};

// A push conflict of a replica (schema 3): the remote's entity is no longer the one the pending
// changes were based on. Stored forms; an absent one means the entity does not exist there.
struct Conflict
{
    EntityKind kind = EntityKind::User;
    QString key;
    QString baseVersion;               // the remote version the pending changes were based on
    std::optional<QJsonObject> base;   // the entity as the replica had it before its changes
    std::optional<QJsonObject> mine;   // the replica's entity now
    std::optional<QJsonObject> theirs; // the remote's entity now
    QString theirsVersion;
    QDateTime detectedAt;
};

// A tenant in one SQLite file: the one store implementation that the local backend, the
// workspace replica and tenantd share. Synchronous and bound to the thread that opened it;
// LocalTenant runs it on its own thread.
//
// Opening never modifies a file that is not a healthy Gatehouse tenant: the header (magic,
// application id, schema version) is read as bytes before SQLite touches the file, and the
// database is checked (quick_check) before anything is written.
class TenantStore
{
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    struct Row
    {
        QString key;
        QJsonObject data;
        QString version;     // hash of the stored form, or the remote ETag
        QString baseVersion; // the remote version this row was based on (empty: created here)
    };

    static constexpr quint32 kApplicationId = 0x47484F55; // "GHOU"
    static int currentSchemaVersion();

    static Result<std::unique_ptr<TenantStore>> open(const QString& path, OpenMode mode);
    ~TenantStore();
    TenantStore(const TenantStore&) = delete;
    TenantStore& operator=(const TenantStore&) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    // Runs f (returning Status) in one transaction: committed if it succeeds, else rolled back.
    template<class F>
    Status transaction(F&& f)
    {
        if (Status s = begin(); !s)
            return s;
        Status result = f();
        if (!result) {
            rollback();
            return result;
        }
        return commit();
    }

    // A large write (a pull's) would copy its whole WAL into the file in its commit: with
    // setAutoCheckpoint(false) before it, the commit only appends to the WAL (as durable), and
    // checkpoint() copies it later, in a job of its own once the caller has its answer.
    Status setAutoCheckpoint(bool on);
    Status checkpoint();

    Result<QList<Row>> rows(EntityKind kind, qint64 skip = 0, qint64 top = -1) const;
    // Calls f with each row's key and stored JSON as their UTF-8 bytes (valid during the call),
    // in key order, unparsed and uncopied, for readers faster than QJsonDocument
    // (readStoredUser) that keep the bytes where they want them.
    Status scanRows(EntityKind kind, qint64 skip, qint64 top,
                    const std::function<void(QByteArrayView key, QByteArrayView json)>& f) const;
    // Calls f with each row's key as its stored UTF-8 bytes (valid during the call), in key
    // order, without making a string of it: an assignment's key says all it holds, and the
    // users pane reads 100,000 of them.
    Status forEachKey(EntityKind kind, const std::function<void(QByteArrayView)>& f) const;
    Result<std::optional<Row>> row(EntityKind kind, const QString& key) const;
    // Assignments (TenantAssignments.cpp). The SQL expression of an assignment's user id, which
    // schema 5 indexes: the part of its key after the first newline.
    static constexpr QLatin1StringView kAssignmentUser{"substr(key, instr(key, char(10)) + 1)"};
    // Calls f with the key of each assignment whose user id is in [users->first, users->second]
    // (as SQLite orders TEXT: by UTF-8 bytes; nullopt: every assignment), ordered by user id,
    // then key: through the index, so a page of users costs its own assignments, not all of them.
    Status forEachAssignmentOfUsers(const std::optional<std::pair<QString, QString>>& users,
                                    const std::function<void(QByteArrayView key)>& f) const;
    // Calls f, ordered by user id, then key, with each assignment of the collections named from
    // collections->first to ->second (keys from "first\n" to "second\v"; nullopt: every
    // assignment), and the stored JSON of its user (empty when there is no such user), joined in
    // SQLite.
    Status forEachAssignmentWithUser(const std::optional<std::pair<QString, QString>>& collections,
                                     const std::function<void(QByteArrayView key, QByteArrayView userJson)>& f) const;
    Result<qint64> count(EntityKind kind) const;
    // Inserts or replaces; a replaced row keeps its base version unless one is given.
    Status put(EntityKind kind, const QString& key, const QJsonObject& data,
               const std::optional<QString>& baseVersion = std::nullopt);
    // As put() without a base version, for a caller holding `data`'s compact JSON already
    // (QJsonDocument(data).toJson(Compact)): the workspace writes and journals the same bytes.
    Status putJson(EntityKind kind, const QString& key, const QByteArray& compactJson);
    // A row as a pull writes it: its compact JSON and that JSON's version (versionOfJson), made
    // by the caller (on every core), written as they are with the version as base version too.
    struct PulledRow
    {
        QString key;
        QByteArray json;
        QString version;
    };
    // As put() for each of `rows`, through one statement of SQLite's C API: a pull writes
    // 200,000 rows, and QSqlQuery's QVariant binding per value was a fifth of that.
    Status putPulled(EntityKind kind, const std::vector<const PulledRow*>& rows);
    Status remove(EntityKind kind, const QString& key); // NotFound when absent
    static QString versionOf(const QJsonObject& data);
    // The same from the stored form's compact JSON (QJsonDocument(data).toJson(Compact)).
    static QString versionOfJson(QByteArrayView compactJson);

    // Journal
    Result<qint64> nextJournalGroup() const;
    Status appendJournal(const JournalEntry& entry);
    // The same, with `entry.after`'s compact JSON given (empty when there is no `after`).
    Status appendJournal(const JournalEntry& entry, const QByteArray& afterJson);
    Result<QList<JournalEntry>> journalGroup(qint64 group) const;
    // The description of a group (its first entry's), without reading its entries' data; empty
    // when there is no such group.
    Result<QString> journalGroupDescription(qint64 group) const;
    Result<QList<JournalEntry>> journal(JournalEntry::State state) const;
    Result<std::optional<qint64>> lastJournalGroup(JournalEntry::State state) const;
    Result<std::optional<qint64>> firstJournalGroup(JournalEntry::State state) const;
    Status setJournalGroupState(qint64 group, JournalEntry::State state);
    Status dropJournal(JournalEntry::State state);
    // Removes one entry (a discarded change); NotFound when there is none with that seq.
    Status removeJournalEntry(qint64 seq);
    Result<qint64> journalCount(JournalEntry::State state) const;
    // One entry's state (a pushed change); NotFound when there is none with that seq.
    Status setJournalEntryState(qint64 seq, JournalEntry::State state);
    // The base version of the pending entries of one entity (after an earlier change of it was
    // pushed, the later ones are based on what the remote has now).
    Status rebaseJournal(EntityKind kind, const QString& key, const QString& baseVersion);
    // One entry's key and data, as `entry` has them now (a user the remote keyed otherwise:
    // push::rekeyUser); NotFound when there is none with its seq.
    Status rewriteJournalEntry(const JournalEntry& entry);
    // The entity's row keeps its data and takes `baseVersion`; nothing when there is no row.
    Status setBaseVersion(EntityKind kind, const QString& key, const QString& baseVersion);

    // Push conflicts (TenantConflicts.cpp): one per entity, replaced when found again.
    Status putConflict(const Conflict& conflict);
    Status removeConflict(EntityKind kind, const QString& key); // nothing when there is none
    Result<QList<Conflict>> conflicts() const;

private:
    TenantStore(QString path, QString connection);
    static Status checkHeader(const QString& path);
    Status configure();
    Status migrate();
    Status begin();
    Status commit();
    void rollback();
    Error sqlError(const QSqlQuery& query, const QString& what) const;
    Result<QSqlQuery*> prepared(const QString& sql) const;

    QString m_path;
    QString m_connection;
    int m_schemaVersion = 0;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace gh
