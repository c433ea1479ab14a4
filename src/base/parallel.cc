#include "base/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace affiche {

namespace {
constexpr size_t kMaxThreads = 16;
constexpr size_t kMaxChunk = 256;
}  // namespace

void ParallelFor(size_t count, const std::function<void(size_t, size_t)>& work) {
  size_t cores = std::max<size_t>(1, std::thread::hardware_concurrency());
  size_t threads = std::min({cores, kMaxThreads, count});
  if (threads <= 1) {
    if (count > 0) work(0, count);
    return;
  }
  // Chunks small enough that a slow one (the whole programme's page) does not
  // leave the other threads idle, large enough that taking them costs nothing.
  size_t chunk = std::clamp<size_t>(count / (threads * 4), 1, kMaxChunk);
  std::atomic<size_t> next{0};
  std::mutex mutex;
  std::exception_ptr failure;
  auto run = [&] {
    try {
      for (size_t begin = next.fetch_add(chunk); begin < count;
           begin = next.fetch_add(chunk))
        work(begin, std::min(count, begin + chunk));
    } catch (...) {
      // The first exception goes to the caller; no chunk starts after it.
      next = count;
      std::lock_guard<std::mutex> lock(mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  for (size_t i = 1; i < threads; ++i) pool.emplace_back(run);
  run();  // the calling thread works too
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace affiche
