#include "app/client/local/LocalTenant.h"

#include <QtConcurrent/QtConcurrentRun>

namespace gh {

LocalTenant::LocalTenant(QString path) : m_path(std::move(path))
{
    m_thread.setObjectName(QStringLiteral("tenant-store"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LocalTenant::~LocalTenant()
{
    if (QThread::currentThread() == &m_thread)
        qFatal("LocalTenant destroyed on its own store thread: a run() function kept it alive");
    // Close the database on its own thread, then stop the thread.
    QMetaObject::invokeMethod(m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<std::shared_ptr<LocalTenant>> LocalTenant::open(const QString& path, OpenMode mode)
{
    std::shared_ptr<LocalTenant> tenant(new LocalTenant(path));
    std::optional<Error> failure;
    QMetaObject::invokeMethod(
        tenant->m_worker,
        [&] {
            auto store = TenantStore::open(path, mode);
            if (store) {
                tenant->m_store = std::move(store).value();
                tenant->m_name = tenant->m_store->meta(QStringLiteral("name"));
                tenant->m_id = tenant->m_store->meta(QStringLiteral("id"));
                if (tenant->m_name.isEmpty())
                    tenant->m_name = path;
            } else
                failure = store.error();
        },
        Qt::BlockingQueuedConnection);
    if (failure)
        return *failure;
    return tenant;
}

QFuture<Result<std::shared_ptr<LocalTenant>>> LocalTenant::openAsync(const QString& path, OpenMode mode)
{
    return QtConcurrent::run([path, mode] { return open(path, mode); });
}

} // namespace gh
