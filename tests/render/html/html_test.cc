#include "render/html/html.h"

#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <regex>

#include "model/programme.h"
#include "render/html/feeds.h"
#include "render/render_test_util.h"
#include "render/views/page_driver.h"
#include "test_util.h"

namespace affiche {
namespace {

using testing::Fr;

using testing::At;
using testing::MakeEvent;
using testing::SampleContent;

std::unique_ptr<OutputSet> Render(const Content& content,
                                  const std::string& language = "fr") {
  Theme theme = testing::DefaultTheme(language);
  Programme programme(content);
  auto out = std::make_unique<OutputSet>();
  RenderHtml(programme, theme, out.get());
  return out;
}

// The text between the first `from` at or after `after` and the next `to`.
std::string Between(const std::string& text, const std::string& from,
                    const std::string& to) {
  size_t begin = text.find(from);
  if (begin == std::string::npos) return "";
  size_t end = text.find(to, begin + from.size());
  return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

bool EndsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() &&
         text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// Files the theme links to that the calendar, poster, tally and embed renderers write
// (the end-to-end tests check those links on the whole site).
bool MadeByAnotherRenderer(const std::string& file) {
  return file.rfind("tally/", 0) == 0 || file.rfind("subscribe/", 0) == 0 ||
         file.find("/poster/") != std::string::npos ||
         file.find("/communique/") != std::string::npos ||
         file.rfind("presse/", 0) == 0 || file.rfind("embed/", 0) == 0 ||
         EndsWith(file, ".ics") || EndsWith(file, ".pdf");
}

class HtmlTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    content_ = new Content(SampleContent());
    out_ = Render(*content_).release();
  }
  static void TearDownTestSuite() {
    delete out_;
    delete content_;
  }
  static const std::string& Page(const std::string& path) {
    static const std::string kMissing = "(missing)";
    const std::string* page = out_->Find(path);
    EXPECT_NE(page, nullptr) << path;
    return page ? *page : kMissing;
  }
  static Content* content_;
  static OutputSet* out_;
};
Content* HtmlTest::content_ = nullptr;
OutputSet* HtmlTest::out_ = nullptr;

TEST_F(HtmlTest, WritesProgrammeByDayInFrench) {
  const std::string& index = Page("index.html");
  EXPECT_NE(index.find("<html lang=\"fr\">"), std::string::npos);
  std::string day = Between(index, "id=\"day-2009-11-09\"", "</section>");
  EXPECT_NE(day.find(Fr("<time datetime=\"2009-11-09\">lundi 9~novembre 2009</time>")),
            std::string::npos)
      << day;
  EXPECT_NE(day.find(Fr("<time datetime=\"2009-11-09T18:00\">18~h~– 20~h</time>")),
            std::string::npos);
  EXPECT_NE(day.find(Fr("Conférence-débat~: faire fructifier son argent")),
            std::string::npos);
  EXPECT_NE(day.find("La Repasserie, Amiens"), std::string::npos);
  EXPECT_NE(day.find("href=\"departments/somme/index.html\">Somme</a>"),
            std::string::npos);
  EXPECT_NE(day.find("href=\"categories/conference/index.html\">Conférence</a>"),
            std::string::npos);
}

TEST_F(HtmlTest, ListsDaysInOrder) {
  const std::string& index = Page("index.html");
  size_t nov9 = index.find("id=\"day-2009-11-09\""),
         nov12 = index.find("id=\"day-2009-11-12\""),
         dec3 = index.find("id=\"day-2009-12-03\"");
  ASSERT_NE(nov9, std::string::npos);
  ASSERT_NE(nov12, std::string::npos);
  ASSERT_NE(dec3, std::string::npos);
  EXPECT_LT(nov9, nov12);
  EXPECT_LT(nov12, dec3);
}

TEST_F(HtmlTest, ListsAFewDaysEventUnderEachOfItsDays) {
  const std::string& index = Page("index.html");
  for (const char* id :
       {"id=\"day-2009-11-20\"", "id=\"day-2009-11-21\"", "id=\"day-2009-11-22\""}) {
    std::string day = Between(index, id, "</section>");
    EXPECT_NE(day.find(Fr("du 20 au 22~novembre 2009")), std::string::npos) << day;
    EXPECT_NE(day.find("Festival de théâtre amateur"), std::string::npos) << id;
  }
  EXPECT_EQ(Count(index, "Festival de théâtre amateur"), 3u);
}

TEST_F(HtmlTest, ProgrammeStartsWithTheDaysToJumpTo) {
  const std::string& index = Page("index.html");
  std::string days =
      Between(index, "<nav class=\"day-index\" aria-label=\"Aller au jour\">", "</nav>");
  EXPECT_NE(days.find(Fr("<a href=\"#day-2009-11-09\"><time datetime=\"2009-11-09\">lun. "
                         "9~nov.</time></a>")),
            std::string::npos)
      << days;
  // Every day of the programme has its link, and every link its day.
  EXPECT_EQ(Count(days, "<li>"), Count(index, "<section class=\"day\""));
  EXPECT_LT(index.find("class=\"day-index\""), index.find("<section class=\"day"));
}

TEST_F(HtmlTest, ShowsAllDayEventsAsAllDay) {
  std::string day = Between(Page("index.html"), "id=\"day-2009-12-03\"", "</section>");
  EXPECT_NE(day.find("Toute la journée"), std::string::npos) << day;
  // The all-day village comes before the colloquium that starts at 9 h.
  EXPECT_LT(day.find("Village de l’ESS"), day.find("Colloque ESS et Innovation"));
}

TEST_F(HtmlTest, KeepsCancelledEventListedWithVisibleMark) {
  std::string item =
      Between(Page("index.html"), "<li class=\"event-item is-cancelled\">", "</li>\n");
  EXPECT_NE(item.find("Rallye journalistique"), std::string::npos) << item;
  EXPECT_NE(item.find("<p class=\"status status--cancelled\">Annulé</p>"),
            std::string::npos);
  const std::string& page = Page("events/rallye-journalistique/index.html");
  EXPECT_NE(page.find("<article class=\"event is-cancelled\">"), std::string::npos);
  EXPECT_NE(page.find(">Annulé</p>"), std::string::npos);
}

TEST_F(HtmlTest, MarksTentativeEventsButNotConfirmedOnes) {
  std::string day = Between(Page("index.html"), "id=\"day-2009-11-17\"", "</section>");
  EXPECT_NE(day.find("status--tentative\">À confirmer</p>"), std::string::npos) << day;
  std::string conference =
      Between(Page("index.html"), "id=\"day-2009-11-09\"", "</section>");
  EXPECT_EQ(conference.find("class=\"status"), std::string::npos);
}

TEST_F(HtmlTest, EventPageHasEverythingAVisitorNeeds) {
  const std::string& page = Page("events/conference-finance-solidaire/index.html");
  EXPECT_NE(page.find(Fr("<time datetime=\"2009-11-09T18:00\">lundi 9~novembre 2009, "
                         "18~h~– 20~h</time>")),
            std::string::npos);
  EXPECT_NE(
      page.find(Fr("<h1 class=\"event__title\">Conférence-débat~: faire fructifier son "
                   "argent</h1>")),
      std::string::npos);
  EXPECT_NE(page.find(">La Repasserie</a>, Salle Laurent</p>"), std::string::npos);
  EXPECT_NE(page.find("<p>30 route d’Abbeville</p>"), std::string::npos);
  EXPECT_NE(page.find("<p>80000 Amiens</p>"), std::string::npos);
  EXPECT_NE(page.find("href=\"https://www.openstreetmap.org/?mlat=49.9003&amp;mlon=2.2768"
                      "#map=17/49.9003/2.2768\""),
            std::string::npos);
  EXPECT_NE(page.find("href=\"../../departments/somme/index.html\">Somme</a>"),
            std::string::npos);
  EXPECT_NE(page.find("<dd>Entrée libre</dd>"), std::string::npos);
  EXPECT_NE(page.find("href=\"https://example.org/inscription?event=1&amp;lang=fr\""),
            std::string::npos);
  EXPECT_NE(page.find("<dd>03 22 66 07 65</dd>"), std::string::npos);
  EXPECT_NE(page.find("<p class=\"lead\">Une conférence sur la finance solidaire.</p>"),
            std::string::npos);
  // Each organiser's name leads to its page, its website follows.
  EXPECT_NE(page.find("<li><a href=\"../../organisers/cres-picardie/index.html\">CRES "
                      "Picardie</a> <span class=\"organiser-site\">(<a "
                      "href=\"https://www.cres-picardie.org/\">Site web"),
            std::string::npos);
  EXPECT_NE(page.find("<li><a href=\"../../organisers/picardie-active/index.html\">"
                      "Picardie Active</a></li>"),
            std::string::npos);
  // The body comes as cmark made it.
  EXPECT_NE(page.find("<p>Sept acteurs <strong>picards</strong> témoignent.</p>"),
            std::string::npos);
}

TEST_F(HtmlTest, EventPageListsExhibitorsAndSessions) {
  const std::string& village = Page("events/village-ess/index.html");
  EXPECT_NE(village.find("<li>Artisans du monde</li>"), std::string::npos);
  EXPECT_NE(
      village.find(Fr("<time datetime=\"2009-12-03\">jeudi 3~décembre 2009</time>")),
      std::string::npos);
  const std::string& colloque = Page("events/colloque-ess-innovation/index.html");
  EXPECT_NE(colloque.find(Fr("<span class=\"sessions__time\">9~h~– 10~h~30</span> "
                             "<span class=\"sessions__title\">Qu’est-ce qu’innover^?"
                             "</span> <span class=\"sessions__format\">(conversations "
                             "croisées)</span>")),
            std::string::npos)
      << colloque;
  EXPECT_NE(colloque.find(Fr("<span class=\"sessions__time\">14~h</span>")),
            std::string::npos);
}

TEST_F(HtmlTest, LinksFromNestedPagesAreRelative) {
  const std::string& page = Page("events/conference-finance-solidaire/index.html");
  EXPECT_NE(page.find("<link rel=\"stylesheet\" href=\"../../style.css\">"),
            std::string::npos);
  EXPECT_NE(page.find("href=\"../../index.html\""), std::string::npos);
  EXPECT_NE(page.find("href=\"../../venues/la-repasserie/index.html\""),
            std::string::npos);
  EXPECT_EQ(page.find("href=\"/"), std::string::npos) << "no root-absolute links";
  EXPECT_NE(Page("departments/somme/index.html")
                .find("href=\"../../events/conference-finance-solidaire/index.html\""),
            std::string::npos);
  EXPECT_NE(
      Page("departments/index.html").find("href=\"../departments/somme/index.html\""),
      std::string::npos);
}

TEST_F(HtmlTest, EveryInternalLinkLeadsToAFileOfTheSite) {
  const std::regex link("(?:href|src)=\"([^\"]*)\"");
  int checked = 0;
  for (const auto& [path, bytes] : out_->files()) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    if (path == "404.html") continue;  // links from base_url, checked below
    std::string dir = path.substr(0, path.rfind('/') + 1);
    for (std::sregex_iterator it(bytes.begin(), bytes.end(), link), end; it != end;
         ++it) {
      std::string target = (*it)[1];
      if (target.rfind("https:", 0) == 0 || target.rfind("mailto:", 0) == 0 ||
          target.rfind("#", 0) == 0)
        continue;
      // "index.html#day-2009-11-09": the file, then the anchor in it.
      std::string fragment;
      if (size_t hash = target.find('#'); hash != std::string::npos) {
        fragment = target.substr(hash + 1);
        target.erase(hash);
      }
      std::string resolved = dir + target;
      // Fold "a/b/../../" away.
      std::vector<std::string> parts;
      size_t begin = 0;
      while (begin <= resolved.size()) {
        size_t slash = resolved.find('/', begin);
        if (slash == std::string::npos) slash = resolved.size();
        std::string part = resolved.substr(begin, slash - begin);
        if (part == "..") {
          ASSERT_FALSE(parts.empty()) << path << " links above the site: " << target;
          parts.pop_back();
        } else if (!part.empty()) {
          parts.push_back(part);
        }
        begin = slash + 1;
      }
      std::string file;
      for (const std::string& part : parts) file += (file.empty() ? "" : "/") + part;
      if (MadeByAnotherRenderer(file)) continue;
      const std::string* linked = out_->Find(file);
      EXPECT_NE(linked, nullptr) << path << " links to " << target;
      if (linked && !fragment.empty()) {
        EXPECT_NE(linked->find(" id=\"" + fragment + "\""), std::string::npos)
            << path << " links to #" << fragment << " of " << file;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 100);
}

TEST_F(HtmlTest, PutsAbsoluteUrlInCanonicalLink) {
  EXPECT_NE(
      Page("events/conference-finance-solidaire/index.html")
          .find("<link rel=\"canonical\" href=\"https://www.cres-picardie.org/mois-ess/"
                "events/conference-finance-solidaire/\">"),
      std::string::npos);
  EXPECT_NE(Page("index.html")
                .find("<link rel=\"canonical\" "
                      "href=\"https://www.cres-picardie.org/mois-ess/\">"),
            std::string::npos);
  EXPECT_NE(
      Page("categories/theatre/index.html")
          .find("href=\"https://www.cres-picardie.org/mois-ess/categories/theatre/\""),
      std::string::npos);
}

TEST_F(HtmlTest, WritesListingPagesWithTheirEventsOnly) {
  const std::string& somme = Page("departments/somme/index.html");
  EXPECT_NE(somme.find("<h1>Somme</h1>"), std::string::npos);
  EXPECT_NE(somme.find("<p class=\"count\">4 événements</p>"), std::string::npos)
      << somme;
  EXPECT_NE(somme.find("Rallye journalistique"), std::string::npos);
  EXPECT_EQ(somme.find("Festival de théâtre amateur"), std::string::npos);
  const std::string& oise = Page("departments/oise/index.html");
  EXPECT_NE(oise.find("Festival de théâtre amateur"), std::string::npos);
  EXPECT_NE(Page("departments/aisne/index.html").find("Aucun événement"),
            std::string::npos);

  const std::string& venue = Page("venues/la-repasserie/index.html");
  EXPECT_NE(venue.find("<h1>La Repasserie</h1>"), std::string::npos);
  EXPECT_NE(venue.find("<p>30 route d’Abbeville</p>"), std::string::npos);
  EXPECT_NE(venue.find("1 événement"), std::string::npos);
  EXPECT_NE(Page("categories/village/index.html").find("Village de l’ESS"),
            std::string::npos);
}

TEST_F(HtmlTest, WritesListingIndexesWithCounts) {
  const std::string& departments = Page("departments/index.html");
  EXPECT_NE(departments.find("<h1>Départements</h1>"), std::string::npos);
  std::string somme =
      Between(departments, "<li><a href=\"../departments/somme/", "</li>");
  EXPECT_NE(somme.find("4 événements"), std::string::npos) << departments;
  EXPECT_LT(departments.find(">Somme<"), departments.find(">Oise<"));  // site.yaml order
  EXPECT_NE(Page("categories/index.html").find(">Théâtre</a>"), std::string::npos);
  EXPECT_NE(Page("venues/index.html").find(">Espace Dewailly</a>"), std::string::npos);
}

TEST_F(HtmlTest, WritesFreePagesAndNavigatesToThem) {
  const std::string& page = Page("pages/a-propos/index.html");
  EXPECT_NE(page.find("<h1>À propos</h1>"), std::string::npos);
  EXPECT_NE(page.find("<p>Le Mois de l'ESS.</p>"), std::string::npos);
  EXPECT_NE(page.find("href=\"../../pages/a-propos/index.html\" aria-current=\"page\""),
            std::string::npos);
  EXPECT_NE(Page("index.html").find("href=\"pages/a-propos/index.html\">À propos</a>"),
            std::string::npos);
}

TEST_F(HtmlTest, EveryPageHasOneH1LandmarksAndSkipLink) {
  for (const auto& [path, bytes] : out_->files()) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    EXPECT_EQ(Count(bytes, "<h1"), 1u) << path;
    for (const char* landmark :
         {"<header", "<nav", "<main id=\"main\"", "<footer",
          "class=\"skip-link\" href=\"#main\"", "<meta name=\"viewport\""})
      EXPECT_NE(bytes.find(landmark), std::string::npos) << path << ": " << landmark;
  }
}

TEST_F(HtmlTest, SearchPageWithoutAnIndexSaysSoAndLinksToTheListingsAndDays) {
  const std::string& page = Page("search/index.html");
  EXPECT_NE(page.find("<h1>Rechercher une manifestation</h1>"), std::string::npos);
  EXPECT_NE(page.find("La recherche n’est pas disponible sur ce site."),
            std::string::npos)
      << page;
  EXPECT_EQ(page.find("<form"), std::string::npos);
  EXPECT_NE(page.find("href=\"../departments/oise/index.html\">Oise</a>"),
            std::string::npos);
  EXPECT_NE(page.find("href=\"../categories/theatre/index.html\">Théâtre</a>"),
            std::string::npos);
  EXPECT_NE(page.find(Fr("href=\"../index.html#day-2009-11-09\">lun. 9~nov.</a>")),
            std::string::npos);
  // Every page's menu leads to it, after the programme.
  const std::string& index = Page("index.html");
  EXPECT_LT(index.find(">Programme</a>"),
            index.find("href=\"search/index.html\">Rechercher</a>"));
  EXPECT_NE(page.find("href=\"../search/index.html\" aria-current=\"page\""),
            std::string::npos);
}

TEST_F(HtmlTest, EventPagesCarryTheirSearchFiltersAndMetadataForPagefind) {
  const std::string& page = Page("events/conference-finance-solidaire/index.html");
  EXPECT_NE(
      page.find("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>"),
      std::string::npos);
  EXPECT_NE(page.find("<p class=\"kicker\" data-pagefind-meta=\"date\"><time"),
            std::string::npos);
  EXPECT_NE(page.find("data-pagefind-sort=\"date:2009-11-09T18:00\" "
                      "data-pagefind-meta=\"place:La Repasserie, Amiens\""),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<span data-pagefind-filter=\"department:somme\"></span>"),
            std::string::npos);
  EXPECT_NE(page.find("<span data-pagefind-filter=\"category:conference\"></span>"),
            std::string::npos);
  EXPECT_EQ(Count(page, "data-pagefind-filter=\"day:"), 1u);
  EXPECT_NE(page.find("<span data-pagefind-filter=\"day:2009-11-09\"></span>"),
            std::string::npos);
  // A festival over three days is found on each of them.
  const std::string& festival = Page("events/festival-theatre-amateur/index.html");
  EXPECT_EQ(Count(festival, "data-pagefind-filter=\"day:"), 3u);
  EXPECT_NE(festival.find("<span data-pagefind-filter=\"day:2009-11-22\"></span>"),
            std::string::npos);
  // The calendar buttons and the way back are not what a search looks for.
  size_t ignored = page.find("<div data-pagefind-ignore>");
  ASSERT_NE(ignored, std::string::npos);
  EXPECT_LT(ignored, page.find("<section class=\"add-to-calendar\""));
  EXPECT_NE(page.find("<p class=\"back\" data-pagefind-ignore>"), std::string::npos);
}

