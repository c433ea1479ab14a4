// The tally's outputs: tally.json, tally.csv and the terminal table of the
// fixture site tests/fixtures/sites/tally (counted by hand in its comments
// below), and the page of the sample content.
#include "render/tally/tally.h"

#include <gtest/gtest.h>

#include "model/programme.h"
#include "render/html/html.h"
#include "render/render_test_util.h"
#include "render/tally/tally_text.h"
#include "site/build.h"
#include "test_util.h"

namespace affiche {
namespace {

using testing::Fr;

// The fixture: 5 events, 1 cancelled (its attendance of 5 is not counted),
// 4 held, 3 reported (80 + 150 + 20 = 250 participants), 1 not reported;
// Somme 2 events (80), Oise 2 (150, 1 not reported), 1 without department (20).
const std::string kSite = AFFICHE_FIXTURES_DIR "/sites/tally";

// Runs python3 with the program on the file at path; returns its output.
std::string Python(const std::string& program, const std::string& path) {
  auto result = testing::Run("python3 -c '" + program + "' '" + path + "'");
  EXPECT_EQ(result.status, 0) << result.err;
  return result.out;
}

// The fixture site built into a fresh folder; returns the folder.
std::string BuiltFixture() {
  std::string out = testing::MakeTempDir() + "/site-out";
  auto result = testing::Run(testing::Affiche() + " build --out '" + out + "'", kSite);
  EXPECT_EQ(result.status, 0) << result.err;
  return out;
}

TEST(TallyJson, HasEveryFigureOfTheFixtureCountedByHand) {
  std::string path = BuiltFixture() + "/tally/tally.json";
  EXPECT_EQ(
      testing::ReadFile(path),
      "{\n"
      "  \"events\": 5,\n"
      "  \"cancelled\": 1,\n"
      "  \"held\": 4,\n"
      "  \"reported\": 3,\n"
      "  \"unreported\": 1,\n"
      "  \"participants\": 250,\n"
      "  \"by_department\": {\n"
      "    \"somme\": {\"events\": 2, \"participants\": 80, \"unreported\": 0},\n"
      "    \"oise\": {\"events\": 2, \"participants\": 150, \"unreported\": 1}\n"
      "  },\n"
      "  \"by_category\": {\n"
      "    \"conference\": {\"events\": 2, \"participants\": 230, \"unreported\": 0},\n"
      "    \"theatre\": {\"events\": 1, \"participants\": 150, \"unreported\": 0},\n"
      "    \"marche\": {\"events\": 2, \"participants\": 0, \"unreported\": 1}\n"
      "  },\n"
      "  \"largest\": {\"slug\": \"festival\", \"attendance\": 150}\n"
      "}\n");
  // It parses as JSON, with DESIGN.md's keys in its order.
  EXPECT_EQ(
      Python("import json,sys; d=json.load(open(sys.argv[1])); "
             "print(list(d)); print(d[\"held\"] == d[\"events\"] - d[\"cancelled\"], "
             "d[\"reported\"] + d[\"unreported\"] == d[\"held\"])",
             path),
      "['events', 'cancelled', 'held', 'reported', 'unreported', 'participants', "
      "'by_department', 'by_category', 'largest']\nTrue True\n");
}

TEST(TallyJson, CommandPrintsTheSameBytesAsTheBuild) {
  std::string built = testing::ReadFile(BuiltFixture() + "/tally/tally.json");
  auto json =
      testing::Run(testing::Affiche() + " tally --format json --source '" + kSite + "'");
  EXPECT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.out, built);
  EXPECT_EQ(json.err, "");  // the warning about marche.md is `check`'s
}

TEST(TallyJson, WritesNullLargestWithoutReportedEvents) {
  Content content;
  Programme programme(content);
  std::string json = TallyJson(ComputeTally(programme));
  EXPECT_NE(json.find("\"by_department\": {},"), std::string::npos) << json;
  EXPECT_NE(json.find("\"largest\": null\n}"), std::string::npos) << json;
}

TEST(TallyCsv, OpensInFrenchSpreadsheetsAndParsesBack) {
  std::string path = BuiltFixture() + "/tally/tally.csv";
  std::string csv = testing::ReadFile(path);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");  // UTF-8 byte-order mark
  EXPECT_EQ(csv.substr(3, csv.find('\n') - 2),
            "slug;title;date;department;categories;status;attendance;registered\r\n");
  // A title with a comma and quotes is quoted, its quotes doubled.
  EXPECT_NE(csv.find(Fr("conference;\"Conférence, débat : le \"\"juste\"\" prix\";"
                        "2009-11-03;somme;conference;confirmed;80;90\r\n")),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("festival;Festival;2009-11-06;oise;\"theatre, conference\";"
                     "confirmed;150;\r\n"),
            std::string::npos);
  // The cancelled event's attendance is left out, as the tally leaves it out.
  EXPECT_NE(csv.find(Fr("annule;Atelier annulé;2009-11-12;somme;marche;cancelled;;\r\n")),
            std::string::npos);
  EXPECT_EQ(
      Python(
          "import csv,sys; rows=list(csv.DictReader("
          "open(sys.argv[1], encoding=\"utf-8-sig\", newline=\"\"), delimiter=\";\")); "
          "print(len(rows)); "
          "print(sum(int(r[\"attendance\"]) for r in rows if r[\"attendance\"])); "
          "print(rows[0][\"title\"])",
          path),
      Fr("5\n250\nConférence, débat : le \"juste\" prix\n"));
}

TEST(TallyCsv, CommandPrintsTheSameBytesAsTheBuild) {
  std::string built = testing::ReadFile(BuiltFixture() + "/tally/tally.csv");
  auto csv =
      testing::Run(testing::Affiche() + " tally --format=csv --source '" + kSite + "'");
  EXPECT_EQ(csv.status, 0) << csv.err;
  EXPECT_EQ(csv.out, built);
}

TEST(TallyTable, PrintsHeadlineFiguresThenAlignedColumns) {
  auto table = testing::Run(testing::Affiche() + " tally", kSite);
  EXPECT_EQ(table.status, 0) << table.err;
  // Columns are aligned by characters: "Département" and "Théâtre" take
  // more bytes than characters.
  EXPECT_EQ(
      table.out,
      Fr("Le bilan en chiffres – Bilan (test)\n"
         "\n"
         "5 manifestations\n"
         "250 participants\n"
         "4 manifestations tenues\n"
         "3 manifestations renseignées\n"
         "1 manifestation non renseignée\n"
         "1 manifestation annulée\n"
         "83 participants en moyenne par manifestation renseignée\n"
         "+25~% de manifestations par rapport à 2008\n"
         "+150~% de participants par rapport à 2008\n"
         "\n"
         "Par département\n"
         "Département       Manifestations  Participants  Non renseignées\n"
         "Somme                          2            80                0\n"
         "Oise                           2           150                1\n"
         "Sans département               1            20                0\n"
         "Total                          5           250                1\n"
         "\n"
         "Par thème\n"
         "Thème       Manifestations  Participants  Non renseignées\n"
         "Conférence               2           230                0\n"
         "Théâtre                  1           150                0\n"
         "Marché                   2             0                1\n"
         "\n"
         "Par semaine\n"
         "Semaine     Dates                     Manifestations  Participants\n"
         "Semaine 45  du 2 au 8~novembre 2009                2           230\n"
         "Semaine 46  du 9 au 15~novembre 2009               3            20\n"
         "\n"
         "Les manifestations les plus fréquentées\n"
         "Manifestation                        Date                     Participants\n"
         "Festival                             du 6 au 8~novembre 2009           150\n"
         "Conférence, débat : le \"juste\" prix  3~novembre 2009                    80\n"
         "Rencontre sans lieu                  14~novembre 2009                   20\n"
         "\n"
         "D'une édition à l'autre\n"
         "Édition     Année  Manifestations  Évolution  Participants  Évolution\n"
         "2e édition   2008               4                      100\n"
         "3e édition   2009               5      +25~%           250     +150~%\n"
         "\n"
         "Inscrits et présents\n"
         "Manifestation                        Inscrits  Présents  Taux de présence\n"
         "Conférence, débat : le \"juste\" prix        90        80              89~%\n"
         "Total                                      90        80              89~%\n"
         "\n"
         "Manifestations non renseignées~: qui appeler\n"
         "Manifestation     Date              Organisateurs  Contact\n"
         "Marché solidaire  10~novembre 2009  CRES Picardie  03 22 00 00 00\n"
         "\n"
         "Manifestations annulées\n"
         "Manifestation   Date              Organisateurs\n"
         "Atelier annulé  12~novembre 2009\n"));
}

TEST(TallyCommand, RejectsAnUnknownFormat) {
  auto result = testing::Run(testing::Affiche() + " tally --format xls", kSite);
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(testing::Lines(result.err)[0],
            "affiche: error: --format must be table, csv or json, not 'xls'");
}

TEST(TallyCommand, ExitsOneWithTheErrorsOfBrokenContent) {
  std::string dir = testing::MakeTempDir();
  testing::CopyTree(kSite, dir);
  testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/invalid/unknown-venue/content",
                    dir + "/content");
  auto result = testing::Run(testing::Affiche() + " tally", dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(testing::Headlines(result.err),
            (std::vector<std::string>{
                "content/events/broken.md:4:8: error: unknown venue 'la-repaserie'",
                "content/events/marche.md:3:8: warning: no attendance for an event that "
                "took place on 2009-11-10"}));
}

TEST(TallyText, WordsCountsInTheSiteLanguage) {
  Theme fr = testing::DefaultTheme("fr"), en = testing::DefaultTheme("en");
  EXPECT_EQ(CountFigure(fr, "tally_cancelled", 0).Text(), "0 manifestation annulée");
  EXPECT_EQ(CountFigure(fr, "tally_cancelled", 1).Text(), "1 manifestation annulée");
  EXPECT_EQ(CountFigure(fr, "tally_unreported", 5).Text(),
            "5 manifestations non renseignées");
  EXPECT_EQ(CountFigure(en, "tally_cancelled", 0).Text(), "0 events cancelled");
  EXPECT_EQ(CountFigure(en, "tally_cancelled", 1).Text(), "1 event cancelled");
  TallyFigure figure = CountFigure(fr, "tally_events", 40);
  EXPECT_EQ(figure.before, "");
  EXPECT_EQ(figure.number, "40");
  EXPECT_EQ(figure.after, " manifestations");
  EXPECT_EQ(GrowthText(fr, 29), Fr("+29~%"));
  EXPECT_EQ(GrowthText(en, -5), "\u22125%");
}

// The sample content of this repository, built in memory once.
class SampleTally : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    site_ = new OutputSet;
    DiskFileSystem fs;
    BuildOptions options;
    options.source_dir = AFFICHE_SOURCE_DIR;
    options.now_utc = "20091101T120000Z";
    Diagnostics diags;
    ASSERT_TRUE(BuildSite(fs, options, site_, &diags)) << diags.Format();
  }
  static void TearDownTestSuite() { delete site_; }
  static std::string File(const std::string& path) {
    const std::string* file = site_->Find(path);
    EXPECT_NE(file, nullptr) << path;
    return file ? *file : "";
  }
  static OutputSet* site_;
};
OutputSet* SampleTally::site_ = nullptr;

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

