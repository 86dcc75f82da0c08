#pragma once

#include "app/domain/Result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace gh {

// Calls `fn(result)` on `context`'s thread once `future` has finished, unless `context` is gone
// by then. Qt 6.4's QFuture::then(context, …) asserts that the context is still alive when the
// parent future finishes, so a model or command destroyed while its load is pending would abort;
// a QFutureWatcher owned by the context dies with it instead.
// T is a gh::Result<…> or gh::Status.
template<class T, class F> void whenFinished(QFuture<T> future, QObject* context, F&& fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::forward<F>(fn)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         // A cancelled future (its store went away) delivers a Cancelled error,
                         // so nobody waits forever and nothing reads it as success.
                         if (done.isCanceled() || done.resultCount() == 0)
                             fn(T(Error::make(Error::Kind::Cancelled,
                                              QStringLiteral("the operation was cancelled"))));
                         else
                             fn(done.result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace gh
