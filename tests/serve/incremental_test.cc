// The incremental preview is sound: after every random edit (body, title,
// date, venue, department, categories, status, attendance, new, deleted and
// renamed events, a broken file then its fix, venues, organisers of events
// and organisers' names, site.yaml, templates;
// on the sample, and on the sample split into pages of three entries),
// the site the Rebuilder serves is byte for byte the site a clean build of the
// same sources gives, with the same feed stamp. Fixed seeds; a failure names
// the seed and the edit.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "random_edits.h"
#include "serve/rebuild.h"
#include "test_util.h"

namespace affiche {
namespace {

namespace fs = std::filesystem;

// What differs between the served site and a clean build, or "".
std::string Difference(const SharedFiles& served, const OutputSet& clean) {
  for (const auto& [path, bytes] : clean.files()) {
    auto it = served.find(path);
    if (it == served.end()) return "missing " + path;
    if (*it->second != bytes) return "differs " + path;
  }
  for (const auto& [path, bytes] : served)
    if (!clean.Find(path)) return "extra " + path;
  return "";
}

void RunEdits(const std::string& dir, unsigned seed, int edits, int* incremental) {
  BuildOptions options;
  options.source_dir = dir;
  options.now_utc = "20091101T120000Z";
  DiskFileSystem disk;
  Rebuilder rebuilder(disk, options);
  RebuildResult first = rebuilder.Build();
  ASSERT_TRUE(first.ok) << first.diagnostics;
  std::shared_ptr<const SharedFiles> last_good = first.site;
  testing::Editor editor(dir, seed);
  for (int step = 1; step <= edits; ++step) {
    std::vector<std::string> paths;
    std::string what;
    if (!editor.Fix(&paths))
      what = editor.Edit(&paths);
    else
      what = "fix of the broken file";
    RebuildResult result = rebuilder.Build(&paths);
    OutputSet clean;
    Diagnostics diags;
    bool clean_ok = BuildSite(disk, options, &clean, &diags);
    std::string where =
        "seed " + std::to_string(seed) + ", edit " + std::to_string(step) + ": " + what;
    ASSERT_EQ(result.ok, clean_ok) << where << "\n"
                                   << result.diagnostics << diags.Format();
    if (!result.ok) {
      ASSERT_EQ(result.site, last_good) << where;  // the last good build, still served
      continue;
    }
    std::string difference = Difference(*result.site, clean);
    ASSERT_EQ(difference, "") << where;
    last_good = result.site;
    if (!result.everything) ++*incremental;
  }
}

TEST(IncrementalPreview, ThreeHundredRandomEditsGiveTheCleanBuild) {
  std::string dir = testing::MakeTempDir();
  testing::CopyTree(AFFICHE_SOURCE_DIR "/content", dir + "/content");
  testing::CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir + "/themes/default");
  int incremental = 0;
  RunEdits(dir, 20091109, 300, &incremental);
  // Most edits touch one event: they must not have rendered everything.
  EXPECT_GT(incremental, 150);
}

TEST(IncrementalPreview, RandomEditsOfAProgrammeSplitIntoPagesGiveTheCleanBuild) {
  // Three entries a page: the edits move events between months, weeks, days
  // and parts of days, and pages come and go.
  std::string dir = testing::MakeTempDir();
  testing::CopyTree(AFFICHE_SOURCE_DIR "/content", dir + "/content");
  testing::CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir + "/themes/default");
  std::ofstream(dir + "/content/site.yaml", std::ios::app)
      << "programme: { per_page: 3 }\n";
  int incremental = 0;
  RunEdits(dir, 46, 200, &incremental);
  EXPECT_GT(incremental, 100);
}

TEST(IncrementalPreview, ThirtyRandomEditsOfAGeneratedTwoThousandEventSite) {
  std::string dir = testing::MakeTempDir();
  auto generated = testing::Run(
      "python3 " AFFICHE_SOURCE_DIR "/tests/bench/generate_site.py --events 2000 " + dir);
  ASSERT_EQ(generated.status, 0) << generated.err;
  testing::CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir + "/themes/default");
  int incremental = 0;
  RunEdits(dir, 1337, 30, &incremental);
  EXPECT_GT(incremental, 10);
}

}  // namespace
}  // namespace affiche
