#include "render/press/press.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "model/programme.h"
#include "render/render_test_util.h"

namespace affiche {
namespace {

using testing::DefaultTheme;
using testing::Fr;
using testing::SampleContent;

class PressTest : public ::testing::Test {
 protected:
  void SetUp() override {
    content_ = SampleContent();
    content_.site.press = {"Service communication", "presse@example.org",
                           "03 22 00 00 00"};
    content_.site.history = {{2008, 2, 31, 1400}};
    for (Event& e : content_.events)
      if (e.slug == "village-ess") {
        e.highlight = true;
        e.summary = "Cinquante stands.";
      }
    Render();
  }
  void Render() {
    programme_ = std::make_unique<Programme>(content_);
    out_ = std::make_unique<OutputSet>();
    RenderPress(*programme_, theme_, out_.get());
  }
  std::string Page(const std::string& path) {
    const std::string* page = out_->Find(path);
    EXPECT_NE(page, nullptr) << path;
    return page ? *page : "";
  }
  static void ExpectHas(const std::string& html, const std::string& text) {
    EXPECT_NE(html.find(text), std::string::npos) << "no '" << text << "' in\n" << html;
  }

  Content content_;
  Theme theme_ = DefaultTheme();
  std::unique_ptr<Programme> programme_;
  std::unique_ptr<OutputSet> out_;
};

TEST_F(PressTest, ReleaseSaysWhatWhenWhereAndWhomJournalistsCall) {
  std::string html = Page("events/conference-finance-solidaire/communique/index.html");
  ExpectHas(html, "<title>" +
                      Fr("Communiqué de presse~: Conférence-débat~: faire "
                         "fructifier son argent – Mois de l’ESS en Picardie") +
                      "</title>");
  ExpectHas(html,
            Fr("<p class=\"press__lead\"><strong>Conférence-débat~: faire fructifier "
               "son argent</strong>, La Repasserie, Amiens, <time "
               "datetime=\"2009-11-09T18:00\">lundi 9~novembre 2009, 18~h~– 20~h</time>. "
               "Une conférence sur la finance solidaire.</p>"));
  ExpectHas(html, "<p>Sept acteurs <strong>picards</strong> témoignent.</p>");
  ExpectHas(html, Fr("<dd>La Repasserie, Salle Laurent, 30 route d’Abbeville, 80000 "
                     "Amiens</dd>"));
  ExpectHas(html, "<dd>" + Fr("Entrée libre") + "</dd>");
  ExpectHas(html,
            "<span class=\"press__organiser\">CRES Picardie</span> <span "
            "class=\"press__organiser\">Picardie Active</span>");
  ExpectHas(
      html,
      "<p>Service communication<br><a "
      "href=\"mailto:presse@example.org\">presse@example.org</a><br>03 22 00 00 00</p>");
  ExpectHas(html,
            "<a href=\"https://www.cres-picardie.org/mois-ess/events/"
            "conference-finance-solidaire/\">");
  ExpectHas(html, "<div class=\"press__qr\"><svg");
  ExpectHas(html,
            "href=\"../../../events/conference-finance-solidaire/poster/index.html\"");
}

TEST_F(PressTest, ReleaseOfALongBodyHoldsItsBeginningAndLinksTheWholeText) {
  for (Event& e : content_.events)
    if (e.slug == "conference-finance-solidaire")
      e.press_html = "<p>Le début du texte…</p>\n";
  Render();
  std::string html = Page("events/conference-finance-solidaire/communique/index.html");
  ExpectHas(
      html,
      "<div class=\"prose press__body\">\n<p>Le début du texte…</p>\n\n"
      "    <p class=\"press__more\"><a href=\"https://www.cres-picardie.org/mois-ess/"
      "events/conference-finance-solidaire/\">" +
          Fr("Le texte complet sur la page de la manifestation, à l’adresse "
             "ci-dessous") +
          "</a></p>\n  </div>");
  EXPECT_EQ(html.find("Sept acteurs"), std::string::npos);
  // A body that fits is printed whole, with no link to the rest.
  EXPECT_EQ(Page("events/village-ess/communique/index.html").find("press__more"),
            std::string::npos);
}

TEST_F(PressTest, ReleaseOfACancelledEventSaysSo) {
  ExpectHas(Page("events/rallye-journalistique/communique/index.html"),
            "<p class=\"status status--cancelled\">Annulé</p>");
}

TEST_F(PressTest, ReleaseWithoutPressContactLeavesItsBlockOut) {
  content_.site.press = {};
  Render();
  std::string html = Page("events/conference-finance-solidaire/communique/index.html");
  EXPECT_EQ(html.find("Contact presse"), std::string::npos);
  ExpectHas(html, "<p class=\"press__url\">");
}

TEST_F(PressTest, KitHasTheHighlightsTheProgrammeByDepartmentAndTheFigures) {
  std::string html = Page("presse/index.html");
  ExpectHas(html, "<h2 id=\"highlights-heading\">Les temps forts</h2>");
  ExpectHas(html, "<h3>Village de l’ESS</h3>");
  ExpectHas(html, "<p>Cinquante stands.</p>");
  // Only the highlights have their summary in the kit.
  EXPECT_EQ(html.find("Une conférence sur la finance solidaire."), std::string::npos);
  size_t somme = html.find("<h3>Somme</h3>"), oise = html.find("<h3>Oise</h3>");
  ASSERT_NE(somme, std::string::npos);
  ASSERT_NE(oise, std::string::npos);
  EXPECT_LT(somme, oise);
  ExpectHas(html,
            "(<a href=\"../events/conference-finance-solidaire/communique/index.html\">"
            "communiqué</a>, <a href=\"../events/conference-finance-solidaire/poster/"
            "index.html\">Affiche</a>)");
  ExpectHas(html,
            "<li class=\"is-cancelled\"><a href=\"../events/rallye-journalistique/");
  ExpectHas(html, Fr("<td>1^400</td>"));
  for (const Event& e : content_.events)
    ExpectHas(html, "href=\"../events/" + e.slug + "/communique/index.html\"");
}

TEST_F(PressTest, AThemeWithoutPressLayoutsGetsNoPressPages) {
  theme_.layouts.erase("communique");
  Render();
  EXPECT_EQ(out_->Find("presse/index.html"), nullptr);
  EXPECT_EQ(out_->Find("events/village-ess/communique/index.html"), nullptr);
}

}  // namespace
}  // namespace affiche