TEST(Html, IndexedSearchPageHasTheOnlyScriptAndFiltersThatCombine) {
  Content content = SampleContent();
  Theme theme = testing::DefaultTheme("fr");
  Programme programme(content);
  ViewModel vm(programme, theme);
  Plan plan;
  PlanSearchPage(vm, true, &plan);
  OutputSet out;
  RenderAll(plan, vm, &out);
  const std::string& page = *out.Find("search/index.html");
  EXPECT_EQ(Count(page, "<script"), 1u);
  EXPECT_NE(page.find("<script type=\"module\" src=\"../search.js\"></script>"),
            std::string::npos);
  // The form shows once the script runs; without it, the links stay.
  EXPECT_NE(page.find("<form class=\"search\" role=\"search\" hidden"),
            std::string::npos);
  EXPECT_NE(page.find("La recherche a besoin de JavaScript"), std::string::npos);
  EXPECT_NE(page.find("href=\"../departments/oise/index.html\">Oise</a>"),
            std::string::npos);
  // One choice per filter, each by the id the event pages give Pagefind.
  std::string departments =
      Between(page, "<select id=\"search-department\"", "</select>");
  EXPECT_NE(departments.find("<option value=\"\">Tous les départements</option>"),
            std::string::npos);
  EXPECT_NE(departments.find("<option value=\"oise\">Oise</option>"), std::string::npos);
  // Aisne has no event in this content: no filter that can only give nothing.
  EXPECT_EQ(departments.find("aisne"), std::string::npos);
  std::string categories = Between(page, "<select id=\"search-category\"", "</select>");
  EXPECT_NE(categories.find("<option value=\"theatre\">Théâtre</option>"),
            std::string::npos);
  std::string days = Between(page, "<select id=\"search-day\"", "</select>");
  EXPECT_NE(days.find(Fr("<option value=\"2009-11-09\">lun. 9~nov.</option>")),
            std::string::npos)
      << days;
}

