#include "render/posters/share_image.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "model/programme.h"
#include "render/core/images.h"
#include "render/html/html.h"
#include "render/render_test_util.h"
#include "render/views/page_driver.h"
#include "site/build.h"

namespace affiche {
namespace {

using testing::DefaultTheme;
using testing::Fr;
using testing::SampleContent;

const std::string kBase = "https://www.cres-picardie.org/mois-ess/";

class SharePagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    content_ = SampleContent();
    content_.events[1].image = "images/rallye.png";  // its own image stands for it
  }
  void MakePlan() {
    programme_ = std::make_unique<Programme>(content_);
    vm_ = std::make_unique<ViewModel>(*programme_, theme_);
    plan_ = affiche::Plan();
    PlanSharePages(*vm_, &plan_);
  }
  std::string Render(const std::string& path) {
    OutputSet out;
    long job = plan_.Find(path);
    EXPECT_GE(job, 0) << path;
    if (job < 0) return "";
    RenderAll(plan_, *vm_, &out);
    return *out.Find(path);
  }
  static void ExpectHas(const std::string& html, const std::string& text) {
    EXPECT_NE(html.find(text), std::string::npos) << "no '" << text << "' in\n" << html;
  }

  Content content_;
  Theme theme_ = DefaultTheme();
  std::unique_ptr<Programme> programme_;
  std::unique_ptr<ViewModel> vm_;
  affiche::Plan plan_;
};

TEST_F(SharePagesTest, PlansOnePagePerEventWithoutItsOwnImageReadingItsEntryOnly) {
  MakePlan();
  ASSERT_EQ(plan_.jobs().size(), content_.events.size() - 1);
  EXPECT_LT(plan_.Find("events/rallye-journalistique/share/index.html"), 0);
  const Job& job =
      plan_.jobs()[plan_.Find("events/conference-finance-solidaire/share/index.html")];
  EXPECT_STREQ(job.producer, "share page");
  JobInputs entry_only;
  entry_only.entries = {"conference-finance-solidaire"};
  EXPECT_EQ(job.inputs, entry_only);
}

TEST_F(SharePagesTest, CardShowsTitleDateInFullPlaceAndTheEditionAndIsNotIndexed) {
  MakePlan();
  std::string html = Render("events/conference-finance-solidaire/share/index.html");
  ExpectHas(html, "<meta name=\"robots\" content=\"noindex\">");
  ExpectHas(html, "width: 1200px; height: 630px;");
  ExpectHas(html, "<p class=\"card__site\">Mois de l’ESS en Picardie</p>");
  ExpectHas(html, Fr("<h1 class=\"card__title\" data-length=\"short\">Conférence-débat~: "
                     "faire fructifier son argent</h1>"));
  ExpectHas(html, Fr("<time datetime=\"2009-11-09T18:00\">lundi 9~novembre 2009, "
                     "18~h~– 20~h</time>"));
  ExpectHas(html, "<p class=\"card__place\">La Repasserie, Amiens</p>");
  ExpectHas(html, "<p class=\"card__band\">Somme</p>");
  // No link: its capture is cached by the page's bytes alone.
  EXPECT_EQ(html.find("href="), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
}

TEST_F(SharePagesTest, CardMarksACancelledEventAndShrinksALongTitle) {
  content_.events[0].status = Status::kCancelled;
  content_.events[0].title = std::string(120, 'x');
  MakePlan();
  std::string html = Render("events/conference-finance-solidaire/share/index.html");
  ExpectHas(html, "<main class=\"card is-cancelled\">");
  ExpectHas(html, "data-length=\"long\"");
  ExpectHas(html, "<span class=\"card__status\">");
}

TEST_F(SharePagesTest,
       AThemeWithoutTheLayoutGetsNoneAndItsEventPagesNameTheEditionsImage) {
  theme_.layouts.erase(kShareImageLayout);
  MakePlan();
  EXPECT_TRUE(plan_.jobs().empty());
  OutputSet out;
  RenderHtml(*programme_, theme_, &out);
  const std::string& page = *out.Find("events/conference-finance-solidaire/index.html");
  EXPECT_EQ(page.find(kShareCardOpen), std::string::npos);
  EXPECT_EQ(ShowShareCard(page), page);
}

// The og:image rule: a build names the edition's share.png, with the event's
// own card hidden; once `affiche posters --pdf` has captured
// events/<slug>/share.png, ShowShareCard names it instead, in the Open Graph
// and Twitter tags and in the JSON-LD. An event's own `image:` always wins.
TEST_F(SharePagesTest, EventPageNamesTheEditionsImageUntilItsOwnIsCaptured) {
  MakePlan();
  OutputSet out;
  RenderHtml(*programme_, theme_, &out);
  const std::string& built = *out.Find("events/conference-finance-solidaire/index.html");
  const std::string card = kBase + "events/conference-finance-solidaire/share.png";
  auto first_og_image = [](const std::string& html) {
    const std::string tag = "<meta property=\"og:image\" content=\"";
    size_t at = html.find(tag) + tag.size();
    return html.substr(at, html.find('"', at) - at);
  };
  EXPECT_EQ(first_og_image(built), kBase + "share.png");
  ExpectHas(built, "\"image\":[\"" + kBase + "share.png\"]");
  ExpectHas(built, kShareCardOpen);

  std::string shown = ShowShareCard(built);
  EXPECT_EQ(first_og_image(shown), card);
  ExpectHas(shown, "<meta property=\"og:image\" content=\"" + card +
                       "\">\n<meta property=\"og:image:width\" content=\"1200\">\n"
                       "<meta property=\"og:image:height\" content=\"630\">\n" +
                       Fr("<meta property=\"og:image:alt\" content=\"Conférence-débat~: "
                          "faire fructifier son argent\">\n") +
                       "<meta name=\"twitter:image\" content=\"" + card + "\">");
  ExpectHas(shown, "\"image\":[\"" + card + "\"]");
  EXPECT_EQ(shown.find(kBase + "share.png"), std::string::npos);
  EXPECT_EQ(shown.find("affiche-share"), std::string::npos);
  EXPECT_EQ(shown.find("<meta property=\"og:image\"", shown.find(card) + 1),
            std::string::npos)
      << "one og:image";
  EXPECT_EQ(ShowShareCard(shown), shown);

  // The event with its own image has no card to show.
  const std::string& own = *out.Find("events/rallye-journalistique/index.html");
  EXPECT_EQ(own.find(kShareCardOpen), std::string::npos);
}

TEST(SampleSharePages, AreNotInTheSitemap) {
  OutputSet site;
  DiskFileSystem fs;
  BuildOptions options;
  options.source_dir = AFFICHE_SOURCE_DIR;
  Diagnostics diags;
  ASSERT_TRUE(BuildSite(fs, options, &site, &diags)) << diags.Format();
  EXPECT_NE(site.Find("events/conference-finance-solidaire/share/index.html"), nullptr);
  const std::string& sitemap = *site.Find("sitemap.xml");
  EXPECT_NE(sitemap.find("/events/conference-finance-solidaire/</loc>"),
            std::string::npos);
  EXPECT_EQ(sitemap.find("/share/"), std::string::npos);
}

}  // namespace
}  // namespace affiche
