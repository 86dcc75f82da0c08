#include "app/workspace/Pull.h"

#include "app/client/local/Codec.h"
#include "app/client/local/Seeder.h"
#include "app/domain/Parallel.h"
#include "app/domain/StoredUser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <set>
#include <vector>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Pull)
};
} // namespace

namespace {

Error cancelledError()
{
    return Error::make(Error::Kind::Cancelled, Tr::tr("the pull was cancelled; the replica is unchanged"));
}

// A pulled row: its key, its compact JSON (made once, on every core, and written as it is) and
// version. Its JSON object is made only when a row of the replica is compared with it.
using PulledRow = TenantStore::PulledRow;

QJsonObject dataOf(const PulledRow& row)
{
    return QJsonDocument::fromJson(row.json).object();
}

PulledRow rowOf(QString key, QByteArray json)
{
    PulledRow out;
    out.key = std::move(key);
    out.json = std::move(json);
    out.version = TenantStore::versionOfJson(out.json);
    return out;
}

// A value's stored form: users and assignments (100,000 of each in a large tenant) written
// straight to bytes when they can be, the rest through their JSON object.
template<class T>
PulledRow rowOf(const T& value)
{
    if constexpr (std::is_same_v<T, User>) {
        if (std::optional<QByteArray> fast = writeStoredUser(value))
            return rowOf(value.key(), std::move(*fast));
    }
    if constexpr (std::is_same_v<T, Assignment>) {
        if (std::optional<QByteArray> fast = writeStoredAssignment(value))
            return rowOf(value.key(), std::move(*fast));
    }
    return rowOf(value.key(), QJsonDocument(storedForm(value)).toJson(QJsonDocument::Compact));
}

// Destroys `value` on the thread pool: the lists of a large pull take a tenth of a second to
// free, which the thread waiting for the next step or the summary need not spend.
template<class T>
void releaseLater(T&& value)
{
    if (QThreadPool* pool = QThreadPool::globalInstance()) // none once the program is ending
        (void)QtConcurrent::run(pool, [doomed = std::forward<T>(value)]() {});
}

// Users are listed in ranges of this many (20 SCIM pages of 500), the rows of one made while
// the next is read.
constexpr qint64 kUserRange = 10000;

// One pull: the remote's resources read in lanes (below), then written to the replica in one
// transaction on its thread.
struct PullRun : std::enable_shared_from_this<PullRun>
{
    TenantClient& remote;
    std::shared_ptr<LocalTenant> replica;
    const Clock& clock;
    PullOptions options;
    QPromise<Result<PullSummary>> promise;
    // One list a kind, made in the constructor, so that the map itself never changes while the
    // pool appends to its lists (under rowsLock). Assignments are gathered under a lock of their
    // own (below).
    std::map<EntityKind, QList<PulledRow>> pulled;
    QMutex rowsLock; // pulled's lists, appended to on the pool
    std::map<EntityKind, qint64> listedCount; // for progress
    int making = 0; // makeRows() tasks not done yet
    // The rows are made on threads of idle priority (SCHED_IDLE; parallelChunks' helpers inherit
    // it): they take only what the transport's thread and, on a shared machine, the server
    // leave. At normal priority they took the cores from both, and every request waited longer.
    QThreadPool rowsPool;
    bool applying = false;
    QMutex assignmentsLock;
    QSet<QString> assignmentKeys;
    QList<PulledRow> assignmentRows;
    std::set<EntityKind> skipped; // not readable from this remote (no key for the service)
    // Lanes of steps: XSUAA's identity providers, roles and role collections; its users; the
    // Destination service; Cloud Integration. Each lane's steps run one after the other, the
    // lanes side by side: while one lane waits on its round trips (2,000 keystore chains) or
    // decodes (2,000 role collections with 100,000 members), the others keep the server busy.
    struct Lane
    {
        std::vector<std::function<QFuture<Status>()>> steps;
        std::size_t next = 0;
    };
    std::array<Lane, 4> lanes;
    std::size_t lanesDone = 0;
    bool ended = false; // finished: with the summary, a failure or a cancel
    // Lives in the calling thread (the remote client's): the continuations that send the next
    // request run there, never in the replica's thread. deleteLater: the last reference may be
    // dropped inside one of those continuations.
    std::unique_ptr<QObject, void (*)(QObject*)> context{new QObject, [](QObject* o) { o->deleteLater(); }};