// index.html of the sample content built on `today` (in the site's zone).
std::string ProgrammeOn(std::optional<Date> today, JobInputs* inputs = nullptr) {
  Content content = SampleContent();
  Theme theme = testing::DefaultTheme("fr");
  Programme programme(content);
  ViewModel vm(programme, theme);
  Plan plan;
  PlanProgrammePages(vm, today, &plan);
  if (inputs) *inputs = plan.jobs()[plan.Find("index.html")].inputs;
  OutputSet out;
  RenderAll(plan, vm, &out);
  return *out.Find("index.html");
}

TEST(Html, ProgrammeLinksToTodayAndTheRestOfTheWeekWhileTheEditionRuns) {
  // Monday 9 November 2009: the conference that evening, the rally on Thursday.
  JobInputs inputs;
  std::string page = ProgrammeOn(Date{2009, 11, 9}, &inputs);
  std::string now = Between(page, "<nav class=\"now\"", "</nav>");
  EXPECT_NE(now.find("<h2 class=\"now__heading\" id=\"now-heading\">En ce moment</h2>"),
            std::string::npos)
      << now;
  EXPECT_NE(now.find(Fr("Aujourd’hui~: <a href=\"#day-2009-11-09\"><time "
                        "datetime=\"2009-11-09\">lundi 9~novembre 2009</time></a>")),
            std::string::npos)
      << now;
  EXPECT_NE(now.find(Fr("<a href=\"#day-2009-11-12\"><time datetime=\"2009-11-12\">"
                        "jeu. 12~nov.</time></a>")),
            std::string::npos);
  EXPECT_EQ(now.find("2009-11-17"), std::string::npos);  // next week
  EXPECT_LT(page.find("<nav class=\"now\""), page.find("id=\"day-2009-11-09\""));
  EXPECT_EQ(inputs.shape, "today 2009-11-09");

  // A day without events says so, and still gives the week's.
  now = Between(ProgrammeOn(Date{2009, 11, 10}), "<nav class=\"now\"", "</nav>");
  EXPECT_NE(now.find(Fr("<time datetime=\"2009-11-10\">mardi 10~novembre 2009</time> · "
                        "aucune manifestation ce jour-là")),
            std::string::npos)
      << now;
  EXPECT_NE(now.find("href=\"#day-2009-11-12\""), std::string::npos);
  // On a Sunday the week is over: today alone.
  now = Between(ProgrammeOn(Date{2009, 11, 22}), "<nav class=\"now\"", "</nav>");
  EXPECT_NE(now.find("href=\"#day-2009-11-22\""), std::string::npos);
  EXPECT_EQ(now.find("Cette semaine"), std::string::npos);
}

