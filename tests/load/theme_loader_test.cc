#include "load/theme_loader.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "render/render_test_util.h"
#include "theme/templates.h"

namespace affiche {
namespace {

using testing::CopyDefaultTheme;

// A site whose theme is "broken", a copy of the default theme in memory that
// each test damages in one place.
class BrokenThemeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    CopyDefaultTheme("site/themes/broken", &fs_);
    site_.source = "site/content/site.yaml";
    site_.theme = "broken";
    site_.positions["theme"] = {5, 8};
    site_.positions["language"] = {3, 11};
  }

  bool Load() { return LoadTheme(fs_, "site", site_, &theme_, &diags_); }

  std::vector<std::string> Headlines() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags_.Sorted()) out.push_back(d.Headline());
    return out;
  }

  MemoryFileSystem fs_;
  SiteConfig site_;
  Theme theme_;
  Diagnostics diags_;
};

TEST(Theme, LoadsDefaultThemeWithEveryHtmlLayout) {
  Theme theme = testing::DefaultTheme("fr");
  for (const char* name : kHtmlLayouts) EXPECT_NE(theme.Layout(name), nullptr) << name;
  EXPECT_EQ(theme.Label("status_cancelled"), "Annulé");
  EXPECT_EQ(theme.i18n.days.front(), "lundi");
  EXPECT_EQ(theme.i18n.months.back(), "décembre");
  bool has_style = false;
  for (const StaticFile& f : theme.static_files) has_style |= f.path == "style.css";
  EXPECT_TRUE(has_style);
}

TEST(Theme, LoadsEnglishLabelsForLanguageEn) {
  Theme theme = testing::DefaultTheme("en");
  EXPECT_EQ(theme.Label("status_cancelled"), "Cancelled");
  EXPECT_EQ(theme.i18n.days.front(), "Monday");
}

TEST(Theme, LabelFallsBackToItsKey) {
  Theme theme = testing::DefaultTheme("fr");
  EXPECT_EQ(theme.Label("no_such_label"), "no_such_label");
}

TEST_F(BrokenThemeTest, LoadsAnIntactCopyFromTheProjectFolder) {
  ASSERT_TRUE(Load()) << diags_.Format();
  EXPECT_EQ(theme_.dir, "site/themes/broken");
}

TEST_F(BrokenThemeTest, ReportsUnknownThemeAtThemeKeyWithSuggestion) {
  site_.theme = "brokn";
  EXPECT_FALSE(Load());
  ASSERT_EQ(diags_.error_count(), 1);
  Diagnostic d = diags_.Sorted()[0];
  EXPECT_EQ(d.Headline(), "site/content/site.yaml:5:8: error: unknown theme 'brokn'");
  EXPECT_EQ(d.hint, "did you mean 'broken'?");
}

TEST_F(BrokenThemeTest, ListsAvailableThemesWhenNoneIsClose) {
  site_.theme = "zzzzzzzz";
  EXPECT_FALSE(Load());
  ASSERT_EQ(diags_.error_count(), 1);
  EXPECT_EQ(diags_.Sorted()[0].hint, "themes available: broken");
}

TEST_F(BrokenThemeTest, RefusesThemeNamesThatLeaveTheThemesFolder) {
  site_.theme = "../themes/broken";
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(),
            std::vector<std::string>{"site/content/site.yaml:5:8: error: unknown theme "
                                     "'../themes/broken'"});
}

TEST_F(BrokenThemeTest, ReportsUnclosedSectionAtItsLineAndColumn) {
  fs_.Add("site/themes/broken/layouts/index.mustache",
          "<!DOCTYPE html>\n<html>\n<ul>{{#days}}\n<li>{{heading}}</li>\n</ul>\n");
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(),
            std::vector<std::string>{"site/themes/broken/layouts/index.mustache:3:5: "
                                     "error: unclosed section \"days\""});
  std::string formatted = diags_.Format();
  EXPECT_NE(formatted.find(" 3 | <ul>{{#days}}\n   |     ^\n"), std::string::npos)
      << formatted;
  EXPECT_NE(formatted.find("hint: close it with {{/days}}"), std::string::npos);
}

