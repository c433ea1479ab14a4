// Runs `affiche build` on the repository's sample content and checks the site
// as a visitor (and a static host) would meet it, on disk.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>

#include "test_util.h"

namespace fs = std::filesystem;

namespace affiche {
namespace {

using testing::Affiche;
using testing::MakeTempDir;
using testing::ReadFile;

// Every file below dir, by path relative to it.
std::map<std::string, std::string> ReadTree(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file())
      files[fs::relative(entry.path(), dir).string()] = ReadFile(entry.path().string());
  return files;
}

class SampleSite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = new std::string(MakeTempDir() + "/site-out");
    // Built as it is published: with its search index (tests/quality's
    // Pagefind; .ci/setup installs it).
    ASSERT_TRUE(fs::is_regular_file(AFFICHE_PAGEFIND_BINARY))
        << "no " AFFICHE_PAGEFIND_BINARY "; run bash .ci/setup";
    auto result =
        testing::Run("AFFICHE_PAGEFIND='" AFFICHE_PAGEFIND_BINARY "' " + Affiche() +
                     " build --source '" AFFICHE_SOURCE_DIR "' --out '" + *out_ + "'");
    ASSERT_EQ(result.status, 0) << result.err;
    build_output_ = new std::string(result.out);
  }
  static void TearDownTestSuite() {
    delete out_;
    delete build_output_;
  }
  static std::string File(const std::string& path) {
    return ReadFile(*out_ + "/" + path);
  }
  static std::string* out_;
  static std::string* build_output_;
};
std::string* SampleSite::out_ = nullptr;
std::string* SampleSite::build_output_ = nullptr;

TEST_F(SampleSite, SaysWhatItBuilt) {
  EXPECT_NE(build_output_->find("Built 40 events and 2 pages: "), std::string::npos)
      << *build_output_;
  // Pagefind indexes the 40 event pages, and no other (data-pagefind-body).
  EXPECT_NE(build_output_->find("; search: Pagefind indexed 40 pages, "),
            std::string::npos)
      << *build_output_;
  EXPECT_NE(build_output_->find(" words and 3 filters in "), std::string::npos);
  EXPECT_TRUE(fs::is_regular_file(*out_ + "/pagefind/pagefind.js"));
}