TEST(Html, ProgrammeHasNoTodayOutsideTheEditionAndDoesNotDependOnTheDateThen) {
  JobInputs inputs;
  std::string before = ProgrammeOn(Date{2009, 10, 31}, &inputs);
  EXPECT_EQ(before.find("class=\"now\""), std::string::npos);
  EXPECT_EQ(inputs.shape, "");
  EXPECT_EQ(before, (ProgrammeOn(Date{2009, 12, 6})));
  EXPECT_EQ(before, ProgrammeOn(std::nullopt));
  std::string last_day = ProgrammeOn(Date{2009, 12, 5});
  EXPECT_NE(last_day.find("class=\"now\""), std::string::npos);
}

TEST_F(HtmlTest, NoPageContainsExecutableScript) {
  for (const auto& [path, bytes] : out_->files())
    EXPECT_EQ(testing::ExecutableScriptIn(bytes), "") << path;
  // The JSON-LD data block is the one script element, on event pages only.
  EXPECT_EQ(Count(Page("index.html"), "<script"), 0u);
  EXPECT_EQ(Count(Page("events/village-ess/index.html"), "<script"), 1u);
}

TEST(ExecutableScriptIn, AllowsOnlyJsonLdDataBlocks) {
  EXPECT_EQ(testing::ExecutableScriptIn(
                "<script type=\"application/ld+json\">{\"a\": \"\\u003c\"}</script>"),
            "");
  EXPECT_NE(testing::ExecutableScriptIn("<p><SCRIPT>alert(1)</SCRIPT>"), "");
  EXPECT_NE(testing::ExecutableScriptIn("<script src=\"x.js\"></script>"), "");
  EXPECT_NE(testing::ExecutableScriptIn("<script type=\"module\">x()</script>"), "");
  EXPECT_NE(testing::ExecutableScriptIn(
                "<script type=\"application/ld+json\">{}</p><script>x()</script>"),
            "");
}

