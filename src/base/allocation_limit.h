// A bound on the size of one allocation, for buffers that grow where we cannot
// look. kainjow's renderer keeps each line of a page in a string of its own
// until the line ends: a layout whose list sections nest on one line makes that
// string gigabytes long before RenderLayout sees a byte of it.

#pragma once

#include <cstddef>

namespace affiche {

// While it lives, any single allocation by operator new on this thread larger
// than `bytes` throws std::bad_alloc instead of being made. Limits nest: the
// inner one holds until it is destroyed.
class AllocationLimit {
 public:
  explicit AllocationLimit(size_t bytes);
  ~AllocationLimit();
  AllocationLimit(const AllocationLimit&) = delete;
  AllocationLimit& operator=(const AllocationLimit&) = delete;

  // Whether an allocation was refused since this limit was set.
  bool refused() const;

 private:
  size_t previous_limit_;
  bool previous_refused_;
};

}  // namespace affiche
