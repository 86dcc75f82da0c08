#include "app/secrets/KeychainSecretStore.h"

#include "app/secrets/FutureUtil.h"
#include "app/secrets/KeychainError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace gh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::KeychainSecretStore)
};

using std::chrono::milliseconds;

// Holds the promise of one call and fulfils it exactly once, whichever comes first: the job's
// finished(), the timeout, or the job's destruction without finishing.
template <class T> class Completion
{
public:
    Completion() { m_promise.start(); }
    QFuture<T> future() { return m_promise.future(); }

    void finish(T value)
    {
        if (m_done)
            return;
        m_done = true;
        m_promise.addResult(std::move(value));
        m_promise.finish();
    }

private:
    QPromise<T> m_promise;
    bool m_done = false;
};

QString where(const QString& service, const QString& key)
{
    return QStringLiteral("keychain:") + service + QLatin1Char('/') + key;
}

QString describe(milliseconds duration)
{
    if (duration.count() % 1000 == 0)
        return QString::number(duration.count() / 1000) + QStringLiteral(" s");
    return QString::number(duration.count()) + QStringLiteral(" ms");
}

Error abandoned(const QString& service, const QString& key)
{
    return Error::make(Error::Kind::Cancelled, Tr::tr("the keychain call was abandoned"), where(service, key));
}

Error emptyKeyError()
{
    return Error::validation(QStringLiteral("key"), Tr::tr("the secret's key is empty"));
}

// Starts `job` (no parent: QtKeychain's callbacks hold it until it finishes, then it deletes
// itself) and returns a future for `outcome(job)`.
template <class T>
QFuture<T> run(QKeychain::Job* job, milliseconds timeout,
               std::function<T(const QKeychain::Job&)> outcome)
{
    auto completion = std::make_shared<Completion<T>>();
    const QString service = job->service();
    const QString key = job->key();

    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [completion, outcome](QKeychain::Job* finished) {
                         completion->finish(outcome(*finished));
                     });
    QObject::connect(job, &QObject::destroyed, job, [completion, service, key] {
        completion->finish(
            T(abandoned(service, key)));
    });
    if (timeout > milliseconds::zero()) {
        QTimer::singleShot(timeout, job, [completion, service, key, timeout] {
            completion->finish(T(Error::make(
                Error::Kind::Io,
                Tr::tr("the system keychain did not answer within %1").arg(describe(timeout)),
                where(service, key))));
        });
    }
    job->start();
    return completion->future();
}

QFuture<Result<QByteArray>> readSecret(const QString& service, const QString& key,
                                       milliseconds timeout)
{
    if (key.isEmpty())
        return detail::readyFuture(Result<QByteArray>(emptyKeyError()));
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    return run<Result<QByteArray>>(
        job, timeout, [](const QKeychain::Job& done) -> Result<QByteArray> {
            if (done.error() != QKeychain::NoError) {
                return detail::keychainError(done.error(), done.errorString(), done.service(),
                                             done.key());
            }
            return static_cast<const QKeychain::ReadPasswordJob&>(done).binaryData();
        });
}

QFuture<Status> writeSecret(const QString& service, const QString& key, const QByteArray& secret,
                            milliseconds timeout)
{
    if (key.isEmpty())
        return detail::readyFuture(Status(emptyKeyError()));
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setBinaryData(secret);
    return run<Status>(job, timeout, [](const QKeychain::Job& done) -> Status {
        if (done.error() != QKeychain::NoError)
            return detail::keychainError(done.error(), done.errorString(), done.service(),
                                         done.key());
        return {};
    });
}

QFuture<Status> removeSecret(const QString& service, const QString& key, milliseconds timeout)
{
    if (key.isEmpty())
        return detail::readyFuture(Status(emptyKeyError()));
    auto* job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    return run<Status>(job, timeout, [](const QKeychain::Job& done) -> Status {
        // Removing what is not there is fine.
        if (done.error() != QKeychain::NoError && done.error() != QKeychain::EntryNotFound)
            return detail::keychainError(done.error(), done.errorString(), done.service(),
                                         done.key());
        return {};
    });
}

// Calls `then(result)` once `future` has finished, in the thread that finishes it (here: the
// thread running the keychain jobs), or at once if it already has.
template <class T, class F> void whenFinished(QFuture<T> future, F then)
{
    future.then(QtFuture::Launch::Sync,
                [then = std::move(then)](T result) mutable { then(std::move(result)); });
}

milliseconds remaining(const QDeadlineTimer& deadline)
{
    if (deadline.isForever())
        return milliseconds::zero();
    // At least 1 ms: zero would mean "no timeout".
    return std::max(milliseconds(1), milliseconds(deadline.remainingTime()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QFuture<Result<QByteArray>> KeychainSecretStore::read(const QString& key)
{
    return readSecret(m_service, key, m_timeout);
}

QFuture<Status> KeychainSecretStore::write(const QString& key, const QByteArray& secret)
{
    return writeSecret(m_service, key, secret, m_timeout);
}

QFuture<Status> KeychainSecretStore::remove(const QString& key)
{
    return removeSecret(m_service, key, m_timeout);
}

QString KeychainSecretStore::description() const
{
#if defined(Q_OS_MACOS)
    return Tr::tr("system keychain (macOS Keychain)");
#elif defined(Q_OS_WIN)
    return Tr::tr("system keychain (Windows Credential Manager)");
#else
    return Tr::tr("system keychain (Secret Service)");
#endif
}

QFuture<Status> KeychainSecretStore::probe(const QString& service, milliseconds timeout)
{
    auto completion = std::make_shared<Completion<Status>>();
    const QDeadlineTimer deadline = timeout > milliseconds::zero()
                                        ? QDeadlineTimer(timeout)
                                        : QDeadlineTimer(QDeadlineTimer::Forever);
    const QString key =
        QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Binary, with a zero byte and bytes that are not UTF-8, to check the round trip is exact.
    QByteArray value(24, '\0');
    for (qsizetype i = 2; i < value.size(); ++i)
        value[i] = char(QRandomGenerator::global()->bounded(256));
    value[1] = char(0xff);

    whenFinished(writeSecret(service, key, value, remaining(deadline)), [=](Status written) {
        if (!written) {
            completion->finish(written);
            return;
        }
        whenFinished(readSecret(service, key, remaining(deadline)), [=](Result<QByteArray> read) {
            whenFinished(removeSecret(service, key, remaining(deadline)), [=](Status removed) {
                if (!read) {
                    completion->finish(read.error());
                } else if (*read != value) {
                    completion->finish(Error::make(
                        Error::Kind::Io,
                        Tr::tr("the system keychain returned other bytes than were stored"),
                        where(service, key)));
                } else {
                    completion->finish(removed);
                }
            });
        });
    });
    return completion->future();
}

QFuture<Status> KeychainSecretStore::ping(const QString& service, milliseconds timeout)
{
    auto completion = std::make_shared<Completion<Status>>();
    const QString key =
        QStringLiteral("ping/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    whenFinished(readSecret(service, key, timeout), [=](Result<QByteArray> read) {
        if (read || read.error().kind == Error::Kind::NotFound)
            completion->finish(Status());
        else
            completion->finish(read.error());
    });
    return completion->future();
}

} // namespace gh
