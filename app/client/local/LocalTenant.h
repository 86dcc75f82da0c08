#pragma once

#include "app/client/local/TenantStore.h"
#include "app/domain/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

namespace gh {

// A TenantStore running on a thread of its own. Every access goes through run(), which queues
// a function onto that thread and hands back a QFuture, so the GUI thread never waits on SQLite.
// The CLI and tests may simply call .result() on the future.
class LocalTenant final : public std::enable_shared_from_this<LocalTenant>
{
public:
    using OpenMode = TenantStore::OpenMode;

    // Starts the thread and opens (or creates) the file on it, waiting for the result.
    static Result<std::shared_ptr<LocalTenant>> open(const QString& path, OpenMode mode);
    // The same from a pool thread, for callers that must not wait (the GUI thread).
    static QFuture<Result<std::shared_ptr<LocalTenant>>> openAsync(const QString& path, OpenMode mode);
    ~LocalTenant();

    QString path() const { return m_path; }
    // The tenant's name as stored in it (read when opened); its path when it has none.
    QString name() const { return m_name; }
    // The tenant's stable identity (random, made with the file); keys its secrets in the keychain.
    QString id() const { return m_id; }

    template<class F>
    auto run(F&& f) -> QFuture<std::invoke_result_t<F, TenantStore&>>
    {
        using R = std::invoke_result_t<F, TenantStore&>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_worker,
            [store = m_store.get(), promise, fn = std::forward<F>(f)]() mutable {
                promise->addResult(fn(*store));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    LocalTenant(QString path);

    QString m_path;
    QString m_name;
    QString m_id;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
    std::unique_ptr<TenantStore> m_store; // used only on m_thread
};

} // namespace gh