    PullRun(TenantClient& r, std::shared_ptr<LocalTenant> t, const Clock& c, PullOptions o)
        : remote(r), replica(std::move(t)), clock(c), options(std::move(o))
    {
        for (EntityKind kind : pulledKinds())
            pulled[kind];
        rowsPool.setThreadPriority(QThread::IdlePriority);
    }

    ~PullRun()
    {
        // 200,000 rows and more: freed on the pool, not in the thread that waits for the summary.
        releaseLater(std::move(pulled));
        releaseLater(std::move(assignmentRows));
        releaseLater(std::move(assignmentKeys));
    }

    bool cancelled() const { return options.cancel && options.cancel->load(); }

    void finish(Result<PullSummary> result)
    {
        if (ended)
            return;
        ended = true;
        promise.addResult(std::move(result));
        promise.finish();
    }

    // The assignments a value names: a role collection's users, a user's role collections.
    template<class T>
    static void assignmentsOf(const T& value, QList<Assignment>& out)
    {
        if constexpr (std::is_same_v<T, RoleCollection>) {
            for (const UserReference& u : value.userReferences)
                out.append(Assignment{value.name, u.id});
        }
        if constexpr (std::is_same_v<T, User>) {
            for (const QString& rc : value.roleCollections)
                out.append(Assignment{rc, value.id});
        }
    }

    // The assignments of a step's values, on the pool: role collections and users name the same
    // ones, so each is kept once, by whichever step comes first (steps run side by side, hence
    // the lock, taken once a step); the rows of the new ones made on every core.
    template<class T>
    void collectAssignments(const QList<T>& values)
    {
        if constexpr (std::is_same_v<T, RoleCollection> || std::is_same_v<T, User>) {
            QList<Assignment> named;
            for (const T& value : values)
                assignmentsOf(value, named);
            QList<Assignment> fresh;
            {
                QMutexLocker lock(&assignmentsLock);
                for (Assignment& a : named) {
                    QString key = a.key();
                    if (!assignmentKeys.contains(key)) {
                        assignmentKeys.insert(std::move(key));
                        fresh.append(std::move(a));
                    }
                }
            }
            QList<PulledRow> rows(fresh.size());
            parallelChunks(fresh.size(), 1024, [&](qsizetype first, qsizetype last) {
                for (qsizetype i = first; i < last; ++i)
                    rows[i] = rowOf(fresh.at(i));
            });
            QMutexLocker lock(&assignmentsLock);
            assignmentRows.append(std::move(rows));
        } else {
            Q_UNUSED(values);
        }
    }

    // Each value's stored form and its version (its compact JSON hashed), and the assignments
    // it names, made on every core off this thread while the lanes go on: for 100,000 users a
    // good part of the client's time. The write waits for all of them (`making`).
    template<class T>
    void makeRows(QList<T> values)
    {
        ++making;
        auto self = shared_from_this();
        // `this` only: the continuation's `self` keeps the run alive until after the task, and
        // the last reference is then never dropped on rowsPool (whose destructor waits for it).
        // `values` is freed with the task, on that thread too.
        QtConcurrent::run(&rowsPool, [this, values = std::move(values)]() {
            QList<PulledRow> rows(values.size());
            parallelChunks(values.size(), 256, [&](qsizetype first, qsizetype last) {
                for (qsizetype i = first; i < last; ++i)
                    rows[i] = rowOf(values.at(i));
            });
            collectAssignments(values);
            QMutexLocker lock(&rowsLock);
            pulled.at(T::entityKind).append(std::move(rows));
        }).then(context.get(), [self]() {
            --self->making;
            self->applyWhenDone();
        });
    }

