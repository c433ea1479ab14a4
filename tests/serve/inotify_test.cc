#include "serve/inotify.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace affiche {
namespace {

namespace fs = std::filesystem;

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Reads and decodes events until none came for 100 ms (or for timeout_ms
// before the first one).
Inotify::Changes ReadChanges(Inotify& inotify, int timeout_ms = 5000) {
  Inotify::Changes changes;
  alignas(8) char buffer[64 * 1024];
  pollfd poll_fd{inotify.fd(), POLLIN, 0};
  for (int wait = timeout_ms; poll(&poll_fd, 1, wait) > 0; wait = 100) {
    ssize_t n = read(inotify.fd(), buffer, sizeof buffer);
    if (n > 0) inotify.Decode(buffer, static_cast<size_t>(n), &changes);
  }
  return changes;
}

class InotifyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = testing::MakeTempDir() + "/content";
    fs::create_directories(root_ + "/events");
    std::string error;
    ASSERT_TRUE(inotify_.WatchTree(root_, &error)) << error;
  }

  std::string root_;
  Inotify inotify_;
};

TEST_F(InotifyTest, ReportsAFileWrittenInASubfolder) {
  Write(root_ + "/events/a.md", "---\n");
  EXPECT_EQ(ReadChanges(inotify_).paths.count(root_ + "/events/a.md"), 1u);
}

TEST_F(InotifyTest, ReportsAnEditorsWriteThenRenameSave) {
  Write(root_ + "/events/a.md", "old");
  ReadChanges(inotify_);
  Write(root_ + "/events/.a.md.tmp1234", "new");
  fs::rename(root_ + "/events/.a.md.tmp1234", root_ + "/events/a.md");
  Inotify::Changes changes = ReadChanges(inotify_);
  EXPECT_EQ(changes.paths.count(root_ + "/events/a.md"), 1u);
  EXPECT_FALSE(changes.overflow);
}

TEST_F(InotifyTest, WatchesFoldersCreatedLater) {
  size_t before = inotify_.size();
  fs::create_directories(root_ + "/static/img/logos");
  EXPECT_EQ(ReadChanges(inotify_).paths.count(root_ + "/static"), 1u);
  EXPECT_EQ(inotify_.size(), before + 3);

  Write(root_ + "/static/img/logos/cres.svg", "<svg/>");
  EXPECT_EQ(ReadChanges(inotify_).paths.count(root_ + "/static/img/logos/cres.svg"), 1u);
}

TEST_F(InotifyTest, FollowsAFolderMovedWithinTheTree) {
  fs::create_directories(root_ + "/drafts");
  ReadChanges(inotify_);
  fs::rename(root_ + "/drafts", root_ + "/pages");
  ReadChanges(inotify_);
  Write(root_ + "/pages/a-propos.md", "---\n");
  EXPECT_EQ(ReadChanges(inotify_).paths.count(root_ + "/pages/a-propos.md"), 1u);
}

TEST_F(InotifyTest, ReportsDeletedFiles) {
  Write(root_ + "/events/a.md", "---\n");
  ReadChanges(inotify_);
  fs::remove(root_ + "/events/a.md");
  EXPECT_EQ(ReadChanges(inotify_).paths.count(root_ + "/events/a.md"), 1u);
}

TEST_F(InotifyTest, IgnoresEditorsScratchFiles) {
  Write(root_ + "/events/.a.md.swp", "vim");
  Write(root_ + "/events/4913", "");
  fs::remove(root_ + "/events/4913");
  Write(root_ + "/events/a.md~", "backup");
  Write(root_ + "/events/#a.md#", "emacs");
  EXPECT_TRUE(ReadChanges(inotify_, 300).empty());
}

TEST_F(InotifyTest, ReportsLostEventsAsAnOverflowAndWatchesAgain) {
  fs::create_directories(root_ + "/pages");
  ReadChanges(inotify_);
  size_t watched = inotify_.size();

  // What the kernel queues when its queue is full.
  inotify_event overflow{};
  overflow.wd = -1;
  overflow.mask = IN_Q_OVERFLOW;
  char bytes[sizeof overflow];
  std::memcpy(bytes, &overflow, sizeof overflow);
  Inotify::Changes changes;
  inotify_.Decode(bytes, sizeof bytes, &changes);
  EXPECT_TRUE(changes.overflow);
  EXPECT_EQ(inotify_.size(), watched);

  Write(root_ + "/pages/a.md", "---\n");
  EXPECT_EQ(ReadChanges(inotify_).paths.count(root_ + "/pages/a.md"), 1u);
}

TEST(Inotify, FailsForAFolderThatDoesNotExist) {
  Inotify inotify;
  std::string error;
  EXPECT_FALSE(inotify.WatchTree("/nonexistent/content", &error));
  EXPECT_EQ(error, "/nonexistent/content: No such file or directory");
}

TEST(EditorScratchFile, KnowsVimEmacsAndBackupFiles) {
  for (const char* name : {".a.md.swp", ".a.md.swo", ".a.md.swx", "4913", ".#a.md",
                           "#a.md#", "a.md~", ".goutputstream-XYZ12", "a.md___jb_tmp___"})
    EXPECT_TRUE(IsEditorScratchFile(name)) << name;
  for (const char* name :
       {"a.md", "site.yaml", "style.css", ".well-known", "swp.md", "#1.md"})
    EXPECT_FALSE(IsEditorScratchFile(name)) << name;
}

}  // namespace
}  // namespace affiche
