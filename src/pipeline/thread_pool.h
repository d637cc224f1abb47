// ThreadPool: a fixed set of worker threads running submitted functions.
// The ingest runs the text analysis of articles on it while one thread
// reads inputs and writes to SQLite (which wants a single writer). Workers
// run at a lower priority (nice kWorkerNice) than the threads that submit
// to them and wait for the results.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace qt::pipeline {

class ThreadPool {
 public:
  // `threads` workers; 0 means one per hardware thread.
  explicit ThreadPool(size_t threads);
  // Finishes the queued work, then joins the workers.
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // Runs `fn` on a worker, after the work queued before it; the future
  // holds its result.
  template <typename Fn>
  auto Submit(Fn fn) -> std::future<decltype(fn())> {
    return Queue(std::move(fn), /*first=*/false);
  }
  // The same, before the work queued so far: for work that someone is
  // about to wait for.
  template <typename Fn>
  auto SubmitFirst(Fn fn) -> std::future<decltype(fn())> {
    return Queue(std::move(fn), /*first=*/true);
  }

  size_t size() const { return workers_.size(); }

  static constexpr int kWorkerNice = 19;

 private:
  template <typename Fn>
  auto Queue(Fn fn, bool first) -> std::future<decltype(fn())> {
    auto task = std::make_shared<std::packaged_task<decltype(fn())()>>(std::move(fn));
    auto result = task->get_future();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (first) {
        queue_.emplace_front([task] { (*task)(); });
      } else {
        queue_.emplace_back([task] { (*task)(); });
      }
    }
    wake_.notify_one();
    return result;
  }
  void Work();
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace qt::pipeline
