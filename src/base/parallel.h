// ParallelFor: runs a function over [0, count) on a few threads.
#ifndef AFFICHE_BASE_PARALLEL_H_
#define AFFICHE_BASE_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace affiche {

// Calls body(worker, i) for every i in [0, count), each exactly once, on up
// to hardware_concurrency threads; `worker` (0-based) lets each thread keep
// its own scratch state. Returns when all calls are done.
template <typename Body>
void ParallelFor(size_t count, Body body) {
  size_t workers = std::max(1u, std::thread::hardware_concurrency());
  workers = std::min(workers, std::max<size_t>(1, count / 16));
  std::atomic<size_t> next{0};
  auto run = [&](size_t worker) {
    for (size_t i; (i = next.fetch_add(1)) < count;) body(worker, i);
  };
  std::vector<std::thread> threads;
  for (size_t w = 1; w < workers; ++w) threads.emplace_back(run, w);
  run(0);
  for (std::thread& t : threads) t.join();
}

// The number of workers ParallelFor may use, for sizing per-worker state.
inline size_t ParallelWorkers() {
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace affiche

#endif  // AFFICHE_BASE_PARALLEL_H_