TEST_F(HtmlTest, NotFoundPageLinksFromTheSiteAddress) {
  const std::string& page = Page("404.html");
  EXPECT_NE(page.find("<h1>Page introuvable</h1>"), std::string::npos);
  EXPECT_NE(page.find("href=\"https://www.cres-picardie.org/mois-ess/style.css\""),
            std::string::npos);
  EXPECT_EQ(page.find("rel=\"canonical\""), std::string::npos);
}

TEST_F(HtmlTest, CopiesThemeAndContentStaticFiles) {
  EXPECT_EQ(Page("robots.txt"), "User-agent: *\n");
  EXPECT_NE(Page("style.css").find(":focus-visible"), std::string::npos);
}

TEST_F(HtmlTest, WritesSitemapOfEveryPageButTheMissingOne) {
  const std::string& sitemap = Page("sitemap.xml");
  EXPECT_NE(sitemap.find("<loc>https://www.cres-picardie.org/mois-ess/</loc>"),
            std::string::npos);
  EXPECT_NE(sitemap.find("<loc>https://www.cres-picardie.org/mois-ess/events/village-ess/"
                         "</loc>"),
            std::string::npos);
  EXPECT_EQ(sitemap.find("404"), std::string::npos);
}

TEST_F(HtmlTest, WritesAtomFeedOfEventsByStart) {
  const std::string& feed = Page("feed.xml");
  EXPECT_NE(feed.find("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"),
            std::string::npos);
  EXPECT_LT(feed.find("Conférence-débat"), feed.find("Rallye journalistique"));
  EXPECT_NE(feed.find("<title>Rallye journalistique (Annulé)</title>"),
            std::string::npos);
  EXPECT_NE(
      feed.find("<id>https://www.cres-picardie.org/mois-ess/events/village-ess/</id>"),
      std::string::npos);
  EXPECT_NE(feed.find("&lt;p&gt;Sept acteurs"), std::string::npos);
  EXPECT_EQ(Count(feed, "<entry>"), content_->events.size());
}