    // Lists `client` from `skip` on, `range` values a list() (-1: all at once), the rows of each
    // range made while the next one is read: a 100,000-user tenant's rows are then mostly made
    // while its pages arrive, not after the last one. A range answered in full is followed by
    // the next one; cancelling takes effect between ranges.
    // `optional`: a resource the remote client cannot read at all (NotFound before any request:
    // the profile has no key for its service) is skipped, its replica rows left as they are.
    template<class T>
    QFuture<Status> listFrom(ResourceClient<T>& client, bool optional, qint64 skip, qint64 range)
    {
        auto self = shared_from_this();
        return client.list(PageRequest{skip, range})
            .then(context.get(), [self, &client, optional, skip, range](Result<QList<T>> listed) -> QFuture<Status> {
                if (!listed && optional && skip == 0 && listed.error().kind == Error::Kind::NotFound && listed.error().where.isEmpty()) {
                    self->skipped.insert(T::entityKind);
                    return QtFuture::makeReadyFuture(Status());
                }
                if (!listed)
                    return QtFuture::makeReadyFuture(Status(listed.error()));
                const bool full = range > 0 && listed->size() == range;
                qint64& count = self->listedCount[T::entityKind];
                count += listed->size();
                if (self->options.progress && (skip == 0 || !listed->isEmpty())) // not again for an empty last range
                    self->options.progress(T::entityKind, count);
                self->makeRows(std::move(*listed));
                if (!full)
                    return QtFuture::makeReadyFuture(Status());
                if (self->cancelled())
                    return QtFuture::makeReadyFuture(Status(cancelledError()));
                return self->listFrom(client, optional, skip + range, range);
            })
            .unwrap();
    }

    template<class T>
    void addStep(std::size_t lane, ResourceClient<T>& client, bool optional = false, qint64 range = -1)
    {
        lanes[lane].steps.push_back([this, &client, optional, range]() { return listFrom(client, optional, 0, range); });
    }

    void start()
    {
        addStep(0, remote.identityProviders());
        addStep(0, remote.roleTemplates());
        addStep(0, remote.roles());
        addStep(0, remote.roleCollections());
        addStep(1, remote.users(), false, kUserRange);
        addStep(2, remote.destinations());
        addStep(2, remote.destinationCertificates());
        // Cloud Integration (/api/v1): keystore entries with their chains, and the credentials,
        // whose secrets the API never answers (so they read as not set).
        addStep(3, remote.keystore(), true);
        addStep(3, remote.userCredentials(), true);
        addStep(3, remote.oauth2ClientCredentials(), true);
        addStep(3, remote.secureParameters(), true);
        // Each lane's first step; a step that completes at once continues its lane from here.
        for (std::size_t lane = 0; lane < lanes.size() && !ended; ++lane)
            step(lane);
    }

    void step(std::size_t lane)
    {
        if (ended)
            return;
        if (cancelled())
            return finish(cancelledError());
        Lane& l = lanes[lane];
        if (l.next == l.steps.size()) {
            ++lanesDone;
            applyWhenDone();
            return;
        }
        auto self = shared_from_this();
        l.steps[l.next++]()
            .then(context.get(), [self, lane](Status s) {
                if (!s)
                    return self->finish(s.error());
                self->step(lane);
            })
            .onCanceled(context.get(), [self]() {
                // The remote client went away under the list (its transport was closed).
                self->finish(Error::make(Error::Kind::Cancelled, Tr::tr("the remote tenant was closed")));
            });
    }

    // Once every lane has read all and every row is made: the write.
    void applyWhenDone()
    {
        if (ended || applying || lanesDone < lanes.size() || making > 0)
            return;
        if (cancelled())
            return finish(cancelledError());
        applying = true;
        apply();
    }

