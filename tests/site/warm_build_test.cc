// The warm build is sound: after every random edit (tests/random_edits.h), a
// build into the folder the last build wrote (updated in place from the build
// cache) leaves in it, byte for byte, what a clean build of the same sources
// into a new folder writes, with the same previous feed and time stamp. A
// failed build leaves the folder as it was. Fixed seeds; a failure names the
// seed and the edit.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "random_edits.h"
#include "site/build_cache.h"
#include "site/build_folder.h"
#include "test_util.h"

namespace affiche {
namespace {

namespace fs = std::filesystem;

// Every file below dir, by path relative to it.
std::map<std::string, std::string> Tree(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file())
      files[fs::relative(entry.path(), dir).string()] = testing::ReadFile(entry.path());
  return files;
}

// The first path whose bytes differ between two trees, or "".
std::string Difference(const std::map<std::string, std::string>& warm,
                       const std::map<std::string, std::string>& clean) {
  for (const auto& [path, bytes] : clean) {
    auto it = warm.find(path);
    if (it == warm.end()) return "missing " + path;
    if (it->second != bytes) return "differs " + path;
  }
  for (const auto& entry : warm)
    if (!clean.count(entry.first)) return "extra " + entry.first;
  return "";
}

FolderBuild Build(const BuildOptions& options, const std::string& out, bool* ok,
                  std::string* problems) {
  FolderBuild result;
  Diagnostics diags;
  std::string error;
  *ok = BuildFolder(options, out, "", &result, &diags, &error);
  *problems = diags.Format() + error;
  return result;
}

void RunEdits(const std::string& dir, unsigned seed, int edits, int* partial) {
  std::string work = testing::MakeTempDir();
  std::string out = work + "/site-out";
  BuildOptions options;
  options.source_dir = dir;
  options.now_utc = "20091101T120000Z";
  options.previous_feed = out + "/calendar.ics";
  bool ok = false;
  std::string problems;
  Build(options, out, &ok, &problems);
  ASSERT_TRUE(ok) << problems;
  std::map<std::string, std::string> last_good = Tree(out);
  testing::Editor editor(dir, seed);
  for (int step = 1; step <= edits; ++step) {
    std::vector<std::string> paths;
    std::string what =
        editor.Fix(&paths) ? "fix of the broken file" : editor.Edit(&paths);
    std::string where =
        "seed " + std::to_string(seed) + ", edit " + std::to_string(step) + ": " + what;
    // The clean build reads the history the warm one does.
    std::string previous = work + "/previous.ics";
    fs::copy_file(out + "/calendar.ics", previous, fs::copy_options::overwrite_existing);
    FolderBuild warm = Build(options, out, &ok, &problems);
    std::string clean_out = work + "/clean";
    BuildOptions clean_options = options;
    clean_options.previous_feed = previous;
    bool clean_ok = false;
    std::string clean_problems;
    Build(clean_options, clean_out, &clean_ok, &clean_problems);
    ASSERT_EQ(ok, clean_ok) << where << "\n" << problems << clean_problems;
    if (!ok) {
      ASSERT_EQ(Difference(Tree(out), last_good), "") << where;
      continue;
    }
    ASSERT_TRUE(warm.warm) << where;
    last_good = Tree(out);
    ASSERT_EQ(Difference(last_good, Tree(clean_out)), "") << where;
    fs::remove_all(clean_out);
    fs::remove(BuildCachePath(clean_out));
    if (warm.rendered < warm.files) ++*partial;
  }
}

TEST(WarmBuild, RandomEditsGiveTheCleanBuild) {
  std::string dir = testing::MakeTempDir();
  testing::CopyTree(AFFICHE_SOURCE_DIR "/content", dir + "/content");
  testing::CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir + "/themes/default");
  int partial = 0;
  RunEdits(dir, 20091110, 60, &partial);
  // Most edits touch one event: they must not have rendered everything.
  EXPECT_GT(partial, 30);
}