TEST_F(BrokenThemeTest, ReportsUnclosedTagInAPartialInThePartialsFile) {
  fs_.Add("site/themes/broken/partials/footer.mustache",
          "<footer>\n  <p>{{site.title</p>\n</footer>\n");
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(),
            std::vector<std::string>{"site/themes/broken/partials/footer.mustache:2:6: "
                                     "error: unclosed tag"});
}

TEST_F(BrokenThemeTest, ReportsUnopenedSection) {
  fs_.Add("site/themes/broken/layouts/404.mustache", "<p>{{title}}</p>{{/event}}\n");
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(),
            std::vector<std::string>{"site/themes/broken/layouts/404.mustache:1:17: "
                                     "error: unopened section \"event\""});
}

TEST_F(BrokenThemeTest, ReportsUnknownPartialWithSuggestion) {
  fs_.Add("site/themes/broken/layouts/page.mustache", "<body>\n{{> heder}}\n</body>\n");
  EXPECT_FALSE(Load());
  ASSERT_EQ(diags_.error_count(), 1);
  Diagnostic d = diags_.Sorted()[0];
  EXPECT_EQ(
      d.Headline(),
      "site/themes/broken/layouts/page.mustache:2:1: error: unknown partial 'heder'");
  EXPECT_EQ(d.hint, "did you mean 'header'?");
}

TEST_F(BrokenThemeTest, ReportsPartialThatIncludesItselfOnce) {
  fs_.Add("site/themes/broken/partials/a.mustache", "A{{> b}}");
  fs_.Add("site/themes/broken/partials/b.mustache", "B{{> a}}");
  fs_.Add("site/themes/broken/layouts/index.mustache", "{{> a}}");
  fs_.Add("site/themes/broken/layouts/page.mustache", "{{> a}}");
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(),
            std::vector<std::string>{"site/themes/broken/partials/b.mustache:1:2: "
                                     "error: partial 'a' includes itself"});
}

TEST_F(BrokenThemeTest, WritesPartialsIntoLayouts) {
  fs_.Add("site/themes/broken/partials/greeting.mustache", "Bonjour {{name}}");
  fs_.Add("site/themes/broken/layouts/hello.mustache", "<p>{{> greeting}} !</p>");
  ASSERT_TRUE(Load()) << diags_.Format();
  kainjow::mustache::mustache layout = *theme_.Layout("hello");
  kainjow::mustache::data data;
  data.set("name", "<Amiens>");
  EXPECT_EQ(layout.render(data), "<p>Bonjour &lt;Amiens&gt; !</p>");
}

TEST_F(BrokenThemeTest, ReportsMissingLayout) {
  MemoryFileSystem without_event;  // the same theme, less layouts/event.mustache
  for (const char* folder : {"layouts", "partials", "i18n", "static"}) {
    std::string dir = std::string("site/themes/broken/") + folder;
    for (const std::string& name : fs_.ListFiles(dir)) {
      std::string text, error;
      ASSERT_TRUE(fs_.ReadFile(dir + "/" + name, &text, &error));
      if (name != "event.mustache") without_event.Add(dir + "/" + name, text);
    }
  }
  EXPECT_FALSE(LoadTheme(without_event, "site", site_, &theme_, &diags_));
  EXPECT_EQ(Headlines(), std::vector<std::string>{
                             "site/themes/broken/layouts/event.mustache: error: theme "
                             "'broken' has no layout 'event'"});
}

TEST_F(BrokenThemeTest, ReportsMissingLanguageAtLanguageKey) {
  site_.language = "de";
  EXPECT_FALSE(Load());
  ASSERT_EQ(diags_.error_count(), 1);
  Diagnostic d = diags_.Sorted()[0];
  EXPECT_EQ(d.Headline(),
            "site/content/site.yaml:3:11: error: theme 'broken' has no labels for "
            "language 'de' (no site/themes/broken/i18n/de.yaml)");
  EXPECT_EQ(d.hint, "languages available: en, fr");
}

