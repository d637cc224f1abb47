// ProgressMeter: a one-line live progress display for long runs
// ("12,000 articles  3,100/s  21.4 MB/s  ETA 0:42"), redrawn at most a few
// times a second. Used only when the output is a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>

namespace qt::pipeline {

class ProgressMeter {
 public:
  ProgressMeter(std::ostream* out, size_t total_bytes);
  // Called often; redraws when enough time has passed.
  void Update(size_t articles, size_t bytes);
  // Clears the line.
  void Finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream* out_;
  size_t total_bytes_;
  Clock::time_point start_, last_draw_;
  bool drawn_ = false;
};

}  // namespace qt::pipeline
