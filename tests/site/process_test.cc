#include "site/process.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "test_util.h"

namespace affiche {
namespace {

using std::chrono::milliseconds;

TEST(Process, ReturnsTheExitStatusOfTheProgram) {
  std::string log = testing::MakeTempDir() + "/log";
  ProcessResult result = RunProcess({"sh", "-c", "exit 3"}, log, milliseconds(10000));
  EXPECT_TRUE(result.started);
  EXPECT_FALSE(result.timed_out);
  EXPECT_EQ(result.exit_code, 3);
}

TEST(Process, WritesOutputAndErrorsToTheLog) {
  std::string log = testing::MakeTempDir() + "/log";
  RunProcess({"sh", "-c", "echo out; echo err >&2"}, log, milliseconds(10000));
  EXPECT_EQ(testing::ReadFile(log), "out\nerr\n");
}

TEST(Process, StopsAProgramAtTheTimeLimit) {
  std::string log = testing::MakeTempDir() + "/log";
  auto started = std::chrono::steady_clock::now();
  ProcessResult result = RunProcess({"sleep", "30"}, log, milliseconds(300));
  EXPECT_TRUE(result.timed_out);
  EXPECT_EQ(result.exit_code, -1);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
}

TEST(Process, EndsWhatTheProgramLeftRunningInItsGroup) {
  std::string dir = testing::MakeTempDir();
  ProcessResult result =
      RunProcess({"sh", "-c", "sleep 30 & echo $! > '" + dir + "/pid'; exit 0"},
                 dir + "/log", milliseconds(10000));
  EXPECT_EQ(result.exit_code, 0);
  int pid = std::stoi(testing::ReadFile(dir + "/pid"));
  // Killed, then reaped by whoever inherited it: gone within a moment.
  bool gone = false;
  for (int i = 0; i < 100 && !gone; ++i) {
    gone = kill(pid, 0) != 0 && errno == ESRCH;
    if (!gone) std::this_thread::sleep_for(milliseconds(20));
  }
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string text((std::istreambuf_iterator<char>(status)),
                   std::istreambuf_iterator<char>());
  EXPECT_TRUE(gone || text.find("State:\tZ") != std::string::npos)
      << "the background sleep still runs";
}

TEST(Process, SaysWhyAProgramCannotStart) {
  std::string log = testing::MakeTempDir() + "/log";
  ProcessResult result = RunProcess({"/nonexistent/chromium"}, log, milliseconds(1000));
  EXPECT_FALSE(result.started);
  EXPECT_EQ(result.error, "cannot run /nonexistent/chromium: No such file or directory");
}

TEST(Process, FindsProgramsInPath) {
  EXPECT_NE(FindInPath("sh"), "");
  EXPECT_EQ(FindInPath("sh").back(), 'h');
  EXPECT_EQ(FindInPath("no-such-program-affiche"), "");
  EXPECT_EQ(FindInPath("/bin/sh"), "/bin/sh");
}

}  // namespace
}  // namespace affiche
