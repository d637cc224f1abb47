// HugePageAllocator: an allocator for large tables read at random (the
// in-memory posting tables). Blocks of 2 MiB or more are mapped from the
// kernel, aligned to 2 MiB and marked MADV_HUGEPAGE, so that the kernel
// backs them with transparent huge pages where it allows (Debian's default
// is "madvise": only on request). Smaller blocks come from the ordinary heap.
//
// Why: on a virtual machine a 4 KiB page fault costs microseconds, so
// filling a 1 GiB table spent seconds in faults alone, and a random probe
// into it missed the TLB nearly every time.
//
// What a caller may rely on: a mapped block (Zeroed(n)) is all zero bytes
// when allocated, and its pages take no memory until written. Elements are
// default-initialised (construct() without arguments writes nothing), so a
// vector resized to a mapped block's size stays unwritten: a table growing
// into a new block then holds in memory only what it has filled, not the
// whole new block beside the whole old one. A heap block is not zeroed.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

namespace qt {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  // True when a block of n elements is mapped, and so zero when allocated.
  static bool Zeroed(size_t n) { return n * sizeof(T) >= kHugePage; }

  T* allocate(size_t n) {
    if (!Zeroed(n)) return static_cast<T*>(::operator new(n * sizeof(T)));
    const size_t rounded = Rounded(n);
    // Mapped with a huge page to spare, then trimmed to a 2 MiB boundary.
    void* p = mmap(nullptr, rounded + kHugePage, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<uintptr_t>(p);
    const uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
    if (aligned > start) munmap(p, aligned - start);
    const uintptr_t end = start + rounded + kHugePage;
    if (end > aligned + rounded) {
      munmap(reinterpret_cast<void*>(aligned + rounded), end - aligned - rounded);
    }
    // Advice: failure leaves small pages.
    madvise(reinterpret_cast<void*>(aligned), rounded, MADV_HUGEPAGE);
    return reinterpret_cast<T*>(aligned);
  }
  void deallocate(T* p, size_t n) {
    if (!Zeroed(n)) {
      ::operator delete(p);
    } else {
      munmap(p, Rounded(n));
    }
  }
  template <typename U>
  void construct(U* p) {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }

 private:
  static size_t Rounded(size_t n) {
    return (n * sizeof(T) + kHugePage - 1) / kHugePage * kHugePage;
  }
};

}  // namespace qt