TEST(WarmBuild, RandomEditsOfAProgrammeSplitIntoPagesGiveTheCleanBuild) {
  std::string dir = testing::MakeTempDir();
  testing::CopyTree(AFFICHE_SOURCE_DIR "/content", dir + "/content");
  testing::CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir + "/themes/default");
  std::ofstream(dir + "/content/site.yaml", std::ios::app)
      << "programme: { per_page: 3 }\n";
  int partial = 0;
  RunEdits(dir, 47, 50, &partial);
  EXPECT_GT(partial, 25);
}

// The sample built once into a folder of its own.
class WarmBuildOfTheSample : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::MakeTempDir();
    testing::CopyTree(AFFICHE_SOURCE_DIR "/content", dir_ + "/content");
    out_ = dir_ + "/site-out";
    options_.source_dir = dir_;
    options_.now_utc = "20091101T120000Z";
    options_.previous_feed = out_ + "/calendar.ics";
    first_ = Again();
    ASSERT_FALSE(first_.warm);
  }
  FolderBuild Again() {
    bool ok = false;
    std::string problems;
    FolderBuild result = Build(options_, out_, &ok, &problems);
    EXPECT_TRUE(ok) << problems;
    return result;
  }
  std::string dir_, out_;
  BuildOptions options_;
  FolderBuild first_;
};

TEST_F(WarmBuildOfTheSample, RendersNothingWhenNothingChanged) {
  std::map<std::string, std::string> before = Tree(out_);
  FolderBuild again = Again();
  EXPECT_TRUE(again.warm);
  EXPECT_EQ(again.rendered, 0u);
  EXPECT_EQ(again.files, first_.files);
  EXPECT_EQ(Difference(Tree(out_), before), "");
}

TEST_F(WarmBuildOfTheSample, WritesAgainTheFilesChangedOrRemovedInTheFolderAndNoOther) {
  std::map<std::string, std::string> before = Tree(out_);
  std::ofstream(out_ + "/index.html", std::ios::app) << "<!-- edited by hand -->";
  ASSERT_TRUE(fs::remove(out_ + "/events/forum-emploi-ess-abbeville/index.html"));
  // What no job makes goes, as from a cold build: here, a PDF `affiche posters`
  // put there.
  std::ofstream(out_ + "/events/forum-emploi-ess-abbeville/poster.pdf") << "%PDF-1.4";
  FolderBuild again = Again();
  EXPECT_TRUE(again.warm);
  EXPECT_EQ(again.rendered, 2u);
  EXPECT_EQ(Difference(Tree(out_), before), "");
}

TEST_F(WarmBuildOfTheSample, KeepsTheHistoryThatCalendarIcsPublishes) {
  auto history_is_the_feeds = [&] {
    BuildDigest cache;
    EXPECT_TRUE(ReadBuildCache(BuildCachePath(out_), &cache));
    FeedHistory feed = ReadFeedHistory(testing::ReadFile(out_ + "/calendar.ics"));
    EXPECT_EQ(cache.history.size(), 40u);
    EXPECT_TRUE(cache.history == feed);
  };
  history_is_the_feeds();
  // A new revision of one event, then a build that renders no feed.
  std::string event = dir_ + "/content/events/village-ess.md";
  testing::Write(event, testing::SetKey(testing::ReadFile(event), "title", "Village"));
  options_.now_utc = "20091102T120000Z";
  EXPECT_GT(Again().rendered, 0u);
  history_is_the_feeds();
  EXPECT_EQ(Again().rendered, 0u);
  history_is_the_feeds();
}

TEST_F(WarmBuildOfTheSample, RendersEverythingWhenAnOptionChanged) {
  options_.load.base_url = "https://example.org/mois-ess/";
  FolderBuild again = Again();
  EXPECT_TRUE(again.warm);
  EXPECT_EQ(again.rendered, again.files);
}

TEST_F(WarmBuildOfTheSample, IsColdWhenTheFeedIsNotTheOneTheLastBuildWrote) {
  std::ofstream(out_ + "/calendar.ics", std::ios::app) << "\r\n";
  EXPECT_FALSE(Again().warm);
  EXPECT_TRUE(Again().warm);  // and the cold build left a cache
}

}  // namespace
}  // namespace affiche
