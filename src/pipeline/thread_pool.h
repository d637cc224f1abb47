// ThreadPool: a fixed set of worker threads running submitted functions.
// The ingest runs the text analysis of articles on it while one thread
// reads inputs and writes to SQLite (which wants a single writer). Workers
// run at a lower priority (nice kWorkerNice) than the threads that submit
// to them and wait for the results, and can leave such a thread a core of
// its own (ShareCoresWithFeeder).
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
  // `threads` workers; 0 means one per hardware thread. `cores`: how many
  // threads may work at once while a sharing feeder works
  // (ShareCoresWithFeeder); 0 means the hardware threads. Otherwise every
  // worker may.
  explicit ThreadPool(size_t threads, size_t cores = 0);
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

  // Called by a feeding thread that works too (the ingest's one SQLite
  // writer): while `share` holds and the feeder works, workers start a job
  // only when that leaves it a core of its own (or when no job runs). The
  // feeder lends its core back while it waits for a result through Get or
  // Wait. Off (the default), workers take every core and the feeder gets
  // its share by priority alone.
  void ShareCoresWithFeeder(bool share);
  // result.get() and result.wait(), lending the feeder's core meanwhile.
  template <typename T>
  T Get(std::future<T>& result) {
    Lending lending(this);
    return result.get();
  }
  template <typename T>
  void Wait(const std::future<T>& result) {
    Lending lending(this);
    result.wait();
  }

  // Gives the calling thread the workers' priority (nice kWorkerNice), for
  // a thread of its own that should yield as they do; failing to changes
  // nothing else.
  static void YieldAsWorker();
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
  // Whether a worker may start a job now; mutex_ held.
  bool MayStart() const;
  void SetFeederWaiting(bool waiting);
  // Lends the feeder's core to the workers for its lifetime.
  class Lending {
   public:
    explicit Lending(ThreadPool* pool) : pool_(pool) { pool_->SetFeederWaiting(true); }
    ~Lending() { pool_->SetFeederWaiting(false); }

   private:
    ThreadPool* pool_;
  };

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  const size_t cores_;   // threads busy at once at most while a sharing feeder works
  size_t running_ = 0;   // jobs running
  bool sharing_ = false;         // as ShareCoresWithFeeder last said
  bool feeder_waiting_ = false;  // in Get or Wait
  std::vector<std::thread> workers_;
};

}  // namespace qt::pipeline
