// Builds a generated site large enough for its programme to be split into
// pages (600 events, `programme: { per_page: 50 }`) and walks it as a visitor
// would from index.html: every event within four clicks, no link to a missing
// file or anchor, no page of the programme or of a listing longer than 50
// entries, and the whole programme on the booklet's page.
#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "test_util.h"

namespace fs = std::filesystem;

namespace affiche {
namespace {

using testing::Affiche;
using testing::MakeTempDir;
using testing::PercentDecoded;
using testing::ReadFile;

constexpr int kPerPage = 50;

class PaginatedSite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(MakeTempDir());
    auto generated = testing::Run("python3 " AFFICHE_SOURCE_DIR
                                  "/tests/bench/generate_site.py --events 600 " +
                                  *dir_);
    ASSERT_EQ(generated.status, 0) << generated.err;
    std::ofstream(*dir_ + "/content/site.yaml", std::ios::app)
        << "programme: { per_page: " << kPerPage << " }\n";
    auto result = testing::Run(Affiche() + " build", *dir_);
    ASSERT_EQ(result.status, 0) << result.err;
  }
  static void TearDownTestSuite() { delete dir_; }

  static std::string Out() { return *dir_ + "/site-out"; }
  // The site's HTML pages (but 404.html, whose links start from base_url).
  static std::vector<std::string> Pages() {
    std::vector<std::string> pages;
    for (const auto& entry : fs::recursive_directory_iterator(Out())) {
      std::string path = fs::relative(entry.path(), Out()).string();
      if (entry.path().extension() == ".html" && path != "404.html")
        pages.push_back(path);
    }
    std::sort(pages.begin(), pages.end());
    return pages;
  }
  // The site-relative targets of the page's internal links, with their anchors.
  static std::vector<std::pair<std::string, std::string>> Links(const std::string& page) {
    static const std::regex link("href=\"([^\"#]*)(?:#([^\"]*))?\"");
    static const std::regex comment("<!--[\\s\\S]*?-->");
    std::string html = std::regex_replace(ReadFile(Out() + "/" + page), comment, "");
    std::vector<std::pair<std::string, std::string>> links;
    for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
      std::string target = (*it)[1];
      if (target.find(':') != std::string::npos) continue;  // https:, webcal:, mailto:
      std::string path = target.empty()
                             ? page
                             : (fs::path(page).parent_path() / PercentDecoded(target))
                                   .lexically_normal()
                                   .string();
      links.push_back({path, (*it)[2]});
    }
    return links;
  }
  static std::string* dir_;
};
std::string* PaginatedSite::dir_ = nullptr;

TEST_F(PaginatedSite, TheProgrammeIsSplitAndIndexHtmlListsItsPages) {
  std::string index = ReadFile(Out() + "/index.html");
  EXPECT_NE(index.find("<h2 id=\"page-list-heading\">"), std::string::npos);
  int pages = 0;
  for (const std::string& page : Pages()) pages += page.rfind("programme/2", 0) == 0;
  EXPECT_GT(pages, 12);  // 600 events over a year: a page or more a month
}

TEST_F(PaginatedSite, EveryEventIsAtMostFourClicksFromIndexHtml) {
  std::map<std::string, int> depth = {{"index.html", 0}};
  std::deque<std::string> queue = {"index.html"};
  while (!queue.empty()) {
    std::string page = queue.front();
    queue.pop_front();
    if (fs::path(page).extension() != ".html") continue;
    for (const auto& [target, anchor] : Links(page))
      if (!depth.count(target) && fs::is_regular_file(Out() + "/" + target)) {
        depth[target] = depth[page] + 1;
        queue.push_back(target);
      }
  }
  int events = 0;
  for (const auto& entry : fs::directory_iterator(*dir_ + "/content/events")) {
    std::string page = "events/" + entry.path().stem().string() + "/index.html";
    ASSERT_TRUE(fs::is_regular_file(Out() + "/" + page)) << page;
    ASSERT_TRUE(depth.count(page)) << page << " cannot be reached from index.html";
    EXPECT_LE(depth[page], 4) << page;
    ++events;
  }
  EXPECT_EQ(events, 600);
}

TEST_F(PaginatedSite, NoLinkLeadsToAMissingFileOrAnchor) {
  std::map<std::string, std::set<std::string>> ids;
  const std::regex id("id=\"([^\"]+)\"");
  int checked = 0;
  for (const std::string& page : Pages()) {
    for (const auto& [target, anchor] : Links(page)) {
      ASSERT_TRUE(fs::is_regular_file(Out() + "/" + target))
          << page << " links to " << target;
      if (anchor.empty()) continue;
      if (!ids.count(target)) {
        std::string html = ReadFile(Out() + "/" + target);
        std::set<std::string>& found = ids[target];
        for (std::sregex_iterator it(html.begin(), html.end(), id), end; it != end; ++it)
          found.insert((*it)[1]);
      }
      EXPECT_TRUE(ids[target].count(anchor))
          << page << " links to " << target << "#" << anchor;
      ++checked;
    }
  }
  EXPECT_GT(checked, 10000);
}

TEST_F(PaginatedSite, NoPageOfTheProgrammeOrOfAListingListsMoreThanPerPage) {
  // index.html, programme/<key>/, and each listing's first page and pages;
  // not the booklets (programme/, departments/<id>/programme/), made to print.
  const std::regex paged(
      "index\\.html|programme/[^/]+/index\\.html|"
      "(departments|categories|venues)/[^/]+/([0-9][^/]*/)?index\\.html");
  int pages = 0, listing_pages = 0;
  for (const std::string& page : Pages()) {
    if (!std::regex_match(page, paged)) continue;
    std::string html = ReadFile(Out() + "/" + page);
    int entries = 0;
    for (size_t at = html.find("<li class=\"event-item"); at != std::string::npos;
         at = html.find("<li class=\"event-item", at + 1))
      ++entries;
    EXPECT_LE(entries, kPerPage) << page;
    // A listing's page lists its own events in its ItemList, not the
    // listing's; its overview, which shows none, has none.
    if (page.find('/') != std::string::npos && page.rfind("programme/", 0) != 0) {
      int items = 0;
      for (size_t at = html.find("{\"@type\":\"ListItem\""); at != std::string::npos;
           at = html.find("{\"@type\":\"ListItem\"", at + 1))
        ++items;
      EXPECT_EQ(items > 0, entries > 0) << page;
      EXPECT_LE(items, entries) << page;
    }
    ++pages;
    listing_pages += page.find('/') != std::string::npos &&
                     page.rfind("programme/", 0) != 0 &&
                     std::count(page.begin(), page.end(), '/') == 3;
  }
  EXPECT_GT(pages, 30);
  EXPECT_GT(listing_pages, 5);  // the listings are split too
}

TEST_F(PaginatedSite, TheBookletHoldsTheWholeProgramme) {
  std::string booklet = ReadFile(Out() + "/programme/index.html");
  for (const auto& entry : fs::directory_iterator(*dir_ + "/content/events")) {
    std::string link =
        "href=\"../events/" + entry.path().stem().string() + "/index.html\"";
    EXPECT_NE(booklet.find(link), std::string::npos) << link;
  }
}

}  // namespace
}  // namespace affiche
