#include "app/workspace/CredentialSecrets.h"

#include "app/secrets/Cleanse.h"
#include "app/secrets/FutureUtil.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/CredentialActions.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QPromise>
#include <QSet>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::CredentialSecrets)
};
} // namespace

namespace {

Error storeGone()
{
    return Error::make(Error::Kind::Internal, Tr::tr("the secret store has gone away"));
}

// Reads or removes one key after the other on the store's thread; stops at the first error.
struct KeyJob
{
    QPointer<SecretStore> store;
    QString tenantId;
    QList<std::pair<EntityKind, QString>> credentials;
    qsizetype next = 0;
    bool remove = false;
    std::shared_ptr<PendingCredentialSecrets> into; // reads
    QPromise<Status> promise;

    void finish(Status s)
    {
        promise.addResult(std::move(s));
        promise.finish();
    }
};

void runNext(const std::shared_ptr<KeyJob>& job)
{
    if (!job->store)
        return job->finish(storeGone());
    if (job->next == job->credentials.size())
        return job->finish(Status());
    // Plain copies, not a structured binding: clang 14 (the fuzz build) cannot capture those.
    const EntityKind kind = job->credentials.at(job->next).first;
    const QString name = job->credentials.at(job->next).second;
    ++job->next;
    const QString key = credentials::secretKey(job->tenantId, kind, name);
    SecretStore* store = job->store;
    if (job->remove) {
        store->remove(key).then(store, [job, kind, name](Status s) {
            if (!s) {
                Error e = s.error();
                e.where = credentials::labelOf(kind, name);
                return job->finish(e);
            }
            runNext(job);
        });
        return;
    }
    store->read(key).then(store, [job, kind, name](Result<QByteArray> read) {
        if (!read) {
            if (read.error().kind != Error::Kind::NotFound) {
                Error e = read.error();
                e.where = credentials::labelOf(kind, name);
                return job->finish(e);
            }
            return runNext(job);
        }
        auto value = std::make_shared<const crypto::SecretBuffer>(QByteArrayView(*read));
        cleanse(*read);
        if (!value->isEmpty())
            job->into->put(kind, name, std::move(value));
        runNext(job);
    });
}

QFuture<Status> start(const std::shared_ptr<KeyJob>& job)
{
    QFuture<Status> future = job->promise.future();
    job->promise.start();
    runNext(job);
    return future;
}

} // namespace

// ---- PendingCredentialSecrets -----------------------------------------------------------------

void PendingCredentialSecrets::put(EntityKind kind, const QString& name, Secret value)
{
    QMutexLocker lock(&m_mutex);
    m_values[{kind, name}] = std::move(value);
}

PendingCredentialSecrets::Secret PendingCredentialSecrets::get(EntityKind kind, const QString& name) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_values.find({kind, name});
    return it == m_values.end() ? nullptr : it->second;
}

QList<std::pair<EntityKind, QString>> PendingCredentialSecrets::names() const
{
    QMutexLocker lock(&m_mutex);
    QList<std::pair<EntityKind, QString>> out;
    for (const auto& [key, value] : m_values)
        out.append(key);
    return out;
}

void PendingCredentialSecrets::clear()
{
    QMutexLocker lock(&m_mutex);
    m_values.clear();
}

std::function<PendingCredentialSecrets::Secret(EntityKind, const QString&)>
PendingCredentialSecrets::source(std::shared_ptr<PendingCredentialSecrets> pending)
{
    return [pending = std::move(pending)](EntityKind kind, const QString& name) { return pending->get(kind, name); };
}

std::function<QString(const JournalEntry&)> PendingCredentialSecrets::refuseMissing(std::shared_ptr<PendingCredentialSecrets> pending)
{
    return [pending = std::move(pending)](const JournalEntry& e) -> QString {
        if (!credentials::isCredentialKind(e.kind) || e.before || !e.after || pending->contains(e.kind, e.key))
            return {};
        return Tr::tr("%1 was created without its %2 on this machine (the keychain holds none), and the tenant "
                              "needs one: give it with 'gatehouse-cli credentials edit %3 --secret' or Edit in the "
                              "cockpit, then push again")
            .arg(credentials::labelOf(e.kind, e.key), credentials::secretLabel(e.kind), e.key);
    };
}

