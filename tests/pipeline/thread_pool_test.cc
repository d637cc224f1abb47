#include "pipeline/thread_pool.h"

#include <sys/resource.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <future>
#include <mutex>
#include <string>

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

}  // namespace
}  // namespace qt::pipeline
