// What the organisers and partners get from the sample site, built by the
// affiche binary: a page per organiser (its events with their poster and press
// release, its feed) and their index, the embeddable programme of every
// department, category, venue and organiser (no site header, links opening in
// the parent window, noindex, every link leading to a file of the site), and
// the <iframe> snippet of each listing page. The expected events come from
// events.json (the content as data).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
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

const std::string kBase = "https://www.cres-picardie.org/mois-ess/";
const char* const kKinds[] = {"departments", "categories", "venues", "organisers"};

class SamplePartners : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = new std::string(MakeTempDir() + "/site-out");
    auto result = testing::Run(
        Affiche() + " build --source '" AFFICHE_SOURCE_DIR "' --out '" + *out_ + "'");
    ASSERT_EQ(result.status, 0) << result.err;
    events_ = new nlohmann::json(
        nlohmann::json::parse(ReadFile(*out_ + "/events.json"))["events"]);
  }
  static void TearDownTestSuite() {
    delete out_;
    delete events_;
  }
  static std::string Page(const std::string& path) {
    EXPECT_TRUE(fs::is_regular_file(*out_ + "/" + path)) << path;
    return ReadFile(*out_ + "/" + path);
  }
  // The ids of a kind's listing pages ("somme" of departments/somme/index.html).
  static std::vector<std::string> Ids(const std::string& kind) {
    std::vector<std::string> ids;
    for (const auto& entry : fs::directory_iterator(*out_ + "/" + kind))
      if (entry.is_directory() && fs::exists(entry.path() / "index.html"))
        ids.push_back(entry.path().filename().string());
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  // The organiser ids of content/organisers/.
  static std::set<std::string> OrganiserFiles() {
    std::set<std::string> ids;
    for (const auto& entry :
         fs::directory_iterator(AFFICHE_SOURCE_DIR "/content/organisers"))
      ids.insert(entry.path().stem().string());
    return ids;
  }
  // The slugs of the events that name organiser, in the programme's order.
  static std::vector<std::string> EventsOf(const std::string& organiser) {
    std::vector<std::string> slugs;
    for (const auto& e : *events_)
      for (const auto& o : e["organisers"])
        if (o["id"] == organiser) {
          slugs.push_back(e["slug"]);
          break;
        }
    return slugs;
  }
  static std::string* out_;
  static nlohmann::json* events_;
};
std::string* SamplePartners::out_ = nullptr;
nlohmann::json* SamplePartners::events_ = nullptr;

