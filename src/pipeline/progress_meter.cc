#include "pipeline/progress_meter.h"

#include <fmt/format.h>

namespace qt::pipeline {

ProgressMeter::ProgressMeter(std::ostream* out, size_t total_bytes)
    : out_(out), total_bytes_(total_bytes), start_(Clock::now()), last_draw_(start_) {}

void ProgressMeter::Update(size_t articles, size_t bytes) {
  const Clock::time_point now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  if (seconds <= 0) return;
  const double rate = static_cast<double>(bytes) / seconds;
  std::string eta = "?";
  if (total_bytes_ > bytes && rate > 0) {
    const auto left = static_cast<long>(static_cast<double>(total_bytes_ - bytes) / rate);
    eta = fmt::format("{}:{:02}", left / 60, left % 60);
  }
  *out_ << fmt::format("\r\033[K{:L} articles  {:.0f}/s  {:.1f} MB/s  ETA {}", articles,
                       static_cast<double>(articles) / seconds, rate / 1e6, eta)
        << std::flush;
  drawn_ = true;
}

void ProgressMeter::Finish() {
  if (drawn_) *out_ << "\r\033[K" << std::flush;
}

}  // namespace qt::pipeline
