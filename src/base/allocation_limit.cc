#include "base/allocation_limit.h"

#include <cstdlib>
#include <limits>
#include <new>

namespace {

thread_local size_t max_allocation = std::numeric_limits<size_t>::max();
thread_local bool allocation_refused = false;

}  // namespace

namespace affiche {

AllocationLimit::AllocationLimit(size_t bytes)
    : previous_limit_(max_allocation), previous_refused_(allocation_refused) {
  max_allocation = bytes;
  allocation_refused = false;
}

AllocationLimit::~AllocationLimit() {
  max_allocation = previous_limit_;
  allocation_refused = previous_refused_ || allocation_refused;
}

bool AllocationLimit::refused() const { return allocation_refused; }

}  // namespace affiche

// The replaceable allocation functions ([new.delete]), over malloc and free
// (mimalloc's in the affiche binary). Every unaligned form is here, so that a
// sanitizer's own never frees what this one allocated; the aligned forms are
// left alone (no std::string uses them).
void* operator new(std::size_t size) {
  if (size > max_allocation) {
    allocation_refused = true;
    throw std::bad_alloc();
  }
  if (size == 0) size = 1;
  for (;;) {
    if (void* p = std::malloc(size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (!handler) throw std::bad_alloc();
    handler();
  }
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return ::operator new(size);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept {
  return ::operator new(size, tag);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