// ---- CredentialSecrets ------------------------------------------------------------------------

CredentialSecrets::CredentialSecrets(SecretStore& store, QString tenantId)
    : m_store(&store), m_tenantId(std::move(tenantId))
{
}

bool CredentialSecrets::isPersistent() const
{
    return m_store && m_store->isPersistent();
}

QFuture<Status> CredentialSecrets::write(EntityKind kind, const QString& name, const crypto::SecretBuffer& value)
{
    if (!m_store)
        return detail::readyFuture(Status(storeGone()));
    if (value.isEmpty())
        return detail::readyFuture(Status(Error::validation(credentials::secretField(kind), Tr::tr("is empty"))));
    // A buffer of its own, wiped once written (the store may share it until then).
    auto bytes = std::make_shared<QByteArray>(value.data(), value.size());
    QFuture<Status> written = m_store->write(credentials::secretKey(m_tenantId, kind, name), *bytes);
    return written.then(QtFuture::Launch::Sync, [kind, name, bytes](Status s) {
        cleanse(*bytes);
        if (!s) {
            Error e = s.error();
            e.where = credentials::labelOf(kind, name);
            return Status(e);
        }
        return s;
    });
}

QFuture<Result<PendingCredentialSecrets::Secret>> CredentialSecrets::read(EntityKind kind, const QString& name)
{
    using R = Result<PendingCredentialSecrets::Secret>;
    if (!m_store)
        return detail::readyFuture(R(storeGone()));
    return m_store->read(credentials::secretKey(m_tenantId, kind, name)).then(QtFuture::Launch::Sync, [](Result<QByteArray> read) -> R {
        if (!read)
            return read.error();
        auto value = std::make_shared<const crypto::SecretBuffer>(QByteArrayView(*read));
        cleanse(*read);
        return PendingCredentialSecrets::Secret(std::move(value));
    });
}

QFuture<Status> CredentialSecrets::loadPending(std::shared_ptr<LocalTenant> replica,
                                               std::shared_ptr<PendingCredentialSecrets> into)
{
    if (!m_store)
        return detail::readyFuture(Status(storeGone()));
    auto job = std::make_shared<KeyJob>();
    job->store = m_store;
    job->tenantId = m_tenantId;
    job->into = std::move(into);
    return replica->run([](TenantStore& store) { return store.journal(JournalEntry::State::Pending); })
        .then(m_store.data(), [job](Result<QList<JournalEntry>> pending) -> QFuture<Status> {
            if (!pending)
                return detail::readyFuture(Status(pending.error()));
            QSet<QString> seen;
            for (const JournalEntry& e : *pending) {
                if (!credentials::isCredentialKind(e.kind) || !e.after)
                    continue;
                if (seen.contains(entityKindName(e.kind) + QLatin1Char('\t') + e.key))
                    continue;
                seen.insert(entityKindName(e.kind) + QLatin1Char('\t') + e.key);
                job->credentials.append({e.kind, e.key});
            }
            return start(job);
        })
        .unwrap();
}

QFuture<Status> CredentialSecrets::forgetPushed(const PushSummary& summary, const PendingCredentialSecrets& sent)
{
    auto job = std::make_shared<KeyJob>();
    job->store = m_store;
    job->tenantId = m_tenantId;
    job->remove = true;
    for (const PushItem& item : summary.items) {
        if (item.outcome != PushItem::Outcome::Sent || item.action == PushItem::Action::Delete)
            continue;
        const std::pair<EntityKind, QString> credential{item.kind, item.key};
        if (credentials::isCredentialKind(item.kind) && sent.contains(item.kind, item.key)
            && !job->credentials.contains(credential))
            job->credentials.append(credential);
    }
    return start(job);
}

} // namespace gh
