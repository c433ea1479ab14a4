// A department's programme in print form (departments/<id>/programme/), which
// `affiche posters --pdf` prints to departments/<id>/programme.pdf, and the
// link its listing page gives to it.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "model/programme.h"
#include "render/html/html.h"
#include "render/posters/posters.h"
#include "render/render_test_util.h"
#include "render/views/page_driver.h"

namespace affiche {
namespace {

using testing::DefaultTheme;
using testing::Fr;
using testing::SampleContent;

class DepartmentBookletTest : public ::testing::Test {
 protected:
  void SetUp() override {
    programme_ = std::make_unique<Programme>(content_);
    vm_ = std::make_unique<ViewModel>(*programme_, theme_);
    PlanProgrammePages(*vm_, std::nullopt, &plan_);
    RenderAll(plan_, *vm_, &out_);
  }
  std::string Page(const std::string& path) {
    const std::string* page = out_.Find(path);
    EXPECT_NE(page, nullptr) << path;
    return page ? *page : "";
  }
  static bool Links(const std::string& html, const std::string& slug) {
    return html.find("href=\"../../../events/" + slug + "/index.html\"") !=
           std::string::npos;
  }

  Content content_ = SampleContent();
  Theme theme_ = DefaultTheme();
  std::unique_ptr<Programme> programme_;
  std::unique_ptr<ViewModel> vm_;
  Plan plan_;
  OutputSet out_;
};

TEST_F(DepartmentBookletTest, ListsExactlyTheDepartmentsEventsUnderATitleThatSaysWhose) {
  std::string somme = Page("departments/somme/programme/index.html");
  EXPECT_NE(somme.find(Fr("<h1>Programme~: Somme</h1>")), std::string::npos) << somme;
  EXPECT_NE(somme.find(Fr("<title>Programme~: Somme – Mois de l")), std::string::npos);
  EXPECT_NE(somme.find("<p class=\"count\">4 événements</p>"), std::string::npos);
  for (const Event& event : content_.events)
    EXPECT_EQ(Links(somme, event.slug), programme_->DepartmentOf(event) == "somme")
        << event.slug;
  // Paper has no feed links, and no link to itself.
  EXPECT_EQ(somme.find("listing-feed"), std::string::npos);
  EXPECT_EQ(somme.find("listing-print"), std::string::npos);

  std::string oise = Page("departments/oise/programme/index.html");
  EXPECT_TRUE(Links(oise, "festival-theatre-amateur"));
  EXPECT_TRUE(Links(oise, "atelier-creer-une-scop"));
  EXPECT_FALSE(Links(oise, "village-ess"));
}

TEST_F(DepartmentBookletTest, IsAJobOfTheDepartmentsEntries) {
  const Job& job = plan_.jobs()[plan_.Find("departments/oise/programme/index.html")];
  EXPECT_STREQ(job.producer, "department booklet");
  // The department's events as its listing shows them, by start; nothing else.
  JobInputs entries;
  entries.entries = {"atelier-creer-une-scop", "festival-theatre-amateur"};
  EXPECT_EQ(job.inputs.entries, entries.entries);
  EXPECT_EQ(job.inputs, entries);
  // A department of site.yaml without events has its (empty) booklet too, as
  // its listing page links to it.
  EXPECT_GE(plan_.Find("departments/aisne/programme/index.html"), 0);
}

TEST_F(DepartmentBookletTest, ListingPageLinksItAndItsPdfOncePrinted) {
  std::string somme = Page("departments/somme/index.html");
  const std::string link =
      "<p class=\"listing-print\"><a href=\"../../departments/somme/programme/"
      "index.html\">Programme imprimable</a>";
  const std::string pdf =
      " (<a href=\"../../departments/somme/programme.pdf\" download>PDF</a>)</p>";
  EXPECT_NE(somme.find(link + kPdfLinkOpen + pdf.substr(0, pdf.size() - 4) +
                       kPdfLinkClose + "</p>"),
            std::string::npos)
      << somme;
  EXPECT_NE(ShowPdfLink(somme).find(link + pdf), std::string::npos);
  // Categories and venues have no printed programme.
  EXPECT_EQ(Page("categories/theatre/index.html").find("listing-print"),
            std::string::npos);
}

}  // namespace
}  // namespace affiche
