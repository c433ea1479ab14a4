#include "site/search_index.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace affiche {
namespace {

namespace fs = std::filesystem;

// A stand-in for pagefind: a shell script that prints `output`, writes two
// files into <site>/pagefind/ and exits with `status`.
std::string FakePagefind(const std::string& dir, const std::string& output, int status) {
  std::string path = dir + "/pagefind";
  std::ofstream(path)
      << "#!/bin/sh\n"
      << "[ \"$1\" = --site ] && [ \"$3\" = --keep-index-url ] || exit 9\n"
      << "mkdir -p \"$2/pagefind/index\"\n"
      << "echo js > \"$2/pagefind/pagefind.js\"\n"
      << "echo ix > \"$2/pagefind/index/fr_1.pf_index\"\n"
      << "printf '" << output << "'\n"
      << "exit " << status << "\n";
  chmod(path.c_str(), 0755);
  return path;
}

TEST(SearchIndex, RunsPagefindOverTheFolderAndReadsWhatItIndexed) {
  std::string dir = testing::MakeTempDir();
  fs::create_directory(dir + "/site");
  std::string pagefind = FakePagefind(
      dir,
      "Total: \\n  Indexed 1 language\\n  Indexed 40 pages\\n  Indexed 1005 words\\n"
      "  Indexed 3 filters\\n  Indexed 1 sort\\n",
      0);
  SearchIndexStats stats;
  std::string error;
  ASSERT_TRUE(IndexSite(pagefind, dir + "/site", &stats, &error)) << error;
  EXPECT_EQ(stats.pages, 40);
  EXPECT_EQ(stats.words, 1005);
  EXPECT_EQ(stats.filters, 3);
  EXPECT_EQ(stats.files, 2);
  // Its log lies beside the folder while it runs, never in the site.
  EXPECT_FALSE(fs::exists(dir + "/site.pagefind.log"));
  EXPECT_FALSE(fs::exists(dir + "/site/site.pagefind.log"));
}

TEST(SearchIndex, AFailureIsOneLineWithPagefindsLastWords) {
  std::string dir = testing::MakeTempDir();
  fs::create_directory(dir + "/site");
  std::string pagefind =
      FakePagefind(dir, "Running Pagefind\\nError: cannot write the bundle\\n\\n", 1);
  SearchIndexStats stats;
  std::string error;
  EXPECT_FALSE(IndexSite(pagefind, dir + "/site", &stats, &error));
  EXPECT_EQ(error, pagefind + " failed: Error: cannot write the bundle");
}

TEST(SearchIndex, FindsPagefindFromTheEnvironmentElsePath) {
  std::string dir = testing::MakeTempDir();
  std::string pagefind = FakePagefind(dir, "", 0);
  std::string warning;
  setenv("AFFICHE_PAGEFIND", pagefind.c_str(), 1);
  EXPECT_EQ(FindPagefind(&warning), pagefind);
  EXPECT_EQ(warning, "");
  setenv("AFFICHE_PAGEFIND", (dir + "/missing").c_str(), 1);
  EXPECT_EQ(FindPagefind(&warning), "");
  EXPECT_EQ(warning, "AFFICHE_PAGEFIND=" + dir +
                         "/missing is not an executable file; the site is built "
                         "without search");
  unsetenv("AFFICHE_PAGEFIND");
  std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
  setenv("PATH", dir.c_str(), 1);
  warning.clear();
  EXPECT_EQ(FindPagefind(&warning), dir + "/pagefind");
  setenv("PATH", "/nonexistent", 1);
  EXPECT_EQ(FindPagefind(&warning), "");
  EXPECT_EQ(warning, "");
  setenv("PATH", path.c_str(), 1);
}

}  // namespace
}  // namespace affiche
