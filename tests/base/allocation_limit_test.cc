#include "base/allocation_limit.h"

#include <gtest/gtest.h>

#include <new>
#include <string>

namespace affiche {
namespace {

// A string the compiler cannot leave unallocated: it outlives every test.
std::string kept;

void Keep(size_t bytes) {
  kept.clear();
  kept.shrink_to_fit();
  kept.assign(bytes, 'x');
}

TEST(AllocationLimit, RefusesOneAllocationPastTheLimitOnlyWhileItLives) {
  {
    AllocationLimit limit(1 << 20);
    Keep(1000);
    EXPECT_FALSE(limit.refused());
    EXPECT_THROW(Keep(2 << 20), std::bad_alloc);
    EXPECT_TRUE(limit.refused());
  }
  Keep(2 << 20);  // the limit went with its scope
  EXPECT_EQ(kept.size(), size_t{2} << 20);
}

TEST(AllocationLimit, AnInnerLimitHoldsUntilItEndsAndTellsTheOuterOne) {
  AllocationLimit outer(4 << 20);
  {
    AllocationLimit inner(1 << 20);
    EXPECT_THROW(Keep(2 << 20), std::bad_alloc);
  }
  Keep(2 << 20);
  EXPECT_TRUE(outer.refused());
  EXPECT_THROW(Keep(8 << 20), std::bad_alloc);
}

TEST(AllocationLimit, AGrowingStringStopsBeforeTheLimit) {
  kept.clear();
  kept.shrink_to_fit();
  AllocationLimit limit(1 << 20);
  auto grow = [] {
    for (;;) kept += std::string(1000, 'x');
  };
  EXPECT_THROW(grow(), std::bad_alloc);
  EXPECT_LT(kept.size(), size_t{1} << 20);
  EXPECT_GT(kept.size(), size_t{1} << 18);
}

}  // namespace
}  // namespace affiche