    void apply()
    {
        pulled.at(EntityKind::Assignment) = std::move(assignmentRows);
        // The store function holds no reference: `self` in the continuation keeps this alive until
        // after write() returned, and the last reference is never dropped in the replica's thread.
        auto self = shared_from_this();
        replica->run([this](TenantStore& store) { return write(store); })
            .then(context.get(), [self](Result<PullSummary> r) {
                self->finish(std::move(r));
                // The WAL the write left, copied into the file now that the caller has its
                // answer (a failure only leaves it to the next commit's automatic checkpoint).
                (void)self->replica->run([](TenantStore& store) { return store.checkpoint(); });
            });
    }

    // The entities with pending journal entries: the base version of the first one (what the
    // entries were made on) and the row before it.
    struct Pending
    {
        QString baseVersion;
        std::optional<QJsonObject> base;
    };
    using PendingMap = std::map<std::pair<EntityKind, QString>, Pending>;

    static Result<PendingMap> pendingEntities(TenantStore& store)
    {
        auto entries = store.journal(JournalEntry::State::Pending);
        if (!entries)
            return entries.error();
        PendingMap out;
        for (const JournalEntry& e : *entries)
            out.try_emplace({e.kind, e.key}, Pending{e.baseVersion, e.before}); // the first one wins
        return out;
    }

    // An entity of `kind` with pending entries, as the remote has it now (`theirs`, absent when it
    // has none). The remote still at the entries' base: nothing happens, mine stays. The remote
    // already at what the replica has: nothing either (the push will count it as done). Else a
    // conflict, in the form push records it; either way the row and the entries stay.
    Status mergePending(TenantStore& store, EntityKind kind, const QString& key, const Pending& pending,
                        const TenantStore::Row* theirs, PullCounts& counts)
    {
        const QString theirsVersion = theirs ? theirs->version : QString();
        auto mine = store.row(kind, key);
        if (!mine)
            return mine.error();
        const std::optional<QJsonObject> mineData = *mine ? std::optional<QJsonObject>((*mine)->data) : std::nullopt;
        const std::optional<QJsonObject> theirsData = theirs ? std::optional<QJsonObject>(theirs->data) : std::nullopt;
        ++counts.kept;
        if (theirsVersion == pending.baseVersion || theirsData == mineData)
            return store.removeConflict(kind, key);
        Conflict c;
        c.kind = kind;
        c.key = key;
        c.baseVersion = pending.baseVersion;
        c.base = pending.base;
        c.mine = mineData;
        c.theirs = theirsData;
        c.theirsVersion = theirsVersion;
        c.detectedAt = clock.now();
        ++counts.conflicts;
        return store.putConflict(c);
    }

