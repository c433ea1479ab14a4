#include "base/file_system.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace fs = std::filesystem;

namespace affiche {
namespace {

const char kOutside[] =
    "it leads outside the source folder (through a symbolic link), and affiche reads "
    "nothing outside it";

// A root folder with a secret beside it, outside.
class ConfinedDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string top = testing::MakeTempDir();
    root_ = top + "/site";
    fs::create_directories(root_ + "/static/inner");
    fs::create_directories(top + "/elsewhere");
    std::ofstream(top + "/secret.txt") << "root:x:0:0";
    std::ofstream(top + "/elsewhere/key") << "private";
    std::ofstream(root_ + "/static/robots.txt") << "User-agent: *";
    std::ofstream(root_ + "/static/inner/a.txt") << "a";
    fs::create_symlink(top + "/secret.txt", root_ + "/static/passwd.txt");
    fs::create_symlink(top + "/elsewhere", root_ + "/static/etc");
    fs::create_symlink("robots.txt", root_ + "/static/alias.txt");
    fs::create_symlink("inner", root_ + "/static/inner-link");
    secret_ = top + "/secret.txt";
  }
  std::string root_, secret_;
};

TEST_F(ConfinedDisk, ReadsNothingOutsideTheRootWhateverTheLink) {
  DiskFileSystem disk({root_}, {});
  std::string text = "unchanged", error;
  EXPECT_FALSE(disk.ReadFile(root_ + "/static/passwd.txt", &text, &error));
  EXPECT_EQ(error, kOutside);
  EXPECT_EQ(text, "unchanged");
  EXPECT_FALSE(disk.ReadFile(root_ + "/static/etc/key", &text, &error));
  EXPECT_EQ(error, kOutside);
  EXPECT_FALSE(disk.ReadFile(root_ + "/../secret.txt", &text, &error));
  EXPECT_EQ(error, kOutside);
}

TEST_F(ConfinedDisk, ListsALinkOutsideAsAFileSoThatReadingItSaysWhy) {
  DiskFileSystem disk({root_}, {});
  EXPECT_EQ(disk.ListFiles(root_ + "/static"),
            (std::vector<std::string>{"alias.txt", "etc", "passwd.txt", "robots.txt"}));
  EXPECT_EQ(disk.ListDirectories(root_ + "/static"),
            (std::vector<std::string>{"inner", "inner-link"}));
  EXPECT_TRUE(disk.IsFile(root_ + "/static/etc"));
  EXPECT_FALSE(disk.IsDirectory(root_ + "/static/etc"));
  EXPECT_TRUE(disk.ListFiles(root_ + "/static/etc").empty());
}

TEST_F(ConfinedDisk, FollowsLinksThatStayInside) {
  DiskFileSystem disk({root_}, {});
  std::string text, error;
  ASSERT_TRUE(disk.ReadFile(root_ + "/static/alias.txt", &text, &error)) << error;
  EXPECT_EQ(text, "User-agent: *");
  ASSERT_TRUE(disk.ReadFile(root_ + "/static/inner-link/a.txt", &text, &error)) << error;
  EXPECT_EQ(text, "a");
}

TEST_F(ConfinedDisk, ReadsAFileTheUserNamedWhereverItIs) {
  DiskFileSystem disk({root_}, {secret_});
  std::string text, error;
  ASSERT_TRUE(disk.ReadFile(secret_, &text, &error)) << error;
  EXPECT_EQ(text, "root:x:0:0");
}

TEST_F(ConfinedDisk, UnconfinedReadsEverything) {
  DiskFileSystem disk;
  std::string text, error;
  ASSERT_TRUE(disk.ReadFile(root_ + "/static/passwd.txt", &text, &error)) << error;
  EXPECT_EQ(text, "root:x:0:0");
}

TEST_F(ConfinedDisk, RefusesWhatIsNotARegularFile) {
  std::string fifo = root_ + "/static/fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  DiskFileSystem disk({root_}, {});
  std::string text, error;
  EXPECT_FALSE(disk.ReadFile(fifo, &text, &error));  // and does not hang
  EXPECT_EQ(error, "not a regular file");
  EXPECT_FALSE(disk.IsFile(fifo));
}

}  // namespace
}  // namespace affiche
