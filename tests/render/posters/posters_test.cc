#include "render/posters/posters.h"

#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "model/programme.h"
#include "render/posters/posters_fit.h"
#include "render/posters/qr_svg.h"
#include "render/render_test_util.h"
#include "site/build.h"

namespace affiche {
namespace {

using testing::Fr;

using testing::At;
using testing::MakeEvent;
using testing::SampleContent;

// The text of an HTML page as a reader sees it: tags dropped, the entities
// kainjow writes decoded, runs of white space (not no-break spaces) as one.
std::string TextOf(const std::string& html) {
  std::string text = std::regex_replace(html, std::regex("<[^>]*>"), " ");
  for (auto [entity, c] : {std::pair{"&apos;", "'"},
                           {"&quot;", "\""},
                           {"&lt;", "<"},
                           {"&gt;", ">"},
                           {"&amp;", "&"}})
    text = std::regex_replace(text, std::regex(entity), c);
  return std::regex_replace(text, std::regex("[ \t\r\n]+"), " ");
}

// The sample content of this repository (content/), built as `affiche build` does.
class SamplePostersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    site_ = new OutputSet;
    DiskFileSystem fs;
    BuildOptions options;
    options.source_dir = AFFICHE_SOURCE_DIR;
    Diagnostics diags;
    ASSERT_TRUE(BuildSite(fs, options, site_, &diags)) << diags.Format();
  }
  static void TearDownTestSuite() { delete site_; }

  static std::string Poster(const std::string& slug) {
    const std::string* page = site_->Find("events/" + slug + "/poster/index.html");
    EXPECT_NE(page, nullptr) << slug;
    return page ? *page : "";
  }
  static void ExpectWords(const std::string& slug,
                          const std::vector<std::string>& words) {
    std::string text = TextOf(Poster(slug));
    for (const std::string& w : words)
      EXPECT_NE(text.find(w), std::string::npos) << slug << ": no '" << w << "' in\n"
                                                 << text;
  }
  static OutputSet* site_;
};
OutputSet* SamplePostersTest::site_ = nullptr;

TEST_F(SamplePostersTest, ConferenceSetsItsQuestionsLarge) {
  std::string html = Poster("conference-finance-solidaire");
  EXPECT_NE(html.find("poster--conference"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"question__lead\">COMMENT…</span>"),
            std::string::npos);
  EXPECT_NE(html.find("<span class=\"question__lead\">QUELLE…</span>"),
            std::string::npos);
  ExpectWords("conference-finance-solidaire",
              {Fr("COMMENT… faire fructifier votre argent de manière solidaire^?"),
               Fr("QUELLE… utilité pour l’emploi, l’environnement, le logement^?")});
}

TEST_F(SamplePostersTest, ConferenceSaysWhatWhenWhereAndWho) {
  ExpectWords(
      "conference-finance-solidaire",
      {"Pour en savoir plus", "CONFÉRENCE - DÉBAT", Fr("Le 9~novembre - 18~h"),
       "La Repasserie (Salle Laurent)", "30 route d’Abbeville", "80000 Amiens",
       Fr("Organisée par~:"), "Chambre Régionale de l’Economie Sociale de Picardie",
       "Macif", "Terre de Liens", "Caisse d’Epargne", "Picardie Active", "Finansol",
       "Crédit Coopératif", "Renseignements au 03 22 66 07 65"});
}

