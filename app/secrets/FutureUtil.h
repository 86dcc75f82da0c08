#pragma once

#include <QFuture>
#include <QPromise>

#include <utility>

namespace gh::detail {

// A future that has already finished with `value`.
template <class T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return future;
}

} // namespace gh::detail
