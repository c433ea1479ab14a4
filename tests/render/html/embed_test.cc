#include "render/html/embed.h"

#include <gtest/gtest.h>

#include <memory>

#include "model/programme.h"
#include "render/html/html.h"
#include "render/render_test_util.h"

namespace affiche {
namespace {

using testing::At;
using testing::Fr;
using testing::MakeEvent;
using testing::SampleContent;

std::unique_ptr<OutputSet> Render(const Content& content, const Theme& theme) {
  Programme programme(content);
  auto out = std::make_unique<OutputSet>();
  RenderHtml(programme, theme, out.get());
  RenderEmbedPages(programme, theme, out.get());
  return out;
}

std::string PageOf(const OutputSet& out, const std::string& path) {
  const std::string* page = out.Find(path);
  EXPECT_NE(page, nullptr) << path;
  return page ? *page : "(missing)";
}

TEST(EmbedPages, OneForEveryDepartmentCategoryVenueAndOrganiser) {
  Content content = SampleContent();
  auto out = Render(content, testing::DefaultTheme());
  for (const auto& [id, label] : content.site.departments)
    EXPECT_NE(out->Find("embed/departments/" + id + "/index.html"), nullptr) << id;
  for (const auto& [id, label] : content.site.categories)
    EXPECT_NE(out->Find("embed/categories/" + id + "/index.html"), nullptr) << id;
  for (const auto& [id, venue] : content.venues)
    EXPECT_NE(out->Find("embed/venues/" + id + "/index.html"), nullptr) << id;
  for (const auto& [id, organiser] : content.organisers)
    EXPECT_NE(out->Find("embed/organisers/" + id + "/index.html"), nullptr) << id;
}

TEST(EmbedPages, ListCompactlyWithLinksToTheParentWindow) {
  auto out = Render(SampleContent(), testing::DefaultTheme());
  std::string html = PageOf(*out, "embed/organisers/cres-picardie/index.html");
  EXPECT_NE(html.find("<meta name=\"robots\" content=\"noindex\">\n<base "
                      "target=\"_parent\">"),
            std::string::npos);
  EXPECT_EQ(html.find("site-header"), std::string::npos);
  EXPECT_EQ(html.find("style.css"), std::string::npos);
  EXPECT_NE(html.find("<h1 class=\"embed__title\"><a "
                      "href=\"../../../organisers/cres-picardie/index.html\">CRES "
                      "Picardie</a> <span class=\"embed__site\">" +
                      Fr("Mois de l’ESS en Picardie") + "</span></h1>"),
            std::string::npos);
  EXPECT_NE(
      html.find(Fr("    <li class=\"embed__event\"><span class=\"embed__when\"><time "
                   "datetime=\"2009-11-09T18:00\">18~h~– 20~h</time></span> <a "
                   "class=\"embed__name\" "
                   "href=\"../../../events/conference-finance-solidaire/"
                   "index.html\">Conférence-débat~: faire fructifier son "
                   "argent</a> <span class=\"embed__place\">La Repasserie, "
                   "Amiens</span></li>")),
      std::string::npos);
  EXPECT_NE(html.find("<p class=\"embed__all\"><a "
                      "href=\"../../../organisers/cres-picardie/index.html\">Tout le "
                      "programme</a></p>"),
            std::string::npos);
  // A cancelled event says so.
  std::string venue = PageOf(*out, "embed/venues/espace-dewailly/index.html");
  EXPECT_NE(venue.find("<li class=\"embed__event is-cancelled\">"), std::string::npos);
  EXPECT_NE(venue.find("<span class=\"embed__status\">Annulé</span>"), std::string::npos);
}

TEST(EmbedPages, ShowTheFirstFiftyDatesAndLeadToTheWholeListing) {
  Content content = SampleContent();
  for (int i = 0; i < 60; ++i) {
    Event e = MakeEvent("atelier-" + std::to_string(100 + i),
                        "Atelier " + std::to_string(i), At(2009, 11, 1 + i % 28, 10));
    e.department = "aisne";
    content.events.push_back(e);
  }
  auto out = Render(content, testing::DefaultTheme());
  std::string html = PageOf(*out, "embed/departments/aisne/index.html");
  size_t shown = 0;
  for (size_t at = html.find("class=\"embed__name\""); at != std::string::npos;
       at = html.find("class=\"embed__name\"", at + 1))
    ++shown;
  EXPECT_EQ(shown, 50u);
  EXPECT_NE(html.find("<p class=\"embed__all\">Les 50 premières dates sur 60. <a "
                      "href=\"../../../departments/aisne/index.html\">Tout le "
                      "programme</a></p>"),
            std::string::npos)
      << html.substr(html.find("embed__all") - 20, 200);
  // The listing page itself has them all.
  std::string listing = PageOf(*out, "departments/aisne/index.html");
  EXPECT_NE(listing.find("events/atelier-159/index.html"), std::string::npos);
}

TEST(EmbedPages, ListingPagesOfferTheSnippetEscaped) {
  auto out = Render(SampleContent(), testing::DefaultTheme());
  std::string html = PageOf(*out, "venues/la-repasserie/index.html");
  EXPECT_NE(html.find("<details class=\"embed-snippet\">\n    <summary>Afficher ce "
                      "programme sur votre site</summary>"),
            std::string::npos);
  EXPECT_NE(html.find("<pre><code>&lt;iframe "
                      "src=&quot;https://www.cres-picardie.org/mois-ess/embed/venues/"
                      "la-repasserie/&quot; title=&quot;La Repasserie – " +
                      Fr("Mois de l’ESS en Picardie") +
                      "&quot; style=&quot;width: 100%; height: 32em; border: 0&quot; "
                      "loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;</code></pre>"),
            std::string::npos);
  EXPECT_NE(PageOf(*out, "index.html").find("<a href=\"organisers/index.html\">"),
            std::string::npos);
}

TEST(EmbedPages, AThemeWithoutTheEmbedLayoutGetsNoneAndNoSnippet) {
  Theme theme = testing::DefaultTheme();
  theme.layouts.erase("embed");
  auto out = Render(SampleContent(), theme);
  for (const auto& [path, bytes] : out->files()) {
    EXPECT_NE(path.rfind("embed/", 0), 0u) << path;
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) {
      EXPECT_EQ(bytes.find("embed-snippet"), std::string::npos) << path;
    }
  }
  // The organisers' pages do not need it.
  EXPECT_NE(out->Find("organisers/cres-picardie/index.html"), nullptr);
}

TEST(OrganiserPages, ListTheirEventsWithTheirPressMaterial) {
  auto out = Render(SampleContent(), testing::DefaultTheme());
  std::string html = PageOf(*out, "organisers/picardie-active/index.html");
  EXPECT_NE(html.find("<h1>Picardie Active</h1>"), std::string::npos);
  EXPECT_NE(
      html.find("<p class=\"event-item__kit\"><a "
                "href=\"../../events/conference-finance-solidaire/poster/"
                "index.html\">Affiche<span class=\"visually-hidden\"> – " +
                Fr("Conférence-débat~: faire fructifier son argent") +
                "</span></a> · <a "
                "href=\"../../events/conference-finance-solidaire/communique/"
                "index.html\">Communiqué de presse<span class=\"visually-hidden\"> "
                "– " +
                Fr("Conférence-débat~: faire fructifier son argent") + "</span></a></p>"),
      std::string::npos);
  EXPECT_EQ(html.find("rallye-journalistique"), std::string::npos);
  // Without a poster layout, only the press release.
  Theme theme = testing::DefaultTheme();
  theme.layouts.erase("poster-standard");
  auto without = Render(SampleContent(), theme);
  std::string kit = PageOf(*without, "organisers/picardie-active/index.html");
  EXPECT_EQ(kit.find("/poster/"), std::string::npos);
  EXPECT_NE(kit.find("<p class=\"event-item__kit\"><a "
                     "href=\"../../events/conference-finance-solidaire/communique/"),
            std::string::npos);
}

TEST(OrganiserPages, AnOrganiserWithoutEventsHasAnEmptyPageAsVenuesDo) {
  Content content = SampleContent();
  content.organisers["macif"] = {"macif", "", "Macif", "https://www.macif.fr/", "", ""};
  auto out = Render(content, testing::DefaultTheme());
  std::string html = PageOf(*out, "organisers/macif/index.html");
  EXPECT_NE(html.find("Aucun événement pour le moment."), std::string::npos);
  EXPECT_NE(html.find("<a href=\"https://www.macif.fr/\">Site web</a>"),
            std::string::npos);
  std::string index = PageOf(*out, "organisers/index.html");
  EXPECT_NE(index.find("<a href=\"../organisers/macif/index.html\">Macif</a> <span "
                       "class=\"count\">Aucun événement</span>"),
            std::string::npos);
  // The subscribe page leaves out its empty feed, as it does a venue's.
  EXPECT_EQ(PageOf(*out, "subscribe/index.html").find("organisers/macif/calendar.ics"),
            std::string::npos);
}

TEST(OrganiserPages, EventPagesLinkTheOrganiserPageAndItsWebsite) {
  auto out = Render(SampleContent(), testing::DefaultTheme());
  std::string html = PageOf(*out, "events/conference-finance-solidaire/index.html");
  EXPECT_NE(
      html.find("<li><a href=\"../../organisers/cres-picardie/index.html\">CRES "
                "Picardie</a> <span class=\"organiser-site\">(<a "
                "href=\"https://www.cres-picardie.org/\">Site web<span "
                "class=\"visually-hidden\"> – CRES Picardie</span></a>)</span></li>"),
      std::string::npos);
  EXPECT_NE(html.find("<li><a href=\"../../organisers/picardie-active/index.html\">"
                      "Picardie Active</a></li>"),
            std::string::npos);
}

}  // namespace
}  // namespace affiche