TEST_F(SampleTally, PageShowsTheReportsFigures) {
  std::string page = File("tally/index.html");
  for (const char* figure :
       {"<strong>40</strong> manifestations</li>",
        "<strong>2\u202F139</strong> participants</li>",
        "<strong>39</strong> manifestations tenues</li>",
        "<strong>34</strong> manifestations renseignées</li>",
        "<strong>5</strong> manifestations non renseignées</li>",
        "<strong>1</strong> manifestation annulée</li>",
        "<strong>63</strong> participants en moyenne par manifestation renseignée</li>"})
    EXPECT_NE(page.find(figure), std::string::npos) << figure;
  EXPECT_NE(page.find(Fr("<strong>+29~%</strong> de manifestations par rapport à 2008")),
            std::string::npos);
}

TEST_F(SampleTally, PageHasLabelledChartsWithATextAlternative) {
  std::string page = File("tally/index.html");
  EXPECT_EQ(Count(page, "<svg role=\"img\""), 5u);  // departments, categories, weeks,
                                                    // events and participants per edition
  for (const char* chart : {"departments", "categories", "weeks", "editions_events",
                            "editions_participants"}) {
    std::string id = std::string("tally-chart-") + chart;
    EXPECT_NE(page.find("aria-labelledby=\"" + id + "-title " + id + "-desc\""),
              std::string::npos)
        << chart;
    EXPECT_NE(page.find("<title id=\"" + id + "-title\">"), std::string::npos) << chart;
  }
  EXPECT_NE(page.find(Fr("<desc id=\"tally-chart-departments-desc\">Somme~: 836, "
                         "Oise~: 991, Aisne~: 312</desc>")),
            std::string::npos);
  // The tables say the same in text.
  EXPECT_NE(page.find("<a href=\"../departments/oise/index.html\">Oise</a></th>"
                      "<td class=\"num\">10</td><td class=\"num\">991</td>"
                      "<td class=\"num\">1</td>"),
            std::string::npos);
  EXPECT_NE(page.find(Fr("<td class=\"num\">+29~%</td>")), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
}

TEST_F(SampleTally, PageSaysWhomToCallAndWhatWasCancelled) {
  std::string page = File("tally/index.html");
  EXPECT_NE(page.find(Fr("<h2 id=\"tally-unreported\">Manifestations non renseignées~: "
                         "qui appeler</h2>")),
            std::string::npos);
  EXPECT_NE(page.find("Chambre Régionale de l’Economie Sociale de Picardie</td>"
                      "<td>03 22 66 07 65</td>"),
            std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"tally-cancelled\">Manifestations annulées</h2>"),
            std::string::npos);
  EXPECT_NE(page.find("../events/conference-habitat-cooperatif-saint-quentin/index.html"),
            std::string::npos);
}

