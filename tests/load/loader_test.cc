#include "load/loader.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

const char kSite[] =
    "title: Test\nbase_url: https://example.org/mois\ndepartments: { somme: Somme }\n"
    "categories: { conference: Conférence }\n";

std::vector<std::string> Headlines(const Diagnostics& diags) {
  std::vector<std::string> headlines;
  for (const Diagnostic& d : diags.Sorted()) headlines.push_back(d.Headline());
  return headlines;
}

TEST(Loader, ReadsEveryKindOfFile) {
  MemoryFileSystem fs;
  fs.Add("s/content/site.yaml", kSite);
  fs.Add("s/content/venues/salle.yaml", "name: Salle\ncity: Amiens\ngeo: [49.9, 2.3]\n");
  fs.Add("s/content/organisers/cres.yaml", "name: CRES\n");
  fs.Add("s/content/events/b.md",
         "---\ntitle: B\nstart: 2009-11-09T18:00\nend: \"20:00\"\nvenue: salle\n"
         "status: postponed\nattendance: 12\n---\nCorps *b*.\n");
  fs.Add("s/content/events/a.md",
         "---\ntitle: A\nstart: 2009-11-20\nend: 2009-11-22\n---\n");
  fs.Add("s/content/events/draft.md",
         "---\ntitle: D\nstart: 2009-11-20\ndraft: true\n---\n");
  fs.Add("s/content/pages/a-propos.md", "---\ntitle: À propos\n---\nTexte.\n");
  fs.Add("s/content/static/img/logo.svg", "<svg/>");
  Content content;
  Diagnostics diags;
  ASSERT_TRUE(LoadContent(fs, "s", {}, &content, &diags)) << diags.Format();
  EXPECT_TRUE(diags.empty()) << diags.Format();
  EXPECT_EQ(content.site.base_url, "https://example.org/mois/");
  ASSERT_EQ(content.events.size(), 2u);  // the draft is left out
  const Event& b = content.events[1];
  EXPECT_EQ(b.slug, "b");
  EXPECT_EQ(b.source, "s/content/events/b.md");
  EXPECT_EQ(b.end->Iso(), "2009-11-09T20:00");
  EXPECT_EQ(b.status, Status::kPostponed);
  EXPECT_EQ(b.attendance, 12);
  EXPECT_EQ(b.body_html, "<p>Corps <em>b</em>.</p>\n");
  EXPECT_EQ(b.body_text, "Corps b.");
  EXPECT_TRUE(content.events[0].all_day());
  EXPECT_EQ(content.events[0].last_day(), (Date{2009, 11, 22}));
  EXPECT_EQ(content.venues.at("salle").geo->first, 49.9);
  EXPECT_EQ(content.pages.at(0).title, "À propos");
  ASSERT_EQ(content.static_files.size(), 1u);
  EXPECT_EQ(content.static_files[0].path, "img/logo.svg");
}

// A press release prints on one A4 page: 1,800 bytes of text, less three
// times the title and once the summary, of which a body's beginning is kept
// (each paragraph counts 90 bytes more than its text).
TEST(Loader, CutsALongBodyForThePressRelease) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  std::string words = "Vingt octets de mots";
  for (int i = 0; i < 59; ++i) words += " Vingt octets de mots";  // 1,259 bytes
  auto cut = [&words](size_t bytes) {
    return words.substr(0, words.rfind(' ', bytes)) + "…";
  };
  fs.Add("content/events/court.md",
         "---\ntitle: Court\nstart: 2009-11-20\n---\n" + words + "\n");
  fs.Add("content/events/long.md", "---\ntitle: Long\nstart: 2009-11-20\n---\n" + words +
                                       "\n\n" + words + "\n\n" + words + "\n");
  fs.Add("content/events/long-titre.md", "---\ntitle: \"" + std::string(400, 'T') +
                                             "\"\nstart: 2009-11-20\n---\n" + words +
                                             "\n");
  Content content;
  Diagnostics diags;
  ASSERT_TRUE(LoadContent(fs, "", {}, &content, &diags)) << diags.Format();
  ASSERT_EQ(content.events.size(), 3u);
  for (const Event& e : content.events) {
    SCOPED_TRACE(e.slug);
    if (e.slug == "court") {
      EXPECT_EQ(e.press_html, "");
    } else if (e.slug == "long") {
      // 1,800 - 3 × 4: the first paragraph (1,349), then 1,788 - 1,349 - 90
      // bytes of the second.
      EXPECT_EQ(e.press_html, "<p>" + words + "</p>\n<p>" + cut(349) + "</p>\n");
    } else {
      // 1,800 - 3 × 400: 600 - 90 bytes of the one paragraph.
      EXPECT_EQ(e.press_html, "<p>" + cut(510) + "</p>\n");
    }
  }
}