    // On the replica's thread.
    Result<PullSummary> write(TenantStore& store)
    {
        PullSummary summary;
        // The commit appends to the WAL only; apply() has it copied into the file afterwards.
        if (Status off = store.setAutoCheckpoint(false); !off)
            return off.error();
        const auto restore = qScopeGuard([&store] { (void)store.setAutoCheckpoint(true); });
        const Status s = store.transaction([&]() -> Status {
            // Read inside the transaction: nothing can add an entry between this and the writes.
            auto pending = pendingEntities(store);
            if (!pending)
                return pending.error();
            for (EntityKind kind : pulledKinds()) {
                if (cancelled())
                    return cancelledError();
                if (skipped.count(kind) > 0)
                    continue;
                auto existing = store.rows(kind);
                if (!existing)
                    return existing.error();
                QHash<QString, const TenantStore::Row*> before;
                for (const TenantStore::Row& row : *existing)
                    before.insert(row.key, &row);
                PullCounts& counts = summary.counts[kind];
                const QList<PulledRow>& rows = pulled[kind];
                counts.pulled = rows.size();
                // Which keys the remote has, for the pending entities of this kind only.
                const bool anyPending = std::any_of(pending->begin(), pending->end(),
                                                    [kind](const auto& p) { return p.first.first == kind; });
                QSet<QString> seen;
                std::vector<const PulledRow*> changed;
                changed.reserve(std::size_t(rows.size()));
                for (const PulledRow& row : rows) {
                    const TenantStore::Row* old = before.isEmpty() ? nullptr : before.take(row.key);
                    if (anyPending) {
                        seen.insert(row.key);
                        if (const auto p = pending->find({kind, row.key}); p != pending->end()) {
                            const TenantStore::Row theirs{row.key, dataOf(row), row.version, row.version};
                            if (Status m = mergePending(store, kind, row.key, p->second, &theirs, counts); !m)
                                return m;
                            continue;
                        }
                    }
                    if (old && old->baseVersion == row.version && old->data == dataOf(row))
                        continue; // unchanged: no write, so its version stays
                    changed.push_back(&row);
                    ++(old ? counts.updated : counts.added);
                }
                // In key order, the order of the table's B-tree: each insert lands beside the last
                // one (assignments arrive in user order, their keys start with the collection).
                std::sort(changed.begin(), changed.end(), [](const PulledRow* a, const PulledRow* b) { return a->key < b->key; });
                if (Status put = store.putPulled(kind, changed); !put)
                    return put;
                for (auto it = before.cbegin(); it != before.cend(); ++it) {
                    if (pending->count({kind, it.key()}))
                        continue; // below, with the pending entities the remote does not have
                    if (Status removed = store.remove(kind, it.key()); !removed)
                        return removed;
                    ++counts.removed;
                }
                // Pending entities the remote does not have (any more, or not yet).
                for (const auto& [id, p] : *pending) {
                    if (id.first != kind || seen.contains(id.second))
                        continue;
                    if (Status m = mergePending(store, kind, id.second, p, nullptr, counts); !m)
                        return m;
                }
            }
            // A conflict whose entity has no pending entries any more concerns nothing.
            auto stale = store.conflicts();
            if (!stale)
                return stale.error();
            for (const Conflict& c : *stale)
                if (!pending->count({c.kind, c.key}))
                    if (Status removed = store.removeConflict(c.kind, c.key); !removed)
                        return removed;
            if (!options.profile.isEmpty())
                if (Status m = store.setMeta(QStringLiteral("replicaOf"), options.profile); !m)
                    return m;
            return store.setMeta(QStringLiteral("lastPull"), clock.now().toUTC().toString(Qt::ISODate));
        });
        if (!s)
            return s.error();
        return summary;
    }
};

} // namespace

QList<EntityKind> pulledKinds()
{
    return {EntityKind::IdentityProvider,
            EntityKind::RoleTemplate, EntityKind::Role,        EntityKind::RoleCollection,
            EntityKind::User,         EntityKind::Destination, EntityKind::DestinationCertificate,
            EntityKind::KeystoreEntry, EntityKind::UserCredential, EntityKind::OAuth2ClientCredential,
            EntityKind::SecureParameter, EntityKind::Assignment};
}

QString replicaPath(const QString& profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/gatehouse/replicas/") + profile + QStringLiteral(".ghtenant");
}

Result<std::shared_ptr<LocalTenant>> openOrCreateReplica(const QString& path, const QString& profile)
{
    if (!QFileInfo::exists(path)) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return Error::make(Error::Kind::Io, Tr::tr("cannot create the replicas folder"), folder);
        Status created = Seeder::createTenantFile(path, [&](TenantStore& store) -> Status {
            if (Status s = store.setMeta(QStringLiteral("name"), profile); !s)
                return s;
            return store.setMeta(QStringLiteral("replicaOf"), profile);
        });
        // Another process may have created it at the same moment: then open theirs.
        if (!created && !(created.error().kind == Error::Kind::Conflict && QFileInfo::exists(path)))
            return created.error();
    }
    return LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
}

QFuture<Result<PullSummary>> pullTenant(TenantClient& remote, std::shared_ptr<LocalTenant> replica,
                                        const Clock& clock, PullOptions options)
{
    auto run = std::make_shared<PullRun>(remote, std::move(replica), clock, std::move(options));
    run->promise.start();
    QFuture<Result<PullSummary>> future = run->promise.future();
    run->start();
    return future;
}

} // namespace gh
