#include "base/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

namespace affiche {
namespace {

TEST(ParallelFor, RethrowsTheFirstExceptionOnceTheThreadsAreDone) {
  std::atomic<int> done{0};
  EXPECT_THROW(ParallelFor(10000,
                           [&](size_t begin, size_t end) {
                             for (size_t i = begin; i < end; ++i) {
                               if (i == 5000) throw std::runtime_error("too big");
                               ++done;
                             }
                           }),
               std::runtime_error);
  EXPECT_LT(done.load(), 10000);
}

}  // namespace
}  // namespace affiche
