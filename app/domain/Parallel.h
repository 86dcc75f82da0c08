#pragma once

// Independent work items spread over the machine's cores with plain threads, every one joined
// before the call returns (no global thread pool that could outlive the caller's data or the
// program's exit). Small inputs run inline on the calling thread.

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace gh {

// Calls work(first, last) on chunks [first, last) of [0, count), each chunk at most `chunk`
// long, from up to hardware_concurrency() threads (at most 8) including the calling one.
// `work` must be safe to call concurrently for disjoint ranges.
template<class Work>
void parallelChunks(qsizetype count, qsizetype chunk, const Work& work)
{
    if (count <= 0)
        return;
    chunk = std::max<qsizetype>(1, chunk);
    const qsizetype chunks = (count + chunk - 1) / chunk;
    const qsizetype cores = std::max(1U, std::min(std::thread::hardware_concurrency(), 8U));
    const qsizetype helpers = std::min(cores, chunks) - 1;
    if (helpers <= 0) {
        work(qsizetype(0), count);
        return;
    }
    std::atomic<qsizetype> next = 0;
    const auto run = [&] {
        for (qsizetype first = next.fetch_add(chunk); first < count; first = next.fetch_add(chunk))
            work(first, std::min(count, first + chunk));
    };
    std::vector<std::jthread> threads;
    threads.reserve(std::size_t(helpers));
    for (qsizetype t = 0; t < helpers; ++t)
        threads.emplace_back(run);
    run();
} // joined

} // namespace gh