TEST(Loader, KeepsDraftsWhenAsked) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  fs.Add("content/events/draft.md",
         "---\ntitle: D\nstart: 2009-11-20\ndraft: true\n---\n");
  Content content;
  Diagnostics diags;
  LoadOptions options;
  options.drafts = true;
  LoadContent(fs, ".", options, &content, &diags);
  EXPECT_EQ(content.events.size(), 1u);
}

TEST(Loader, ReportsErrorsOfEveryFileInOneRun) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  fs.Add("content/events/a.md", "---\ntitle: A\nstart: 2009-02-30\n---\n");
  fs.Add("content/events/b.md",
         "---\ntitle: B\nstart: 2009-11-09T18:00\nend: 2009-11-10\n---\n");
  fs.Add("content/events/c.md", "---\nstart: 2009-11-09\nend: \"18:00\"\n---\n");
  fs.Add("content/events/notes.txt", "x");
  Content content;
  Diagnostics diags;
  LoadContent(fs, ".", {}, &content, &diags);
  EXPECT_EQ(
      Headlines(diags),
      (std::vector<std::string>{
          "content/events/a.md:3:8: error: invalid start '2009-02-30': February 2009 "
          "has 28 days",
          "content/events/b.md:4:6: error: end is a date but start has a time",
          "content/events/c.md:1:1: error: missing required field 'title'",
          "content/events/c.md:3:6: error: end '18:00' is a time but start is a date",
          "content/events/notes.txt: warning: ignored: only .md files are read in this "
          "folder",
      }));
}

TEST(Loader, OverridesTheBaseUrl) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  Content content;
  Diagnostics diags;
  LoadOptions options;
  options.base_url = "http://localhost:8080";
  LoadContent(fs, ".", options, &content, &diags);
  EXPECT_EQ(content.site.base_url, "http://localhost:8080/");
}

}  // namespace
}  // namespace affiche

namespace affiche {
namespace {

TEST(Loader, ReportsMalformedNestedFieldsWithTheirFix) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  fs.Add("content/venues/salle.yaml", "name: Salle\ngeo: [49.9]\n");
  fs.Add("content/events/a.md",
         "---\ntitle: A\nstart: 2009-11-09T09:00\nposter: conference\n"
         "sessions:\n  - { start: \"9h\", title: Ouverture }\n  - Pause\n---\n");
  fs.Add("content/events/b.md",
         "---\ntitle: B\nstart: 2009-11-09\nposter: { layout: conferense, format: A5 "
         "}\n---\n");
  Content content;
  Diagnostics diags;
  LoadContent(fs, ".", {}, &content, &diags);
  EXPECT_EQ(
      Headlines(diags),
      (std::vector<std::string>{
          "content/events/a.md:4:9: error: 'poster' must be a mapping like { layout: "
          "conference, format: A3 }",
          "content/events/a.md:6:14: error: invalid session start '9h'; write a time "
          "like \"09:30\"",
          "content/events/a.md:7:5: error: each item of 'sessions' must be a mapping "
          "like { start: \"09:00\", end: \"10:30\", title: \"…\" }",
          "content/events/b.md:4:19: error: unknown layout 'conferense'; did you mean "
          "'conference'?",
          "content/events/b.md:4:39: error: unknown format 'A5'; did you mean 'A3'?",
          "content/venues/salle.yaml:2:6: error: 'geo' must be [latitude, longitude] in "
          "degrees, like [49.8941, 2.2958]",
      }));
}

TEST(Loader, RefusesAContentFileOverOneMegabyte) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  fs.Add("content/events/big.md",
         "---\ntitle: B\nstart: 2009-11-20\n---\n" + std::string(1100 * 1024, 'x'));
  Content content;
  Diagnostics diags;
  LoadContent(fs, ".", {}, &content, &diags);
  ASSERT_EQ(diags.Sorted().size(), 1u) << diags.Format();
  EXPECT_EQ(diags.Sorted()[0].Headline(),
            "content/events/big.md: error: the file holds 1100 KB; a content file may "
            "hold at most 1024 KB");
  EXPECT_TRUE(content.events.empty());
}

