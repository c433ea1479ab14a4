// Splits work over a few threads: the loader reads and the renderers render
// thousands of files at once.
#ifndef AFFICHE_BASE_PARALLEL_H_
#define AFFICHE_BASE_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace affiche {

// Calls work(begin, end) on chunks of [0, count) from a few threads (one per
// core), each thread taking the next chunk when it is done with one, and
// returns when all are done. work must only touch what its chunk owns, or lock.
// An exception thrown by work stops the chunks not yet started and is
// rethrown here, once the threads are done.
void ParallelFor(size_t count, const std::function<void(size_t begin, size_t end)>& work);

}  // namespace affiche

#endif  // AFFICHE_BASE_PARALLEL_H_
