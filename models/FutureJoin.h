#pragma once

#include "app/domain/Result.h"

#include <QFuture>
#include <QMutex>
#include <QPromise>

#include <memory>
#include <optional>
#include <type_traits>

namespace gh {

// One future of `combine(a, b)` over two listings that arrive on their own threads: it is
// computed on whichever thread delivers last (so not on the GUI thread), and fails with the
// first listing's error, else the second's, if either failed. For models that show one list
// made of two (keystore and destination certificates, certificates and their destinations).
template<class A, class B, class Combine>
auto joinResults(QFuture<Result<A>> first, QFuture<Result<B>> second, Combine combine)
    -> QFuture<Result<std::invoke_result_t<Combine&, const A&, const B&>>>
{
    using R = Result<std::invoke_result_t<Combine&, const A&, const B&>>;
    struct Join
    {
        explicit Join(Combine c) : combine(std::move(c)) { promise.start(); }

        void finishIfComplete() // under the mutex
        {
            if (!first || !second)
                return;
            if (!*first)
                promise.addResult(R(first->error()));
            else if (!*second)
                promise.addResult(R(second->error()));
            else
                promise.addResult(R(combine(first->value(), second->value())));
            promise.finish();
        }

        QMutex mutex;
        QPromise<R> promise;
        std::optional<Result<A>> first;
        std::optional<Result<B>> second;
        Combine combine;
    };
    auto join = std::make_shared<Join>(std::move(combine));
    first.then(QtFuture::Launch::Sync, [join](const Result<A>& r) {
        QMutexLocker lock(&join->mutex);
        join->first = r;
        join->finishIfComplete();
    });
    second.then(QtFuture::Launch::Sync, [join](const Result<B>& r) {
        QMutexLocker lock(&join->mutex);
        join->second = r;
        join->finishIfComplete();
    });
    return join->promise.future();
}

} // namespace gh