TEST_F(SamplePostersTest, VillageListsEveryExhibitor) {
  ExpectWords("village-ess",
              {"Le village de l’économie sociale et solidaire",
               "Des structures qui mettent l’Homme au cœur de leur projet économique",
               Fr("Le 3~décembre 2009"), Fr("10~h~– 18~h"), "Espace Dewailly à Amiens",
               "Renseignements au 03 22 66 07 65"});
  const std::vector<std::string> exhibitors = {"Grandsensemble",
                                               "Ménage Service",
                                               "Macif",
                                               "Crédit Coopératif",
                                               "Brasero",
                                               "Récup’Design",
                                               "Institut Godin",
                                               "Caisse d’Epargne",
                                               "Neuronnexion",
                                               "GRIEP",
                                               "Cannelle et Cumin",
                                               "Union des Peintres",
                                               "JRSCOP",
                                               "chantier d’insertion La Citadelle",
                                               "A Cappella",
                                               "Sésou",
                                               "Les Trophées d’Amiens",
                                               "Les Astelles",
                                               "ADIE",
                                               "AIVS de la Somme",
                                               "Artisans du monde",
                                               "Boutique de Gestion de la Somme",
                                               "Picardie Active",
                                               "FACE",
                                               "ALICES",
                                               "Le Relais",
                                               "CCMO Mutuelle",
                                               "Des souris et les hommes"};
  ASSERT_EQ(exhibitors.size(), 28u);
  std::string html = Poster("village-ess");
  for (const std::string& name : exhibitors)
    EXPECT_NE(TextOf(html).find(" " + name + " "), std::string::npos) << name;
  size_t list = html.find("class=\"poster__exhibitors\"");
  ASSERT_NE(list, std::string::npos);
  std::string items = html.substr(list, html.find("</ul>", list) - list);
  std::regex item("<li>[^<]*</li>");
  EXPECT_EQ(std::distance(std::sregex_iterator(items.begin(), items.end(), item),
                          std::sregex_iterator()),
            28);
  EXPECT_NE(html.find("class=\"poster__exhibitors\" data-size=\"medium\""),
            std::string::npos);
}

TEST_F(SamplePostersTest, ColloqueListsItsSessionsAndRegistration) {
  ExpectWords("colloque-ess-innovation",
              {Fr("Colloque «~ESS et Innovation~»"), Fr("Le 3~décembre 2009"),
               Fr("9~h~– 17~h"), "Espace Dewailly (Grande salle)",
               Fr("9~h~– 10~h~30 Qu’est-ce qu’innover^? (conversations croisées entre "
                  "participants)"),
               Fr("11~h~– 12~h~30 Nous innovons déjà, la preuve^! (fresque collective "
                  "retraçant la teneur de l’ESS en Picardie)"),
               Fr("14~h~– 17~h Innovons aujourd’hui^! (ateliers village de créativité)"),
               "Gratuit, sur inscription",
               Fr("Inscription~: www.cres-picardie.org/mois-ess/colloque-ess-innovation/"
                  "inscription"),
               "Renseignements au 03 22 66 07 65"});
}

TEST_F(SamplePostersTest, StandardPosterGivesTitleDateVenueSummaryAndOrganisers) {
  ExpectWords("festival-theatre-amateur",
              {"Festival de théâtre amateur du Noyonnais",
               Fr("du 20 au 22~novembre 2009"), Fr("Trois jours de représentations"),
               Fr("Organisée par~:"), "Ligue de l’enseignement de l’Oise"});
  EXPECT_NE(Poster("festival-theatre-amateur").find("poster--standard"),
            std::string::npos);
}

TEST_F(SamplePostersTest, PageSizeFollowsPosterFormatWithoutMargins) {
  EXPECT_NE(Poster("conference-finance-solidaire").find("@page { size: A3; margin: 0; }"),
            std::string::npos);
  EXPECT_NE(Poster("projection-debat-les-lip").find("@page { size: A4; margin: 0; }"),
            std::string::npos);
  EXPECT_NE(Poster("projection-debat-les-lip").find("sheet--A4"), std::string::npos);
  // Events without a poster: key get the default, A3 and the standard layout.
  std::string plain = Poster("atelier-creer-une-scop");
  EXPECT_NE(plain.find("@page { size: A3; margin: 0; }"), std::string::npos);
  EXPECT_NE(plain.find("poster--standard"), std::string::npos);
}

TEST_F(SamplePostersTest, CancelledPosterSaysAnnuleAcrossIt) {
  std::string html = Poster("conference-habitat-cooperatif-saint-quentin");
  EXPECT_NE(html.find("is-cancelled"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"poster__stamp\">ANNULÉ</p>"), std::string::npos);
  EXPECT_EQ(Poster("conference-finance-solidaire").find("ANNULÉ"), std::string::npos);
}

