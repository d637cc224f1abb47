// HugePageAllocator: an allocator for large tables read at random (the
// in-memory posting tables). Blocks of 2 MiB or more are aligned to 2 MiB
// and marked MADV_HUGEPAGE, so that the kernel backs them with transparent
// huge pages where it allows (Debian's default is "madvise": only on request).
//
// Why: on a virtual machine a 4 KiB page fault costs microseconds, so
// filling a 1 GiB table spent seconds in faults alone, and a random probe
// into it missed the TLB nearly every time. Smaller blocks come from the
// ordinary heap.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace qt {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
    madvise(p, rounded, MADV_HUGEPAGE);  // advice: failure leaves small pages
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete(p);
    } else {
      std::free(p);
    }
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

}  // namespace qt