TEST_F(HtmlTest, WritesEventsJson) {
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(Page("events.json"));
  EXPECT_EQ(doc["$schema"], "https://www.cres-picardie.org/mois-ess/events.schema.json");
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["timezone"], "Europe/Paris");
  ASSERT_EQ(doc["events"].size(), content_->events.size());
  nlohmann::ordered_json conference;
  for (const nlohmann::ordered_json& e : doc["events"])
    if (e["slug"] == "conference-finance-solidaire") conference = e;
  EXPECT_EQ(
      conference.dump(),
      R"({"slug":"conference-finance-solidaire","uid":"conference-finance-solidaire@)"
      R"(www.cres-picardie.org","title":"Conférence-débat : faire fructifier son argent",)"
      R"("summary":"Une conférence sur la finance solidaire.","url":"https://)"
      R"(www.cres-picardie.org/mois-ess/events/conference-finance-solidaire/","ics":)"
      R"("https://www.cres-picardie.org/mois-ess/events/conference-finance-solidaire/)"
      R"(event.ics","start":"2009-11-09T18:00:00+01:00","end":"2009-11-09T20:00:00+01:00",)"
      R"("all_day":false,"timezone":"Europe/Paris","status":"confirmed","venue":{"id":)"
      R"("la-repasserie","name":"La Repasserie","address":"30 route d'Abbeville",)"
      R"("postcode":"80000","city":"Amiens","geo":{"latitude":49.9003,"longitude":2.2768},)"
      R"("url":null},"room":"Salle Laurent","department":{"id":"somme","name":"Somme"},)"
      R"("categories":[{"id":"conference","name":"Conférence"}],"organisers":[{"id":)"
      R"("cres-picardie","name":"CRES Picardie","url":"https://www.cres-picardie.org/"},)"
      R"({"id":"picardie-active","name":"Picardie Active","url":null}],"price":)"
      R"("Entrée libre","registration":"https://example.org/inscription?event=1&lang=fr",)"
      R"("language":"fr"})");
  nlohmann::ordered_json festival;
  for (const nlohmann::ordered_json& e : doc["events"])
    if (e["slug"] == "festival-theatre-amateur") festival = e;
  EXPECT_EQ(festival["start"], "2009-11-20");
  EXPECT_EQ(festival["end"], "2009-11-22");
  EXPECT_EQ(festival["all_day"], true);
  bool cancelled = false;
  for (const nlohmann::ordered_json& e : doc["events"])
    cancelled = cancelled || e["status"] == "cancelled";
  EXPECT_TRUE(cancelled);
  EXPECT_EQ(Page("events.schema.json"), kEventsSchema);
}

