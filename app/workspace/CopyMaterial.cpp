#include "app/workspace/CopyMaterial.h"

#include "app/secrets/Cleanse.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/PgpActions.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace gh::copying {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::CopyMaterial)
};
} // namespace

namespace {

struct Job
{
    QPointer<SecretStore> store;
    QString sourceId;
    QString targetId;
    QList<KeystoreEntry> keyPairs;
    QStringList keyrings;
    QStringList destinationKeystores;
    qsizetype nextKey = 0;
    qsizetype nextKeyring = 0;
    qsizetype nextDestinationKeystore = 0;
    QByteArray value; // the file being carried, wiped once written
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
                e.message = Tr::tr("the private key of key pair '%1' is not in this machine's keychain for "
                                           "the source tenant (a key made in the tenant stays there), so it "
                                           "cannot be copied")
                                .arg(entry.alias);
            e.where = Tr::tr("keystore entry '%1/%2'").arg(entry.keystore, entry.alias);
            job->finish(e);
            return;
        }
        if (!job->store) {
            job->finish(Error::make(Error::Kind::Internal, Tr::tr("the secret store has gone away")));
            return;
        }
        KeyVault to(*job->store, job->targetId);
        to.keep(**key).then(job->store.data(), [job, entry](Status kept) {
            if (!kept) {
                Error e = kept.error();
                e.where = Tr::tr("keystore entry '%1/%2'").arg(entry.keystore, entry.alias);
                job->finish(e);
                return;
            }
            runNext(job);
        });
    });
}

// Reads one keychain item under the source's key and writes it under the target's.
void carryItem(const std::shared_ptr<Job>& job, const QString& sourceKey, const QString& targetKey,
               const QString& where, const QString& notHeld)
{
    job->store->read(sourceKey).then(job->store.data(), [job, targetKey, where, notHeld](Result<QByteArray> read) {
        if (!read) {
            Error e = read.error();
            if (e.kind == Error::Kind::NotFound)
                e.message = notHeld;
            e.where = where;
            job->finish(e);
            return;
        }
        job->value = deepCopy(*read);
        cleanse(*read);
        if (!job->store) {
            job->finish(Error::make(Error::Kind::Internal, Tr::tr("the secret store has gone away")));
            return;
        }
        job->store->write(targetKey, job->value).then(job->store.data(), [job, where](Status written) {
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

void carryKeyring(const std::shared_ptr<Job>& job, const QString& sha256)
{
    carryItem(job, pgpactions::secretKeyringKey(job->sourceId, sha256), pgpactions::secretKeyringKey(job->targetId, sha256),
              Tr::tr("secret PGP keyring %1").arg(sha256.left(16)),
              Tr::tr("this machine's keychain holds no secret keyring file for the source tenant, so its "
                             "secret keys cannot be copied"));
}

void carryDestinationKeystore(const std::shared_ptr<Job>& job, const QString& name)
{
    carryItem(job, SecretStore::destinationCertificateContentKey(job->sourceId, name),
              SecretStore::destinationCertificateContentKey(job->targetId, name),
              Tr::tr("destination certificate '%1'").arg(name),
              Tr::tr("this machine's keychain holds no file of this keystore for the source tenant, so it "
                             "cannot be copied"));
}

void runNext(const std::shared_ptr<Job>& job)
{
    if (!job->store) {
        job->finish(Error::make(Error::Kind::Internal, Tr::tr("the secret store has gone away")));
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
    if (job->nextDestinationKeystore < job->destinationKeystores.size()) {
        carryDestinationKeystore(job, job->destinationKeystores.at(job->nextDestinationKeystore++));
        return;
    }
    job->finish(Status());
}

struct KeepJob
{
    QPointer<SecretStore> store;
    QString targetId;
    QList<SecretValue> values;
    qsizetype next = 0;
    QPromise<Status> promise;
};

void keepNext(const std::shared_ptr<KeepJob>& job)
{
    if (job->next >= job->values.size()) {
        job->values.clear();
        job->promise.addResult(Status());
        job->promise.finish();
        return;
    }
    if (!job->store) {
        job->values.clear();
        job->promise.addResult(Status(Error::make(Error::Kind::Internal, Tr::tr("the secret store has gone away"))));
        job->promise.finish();
        return;
    }
    const SecretValue& v = job->values.at(job->next++);
    // A buffer of its own, wiped once written (the store may share it until then).
    auto bytes = std::make_shared<QByteArray>(v.value ? QByteArray(v.value->data(), v.value->size()) : QByteArray());
    const SecretToCopy secret = v.secret;
    job->store->write(secretKeyOf(job->targetId, secret), *bytes)
        .then(job->store.data(), [job, bytes, secret](Status written) {
            cleanse(*bytes);
            if (!written) {
                Error e = written.error();
                e.where = secret.kind == EntityKind::Destination
                              ? Tr::tr("destination '%1': %2").arg(secret.destination, secret.key)
                              : credentials::labelOf(secret.kind, secret.destination);
                job->values.clear();
                job->promise.addResult(Status(e));
                job->promise.finish();
                return;
            }
            keepNext(job);
        });
}

} // namespace

QString secretKeyOf(const QString& tenantId, const SecretToCopy& secret)
{
    if (secret.kind == EntityKind::Destination)
        return SecretStore::destinationKey(tenantId, secret.destination, secret.key);
    return credentials::secretKey(tenantId, secret.kind, secret.destination);
}

QFuture<Status> keepSecrets(SecretStore& store, const QString& targetId, const QList<SecretValue>& values)
{
    auto job = std::make_shared<KeepJob>();
    job->store = &store;
    job->targetId = targetId;
    job->values = values;
    QFuture<Status> future = job->promise.future();
    job->promise.start();
    keepNext(job);
    return future;
}

QFuture<Status> carryMaterial(SecretStore& store, const QString& sourceId, const QString& targetId,
                              const CopyPlan& plan)
{
    auto job = std::make_shared<Job>();
    job->store = &store;
    job->sourceId = sourceId;
    job->targetId = targetId;
    job->keyPairs = plan.privateKeys;
    job->keyrings = plan.secretKeyrings;
    job->destinationKeystores = plan.destinationKeystores;
    QFuture<Status> future = job->promise.future();
    job->promise.start();
    runNext(job);
    return future;
}

} // namespace gh::copying