TEST(SampleSiteWithoutPagefind, SaysNothingOfSearchAndItsPageSaysItIsNotAvailable) {
  std::string out = testing::MakeTempDir() + "/site-out";
  auto result =
      testing::Run("env -u AFFICHE_PAGEFIND PATH=/usr/bin:/bin " + Affiche() +
                   " build --source '" AFFICHE_SOURCE_DIR "' --out '" + out + "'");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out.find("search"), std::string::npos) << result.out;
  EXPECT_EQ(result.err.find("agefind"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(out + "/pagefind"));
  std::string page = ReadFile(out + "/search/index.html");
  EXPECT_NE(page.find("La recherche n’est pas disponible sur ce site."),
            std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
}

TEST_F(SampleSite, EveryLinkOfEveryPageLeadsToAFileOnDisk) {
  // Relative links ending in a file name: the site works from file:// too.
  const std::regex link("(?:href|src)=\"([^\"#]+)(#[^\"]*)?\"");
  const std::regex comment(
      "<!--[\\s\\S]*?-->");  // a poster's PDF link until the PDF exists
  int checked = 0;
  for (const auto& [path, html] : ReadTree(*out_)) {
    if (fs::path(path).extension() != ".html" || path == "404.html") continue;
    const std::string bytes = std::regex_replace(html, comment, "");
    fs::path dir = fs::path(*out_) / fs::path(path).parent_path();
    for (std::sregex_iterator it(bytes.begin(), bytes.end(), link), end; it != end;
         ++it) {
      std::string target = (*it)[1];
      if (target.find(':') != std::string::npos) continue;  // https:, webcal:, mailto:
      // Links are percent-encoded; the sample's slugs need no encoding.
      fs::path file = (dir / target).lexically_normal();
      EXPECT_TRUE(fs::is_regular_file(file)) << path << " links to " << target;
      // An anchor ("index.html#day-2009-11-09", from the search page) is in it.
      std::string anchor = (*it)[2];
      if (anchor.size() > 1 && fs::is_regular_file(file)) {
        EXPECT_NE(ReadFile(file.string()).find(" id=\"" + anchor.substr(1) + "\""),
                  std::string::npos)
            << path << " links to " << target << anchor;
      }
      EXPECT_EQ(file.string().rfind(*out_, 0), 0u)
          << path << " links outside: " << target;
      ++checked;
    }
  }
  EXPECT_GT(checked, 2000);
}

TEST_F(SampleSite, PagesGetFrenchTypographyAsPostersDo) {
  std::string index = File("index.html");
  EXPECT_NE(index.find("Conférence-débat\u00A0: faire fructifier son argent"),
            std::string::npos);
  EXPECT_NE(index.find("Soirée d’ouverture"), std::string::npos);
  EXPECT_EQ(index.find("&apos;"), std::string::npos);  // no straight apostrophe left
  EXPECT_NE(File("tally/index.html").find("<strong>2\u202F139</strong> participants"),
            std::string::npos);
  // The body's Markdown, through cmark's text nodes.
  EXPECT_NE(File("events/colloque-ess-innovation/index.html")
                .find("ateliers «\u00A0village de créativité\u00A0»"),
            std::string::npos);
}

TEST_F(SampleSite, ListsTheMonthLongExhibitionOnceAboveTheDays) {
  std::string index = File("index.html");
  size_t ongoing = index.find(
      "<h2 class=\"day__heading\" id=\"ongoing-heading\">"
      "Sur plusieurs semaines</h2>");
  ASSERT_NE(ongoing, std::string::npos);
  EXPECT_LT(ongoing, index.find("id=\"day-2009-11-01\""));
  EXPECT_NE(index.find("du 2 au 28\u00A0novembre 2009", ongoing), std::string::npos);
  size_t first = index.find("href=\"events/exposition-ess-en-picardie/index.html\"");
  EXPECT_GT(first, ongoing);
  EXPECT_EQ(
      index.find("href=\"events/exposition-ess-en-picardie/index.html\"", first + 1),
      std::string::npos);
}

TEST_F(SampleSite, EventPagesSayTheDateOnceLinkAMapAndBannerACancellation) {
  std::string page = File("events/conference-finance-solidaire/index.html");
  size_t first = page.find("<time datetime=\"2009-11-09T18:00\">");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(page.find("<time datetime=\"2009-11-09T18:00\">", first + 1),
            std::string::npos);
  int with_map = 0;
  for (const auto& [path, html] : ReadTree(*out_)) {
    // The event pages alone: events/<slug>/index.html.
    if (path.rfind("events/", 0) != 0 || fs::path(path).filename() != "index.html" ||
        std::count(path.begin(), path.end(), '/') != 2)
      continue;
    // Every sample event has a venue: a static link to its map, no script.
    EXPECT_NE(html.find("<a href=\"https://www.openstreetmap.org/"), std::string::npos)
        << path;
    ++with_map;
  }
  EXPECT_EQ(with_map, 40);
  EXPECT_NE(File("events/conference-habitat-cooperatif-saint-quentin/index.html")
                .find("<p class=\"status status--cancelled event__status\">Annulé</p>"),
            std::string::npos);
}

TEST_F(SampleSite, NoPageNeedsJavaScriptAndOnlyTheSearchPageHasAScript) {
  int pages = 0;
  for (const auto& [path, bytes] : ReadTree(*out_)) {
    if (fs::path(path).extension() != ".html") continue;
    ++pages;
    if (path == "search/index.html") {
      // Its one script is the search; without it the page browses by links.
      size_t script = bytes.find("<script");
      EXPECT_EQ(bytes.substr(script, bytes.find("</script>", script) - script),
                "<script type=\"module\" src=\"../search.js\">");
      EXPECT_EQ(bytes.find("<script", script + 1), std::string::npos);
      EXPECT_NE(bytes.find("href=\"../departments/oise/index.html\">Oise</a>"),
                std::string::npos);
      EXPECT_NE(bytes.find("href=\"../categories/atelier/index.html\">Atelier</a>"),
                std::string::npos);
      continue;
    }
    EXPECT_EQ(testing::ExecutableScriptIn(bytes), "") << path;
  }
  EXPECT_GT(pages, 100);  // pagefind/ adds scripts, but no page
}

TEST_F(SampleSite, EventPagesOfferTheirCalendarLinks) {
  std::string page = File("events/conference-finance-solidaire/index.html");
  EXPECT_NE(page.find("Ajouter à mon agenda"), std::string::npos);
  EXPECT_NE(page.find("href=\"../../events/conference-finance-solidaire/event.ics\""),
            std::string::npos);
  EXPECT_NE(page.find("https://calendar.google.com/calendar/render?action=TEMPLATE"),
            std::string::npos);
  EXPECT_NE(page.find("dates=20091109T180000%2F20091109T200000&amp;ctz=Europe%2FParis"),
            std::string::npos);
  EXPECT_NE(page.find("startdt=2009-11-09T17%3A00%3A00Z"),
            std::string::npos);  // Outlook: UTC
  EXPECT_NE(File("events/conference-finance-solidaire/event.ics").find("BEGIN:VEVENT"),
            std::string::npos);
}

TEST_F(SampleSite, SubscribePageListsEveryFeedThatHasEvents) {
  std::string page = File("subscribe/index.html");
  int feeds = 0;
  for (const auto& [path, bytes] : ReadTree(*out_)) {
    if (fs::path(path).filename() != "calendar.ics") continue;
    bool has_events = bytes.find("BEGIN:VEVENT") != std::string::npos;
    std::string https = "https://www.cres-picardie.org/mois-ess/" + path;
    std::string webcal = "webcal://www.cres-picardie.org/mois-ess/" + path;
    EXPECT_EQ(page.find("<code>" + https + "</code>") != std::string::npos, has_events)
        << path;
    EXPECT_EQ(page.find("href=\"" + webcal + "\"") != std::string::npos, has_events)
        << path;
    feeds += has_events;
  }
  EXPECT_GT(feeds, 30);
  EXPECT_NE(page.find("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F"),
            std::string::npos);
  EXPECT_NE(
      page.find("https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2F"),
      std::string::npos);
}

TEST_F(SampleSite, ListingPagesLinkToTheirFeed) {
  std::string page = File("departments/oise/index.html");
  EXPECT_NE(page.find("href=\"webcal://www.cres-picardie.org/mois-ess/departments/oise/"
                      "calendar.ics\""),
            std::string::npos);
  EXPECT_NE(page.find("href=\"../../departments/oise/calendar.ics\""), std::string::npos);
}

TEST_F(SampleSite, KeepsThePublishedPathInAbsoluteUrls) {
  EXPECT_NE(File("events/village-ess/index.html")
                .find("<link rel=\"canonical\" href=\"https://www.cres-picardie.org/"
                      "mois-ess/events/village-ess/\">"),
            std::string::npos);
  EXPECT_NE(
      File("sitemap.xml").find("<loc>https://www.cres-picardie.org/mois-ess/</loc>"),
      std::string::npos);
}

TEST_F(SampleSite, RebuildingUnchangedContentGivesTheSameBytes) {
  std::string again = MakeTempDir() + "/site-out";
  fs::copy(*out_, again, fs::copy_options::recursive);  // the previous feed, as published
  // Pagefind's index included: the same pages give the same index.
  auto result =
      testing::Run("AFFICHE_PAGEFIND='" AFFICHE_PAGEFIND_BINARY "' " + Affiche() +
                   " build --source '" AFFICHE_SOURCE_DIR "' --out '" + again + "'");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ReadTree(again), ReadTree(*out_));
}

