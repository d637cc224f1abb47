// FUZZ_CHECK: what a fuzz target asserts about a result. A failure prints
// the condition and aborts, which libFuzzer reports as a crash and saves
// the input that caused it; the replay build (replay_main.cc) fails its
// test the same way.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)