TEST(Html, SetsTextsInFrenchTypographyAndMarksTitlesInAnotherLanguage) {
  Content content = SampleContent();
  content.events[0].title = "Qu'est-ce que l'ESS ? Le 1er forum";
  content.events[0].summary = "Rendez-vous : « ensemble »";
  content.events[0].lang = "";
  content.events[1].title = "Women's work: why?";
  content.events[1].lang = "en";
  std::unique_ptr<OutputSet> out = Render(content);
  const std::string& first =
      *out->Find("events/" + content.events[0].slug + "/index.html");
  EXPECT_NE(first.find(
                Fr("<h1 class=\"event__title\">Qu’est-ce que l’ESS^? Le 1ᵉʳ forum</h1>")),
            std::string::npos)
      << first;
  EXPECT_NE(first.find(Fr("Rendez-vous~: «~ensemble~»")), std::string::npos);
  const std::string& second =
      *out->Find("events/" + content.events[1].slug + "/index.html");
  EXPECT_NE(second.find("<h1 class=\"event__title\" lang=\"en\">Women’s work: why?</h1>"),
            std::string::npos)
      << second;
  EXPECT_NE(out->Find("index.html")->find("lang=\"en\"><a "), std::string::npos);
}

TEST(Html, EscapesEverythingTakenFromContent) {
  Content content = SampleContent();
  content.site.title = "Mois <b>de</b> l'ESS";
  content.events[0].title = "<script>alert(\"x\")</script> Conférence";
  content.events[0].room = "Salle \"A\" & <i>B</i>";
  content.events[0].summary = "<img src=x onerror=alert(1)>";
  content.site.departments[0].second = "<Somme>";
  std::unique_ptr<OutputSet> out = Render(content);
  const std::string& page = *out->Find("events/conference-finance-solidaire/index.html");
  EXPECT_NE(page.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Conférence"),
            std::string::npos);
  EXPECT_NE(page.find("Salle &quot;A&quot; &amp; &lt;i&gt;B&lt;/i&gt;"),
            std::string::npos);
  EXPECT_NE(page.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(page.find("Mois &lt;b&gt;de&lt;/b&gt; l’ESS"), std::string::npos);
  EXPECT_NE(page.find("&lt;Somme&gt;"), std::string::npos);
  for (const auto& [path, bytes] : out->files()) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    EXPECT_EQ(testing::ExecutableScriptIn(bytes), "") << path;
    EXPECT_EQ(bytes.find("<script>"), std::string::npos) << path;
    EXPECT_EQ(bytes.find("<img src=x"), std::string::npos) << path;
  }
  EXPECT_NE(
      out->Find("events.json")->find("\"<script>alert(\\\"x\\\")</script> Conférence\""),
      std::string::npos);
  EXPECT_NE(out->Find("feed.xml")->find("&lt;script&gt;"), std::string::npos);
}

TEST(Html, EventPageSharesItsOwnImageElseTheEditions) {
  Content content = SampleContent();
  std::string png;
  for (const StaticFile& file : testing::DefaultTheme().static_files)
    if (file.path == "share.png") png = file.bytes;
  ASSERT_FALSE(png.empty());
  png[19] = '\x64';  // width 1200 becomes 1124: the size is read from the file
  content.static_files.push_back({"images/conference.png", png});
  content.events[0].image = "images/conference.png";
  std::unique_ptr<OutputSet> out = Render(content);
  const std::string& own = *out->Find("events/" + content.events[0].slug + "/index.html");
  const std::string base = "https://www.cres-picardie.org/mois-ess/";
  EXPECT_NE(own.find("<meta property=\"og:image\" content=\"" + base +
                     "images/conference.png\">\n<meta property=\"og:image:width\" "
                     "content=\"1124\">\n<meta property=\"og:image:height\" "
                     "content=\"630\">"),
            std::string::npos)
      << own;
  EXPECT_NE(own.find("\"image\":[\"" + base + "images/conference.png\"]"),
            std::string::npos);
  const std::string& other =
      *out->Find("events/" + content.events[1].slug + "/index.html");
  EXPECT_NE(other.find("<meta property=\"og:image\" content=\"" + base +
                       "share.png\">\n<meta property=\"og:image:width\" "
                       "content=\"1200\">"),
            std::string::npos);
  EXPECT_NE(other.find("<meta property=\"og:type\" content=\"event\">"),
            std::string::npos);
  EXPECT_NE(
      out->Find("index.html")->find("<meta property=\"og:type\" content=\"website\">"),
      std::string::npos);
}