TEST(Build, KeepsTheFilesAnEditDidNotChangeAsTheyWere) {
  std::string dir = MakeTempDir();
  testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/minimal", dir);
  ASSERT_EQ(testing::Run(Affiche() + " build", dir).status, 0);
  std::map<std::string, std::string> before = ReadTree(dir + "/site-out");
  std::map<std::string, struct stat> stats;
  for (const auto& [path, bytes] : before)
    stat((dir + "/site-out/" + path).c_str(), &stats[path]);

  std::string event = dir + "/content/events/conference.md";
  std::string text = ReadFile(event);
  std::ofstream(event) << text << "\nUn paragraphe de plus.\n";
  ASSERT_EQ(testing::Run(Affiche() + " build", dir).status, 0);

  std::map<std::string, std::string> after = ReadTree(dir + "/site-out");
  ASSERT_EQ(after.size(), before.size());
  int changed = 0;
  for (const auto& [path, bytes] : after) {
    struct stat now {};
    ASSERT_EQ(stat((dir + "/site-out/" + path).c_str(), &now), 0) << path;
    if (bytes == before[path]) {
      EXPECT_EQ(now.st_ino, stats[path].st_ino) << path;
      EXPECT_EQ(now.st_mtim.tv_sec, stats[path].st_mtim.tv_sec) << path;
      EXPECT_EQ(now.st_mtim.tv_nsec, stats[path].st_mtim.tv_nsec) << path;
    } else {
      EXPECT_NE(now.st_ino, stats[path].st_ino) << path;
      ++changed;
    }
  }
  EXPECT_NE(after["events/conference/index.html"],
            before["events/conference/index.html"]);
  EXPECT_NE(after["events/conference/event.ics"], before["events/conference/event.ics"]);
  EXPECT_EQ(after["events/festival/index.html"], before["events/festival/index.html"]);
  EXPECT_LT(changed, static_cast<int>(after.size()) / 2)
      << "most files stay as they were";
}

