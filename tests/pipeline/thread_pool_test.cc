#include "pipeline/thread_pool.h"

#include <sys/resource.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>

namespace qt::pipeline {
namespace {

TEST(ThreadPoolTest, SubmitFirstRunsBeforeQueuedWork) {
  ThreadPool pool(1);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::mutex mutex;
  std::string order;
  auto note = [&](char c) {
    std::lock_guard<std::mutex> lock(mutex);
    order += c;
  };
  auto busy = pool.Submit([released] { released.wait(); });  // holds the one worker
  auto a = pool.Submit([&] { note('a'); });
  auto b = pool.Submit([&] { note('b'); });
  auto urgent = pool.SubmitFirst([&] { note('u'); });
  release.set_value();
  busy.get();
  a.get();
  b.get();
  urgent.get();
  EXPECT_EQ(order, "uab");
}

TEST(ThreadPoolTest, ResultsComeBackThroughFutures) {
  ThreadPool pool(2);
  auto six = pool.Submit([] { return 6; });
  auto seven = pool.SubmitFirst([] { return 7; });
  EXPECT_EQ(six.get() * seven.get(), 42);
}

TEST(ThreadPoolTest, WorkersRunBelowTheThreadThatFeedsThem) {
  const auto nice_here = [] { return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); };
  const int submitter = nice_here();
  ThreadPool pool(1);
  EXPECT_EQ(pool.Submit(nice_here).get(), ThreadPool::kWorkerNice);
  EXPECT_EQ(nice_here(), submitter);  // only the worker's priority changed
}

// Holds a worker until released.
class Gate {
 public:
  void Release() { open_.set_value(); }
  std::function<void()> Holder() {
    return [opened = opened_] { opened.wait(); };
  }

 private:
  std::promise<void> open_;
  std::shared_future<void> opened_ = open_.get_future().share();
};

TEST(ThreadPoolTest, AWorkingFeederKeepsACoreOfItsOwn) {
  ThreadPool pool(2, /*cores=*/2);
  pool.ShareCoresWithFeeder(true);
  Gate gate;
  auto held = pool.Submit(gate.Holder());  // one worker, one core
  std::atomic<bool> started = false;
  auto second = pool.Submit([&] { started = true; });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(started);  // the other core is the feeder's
  gate.Release();
  pool.Get(second);
  EXPECT_TRUE(started);
}

TEST(ThreadPoolTest, AWaitingFeederLendsItsCore) {
  ThreadPool pool(2, /*cores=*/2);
  pool.ShareCoresWithFeeder(true);
  Gate gate;
  auto held = pool.Submit(gate.Holder());
  auto second = pool.Submit([] { return 7; });
  // The gate opens once Get has returned, or after 5 s: then Get did not
  // lend the feeder's core, and the second job waited for the held one.
  std::promise<void> got;
  std::atomic<bool> timed_out = false;
  std::thread releaser([&, returned = got.get_future()] {
    timed_out = returned.wait_for(std::chrono::seconds(5)) == std::future_status::timeout;
    gate.Release();
  });
  EXPECT_EQ(pool.Get(second), 7);
  got.set_value();
  releaser.join();
  EXPECT_FALSE(timed_out);
  pool.Wait(held);
}

// Whether a second job runs while a first one holds its worker (waiting 5 s
// at most).
bool RunsBesideAHeldJob(ThreadPool& pool) {
  Gate gate;
  auto held = pool.Submit(gate.Holder());
  auto second = pool.Submit([] { return 7; });
  const bool beside = second.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
  gate.Release();
  held.get();
  return beside && second.get() == 7;
}

TEST(ThreadPoolTest, WorkersTakeEveryCoreUnlessTheFeederShares) {
  ThreadPool pool(2, /*cores=*/2);
  pool.ShareCoresWithFeeder(true);
  pool.ShareCoresWithFeeder(false);
  EXPECT_TRUE(RunsBesideAHeldJob(pool));
}

TEST(ThreadPoolTest, WithoutSharingEveryWorkerRunsWhateverTheCores) {
  ThreadPool pool(2, /*cores=*/1);  // --threads above the machine's cores
  EXPECT_TRUE(RunsBesideAHeldJob(pool));
}

TEST(ThreadPoolTest, AJobStartsWhenNoneRunsEvenOnOneCore) {
  ThreadPool pool(1, /*cores=*/1);
  pool.ShareCoresWithFeeder(true);
  EXPECT_EQ(pool.Submit([] { return 7; }).get(), 7);  // no deadlock without Get
}

}  // namespace
}  // namespace qt::pipeline
