#include "serve/watcher.h"

#include <gtest/gtest.h>

#include <boost/asio/executor_work_guard.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace affiche {
namespace {

namespace fs = std::filesystem;
namespace net = boost::asio;

// Runs a Watcher on its own io_context thread and records its callbacks.
class WatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = testing::MakeTempDir();
    watcher_ = std::make_shared<Watcher>(ioc_, std::chrono::milliseconds(300),
                                         [this](const std::vector<std::string>& paths) {
                                           std::lock_guard<std::mutex> lock(mutex_);
                                           batches_.push_back(paths);
                                         });
    std::string error;
    ASSERT_TRUE(watcher_->Watch(root_, &error)) << error;
    watcher_->Run();
    thread_ = std::thread([this] { ioc_.run(); });
  }

  void TearDown() override {
    ioc_.stop();
    thread_.join();
  }

  // The batches reported so far, once `count` of them came (or 10 s passed).
  std::vector<std::vector<std::string>> Batches(size_t count) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (batches_.size() >= count) return batches_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::lock_guard<std::mutex> lock(mutex_);
    return batches_;
  }

  std::string root_;
  net::io_context ioc_;
  net::executor_work_guard<net::io_context::executor_type> work_{ioc_.get_executor()};
  std::shared_ptr<Watcher> watcher_;
  std::thread thread_;
  std::mutex mutex_;
  std::vector<std::vector<std::string>> batches_;
};

TEST_F(WatcherTest, ReportsABurstOfChangesOnceItIsOver) {
  for (const char* name : {"a.md", "b.md", "c.md"})
    std::ofstream(root_ + "/" + name) << "---\n";
  auto batches = Batches(1);
  ASSERT_EQ(batches.size(), 1u);
  EXPECT_EQ(batches[0], (std::vector<std::string>{root_ + "/a.md", root_ + "/b.md",
                                                  root_ + "/c.md"}));

  // A later change is a new batch.
  std::ofstream(root_ + "/a.md") << "---\ntitle: x\n";
  batches = Batches(2);
  ASSERT_EQ(batches.size(), 2u);
  EXPECT_EQ(batches[1], std::vector<std::string>{root_ + "/a.md"});
}

TEST_F(WatcherTest, SaysNothingForScratchFilesAlone) {
  std::ofstream(root_ + "/.a.md.swp") << "vim";
  std::ofstream(root_ + "/b.md") << "---\n";  // a real change, to know when to look
  auto batches = Batches(1);
  ASSERT_EQ(batches.size(), 1u);
  EXPECT_EQ(batches[0], std::vector<std::string>{root_ + "/b.md"});
}

}  // namespace
}  // namespace affiche