TEST(Build, ReplacesTheOutputFolderWhole) {
  std::string dir = MakeTempDir();
  testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/minimal", dir);
  ASSERT_EQ(testing::Run(Affiche() + " build", dir).status, 0);
  std::ofstream(dir + "/site-out/stale.html") << "left by hand";
  ASSERT_EQ(testing::Run(Affiche() + " build", dir).status, 0);
  EXPECT_FALSE(fs::exists(dir + "/site-out/stale.html"));
  EXPECT_TRUE(fs::exists(dir + "/site-out/index.html"));
  EXPECT_TRUE(fs::exists(dir + "/site-out/.affiche-output"));
  // Nothing is left next to it but the build cache, and nothing else in the
  // folder moved.
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names,
            (std::vector<std::string>{".site-out.build-cache", "content", "site-out"}));
}

TEST(Build, RefusesToReplaceAFolderItDidNotWrite) {
  std::string dir = MakeTempDir();
  testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/minimal", dir);
  fs::create_directories(dir + "/documents");
  std::ofstream(dir + "/documents/notes.txt") << "précieux";
  auto result = testing::Run(Affiche() + " build --out documents", dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(
      result.err,
      "affiche: error: refusing to replace " + dir +
          "/documents: it is not empty and was not written by affiche; choose another "
          "--out\n");
  EXPECT_EQ(ReadFile(dir + "/documents/notes.txt"), "précieux");
  // The source's own folders are refused before anything is built.
  result = testing::Run(Affiche() + " build --out content", dir);
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(
      result.err.substr(0, result.err.find('\n')),
      "affiche: error: --out content is inside content/: each build would publish the "
      "one before; choose a folder outside it");
  EXPECT_TRUE(fs::exists(dir + "/content/site.yaml"));
}

}  // namespace
}  // namespace affiche
