// Status: the outcome of an operation that can fail, returned as a value.
//
// Errors do not travel through the core as exceptions. A function that can
// fail returns a Status (or fills an out-parameter and returns a Status); the
// caller decides whether the failure rejects one record or stops the run.
#pragma once

#include <string>
#include <utility>

namespace qt {

class Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  // Human-readable reason; empty when ok().
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace qt