TEST_F(BrokenThemeTest, ReportsI18nYamlErrorAtItsLine) {
  fs_.Add("site/themes/broken/i18n/fr.yaml",
          "labels:\n  programme: Programme\n  venues: [Lieux, Salles\n");
  EXPECT_FALSE(Load());
  ASSERT_EQ(diags_.error_count(), 1);
  // yaml-cpp notices the unclosed list where it gives up: the end of the file.
  EXPECT_EQ(diags_.Sorted()[0].Headline(),
            "site/themes/broken/i18n/fr.yaml:4:1: error: end of sequence flow not found");
}

TEST_F(BrokenThemeTest, ReportsWrongNumberOfDayNamesAtTheList) {
  DiskFileSystem disk;
  std::string text, error;
  ASSERT_TRUE(disk.ReadFile(
      std::string(AFFICHE_SOURCE_DIR) + "/themes/default/i18n/fr.yaml", &text, &error));
  size_t days = text.find("days: [");
  ASSERT_NE(days, std::string::npos);
  text.replace(days, 7, "days: [octidi, ");
  fs_.Add("site/themes/broken/i18n/fr.yaml", text);
  EXPECT_FALSE(Load());
  ASSERT_EQ(diags_.error_count(), 1);
  Diagnostic d = diags_.Sorted()[0];
  EXPECT_EQ(d.message, "'days' must list 7 day names, Monday first");
  EXPECT_EQ(d.pos.column, 7);
}

TEST_F(BrokenThemeTest, ReportsMissingDateFormat) {
  fs_.Add("site/themes/broken/i18n/fr.yaml",
          "days: [a, b, c, d, e, f, g]\nshort_days: [a, b, c, d, e, f, g]\n"
          "months: [a, b, c, d, e, f, g, h, i, j, k, l]\n"
          "short_months: [a, b, c, d, e, f, g, h, i, j, k, l]\n"
          "formats:\n  date_long: \"{day}\"\n");
  EXPECT_FALSE(Load());
  bool reported = false;
  for (const Diagnostic& d : diags_.Sorted())
    reported |= d.message == "missing format 'time_range'" && d.pos.line == 6;
  EXPECT_TRUE(reported) << diags_.Format();
}

TEST_F(BrokenThemeTest, FindsThemesInAfficheThemesDir) {
  MemoryFileSystem fs;
  CopyDefaultTheme("elsewhere/themes/broken", &fs);
  setenv("AFFICHE_THEMES_DIR", "elsewhere/themes", 1);
  bool loaded = LoadTheme(fs, "site", site_, &theme_, &diags_);
  unsetenv("AFFICHE_THEMES_DIR");
  EXPECT_TRUE(loaded) << diags_.Format();
  EXPECT_EQ(theme_.dir, "elsewhere/themes/broken");
}

TEST(Theme, UsesInstalledDefaultThemeWhenTheProjectHasNone) {
  const char* env = std::getenv("AFFICHE_THEMES_DIR");
  std::string saved = env ? env : "";
  unsetenv("AFFICHE_THEMES_DIR");
  DiskFileSystem fs;
  SiteConfig site;
  Diagnostics diags;
  Theme theme;
  bool loaded = LoadTheme(fs, "/nonexistent-affiche-site", site, &theme, &diags);
  if (env) setenv("AFFICHE_THEMES_DIR", saved.c_str(), 1);
  ASSERT_TRUE(loaded) << diags.Format();
  EXPECT_EQ(theme.dir, std::string(AFFICHE_SOURCE_DIR) + "/themes/default");
}