TEST_F(SamplePostersTest, EveryEventHasAPosterWithTheQrCodeOfItsPage) {
  int posters = 0;
  for (const auto& [path, bytes] : site_->files()) {
    std::smatch m;
    if (!std::regex_match(path, m, std::regex("events/([^/]+)/index\\.html"))) continue;
    std::string slug = m[1];
    std::string url = "https://www.cres-picardie.org/mois-ess/events/" + slug + "/";
    std::string html = Poster(slug);
    EXPECT_NE(html.find(QrSvgOf(url, url)), std::string::npos) << slug;
    EXPECT_NE(html.find(url.substr(8)), std::string::npos) << "printed under the code";
    ++posters;
  }
  EXPECT_EQ(posters, 40);
}

TEST_F(SamplePostersTest, PreviewLinksItsPdfOnlyOnceThePdfExists) {
  std::string html = Poster("village-ess");
  EXPECT_EQ(html.find("onclick"), std::string::npos);  // no script: Ctrl+P prints
  EXPECT_NE(html.find("(Ctrl+P)"), std::string::npos);
  const std::string link =
      "<a class=\"poster-button\" href=\"../../../events/village-ess/poster.pdf\" "
      "download>Télécharger le PDF</a>";
  // Hidden in a comment until `affiche posters --pdf` has printed the PDF.
  EXPECT_NE(html.find("<!--affiche-pdf " + link + " affiche-pdf-->"), std::string::npos);
  std::string printed = ShowPdfLink(html);
  EXPECT_NE(printed.find("__actions\">" + link + "</p>"), std::string::npos);
  EXPECT_EQ(printed.find("affiche-pdf"), std::string::npos);
  EXPECT_EQ(ShowPdfLink(printed), printed);
  EXPECT_NE(html.find("href=\"../../../poster.css\""), std::string::npos);
  EXPECT_NE(html.find("href=\"../../../events/village-ess/index.html\""),
            std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  ASSERT_NE(site_->Find("poster.css"), nullptr);
  EXPECT_NE(site_->Find("poster.css")->find("print-color-adjust: exact"),
            std::string::npos);
}

TEST_F(SamplePostersTest, EventPageLinksToItsPoster) {
  const std::string* page = site_->Find("events/village-ess/index.html");
  ASSERT_NE(page, nullptr);
  EXPECT_NE(page->find("href=\"../../events/village-ess/poster/index.html\""),
            std::string::npos);
}

TEST_F(SamplePostersTest, ProgrammePrintsEachEventsAddress) {
  const std::string* index = site_->Find("index.html");
  ASSERT_NE(index, nullptr);
  EXPECT_NE(
      index->find("<p class=\"event-item__url\">https://www.cres-picardie.org/mois-ess/"
                  "events/village-ess/</p>"),
      std::string::npos);
  const std::string* css = site_->Find("style.css");
  ASSERT_NE(css, nullptr);
  EXPECT_NE(css->find("@page { size: A4;"), std::string::npos);
}

// Posters of content made in memory, for what the sample does not have.
std::unique_ptr<OutputSet> RenderOf(const Content& content, Theme theme) {
  Programme programme(content);
  auto out = std::make_unique<OutputSet>();
  RenderPosters(programme, theme, out.get());
  return out;
}

std::string PosterOf(const OutputSet& out, const std::string& slug) {
  const std::string* page = out.Find("events/" + slug + "/poster/index.html");
  return page ? *page : "(missing)";
}

TEST(Posters, ShrinkTypeForLongTitlesAndLongLists) {
  Content content = SampleContent();
  Event& village = content.events[3];
  ASSERT_EQ(village.slug, "village-ess");
  village.poster.layout = "village";
  village.exhibitors.clear();
  for (int i = 1; i <= 60; ++i)
    village.exhibitors.push_back("Exposant " + std::to_string(i));
  content.events[0].title = std::string(200, 'x');
  auto out = RenderOf(content, testing::DefaultTheme());
  std::string html = PosterOf(*out, "village-ess");
  EXPECT_NE(html.find("class=\"poster__exhibitors\" data-size=\"very-long\""),
            std::string::npos);
  EXPECT_NE(html.find("Exposant 60"), std::string::npos);
  EXPECT_NE(
      PosterOf(*out, "conference-finance-solidaire").find("data-size=\"very-long\""),
      std::string::npos);
  EXPECT_NE(PosterOf(*out, "rallye-journalistique")
                .find("class=\"poster__title\" "
                      "data-size=\"short\""),
            std::string::npos)
      << "\"Rallye journalistique\" is 21 characters";
}

TEST(Posters, ShowsOrganiserLogosFromTheStaticFolder) {
  Content content = SampleContent();
  content.organisers["cres-picardie"].logo = "logos/cres.svg";
  content.organisers["picardie-active"].logo = "logos/absent.png";
  content.static_files.push_back({"logos/cres.svg", "<svg/>"});
  auto out = RenderOf(content, testing::DefaultTheme());
  std::string html = PosterOf(*out, "conference-finance-solidaire");
  EXPECT_NE(html.find("<img src=\"../../../logos/cres.svg\" alt=\"CRES Picardie\">"),
            std::string::npos);
  // No such file: the name, not a broken image.
  EXPECT_NE(html.find("<li>Picardie Active</li>"), std::string::npos);
}

TEST(Posters, WritesEnglishWithoutFrenchSpaces) {
  Content content = SampleContent();
  content.site.language = "en";
  content.events[4].poster.layout = "colloque";
  content.events[4].sessions[0].title = "What is innovation?";
  auto out = RenderOf(content, testing::DefaultTheme("en"));
  std::string html = PosterOf(*out, "colloque-ess-innovation");
  EXPECT_NE(html.find("What is innovation?"), std::string::npos);
  EXPECT_NE(PosterOf(*out, "conference-finance-solidaire").find("Organised by:"),
            std::string::npos);
}

TEST(Posters, ThemeWithoutPosterLayoutsWritesNoPosters) {
  Theme theme = testing::DefaultTheme();
  for (const char* layout :
       {"poster-conference", "poster-village", "poster-colloque", "poster-standard"})
    theme.layouts.erase(layout);
  auto out = RenderOf(SampleContent(), std::move(theme));
  EXPECT_EQ(out->size(), 0u);
}

TEST(Posters, LayoutMissingFromTheThemeFallsBackToStandard) {
  Content content = SampleContent();
  content.events[3].poster.layout = "village";
  Theme theme = testing::DefaultTheme();
  theme.layouts.erase("poster-village");
  auto out = RenderOf(content, std::move(theme));
  EXPECT_NE(PosterOf(*out, "village-ess").find("poster--standard"), std::string::npos);
}

TEST(PostersFit, ClassesGrowWithTheAmount) {
  EXPECT_STREQ(SizeClass(0, kTitleFit), "short");
  EXPECT_STREQ(SizeClass(kTitleFit.medium - 1, kTitleFit), "short");
  EXPECT_STREQ(SizeClass(kTitleFit.medium, kTitleFit), "medium");
  EXPECT_STREQ(SizeClass(kTitleFit.long_, kTitleFit), "long");
  EXPECT_STREQ(SizeClass(kTitleFit.very_long, kTitleFit), "very-long");
  EXPECT_STREQ(SizeClass(100000, kTitleFit), "very-long");
}

TEST(PostersFit, CountsCharactersNotBytes) {
  EXPECT_EQ(CodePoints("économie « ESS »"), 16u);
  EXPECT_STREQ(TextSize(std::string(31, 'e'), kTitleFit), "short");
  std::string accents;
  for (int i = 0; i < 31; ++i) accents += "é";
  EXPECT_STREQ(TextSize(accents, kTitleFit), "short") << "62 bytes, 31 characters";
}

TEST(PostersFit, LongNamesMakeAListLargerThanItsCount) {
  std::vector<std::string> few_long(10, std::string(80, 'n'));
  EXPECT_STREQ(ListSize(few_long, kExhibitorsFit, kExhibitorCharactersFit), "long");
  std::vector<std::string> few_short(10, "Macif");
  EXPECT_STREQ(ListSize(few_short, kExhibitorsFit, kExhibitorCharactersFit), "short");
}

}  // namespace
}  // namespace affiche
