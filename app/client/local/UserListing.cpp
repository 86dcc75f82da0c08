#include "app/client/local/UserListing.h"

#include "app/client/local/Codec.h"
#include "app/domain/Parallel.h"
#include "app/domain/StoredUser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

namespace gh::local {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::UserListing)
};
} // namespace

namespace {

std::string_view viewOf(const QByteArray& bytes, qsizetype start, qsizetype length)
{
    return std::string_view(bytes.constData() + start, std::size_t(length));
}

std::string_view viewOf(const QByteArray& bytes)
{
    return viewOf(bytes, 0, bytes.size());
}

// The assignments of the users with ids in `users` (from, to; nullopt: all), as their keys say them
// ("collection\nuser id", Assignment::key()), read as bytes into one buffer, in the order of
// schema 5's index: by user id, then key (a user's collections by name). Each collection name is
// made once and shared by every user who holds it.
struct AssignmentKeys
{
    struct Key
    {
        qsizetype userStart; // in `ids`
        qsizetype userLength;
        qsizetype collection; // in `names`
    };
    QByteArray ids;
    std::vector<Key> keys;
    QStringList names;

    std::string_view userOf(const Key& k) const { return viewOf(ids, k.userStart, k.userLength); }
};

Result<AssignmentKeys> readAssignmentKeys(TenantStore& store, const std::optional<std::pair<QString, QString>>& users)
{
    AssignmentKeys out;
    QHash<QByteArray, qsizetype> named; // collection name -> index in out.names
    std::optional<Error> damaged;
    Status read = store.forEachAssignmentOfUsers(users, [&](QByteArrayView key) {
        const qsizetype cut = key.indexOf('\n');
        if (cut <= 0 || cut == key.size() - 1) {
            if (!damaged)
                damaged = Error::make(Error::Kind::CorruptStore,
                                      Tr::tr("an assignment's key is not \"collection\\nuser id\""),
                                      QStringLiteral("%1: %2 '%3'")
                                          .arg(store.path(), entityKindName(EntityKind::Assignment),
                                               QString::fromUtf8(key)));
            return;
        }
        const QByteArrayView collection = key.first(cut);
        auto it = named.find(collection.toByteArray());
        if (it == named.end()) {
            it = named.insert(collection.toByteArray(), out.names.size());
            out.names.append(QString::fromUtf8(collection));
        }
        const QByteArrayView user = key.sliced(cut + 1);
        out.keys.push_back({out.ids.size(), user.size(), *it});
        out.ids.append(user);
    });
    if (!read)
        return read.error();
    if (damaged)
        return *damaged;
    return out;
}

// Joins users (their ids as UTF-8, in byte order: SQLite's order of TEXT keys) with the
// assignments by a merge: no hash of 100,000 ids to build and probe. `idOf(i)` is the i-th
// user's id in that order and `give(i, collections)` hands over what it holds.
template<class IdOf, class Give>
void joinCollections(const AssignmentKeys& assignments, qsizetype users, const IdOf& idOf, const Give& give)
{
    if (users <= 0)
        return;
    // From the first assignment of the first user (a chunk of a listing starts anywhere).
    const auto start = std::lower_bound(assignments.keys.begin(), assignments.keys.end(), idOf(0),
                                        [&](const AssignmentKeys::Key& key, std::string_view id) {
                                            return assignments.userOf(key) < id;
                                        });
    std::size_t k = std::size_t(start - assignments.keys.begin());
    const std::size_t end = assignments.keys.size();
    for (qsizetype u = 0; u < users; ++u) {
        const std::string_view id = idOf(u);
        QStringList held;
        for (; k < end; ++k) {
            const int order = id.compare(assignments.userOf(assignments.keys[k]));
            if (order < 0)
                break;
            if (order == 0) // else an assignment of a user not listed (another page, or gone)
                held.append(assignments.names.at(assignments.keys[k].collection));
        }
        give(u, std::move(held));
    }
}

// Rows read by the store thread, a chunk at a time, into one buffer per chunk (keys and JSON
// back to back), and decoded as soon as a chunk is complete, on the other cores and then on the
// store thread too: reading, decoding and reading the assignments' keys overlap.
struct Chunk
{
    static constexpr qsizetype kRows = 2048;
    struct Span
    {
        qsizetype keyStart, keyLength, jsonStart, jsonLength;
    };
    QByteArray bytes;
    std::vector<Span> rows;
    std::vector<std::optional<Result<User>>> users; // decoded, one per row
    std::vector<char> notAnObject;                  // per row: the general reader found no object

    std::string_view key(std::size_t row) const { return viewOf(bytes, rows[row].keyStart, rows[row].keyLength); }
    QByteArrayView json(std::size_t row) const
    {
        return QByteArrayView(bytes.constData() + rows[row].jsonStart, rows[row].jsonLength);
    }
    QString keyText(std::size_t row) const
    {
        const std::string_view k = key(row);
        return QString::fromUtf8(k.data(), qsizetype(k.size()));
    }

