// Runs the affiche binary on broken fixture sites: each case under
// fixtures/sites/invalid/<case>/ is the minimal site with one defect laid over
// it, and its `expected` file holds the exact diagnostic headlines.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace fs = std::filesystem;

namespace affiche {
namespace {

using testing::Affiche;
using testing::CopyTree;
using testing::Headlines;
using testing::Lines;
using testing::MakeTempDir;
using testing::ReadFile;

const std::string kSites = AFFICHE_FIXTURES_DIR "/sites";

std::vector<std::string> InvalidCases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(kSites + "/invalid"))
    cases.push_back(entry.path().filename().string());
  std::sort(cases.begin(), cases.end());
  return cases;
}

// The minimal site with the case's files laid over it, in a fresh folder.
std::string SiteWithDefect(const std::string& name) {
  std::string dir = MakeTempDir();
  CopyTree(kSites + "/minimal", dir);
  CopyTree(kSites + "/invalid/" + name + "/content", dir + "/content");
  return dir;
}

class InvalidSite : public ::testing::TestWithParam<std::string> {};

TEST_P(InvalidSite, CheckReportsTheExactErrorsAndExitsOne) {
  std::string dir = SiteWithDefect(GetParam());
  auto result = testing::Run(Affiche() + " check", dir);
  EXPECT_EQ(result.status, 1) << result.err;
  EXPECT_EQ(Headlines(result.err),
            Lines(ReadFile(kSites + "/invalid/" + GetParam() + "/expected")))
      << result.err;
}

TEST_P(InvalidSite, BuildFailsAndLeavesThePreviousSiteUntouched) {
  std::string dir = SiteWithDefect(GetParam());
  fs::create_directories(dir + "/site-out");
  std::ofstream(dir + "/site-out/.affiche-output") << "previous";
  std::ofstream(dir + "/site-out/index.html") << "previous build";
  auto result = testing::Run(Affiche() + " build", dir);
  EXPECT_EQ(result.status, 1) << result.err;
  EXPECT_EQ(ReadFile(dir + "/site-out/index.html"), "previous build");
  EXPECT_NE(result.err.find("site-out was left as it was"), std::string::npos)
      << result.err;
  // No staging folder is left behind.
  for (const auto& entry : fs::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename().string().find(".site-out"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, InvalidSite, ::testing::ValuesIn(InvalidCases()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(Check, PassesOnTheMinimalSiteWithBomAndCrlf) {
  auto result = testing::Run(Affiche() + " check --source '" + kSites + "/minimal'");
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out, "No errors in 4 events and 1 page.\n");
}

TEST(Check, QuotesTheLineWithACaretAndAHint) {
  std::string dir = SiteWithDefect("end-before-start");
  auto result = testing::Run(Affiche() + " check", dir);
  EXPECT_EQ(result.err,
            "content/events/broken.md:4:6: error: end (2009-11-09 17:00) is before start "
            "(2009-11-09 18:00)\n"
            " 4 | end: 2009-11-09T17:00\n"
            "   |      ^\n"
            "  hint: check the date and the time of both\n"
            "affiche: 1 error\n");
}

TEST(Check, NamesTheSourceFolderInPathsWhenGivenOne) {
  std::string dir = SiteWithDefect("unknown-venue");
  auto result = testing::Run(Affiche() + " check --source '" + dir + "'", "/");
  EXPECT_EQ(Headlines(result.err),
            std::vector<std::string>{
                dir + "/content/events/broken.md:4:8: error: unknown "
                      "venue 'la-repaserie'; did you mean 'la-repasserie'?"});
}

TEST(Check, WarnsAboutAnUnknownFieldWithoutFailing) {
  std::string dir = MakeTempDir();
  CopyTree(kSites + "/minimal", dir);
  std::ofstream(dir + "/content/events/typo.md")
      << "---\ntitle: Faute\nstart: 2009-11-09T18:00\nsumary: Une faute\nattendance: "
         "12\n---\n";
  auto result = testing::Run(Affiche() + " check", dir);
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(Headlines(result.err),
            std::vector<std::string>{"content/events/typo.md:4:9: warning: unknown field "
                                     "'sumary' is ignored; did you mean 'summary'?"});
}

TEST(Build, NamesTheLayoutOfAPageThatGrowsPastTheBound) {
  std::string dir = MakeTempDir();
  CopyTree(kSites + "/minimal", dir);
  CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir + "/themes/default");
  // The menu inside itself six times over: its entries to the sixth power.
  std::string open, close;
  for (int i = 0; i < 6; ++i) open += "{{#nav}}", close += "{{/nav}}";
  std::ofstream(dir + "/themes/default/layouts/page.mustache")
      << open << std::string(20000, 'x') << close;
  auto result = testing::Run(Affiche() + " build", dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(
      Lines(result.err).at(0),
      "themes/default/layouts/page.mustache: error: layout 'page' renders a page of "
      "more than 256 MB")
      << result.err;
  EXPECT_NE(result.err.find("hint: a list section inside another one (or in a partial it "
                            "includes) multiplies the page"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(dir + "/site-out"));
  // Each line of the page stops at the bound too, before it is a whole page:
  // unbounded, this line alone would take gigabytes.
  struct rusage usage {};
  getrusage(RUSAGE_CHILDREN, &usage);
  EXPECT_LT(usage.ru_maxrss, 1500 * 1024) << "peak kB of the build";
}

TEST(CommandLine, ExitsTwoOnUsageErrors) {
  auto unknown = testing::Run(Affiche() + " bulid");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.err,
            "affiche: error: unknown command 'bulid'\nTry 'affiche help'.\n");
  auto option = testing::Run(Affiche() + " build --sauce x");
  EXPECT_EQ(option.status, 2);
  EXPECT_EQ(Lines(option.err)[0], "affiche: error: unknown option '--sauce' for build");
  EXPECT_EQ(testing::Run(Affiche() + " build --out").status, 2);
  EXPECT_EQ(testing::Run(Affiche()).status, 2);
  EXPECT_EQ(testing::Run(Affiche() + " --help").status, 0);
}

TEST(CommandLine, CheckOutsideASiteSaysWhatIsMissing) {
  auto result = testing::Run(Affiche() + " check", MakeTempDir());
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(
      Headlines(result.err),
      std::vector<std::string>{
          "content/site.yaml: error: no site.yaml: this folder is not an affiche site"});
}

}  // namespace
}  // namespace affiche
