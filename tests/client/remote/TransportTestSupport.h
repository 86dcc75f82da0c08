#pragma once

// Waiting for the remote backend's futures in tests, in an event loop (the transport's replies
// finish there), with a bound so that a hang fails instead of blocking ctest.
#include "app/client/remote/HttpTransport.h"
#include "app/client/remote/ServiceKey.h"
#include "app/domain/Types.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>

namespace gh::test {

template<class T>
Result<T> await(const QFuture<Result<T>>& future, int ms = 30000)
{
    if (!future.isFinished()) {
        QFutureWatcher<Result<T>> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished())
        return Error::make(Error::Kind::Internal, QStringLiteral("the test timed out"));
    if (future.resultCount() == 0)
        return Error::make(Error::Kind::Internal, QStringLiteral("the future has no result"));
    return future.result();
}

// What went wrong, for QVERIFY2 (which builds its message even when the check passes).
template<class T>
QString why(const Result<T>& r)
{
    return r ? QString() : r.error().toString();
}

// A role collection's roles and users, as two tenants' listings of it are compared.
inline QStringList roleKeys(const RoleCollection& rc)
{
    QStringList keys;
    for (const RoleReference& r : rc.roleReferences)
        keys.append(r.roleKey());
    return keys;
}

inline QStringList userIds(const RoleCollection& rc)
{
    QStringList ids;
    for (const UserReference& u : rc.userReferences)
        ids.append(u.id);
    ids.sort();
    return ids;
}

inline remote::HttpRequest get(const QString& path)
{
    remote::HttpRequest r;
    r.path = path;
    return r;
}

// A transport configuration for one of gatehouse-tenantd's clients: the service key file
// `keyFile` in `keysDir` (as --service-keys writes it), trusting only the daemon's CA
// (`keysDir`/ca.pem). Timeouts and retries stay the caller's.
inline remote::TransportConfig daemonTransportConfig(const QString& keysDir, const QString& keyFile)
{
    auto key = remote::ServiceKey::readFile(keysDir + QLatin1Char('/') + keyFile);
    if (!key)
        qFatal("service key: %s", qPrintable(key.error().toString()));
    remote::TransportConfig c;
    c.tokenUrl = key->tokenUrl;
    c.apiRoot = key->apiRoot;
    c.clientId = key->clientId;
    c.clientSecret = std::move(key->clientSecret);
    auto trust = remote::TlsTrust::fromFiles(keysDir + QStringLiteral("/ca.pem"), {});
    if (!trust)
        qFatal("trust: %s", qPrintable(trust.error().toString()));
    c.trust = *trust;
    return c;
}

} // namespace gh::test