TEST(Html, DoesNotLinkToJavascriptUrls) {
  Content content = SampleContent();
  content.events[0].registration = "JavaScript:alert(1)";
  content.organisers["cres-picardie"].url = " javascript:alert(2)";
  std::unique_ptr<OutputSet> out = Render(content);
  const std::string& page = *out->Find("events/conference-finance-solidaire/index.html");
  std::string lower = page;
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(lower.find("href=\"javascript"), std::string::npos);
  EXPECT_EQ(lower.find("href=\" javascript"), std::string::npos);
  EXPECT_NE(page.find("<dd>JavaScript:alert(1)</dd>"), std::string::npos);  // as text
  EXPECT_NE(page.find("<li><a href=\"../../organisers/cres-picardie/index.html\">CRES "
                      "Picardie</a></li>"),
            std::string::npos);
}

TEST(Html, EncodesUnusualSlugsInLinksButNotInPaths) {
  Content content = SampleContent();
  content.events[0].slug = "fête d'été";
  std::unique_ptr<OutputSet> out = Render(content);
  EXPECT_NE(out->Find("events/fête d'été/index.html"), nullptr);
  EXPECT_NE(out->Find("index.html")
                ->find("href=\"events/f%C3%AAte%20d%27%C3%A9t%C3%A9/index.html\""),
            std::string::npos);
}

TEST(Html, ContentStaticFilesWinOverTheTheme) {
  Content content = SampleContent();
  content.static_files.push_back({"style.css", "/* the site’s own */\n"});
  std::unique_ptr<OutputSet> out = Render(content);
  EXPECT_EQ(*out->Find("style.css"), "/* the site’s own */\n");
}

TEST(Html, WritesEnglishSiteForLanguageEn) {
  Content content = SampleContent();
  content.site.language = "en";
  std::unique_ptr<OutputSet> out = Render(content, "en");
  const std::string& index = *out->Find("index.html");
  EXPECT_NE(index.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(index.find(Fr(">Monday 9~November 2009</time>")), std::string::npos);
  EXPECT_NE(index.find(Fr(">6~pm – 8~pm</time>")), std::string::npos);
  EXPECT_NE(index.find(Fr(">20–22~November 2009</time>")), std::string::npos);
  EXPECT_NE(index.find(">Cancelled</p>"), std::string::npos);
  EXPECT_NE(index.find(">Skip to content</a>"), std::string::npos);
  EXPECT_EQ(index.find("Annulé"), std::string::npos);
  EXPECT_EQ(index.find("Toute la journée"), std::string::npos);
}

TEST(Html, RendersEmptyProgramme) {
  Content content = SampleContent();
  content.events.clear();
  std::unique_ptr<OutputSet> out = Render(content);
  EXPECT_NE(out->Find("index.html")->find("Aucun événement pour le moment."),
            std::string::npos);
  EXPECT_NE(out->Find("events.json")->find("\"events\": []\n}\n"), std::string::npos);
}

TEST(Html, RendersThousandsOfEventsOnSeveralThreadsAlike) {
  Content content = SampleContent();
  Event model = content.events[0];
  for (int i = 0; i < 300; ++i) {
    Event e = model;
    e.slug = "event-" + std::to_string(i);
    e.title = "Événement " + std::to_string(i);
    e.start = At(2009, 11, 1 + i % 30, 8 + i % 12);
    e.end.reset();
    content.events.push_back(e);
  }
  std::unique_ptr<OutputSet> first = Render(content), second = Render(content);
  EXPECT_EQ(first->files(), second->files());
  const std::string* page = first->Find("events/event-299/index.html");
  ASSERT_NE(page, nullptr);
  EXPECT_NE(page->find("<h1 class=\"event__title\">Événement 299</h1>"),
            std::string::npos);
  // Above 200 entries the programme is split into pages; the booklet has it
  // whole, the sample's three-day festival under each of its days.
  ASSERT_NE(first->Find("programme/index.html"), nullptr);
  EXPECT_EQ(Count(*first->Find("programme/index.html"), "<li class=\"event-item"),
            content.events.size() + 2);
  EXPECT_EQ(Count(*first->Find("index.html"), "<li class=\"event-item"), 0u);
}

}  // namespace
}  // namespace affiche