// Every href and src of html, in order.
std::vector<std::string> Links(const std::string& html) {
  std::vector<std::string> links;
  const std::regex link("(?:href|src)=\"([^\"]*)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it)
    links.push_back((*it)[1]);
  return links;
}

TEST_F(SamplePartners, EveryOrganiserFileHasItsPageInTheOrganisersIndex) {
  std::set<std::string> files = OrganiserFiles();
  ASSERT_EQ(files.size(), 27u);
  std::vector<std::string> pages = Ids("organisers");
  EXPECT_EQ(std::set<std::string>(pages.begin(), pages.end()), files);
  std::string index = Page("organisers/index.html");
  EXPECT_NE(index.find("<h1>Organisateurs</h1>"), std::string::npos);
  for (const std::string& id : files)
    EXPECT_NE(index.find("<a href=\"../organisers/" + id + "/index.html\">"),
              std::string::npos)
        << id;
  // The count of each, as the other indexes give theirs.
  EXPECT_NE(
      index.find("Chambre Régionale de l’Economie Sociale de Picardie</a> "
                 "<span class=\"count\">" +
                 std::to_string(EventsOf("cres-picardie").size()) + " événements</span>"),
      std::string::npos);
  // Every page's footer leads there.
  EXPECT_NE(
      Page("index.html").find("<a href=\"organisers/index.html\">Organisateurs</a>"),
      std::string::npos);
}

TEST_F(SamplePartners, AnOrganiserPageListsItsEventsWithTheirPosterAndPressRelease) {
  for (const std::string& id : OrganiserFiles()) {
    SCOPED_TRACE(id);
    std::string html = Page("organisers/" + id + "/index.html");
    std::vector<std::string> slugs = EventsOf(id);
    // Its events, and no other (an event of three days under each), each
    // with its press material.
    std::set<std::string> listed;
    const std::regex title(
        "<h3 class=\"event-item__title\"[^>]*><a href=\"\\.\\./\\.\\./"
        "events/([^/]+)/index\\.html\">");
    for (std::sregex_iterator it(html.begin(), html.end(), title), end; it != end; ++it)
      listed.insert((*it)[1]);
    EXPECT_EQ(listed, std::set<std::string>(slugs.begin(), slugs.end()));
    for (const std::string& slug : slugs) {
      for (const std::string material : {"poster", "communique"}) {
        std::string href = "../../events/" + slug + "/" + material + "/index.html";
        EXPECT_NE(html.find("<a href=\"" + href + "\">"), std::string::npos) << href;
        EXPECT_TRUE(fs::is_regular_file(*out_ + "/events/" + slug + "/" + material +
                                        "/index.html"));
      }
    }
    if (slugs.empty()) {
      EXPECT_NE(html.find("Aucun événement pour le moment."), std::string::npos);
    }
  }
  std::string cres = Page("organisers/cres-picardie/index.html");
  EXPECT_NE(cres.find("<h1>Chambre Régionale de l’Economie Sociale de Picardie</h1>"),
            std::string::npos);
  EXPECT_NE(cres.find("<a href=\"../../organisers/index.html\">Organisateur</a>"),
            std::string::npos);
  EXPECT_NE(cres.find("<a href=\"https://www.cres-picardie.org/\">Site web</a>"),
            std::string::npos);
  // The listings of the other kinds do not carry the press material.
  EXPECT_EQ(Page("departments/somme/index.html").find("event-item__kit"),
            std::string::npos);
}

TEST_F(SamplePartners, AnOrganiserFeedHoldsExactlyItsEvents) {
  std::set<std::string> subscribed;
  std::string subscribe = Page("subscribe/index.html");
  for (const std::string& id : OrganiserFiles()) {
    SCOPED_TRACE(id);
    std::string ics = ReadFile(*out_ + "/organisers/" + id + "/calendar.ics");
    ASSERT_EQ(ics.rfind("BEGIN:VCALENDAR", 0), 0u);
    std::vector<std::string> slugs = EventsOf(id);
    size_t events = 0;
    for (size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos;
         at = ics.find("BEGIN:VEVENT", at + 1))
      ++events;
    EXPECT_EQ(events, slugs.size());
    for (const auto& e : *events_)
      if (std::find(slugs.begin(), slugs.end(), e["slug"]) != slugs.end()) {
        EXPECT_NE(ics.find("UID:" + e["uid"].get<std::string>()), std::string::npos);
      }
    // The page offers it; the subscribe page lists those with events.
    EXPECT_NE(Page("organisers/" + id + "/index.html")
                  .find("<a href=\"../../organisers/" + id + "/calendar.ics\" download>"),
              std::string::npos);
    EXPECT_EQ(subscribe.find("href=\"../organisers/" + id + "/calendar.ics\"") !=
                  std::string::npos,
              !slugs.empty());
  }
  EXPECT_NE(subscribe.find("Organisateurs <span class=\"count\">"), std::string::npos);
  EXPECT_NE(ReadFile(*out_ + "/organisers/macif/calendar.ics")
                .find("X-WR-CALNAME:Mois de l'ESS 2009 — Macif"),
            std::string::npos);
}

TEST_F(SamplePartners, EventPagesLinkEachOrganiserToItsPage) {
  for (const auto& e : *events_) {
    std::string slug = e["slug"];
    std::string html = Page("events/" + slug + "/index.html");
    for (const auto& o : e["organisers"])
      EXPECT_NE(html.find("<li><a href=\"../../organisers/" + o["id"].get<std::string>() +
                          "/index.html\">"),
                std::string::npos)
          << slug << " " << o["id"];
  }
}

TEST_F(SamplePartners, EveryListingHasAnEmbedPageForAnIframe) {
  size_t pages = 0;
  for (const char* kind : kKinds) {
    for (const std::string& id : Ids(kind)) {
      SCOPED_TRACE(std::string(kind) + "/" + id);
      const std::string dir = "embed/" + std::string(kind) + "/" + id + "/";
      std::string html = Page(dir + "index.html");
      ++pages;
      // Not the site's page: no header, menu or script; not for search engines.
      EXPECT_EQ(html.find("site-header"), std::string::npos);
      EXPECT_EQ(html.find("<nav"), std::string::npos);
      EXPECT_EQ(html.find("<script"), std::string::npos);
      EXPECT_NE(html.find("<meta name=\"robots\" content=\"noindex\">"),
                std::string::npos);
      EXPECT_NE(html.find("<base target=\"_parent\">"), std::string::npos);
      EXPECT_EQ(html.find("target=\"_self\""), std::string::npos);
      EXPECT_NE(html.find("<link rel=\"stylesheet\" href=\"../../../embed.css\">"),
                std::string::npos);
      EXPECT_NE(
          html.find("<link rel=\"canonical\" href=\"" + kBase + kind + "/" + id + "/\">"),
          std::string::npos);
      // The way to the whole listing, always.
      EXPECT_NE(html.find("<a href=\"../../../" + std::string(kind) + "/" + id +
                          "/index.html\">Tout le programme</a>"),
                std::string::npos);
      // Every link leads to a file of the site, or to the site's address.
      for (const std::string& link : Links(html)) {
        if (link.rfind(kBase, 0) == 0) continue;
        ASSERT_EQ(link.find("://"), std::string::npos) << link;
        std::string path = PercentDecoded(link.substr(0, link.find('#')));
        fs::path target = fs::path(*out_) / dir / path;
        if (!path.empty() && path.back() == '/') target /= "index.html";
        EXPECT_TRUE(fs::is_regular_file(target)) << link;
      }
      // The listing page's own events, each linked.
      std::string listing = Page(std::string(kind) + "/" + id + "/index.html");
      const std::regex event("href=\"(?:\\.\\./)+(events/[^/]+/index\\.html)\"");
      std::set<std::string> on_listing, on_embed;
      for (std::sregex_iterator it(listing.begin(), listing.end(), event), end; it != end;
           ++it)
        on_listing.insert((*it)[1]);
      for (std::sregex_iterator it(html.begin(), html.end(), event), end; it != end; ++it)
        on_embed.insert((*it)[1]);
      EXPECT_EQ(on_embed, on_listing);
    }
  }
  EXPECT_GT(pages, 60u);
  // Its events compactly: day, time, title, place.
  std::string somme = Page("embed/departments/somme/index.html");
  EXPECT_NE(somme.find("<h2 class=\"embed__day\"><time datetime=\"2009-11-09\">lundi "
                       "9\u00A0novembre 2009</time></h2>"),
            std::string::npos);
  EXPECT_NE(somme.find("<span class=\"embed__place\">La Repasserie, Amiens</span>"),
            std::string::npos);
}

TEST_F(SamplePartners, EveryListingPageOffersItsIframeSnippet) {
  for (const char* kind : kKinds) {
    for (const std::string& id : Ids(kind)) {
      SCOPED_TRACE(std::string(kind) + "/" + id);
      std::string html = Page(std::string(kind) + "/" + id + "/index.html");
      std::string src = kBase + "embed/" + kind + "/" + id + "/";
      // Escaped, to be read and copied, not run.
      EXPECT_NE(
          html.find("<pre><code>&lt;iframe src=&quot;" + src + "&quot; title=&quot;"),
          std::string::npos);
      EXPECT_EQ(html.find("<iframe"), std::string::npos);
      EXPECT_NE(html.find("<summary>Afficher ce programme sur votre site</summary>"),
                std::string::npos);
      EXPECT_NE(html.find("<a href=\"../../embed/" + std::string(kind) + "/" + id +
                          "/index.html\">Voir l’aperçu</a>"),
                std::string::npos);
    }
  }
  EXPECT_NE(Page("departments/somme/index.html")
                .find("&lt;iframe src=&quot;" + kBase +
                      "embed/departments/somme/&quot; title=&quot;Somme – Mois de "
                      "l’ESS en Picardie&quot; style=&quot;width: 100%; height: 32em; "
                      "border: 0&quot; loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;"),
            std::string::npos);
}

TEST_F(SamplePartners, SitemapListsOrganiserPagesButNoEmbed) {
  std::string sitemap = ReadFile(*out_ + "/sitemap.xml");
  EXPECT_NE(sitemap.find("<loc>" + kBase + "organisers/</loc>"), std::string::npos);
  for (const std::string& id : OrganiserFiles())
    EXPECT_NE(sitemap.find("<loc>" + kBase + "organisers/" + id + "/</loc>"),
              std::string::npos)
        << id;
  EXPECT_EQ(sitemap.find("/embed/"), std::string::npos);
}

}  // namespace
}  // namespace affiche
