#include "pipeline/thread_pool.h"

#include <sys/resource.h>
#include <unistd.h>

namespace qt::pipeline {

ThreadPool::ThreadPool(size_t threads, size_t cores)
    : cores_(cores > 0 ? cores : std::max(1u, std::thread::hardware_concurrency())) {
  if (threads == 0) threads = cores_;
  for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void ThreadPool::YieldAsWorker() {
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kWorkerNice);
}

void ThreadPool::Work() {
  // Workers yield to the thread that feeds them: on a machine with as many
  // cores as workers, that thread (the ingest's one SQLite writer, which
  // every result waits for) got two thirds of a core at nice 0 and three
  // quarters at nice 5; at 19 it waits on the run queue half as long as at
  // 5 (300k generated articles: 16 → 7 s, ingest 7–12% faster). Workers
  // also yield to everything else the machine runs: the analysis takes the
  // CPU that is left. Only this worker's priority changes.
  YieldAsWorker();
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return (stopping_ && queue_.empty()) || MayStart(); });
      if (queue_.empty()) return;  // stopping, and nothing left
      job = std::move(queue_.front());
      queue_.pop_front();
      ++running_;
    }
    job();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      --running_;
    }
    wake_.notify_one();  // a job waiting for a core may start
  }
}

bool ThreadPool::MayStart() const {
  if (queue_.empty()) return false;
  // A stopping pool's feeder waits for the workers in the destructor.
  const bool feeder_works = sharing_ && !feeder_waiting_ && !stopping_;
  return !feeder_works || running_ == 0 || running_ + 1 < cores_;
}

void ThreadPool::ShareCoresWithFeeder(bool share) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (sharing_ == share) return;  // the ingest says so at every commit
    sharing_ = share;
  }
  if (!share) wake_.notify_all();
}

void ThreadPool::SetFeederWaiting(bool waiting) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    feeder_waiting_ = waiting;
  }
  if (waiting) wake_.notify_all();
}

}  // namespace qt::pipeline