TEST(Loader, SaysWhyAFileWhoseNameStartsWithADotIsSkipped) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  fs.Add("content/events/.md", "---\ntitle: A\nstart: 2009-11-20\n---\n");
  fs.Add("content/events/..md", "---\ntitle: A\nstart: 2009-11-20\n---\n");
  fs.Add("content/events/.gitkeep", "");
  Content content;
  Diagnostics diags;
  LoadContent(fs, ".", {}, &content, &diags);
  EXPECT_EQ(
      Headlines(diags),
      (std::vector<std::string>{
          "content/events/..md: warning: ignored: a file whose name starts with a "
          "dot is hidden",
          "content/events/.md: warning: ignored: a file whose name starts with a dot "
          "is hidden"}));
  EXPECT_EQ(diags.Sorted()[0].hint, "name the file after its slug, such as concert.md");
  EXPECT_TRUE(content.events.empty());
}

TEST(Loader, RefusesFileNamesThatAreNotUtf8) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  fs.Add("content/events/caf\xe9.md", "---\ntitle: A\nstart: 2009-11-20\n---\n");
  fs.Add("content/static/caf\xe9.png", "png");
  Content content;
  Diagnostics diags;
  LoadContent(fs, ".", {}, &content, &diags);
  EXPECT_EQ(Headlines(diags),
            (std::vector<std::string>{
                "content/events/caf\xe9.md: error: the file name is not valid UTF-8",
                "content/static/caf\xe9.png: error: the file name is not valid UTF-8"}));
  EXPECT_TRUE(content.events.empty());
  EXPECT_TRUE(content.static_files.empty());
}

TEST(Loader, RefusesCharactersTheFeedsCannotHoldAtTheirLineAndColumn) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", kSite);
  auto event = [&](const std::string& name, const std::string& title,
                   const std::string& body = "") {
    fs.Add("content/events/" + name + ".md",
           "---\ntitle: " + title + "\nstart: 2009-11-20\n---\n" + body);
  };
  event("nul", std::string("A\0b", 3));
  event("soh", "A\x01");
  event("esc", "A\x1b[2J");
  event("del", "A\x7f");
  event("fffe", "A\xef\xbf\xbe");
  event("escape", "\"Caf\\e[31m\"");
  event("reference", "A", "Un\ndeux &#x1B; trois\n");
  Content content;
  Diagnostics diags;
  LoadContent(fs, ".", {}, &content, &diags);
  EXPECT_EQ(
      Headlines(diags),
      (std::vector<std::string>{
          "content/events/del.md:2:9: error: the file holds a control character (U+007F)",
          "content/events/esc.md:2:9: error: the file holds a control character (U+001B)",
          "content/events/escape.md:2:8: error: 'title' holds a control character "
          "(U+001B)",
          "content/events/fffe.md:2:9: error: the file holds U+FFFE, which is not a "
          "character",
          "content/events/nul.md:2:9: error: the file holds a control character (U+0000)",
          "content/events/reference.md:6:6: error: the text holds a control character "
          "(U+001B), written as a character reference",
          "content/events/soh.md:2:9: error: the file holds a control character (U+0001)",
      }));
  EXPECT_TRUE(content.events.empty() || content.events.size() == 2u);
}

}  // namespace
}  // namespace affiche