TEST_F(SampleTally, PageIsAWholePageOfTheSiteThatPrintsOnA4) {
  std::string page = File("tally/index.html");
  EXPECT_EQ(Count(page, "<h1"), 1u);
  for (const char* landmark : {"<header", "<nav", "<main id=\"main\"", "<footer",
                               "class=\"skip-link\" href=\"#main\"",
                               "<link rel=\"stylesheet\" href=\"../tally.css\">"})
    EXPECT_NE(page.find(landmark), std::string::npos) << landmark;
  EXPECT_NE(page.find("<a href=\"../tally/index.html\" aria-current=\"page\">Chiffres de "
                      "fréquentation</a>"),
            std::string::npos);
  std::string css = File("tally.css");
  EXPECT_NE(css.find("size: A4;"), std::string::npos);
  EXPECT_NE(css.find("@media print"), std::string::npos);
  // Every other page links to it.
  EXPECT_NE(File("index.html")
                .find("<a href=\"tally/index.html\">Chiffres de fréquentation</a>"),
            std::string::npos);
}

TEST_F(SampleTally, JsonHasTheSampleFigures) {
  std::string json = File("tally/tally.json");
  for (const char* figure :
       {"\"events\": 40,", "\"cancelled\": 1,", "\"held\": 39,", "\"reported\": 34,",
        "\"unreported\": 5,", "\"participants\": 2139,",
        "\"largest\": {\"slug\": \"festival-theatre-amateur\", \"attendance\": 620}"})
    EXPECT_NE(json.find(figure), std::string::npos) << figure;
}