TEST_F(BrokenThemeTest, BoundsWhatPartialsThatDoubleExpandTo) {
  const std::string dir = "site/themes/broken/partials/";
  fs_.Add(dir + "p0.mustache", std::string(1024, 'x'));
  for (int i = 1; i <= 15; ++i) {
    std::string before = "{{> p" + std::to_string(i - 1) + "}}";
    fs_.Add(dir + "p" + std::to_string(i) + ".mustache", before + before);
  }
  fs_.Add("site/themes/broken/layouts/404.mustache", "{{> p15}}");
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(),
            std::vector<std::string>{
                dir + "p11.mustache:1:10: error: with its partials included, "
                      "this template would hold more than 1 MB"});
}

TEST_F(BrokenThemeTest, BoundsHowDeepPartialsNest) {
  const std::string dir = "site/themes/broken/partials/";
  fs_.Add(dir + "c0.mustache", "x");
  for (int i = 1; i <= 30; ++i)
    fs_.Add(dir + "c" + std::to_string(i) + ".mustache",
            "{{> c" + std::to_string(i - 1) + "}}");
  fs_.Add("site/themes/broken/layouts/404.mustache", "{{> c30}}");
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(),
            std::vector<std::string>{
                dir + "c15.mustache:1:1: error: partials nest more than 16 deep"});
}

TEST_F(BrokenThemeTest, BoundsHowDeepSectionsNest) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "{{#a}}";
  for (int i = 0; i < 20000; ++i) text += "{{/a}}";
  fs_.Add("site/themes/broken/layouts/404.mustache", text);
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(), std::vector<std::string>{
                             "site/themes/broken/layouts/404.mustache:1:601: error: "
                             "sections nest more than 100 deep"});
}

TEST_F(BrokenThemeTest, BoundsHowDeepSectionsNestOncePartialsAreIncluded) {
  std::string open, close;
  for (int i = 0; i < 60; ++i) open += "{{#a}}", close += "{{/a}}";
  fs_.Add("site/themes/broken/partials/deep.mustache", open + close);
  fs_.Add("site/themes/broken/layouts/404.mustache", open + "{{> deep}}" + close);
  EXPECT_FALSE(Load());
  EXPECT_EQ(Headlines(),
            std::vector<std::string>{"site/themes/broken/layouts/404.mustache: error: "
                                     "sections nest more than 100 deep once partials are "
                                     "included"});
}

TEST(RenderLayout, RefusesAPageOverTheLimit) {
  kainjow::mustache::mustache layout("{{#items}}" + std::string(1024 * 1024, 'x') +
                                     "{{/items}}");
  kainjow::mustache::data items = kainjow::mustache::data::type::list;
  for (int i = 0; i < 300; ++i) items.push_back(kainjow::mustache::data::type::object);
  kainjow::mustache::data page;
  page.set("items", items);
  kainjow::mustache::context<std::string> context(&page);
  try {
    RenderLayout("list", layout, context);
    FAIL() << "no exception";
  } catch (const TemplateTooBig& e) {
    EXPECT_STREQ(e.what(), "layout 'list' renders a page of more than 256 MB");
  }
}

TEST(CompileLayouts, EscapesAsKainjowDoes) {
  std::map<std::string, kainjow::mustache::mustache> layouts;
  Diagnostics diags;
  ASSERT_TRUE(CompileLayouts({{"page", "themes/t/layouts/page.mustache", "[{{x}}]"}}, {},
                             &layouts, &diags));
  const char kText[] = "L'\u00e9t\u00e9 & <b>\"chaud\"</b>\0>&";  // a NUL too
  const std::string text(kText, sizeof kText - 1);
  kainjow::mustache::data page;
  page.set("x", text);
  kainjow::mustache::context<std::string> context(&page);
  std::string html = RenderLayout("page", layouts.at("page"), context);
  EXPECT_EQ(html, "[" + kainjow::mustache::html_escape(text) + "]");
  const char kHtml[] =
      "[L&apos;\u00e9t\u00e9 &amp; &lt;b&gt;&quot;chaud&quot;&lt;/b&gt;\0&gt;&amp;]";
  EXPECT_EQ(html, std::string(kHtml, sizeof kHtml - 1));
}

}  // namespace
}  // namespace affiche
