#include "site/write.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "test_util.h"

namespace fs = std::filesystem;

namespace affiche {
namespace {

using testing::MakeTempDir;
using testing::ReadFile;

struct stat StatOf(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(stat(path.c_str(), &st), 0) << path;
  return st;
}

bool Write(const std::string& out, const std::map<std::string, std::string>& files,
           std::string* error) {
  SiteWriter writer;
  if (!writer.Open(out, error)) return false;
  for (const auto& [path, bytes] : files) writer.Add(path, bytes);
  return writer.Commit(error);
}

TEST(SiteWriter, KeepsTheInodeAndTimeOfFilesThatDidNotChange) {
  std::string out = MakeTempDir() + "/site-out", error;
  ASSERT_TRUE(Write(out,
                    {{"index.html", "programme"},
                     {"events/a/index.html", "a"},
                     {"events/b/index.html", "b"},
                     {"old.html", "gone"}},
                    &error))
      << error;
  struct stat index = StatOf(out + "/index.html"),
              a = StatOf(out + "/events/a/index.html"),
              b = StatOf(out + "/events/b/index.html");

  {
    SiteWriter writer;  // removes the old site when it goes
    ASSERT_TRUE(writer.Open(out, &error)) << error;
    writer.Add("index.html", "programme");
    writer.Add("events/a/index.html", "a, edited");
    writer.Add("events/b/index.html", "b");
    writer.Add("events/c/index.html", "c");
    ASSERT_TRUE(writer.Commit(&error)) << error;
    EXPECT_EQ(writer.kept(), 3u) << "index.html, events/b and the marker";
  }

  EXPECT_EQ(StatOf(out + "/index.html").st_ino, index.st_ino);
  EXPECT_EQ(StatOf(out + "/index.html").st_mtim.tv_nsec, index.st_mtim.tv_nsec);
  EXPECT_EQ(StatOf(out + "/events/b/index.html").st_ino, b.st_ino);
  EXPECT_NE(StatOf(out + "/events/a/index.html").st_ino, a.st_ino);
  EXPECT_EQ(ReadFile(out + "/events/a/index.html"), "a, edited");
  EXPECT_EQ(ReadFile(out + "/events/c/index.html"), "c");
  EXPECT_FALSE(fs::exists(out + "/old.html"));
  EXPECT_EQ(StatOf(out + "/index.html").st_nlink, 1u) << "the old site is gone";
  std::vector<std::string> beside;
  for (const auto& entry : fs::directory_iterator(fs::path(out).parent_path()))
    beside.push_back(entry.path().filename().string());
  EXPECT_EQ(beside, std::vector<std::string>{"site-out"});
}

TEST(SiteWriter, AFileAddedTwiceKeepsItsLastBytesWithoutTouchingTheOldSite) {
  std::string out = MakeTempDir() + "/site-out", error;
  ASSERT_TRUE(Write(out, {{"style.css", "theme"}}, &error)) << error;
  std::string kept = MakeTempDir() + "/kept.css";
  ASSERT_EQ(link((out + "/style.css").c_str(), kept.c_str()), 0);

  SiteWriter writer;
  ASSERT_TRUE(writer.Open(out, &error)) << error;
  writer.Add("style.css", "theme");      // linked from the old site...
  writer.Add("style.css", "content's");  // ...then replaced, not written through
  ASSERT_TRUE(writer.Commit(&error)) << error;
  EXPECT_EQ(ReadFile(out + "/style.css"), "content's");
  EXPECT_EQ(ReadFile(kept), "theme");
}

TEST(SiteWriter, AFailedWriteLeavesTheOutputFolderAsItWas) {
  std::string out = MakeTempDir() + "/site-out", error;
  ASSERT_TRUE(Write(out, {{"index.html", "programme"}}, &error)) << error;
  SiteWriter writer;
  ASSERT_TRUE(writer.Open(out, &error)) << error;
  writer.Add("index.html", "new");
  writer.Add("index.html/x", "a file cannot be a folder");
  EXPECT_FALSE(writer.Commit(&error));
  EXPECT_EQ(error.rfind("cannot write ", 0), 0u) << error;
  EXPECT_NE(error.find("/index.html/x: Not a directory"), std::string::npos) << error;
  EXPECT_EQ(ReadFile(out + "/index.html"), "programme");
}

TEST(SiteWriter, RefusesAFolderItDidNotWrite) {
  std::string out = MakeTempDir() + "/documents", error;
  fs::create_directories(out);
  std::ofstream(out + "/notes.txt") << "précieux";
  SiteWriter writer;
  EXPECT_FALSE(writer.Open(out, &error));
  EXPECT_EQ(error,
            "refusing to replace " + out +
                ": it is not empty and was not written by affiche; choose another --out");
}

}  // namespace
}  // namespace affiche
