#include "app/workspace/CopyMaterial.h"

#include "app/secrets/Cleanse.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/PgpActions.h"

#include <QPointer>
#include <QPromise>

#include <memory>

namespace gh::copying {

namespace {

struct Job
{
    QPointer<SecretStore> store;
    QString sourceId;
    QString targetId;
    QList<KeystoreEntry> keyPairs;
    QStringList keyrings;
    qsizetype nextKey = 0;
    qsizetype nextKeyring = 0;
    QByteArray value; // the keyring file being carried, wiped once written
    QPromise<Status> promise;

    ~Job() { cleanse(value); }
    void finish(Status status)
    {
        cleanse(value);
        promise.addResult(std::move(status));
        promise.finish();
    }
};

void runNext(const std::shared_ptr<Job>& job);

void carryKey(const std::shared_ptr<Job>& job, const KeystoreEntry& entry)
{
    KeyVault from(*job->store, job->sourceId);
    from.keyOf(entry).then(job->store.data(), [job, entry](Result<KeyVault::Key> key) {
        if (!key) {
            Error e = key.error();
            if (e.kind == Error::Kind::NotFound)
                e.message = QStringLiteral("the private key of key pair '%1' is not in this machine's keychain for "
                                           "the source tenant (a key made in the tenant stays there), so it "
                                           "cannot be copied")
                                .arg(entry.alias);
            e.where = QStringLiteral("keystore entry '%1/%2'").arg(entry.keystore, entry.alias);
            job->finish(e);
            return;
        }
        if (!job->store) {
            job->finish(Error::make(Error::Kind::Internal, QStringLiteral("the secret store has gone away")));
            return;
        }
        KeyVault to(*job->store, job->targetId);
        to.keep(**key).then(job->store.data(), [job, entry](Status kept) {
            if (!kept) {
                Error e = kept.error();
                e.where = QStringLiteral("keystore entry '%1/%2'").arg(entry.keystore, entry.alias);
                job->finish(e);
                return;
            }
            runNext(job);
        });
    });
}

void carryKeyring(const std::shared_ptr<Job>& job, const QString& sha256)
{
    const QString where = QStringLiteral("secret PGP keyring %1").arg(sha256.left(16));
    job->store->read(pgpactions::secretKeyringKey(job->sourceId, sha256))
        .then(job->store.data(), [job, sha256, where](Result<QByteArray> read) {
            if (!read) {
                Error e = read.error();
                if (e.kind == Error::Kind::NotFound)
                    e.message = QStringLiteral("this machine's keychain holds no secret keyring file for the source "
                                               "tenant, so its secret keys cannot be copied");
                e.where = where;
                job->finish(e);
                return;
            }
            job->value = deepCopy(*read);
            cleanse(*read);
            if (!job->store) {
                job->finish(Error::make(Error::Kind::Internal, QStringLiteral("the secret store has gone away")));
                return;
            }
            job->store->write(pgpactions::secretKeyringKey(job->targetId, sha256), job->value)
                .then(job->store.data(), [job, where](Status written) {
                    cleanse(job->value);
                    if (!written) {
                        Error e = written.error();
                        e.where = where;
                        job->finish(e);
                        return;
                    }
                    runNext(job);
                });
        });
}

void runNext(const std::shared_ptr<Job>& job)
{
    if (!job->store) {
        job->finish(Error::make(Error::Kind::Internal, QStringLiteral("the secret store has gone away")));
        return;
    }
    if (job->nextKey < job->keyPairs.size()) {
        carryKey(job, job->keyPairs.at(job->nextKey++));
        return;
    }
    if (job->nextKeyring < job->keyrings.size()) {
        carryKeyring(job, job->keyrings.at(job->nextKeyring++));
        return;
    }
    job->finish(Status());
}

} // namespace

QFuture<Status> carryMaterial(SecretStore& store, const QString& sourceId, const QString& targetId,
                              const CopyPlan& plan)
{
    auto job = std::make_shared<Job>();
    job->store = &store;
    job->sourceId = sourceId;
    job->targetId = targetId;
    job->keyPairs = plan.privateKeys;
    job->keyrings = plan.secretKeyrings;
    QFuture<Status> future = job->promise.future();
    job->promise.start();
    runNext(job);
    return future;
}

} // namespace gh::copying