TEST(TallyPage, RendersAProgrammeWithoutEvents) {
  Content content;
  content.site.title = "Vide";
  content.site.base_url = "https://example.org/";
  Programme programme(content);
  OutputSet out;
  RenderTally(programme, testing::DefaultTheme(), &out);
  const std::string* page = out.Find("tally/index.html");
  ASSERT_NE(page, nullptr);
  EXPECT_NE(page->find("<strong>0</strong> manifestation</li>"), std::string::npos);
  EXPECT_EQ(page->find("<section"), std::string::npos);  // nothing to show
  EXPECT_NE(out.Find("tally/tally.json"), nullptr);
  EXPECT_EQ(*out.Find("tally/tally.csv"),
            "\xEF\xBB\xBFslug;title;date;department;categories;status;attendance;"
            "registered\r\n");
}

TEST(TallyLink, WaitsForTheFirstAttendance) {
  Content content = testing::SampleContent();  // no attendance yet
  Theme theme = testing::DefaultTheme();
  {
    Programme programme(content);
    OutputSet out;
    RenderHtml(programme, theme, &out);
    EXPECT_EQ(out.Find("index.html")->find("tally/index.html"), std::string::npos);
  }
  content.events[0].attendance = 40;
  Programme programme(content);
  OutputSet out;
  RenderHtml(programme, theme, &out);
  EXPECT_NE(out.Find("index.html")->find("<a href=\"tally/index.html\">"),
            std::string::npos);
}

}  // namespace
}  // namespace affiche
