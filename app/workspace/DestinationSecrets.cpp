#include "app/workspace/DestinationSecrets.h"

#include "app/secrets/Cleanse.h"
#include "app/secrets/FutureUtil.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/DestinationDraft.h"

#include <QCoreApplication>
#include <QPromise>

#include <memory>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::DestinationSecrets)
};
} // namespace

namespace {

struct Step
{
    QString destination; // whose secret is written
    QString key;
    bool copy = false; // from the original's name; else `value` is written
    QByteArray value;  // a buffer of its own, wiped once written
};

struct Job
{
    QPointer<SecretStore> store;
    QString tenantId;
    QString source; // the original's name, for copies
    QList<Step> steps;
    qsizetype next = 0;
    Destination destination;
    QPromise<Result<Destination>> promise;

    ~Job()
    {
        for (Step& s : steps)
            cleanse(s.value);
    }
    QString keyOf(const QString& destination, const QString& field) const
    {
        return SecretStore::destinationKey(tenantId, destination, field);
    }
    void finish(Result<Destination> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

void runNext(const std::shared_ptr<Job>& job);

void written(const std::shared_ptr<Job>& job, Step& step, const Status& status)
{
    cleanse(step.value);
    if (!status) {
        Error e = status.error();
        e.where = Tr::tr("destination '%1', %2").arg(step.destination, step.key);
        job->finish(e);
        return;
    }
    runNext(job);
}

void runNext(const std::shared_ptr<Job>& job)
{
    if (!job->store) {
        job->finish(Error::make(Error::Kind::Internal, Tr::tr("the secret store has gone away")));
        return;
    }
    if (job->next == job->steps.size()) {
        job->finish(job->destination);
        return;
    }
    Step& step = job->steps[job->next++];
    SecretStore* store = job->store;
    if (!step.copy) {
        store->write(job->keyOf(step.destination, step.key), step.value)
            .then(store, [job, &step](Status status) { written(job, step, status); });
        return;
    }
    store->read(job->keyOf(job->source, step.key)).then(store, [job, &step](Result<QByteArray> read) {
        if (!read) {
            if (read.error().kind != Error::Kind::NotFound) {
                job->finish(read.error());
                return;
            }
            job->destination.setSecretState(step.key, Destination::SecretState::Missing);
            runNext(job);
            return;
        }
        step.value = deepCopy(*read);
        cleanse(*read);
        job->store->write(job->keyOf(step.destination, step.key), step.value)
            .then(job->store.data(), [job, &step](Status status) { written(job, step, status); });
    });
}

// Starts the job's steps; its future finishes after the last one (or the first failure).
QFuture<Result<Destination>> run(const std::shared_ptr<Job>& job)
{
    QFuture<Result<Destination>> future = job->promise.future();
    job->promise.start();
    runNext(job);
    return future;
}

} // namespace

DestinationSecrets::DestinationSecrets(SecretStore& store, QString tenantId)
    : m_store(&store), m_tenantId(std::move(tenantId))
{
}

bool DestinationSecrets::isPersistent() const
{
    return m_store && m_store->isPersistent();
}

QFuture<Result<Destination>> DestinationSecrets::store(const destinations::DestinationDraft& draft)
{
    auto job = std::make_shared<Job>();
    job->store = m_store;
    job->tenantId = m_tenantId;
    job->destination = draft.build();
    const QString name = job->destination.name();
    job->source = draft.original().name();
    for (const QString& key : draft.enteredSecretKeys()) {
        const crypto::SecretBuffer* secret = draft.enteredSecret(key);
        job->steps.append({name, key, false, QByteArray(secret->data(), secret->size())});
    }
    for (const QString& key : draft.secretsToCopy())
        job->steps.append({name, key, true, {}});
    return run(job);
}

QFuture<Status> DestinationSecrets::write(const QList<Value>& values)
{
    auto job = std::make_shared<Job>();
    job->store = m_store;
    job->tenantId = m_tenantId;
    for (const Value& v : values)
        if (v.value)
            job->steps.append({v.destination, v.key, false, QByteArray(v.value->data(), v.value->size())});
    return run(job).then([](const Result<Destination>& done) { return done ? Status() : Status(done.error()); });
}

} // namespace gh
