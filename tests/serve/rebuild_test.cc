#include "serve/rebuild.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <new>
#include <string>

#include "test_util.h"

namespace affiche {
namespace {

namespace fs = std::filesystem;

TEST(CountChangedFiles, CountsFilesAddedRemovedOrWithOtherBytes) {
  OutputSet before, after;
  before.Add("index.html", "a");
  before.Add("same.css", "s");
  before.Add("removed.html", "r");
  before.Add("changed.ics", "1");
  after.Add("index.html", "a");
  after.Add("same.css", "s");
  after.Add("changed.ics", "2");
  after.Add("added.html", "n");
  EXPECT_EQ(CountChangedFiles(before, after), 3);
  EXPECT_EQ(CountChangedFiles(after, after), 0);
  EXPECT_EQ(CountChangedFiles(OutputSet(), after), 4);
}

// A copy of the minimal fixture site, built by a Rebuilder.
class RebuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::MakeTempDir();
    testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/minimal", dir_);
    options_.source_dir = dir_;
    options_.now_utc = "20091101T120000Z";
  }

  void Replace(const std::string& file, const std::string& from, const std::string& to) {
    std::string path = dir_ + "/" + file;
    std::string text = testing::ReadFile(path);
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::ofstream(path, std::ios::binary) << text;
  }

  std::string dir_;
  BuildOptions options_;
  DiskFileSystem fs_;
};

TEST_F(RebuilderTest, CountsTheFilesAnEditChanged) {
  Rebuilder rebuilder(fs_, options_);
  RebuildResult first = rebuilder.Build();
  ASSERT_TRUE(first.ok) << first.diagnostics;
  EXPECT_EQ(first.changed_files, static_cast<int>(first.site->size()));
  EXPECT_EQ(first.stats.events, 4);

  EXPECT_EQ(rebuilder.Build().changed_files, 0);

  // The event's page, poster and feeds, and every listing that shows it.
  Replace("content/events/conference.md", "la finance solidaire", "la finance durable");
  RebuildResult edited = rebuilder.Build();
  ASSERT_TRUE(edited.ok) << edited.diagnostics;
  EXPECT_GT(edited.changed_files, 3);
  EXPECT_LT(edited.changed_files, static_cast<int>(edited.site->size()));
  EXPECT_NE(edited.site->at("events/conference/index.html")->find("la finance durable"),
            std::string::npos);
}

TEST_F(RebuilderTest, KeepsTheLastGoodSiteWhileTheSourceHasErrors) {
  std::ofstream(dir_ + "/content/events/notes.txt") << "a warning, not an error";
  Rebuilder rebuilder(fs_, options_);
  RebuildResult good = rebuilder.Build();
  ASSERT_TRUE(good.ok) << good.diagnostics;
  EXPECT_EQ(good.warning_count, 1);

  Replace("content/events/conference.md", "start: 2009-11-09T18:00",
          "start: 2009-13-09T18:00");
  RebuildResult broken = rebuilder.Build();
  EXPECT_FALSE(broken.ok);
  EXPECT_EQ(broken.site, good.site);
  EXPECT_EQ(broken.error_count, 1);
  EXPECT_EQ(broken.errors, dir_ +
                               "/content/events/conference.md:3:8: error: invalid start "
                               "'2009-13-09T18:00': there is no month 13\n"
                               " 3 | start: 2009-13-09T18:00\n"
                               "   |        ^\n");
  // The warnings are for `affiche check`; the full report still has them.
  EXPECT_NE(broken.diagnostics.find("notes.txt: warning: ignored"), std::string::npos);

  Replace("content/events/conference.md", "start: 2009-13-09T18:00",
          "start: 2009-11-09T18:00");
  RebuildResult fixed = rebuilder.Build();
  EXPECT_TRUE(fixed.ok);
  EXPECT_EQ(fixed.changed_files, 0);  // against the last good build
}

TEST_F(RebuilderTest, HasNoSiteBeforeTheFirstGoodBuild) {
  fs::remove(dir_ + "/content/site.yaml");
  Rebuilder rebuilder(fs_, options_);
  RebuildResult result = rebuilder.Build();
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.site, nullptr);
  EXPECT_NE(result.errors.find("site.yaml: error: no site.yaml"), std::string::npos);
}

// The disk, until told to fail as an allocation too big would.
class ExhaustedFileSystem : public DiskFileSystem {
 public:
  bool ReadFile(const std::string& path, std::string* contents,
                std::string* error) const override {
    if (exhausted) throw std::bad_alloc();
    return DiskFileSystem::ReadFile(path, contents, error);
  }
  bool exhausted = false;
};

TEST_F(RebuilderTest, ABuildThatRunsOutOfMemoryKeepsTheLastGoodSite) {
  ExhaustedFileSystem disk;
  Rebuilder rebuilder(disk, options_);
  RebuildResult good = rebuilder.Build();
  ASSERT_TRUE(good.ok) << good.diagnostics;
  disk.exhausted = true;
  RebuildResult broken = rebuilder.Build();
  EXPECT_FALSE(broken.ok);
  EXPECT_EQ(broken.site, good.site);
  EXPECT_EQ(broken.error_count, 1);
  EXPECT_EQ(broken.errors, dir_ +
                               ": error: the build ran out of memory\n"
                               "  hint: a content file or a template may expand beyond "
                               "bounds; undo the last change\n");
  disk.exhausted = false;
  EXPECT_TRUE(rebuilder.Build().ok);
}

TEST_F(RebuilderTest, ALayoutThatGrowsPastTheBoundKeepsTheLastGoodSite) {
  testing::CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir_ + "/themes/default");
  Rebuilder rebuilder(fs_, options_);
  RebuildResult good = rebuilder.Build();
  ASSERT_TRUE(good.ok) << good.diagnostics;
  std::string open, close;
  for (int i = 0; i < 6; ++i) open += "{{#nav}}", close += "{{/nav}}";
  std::ofstream(dir_ + "/themes/default/layouts/page.mustache")
      << open << std::string(20000, 'x') << close;
  RebuildResult broken = rebuilder.Build();
  EXPECT_FALSE(broken.ok);
  EXPECT_EQ(broken.site, good.site);
  EXPECT_EQ(broken.errors.substr(0, broken.errors.find('\n')),
            dir_ +
                "/themes/default/layouts/page.mustache: error: layout 'page' renders a "
                "page of more than 256 MB");
}

}  // namespace
}  // namespace affiche