    // Users as the store wrote them straight from their bytes (readStoredUser); any other row
    // the general way, with the same errors as rows() and decodeStored().
    void decode(const QString& path)
    {
        users.resize(rows.size());
        notAnObject.assign(rows.size(), 0);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (std::optional<User> fast = readStoredUser(json(i))) {
                users[i].emplace(std::move(*fast));
                continue;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(json(i).toByteArray());
            if (!doc.isObject()) {
                notAnObject[i] = 1;
                continue;
            }
            users[i].emplace(decodeStored<User>(TenantStore::Row{keyText(i), doc.object(), {}, {}}, path));
        }
    }
};

// Hands complete chunks to whichever thread asks next; a thread that asks before the chunk it
// drew is complete waits for it, or for the end of the reading.
class ChunkQueue
{
public:
    void publish(std::unique_ptr<Chunk> chunk)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_chunks.push_back(std::move(chunk));
        }
        m_ready.notify_all();
    }
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_ready.notify_all();
    }
    Chunk* take()
    {
        const std::size_t i = m_next.fetch_add(1);
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return i < m_chunks.size() || m_finished; });
        return i < m_chunks.size() ? m_chunks[i].get() : nullptr;
    }
    // Once every thread is done with them.
    std::vector<std::unique_ptr<Chunk>>& chunks() { return m_chunks; }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<std::unique_ptr<Chunk>> m_chunks;
    std::atomic<std::size_t> m_next = 0;
    bool m_finished = false;
};

} // namespace

Result<QList<User>> listUsers(TenantStore& store, PageRequest page)
{
    const QString path = store.path();
    ChunkQueue queue;
    const auto decodeAll = [&] {
        while (Chunk* chunk = queue.take())
            chunk->decode(path);
    };
    Status scanned;
    std::optional<Result<AssignmentKeys>> assignments;
    {
        const unsigned cores = std::max(1U, std::min(std::thread::hardware_concurrency(), 8U));
        std::vector<std::jthread> helpers;
        for (unsigned t = 1; t < cores; ++t)
            helpers.emplace_back(decodeAll);
        auto chunk = std::make_unique<Chunk>();
        scanned = store.scanRows(EntityKind::User, page.skip, page.top, [&](QByteArrayView key, QByteArrayView json) {
            Chunk::Span span{chunk->bytes.size(), key.size(), chunk->bytes.size() + key.size(), json.size()};
            chunk->bytes.append(key).append(json);
            chunk->rows.push_back(span);
            if (qsizetype(chunk->rows.size()) == Chunk::kRows) {
                queue.publish(std::move(chunk));
                chunk = std::make_unique<Chunk>();
            }
        });
        if (!chunk->rows.empty())
            queue.publish(std::move(chunk));
        queue.finish();
        // The helpers decode meanwhile; then this thread decodes what is left with them. Only
        // the assignments of the users read: from the first's id to the last's (every one for
        // the whole list, so that a damaged key is found wherever it is).
        if (scanned) {
            const std::vector<std::unique_ptr<Chunk>>& read = queue.chunks();
            if (page.skip <= 0 && page.top < 0)
                assignments.emplace(readAssignmentKeys(store, std::nullopt));
            else if (read.empty())
                assignments.emplace(AssignmentKeys());
            else
                assignments.emplace(readAssignmentKeys(
                    store, std::pair{read.front()->keyText(0), read.back()->keyText(read.back()->rows.size() - 1)}));
        }
        decodeAll();
    } // helpers joined
    if (!scanned)
        return scanned.error();
    if (!*assignments)
        return assignments->error();

    const std::vector<std::unique_ptr<Chunk>>& chunks = queue.chunks();
    for (const auto& chunk : chunks) {
        for (std::size_t i = 0; i < chunk->rows.size(); ++i) {
            if (chunk->notAnObject[i])
                return Error::make(Error::Kind::CorruptStore, Tr::tr("stored data is not a JSON object"),
                                   QStringLiteral("%1: %2 '%3'").arg(path, entityKindName(EntityKind::User), chunk->keyText(i)));
        }
    }
    for (const auto& chunk : chunks) {
        for (const std::optional<Result<User>>& value : chunk->users) {
            if (!*value)
                return value->error();
        }
    }
    // Moved into place and joined with their collections a chunk at a time on every core, and
    // each chunk's buffers freed there: one thread did this in 50 ms for 100,000 users.
    std::vector<qsizetype> first(chunks.size() + 1, 0);
    for (std::size_t c = 0; c < chunks.size(); ++c)
        first[c + 1] = first[c] + qsizetype(chunks[c]->rows.size());
    QList<User> out(first.back());
    User* const users = out.data();
    const AssignmentKeys& keys = **assignments;
    parallelChunks(qsizetype(chunks.size()), 1, [&](qsizetype from, qsizetype to) {
        for (qsizetype c = from; c < to; ++c) {
            Chunk& chunk = *chunks[std::size_t(c)];
            User* const placed = users + first[std::size_t(c)];
            for (std::size_t i = 0; i < chunk.rows.size(); ++i)
                placed[i] = std::move(*chunk.users[i]).value();
            joinCollections(keys, qsizetype(chunk.rows.size()), [&](qsizetype i) { return chunk.key(std::size_t(i)); },
                            [&](qsizetype i, QStringList held) { placed[i].roleCollections = std::move(held); });
            chunk = Chunk();
        }
    });
    return out;
}

Status assignCollections(TenantStore& store, QList<User>& users)
{
    if (users.isEmpty())
        return {};
    std::vector<QByteArray> ids;
    ids.reserve(std::size_t(users.size()));
    for (const User& u : std::as_const(users))
        ids.push_back(u.id.toUtf8());
    std::vector<qsizetype> order(std::size_t(users.size()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return viewOf(ids[std::size_t(a)]) < viewOf(ids[std::size_t(b)]);
    });
    auto assignments = readAssignmentKeys(store, std::pair{users.at(order.front()).id, users.at(order.back()).id});
    if (!assignments)
        return assignments.error();
    joinCollections(*assignments, users.size(),
                    [&](qsizetype i) { return viewOf(ids[std::size_t(order[std::size_t(i)])]); },
                    [&](qsizetype i, QStringList held) { users[order[std::size_t(i)]].roleCollections = std::move(held); });
    return {};
}

} // namespace gh::local
