#include "validate/validate.h"

#include <gtest/gtest.h>

#include "load/loader.h"
#include "validate/time_zones.h"

namespace affiche {
namespace {

// Loads a site from files and validates it; returns the diagnostic headlines.
std::vector<std::string> Check(
    const std::vector<std::pair<std::string, std::string>>& files) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml",
         "title: T\nbase_url: https://example.org/\ndepartments: { somme: Somme }\n"
         "categories: { conference: Conférence }\n");
  fs.Add("content/venues/salle.yaml", "name: Salle\ndepartment: somme\n");
  for (const auto& [path, text] : files) fs.Add(path, text);
  Content content;
  Diagnostics diags;
  bool site_ok = LoadContent(fs, ".", {}, &content, &diags);
  // On 1 November 2009 the events of these tests are still to come.
  ValidateContent(content, site_ok, &diags, Date{2009, 11, 1});
  std::vector<std::string> headlines;
  for (const Diagnostic& d : diags.Sorted()) headlines.push_back(d.Headline());
  return headlines;
}

TEST(Validate, AcceptsAConsistentSite) {
  EXPECT_EQ(Check({{"content/events/a.md",
                    "---\ntitle: A\nstart: 2009-11-09T18:00\nend: 2009-11-09T18:00\n"
                    "venue: salle\ncategories: conference\n---\n"}}),
            std::vector<std::string>{});
}

TEST(Validate, ReportsAnAllDayEventEndingBeforeItStarts) {
  EXPECT_EQ(Check({{"content/events/a.md",
                    "---\ntitle: A\nstart: 2009-11-22\nend: 2009-11-20\n---\n"}}),
            std::vector<std::string>{"content/events/a.md:4:6: error: end (2009-11-20) "
                                     "is before start (2009-11-22)"});
}

TEST(Validate, ChecksDepartmentsOfVenueFilesAndInlineVenues) {
  EXPECT_EQ(Check({{"content/venues/autre.yaml", "name: Autre\ndepartment: oise\n"},
                   {"content/events/a.md",
                    "---\ntitle: A\nstart: 2009-11-09\nvenue: { name: Ici, department: "
                    "somm }\n---\n"}}),
            (std::vector<std::string>{
                "content/events/a.md:4:8: error: unknown department 'somm'; did you mean "
                "'somme'?",
                "content/venues/autre.yaml:2:13: error: unknown department 'oise'",
            }));
}

TEST(Validate, PointsAtTheExplicitUidOfADuplicate) {
  // b.md's uid repeats a.md's default UID: the error is on b.md's uid line
  // whichever file comes first.
  EXPECT_EQ(Check({{"content/events/a.md", "---\ntitle: A\nstart: 2009-11-09\n---\n"},
                   {"content/events/b.md",
                    "---\ntitle: B\nstart: 2009-11-09\nuid: a@example.org\n---\n"}}),
            std::vector<std::string>{
                "content/events/b.md:4:6: error: UID 'a@example.org' is also the UID of "
                "content/events/a.md"});
  EXPECT_EQ(Check({{"content/events/z.md",
                    "---\ntitle: Z\nstart: 2009-11-09\nuid: b@example.org\n---\n"},
                   {"content/events/b.md", "---\ntitle: B\nstart: 2009-11-09\n---\n"}}),
            std::vector<std::string>{
                "content/events/z.md:4:6: error: UID 'b@example.org' is also the UID of "
                "content/events/b.md"});
}

TEST(Validate, SkipsSiteListsWhenSiteYamlIsBroken) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", "title: [\n");
  fs.Add("content/events/a.md",
         "---\ntitle: A\nstart: 2009-11-09\ncategories: [x]\n---\n");
  Content content;
  Diagnostics diags;
  bool site_ok = LoadContent(fs, ".", {}, &content, &diags);
  EXPECT_FALSE(site_ok);
  ValidateContent(content, site_ok, &diags, Date{2009, 11, 1});
  ASSERT_EQ(diags.error_count(), 1) << diags.Format();
  EXPECT_EQ(diags.Sorted()[0].path, "content/site.yaml");
}

TEST(TimeZones, KnowsTheTzDatabase) {
  EXPECT_TRUE(IsKnownTimeZone("Europe/Paris"));
  EXPECT_TRUE(IsKnownTimeZone("America/Guadeloupe"));
  EXPECT_FALSE(IsKnownTimeZone("Europe/Pariss"));
  EXPECT_FALSE(IsKnownTimeZone("../../etc/passwd"));
  EXPECT_FALSE(IsKnownTimeZone(""));
  EXPECT_GT(KnownTimeZones().size(), 300u);
}

TEST(Validate, WarnsAboutAnEventMoreThanAYearAwayFromTheEdition) {
  const char kSite[] =
      "title: T\nbase_url: https://example.org/\ndepartments: { somme: Somme }\n"
      "categories: { conference: Conférence }\n"
      "edition: { number: 3, year: 2009, start: 2009-11-01, end: 2009-11-30 }\n";
  EXPECT_EQ(
      Check({{"content/site.yaml", kSite},
             {"content/events/a.md", "---\ntitle: A\nstart: 2019-11-09T18:00\n---\n"},
             {"content/events/b.md", "---\ntitle: B\nstart: 2010-11-30T18:00\n---\n"},
             {"content/events/c.md",
              "---\ntitle: C\nstart: 2008-10-30\nattendance: 3\n---\n"}}),
      (std::vector<std::string>{
          "content/events/a.md:3:8: warning: start (2019-11-09) is more than a year away "
          "from the edition (2009-11-01 to 2009-11-30)",
          "content/events/c.md:3:8: warning: start (2008-10-30) is more than a year away "
          "from the edition (2009-11-01 to 2009-11-30)"}));
}

TEST(Validate, RefusesYearsNoOutputHandles) {
  EXPECT_EQ(
      Check({{"content/events/a.md", "---\ntitle: A\nstart: 9999-12-31T23:59\n---\n"},
             {"content/events/b.md", "---\ntitle: B\nstart: 0000-01-01\n---\n"}}),
      (std::vector<std::string>{
          "content/events/a.md:3:8: error: invalid start '9999-12-31T23:59': affiche "
          "handles the years 1900 to 2999, not 9999 (a typing mistake?)",
          "content/events/b.md:3:8: error: invalid start '0000-01-01': affiche handles "
          "the years 1900 to 2999, not 0000 (a typing mistake?)"}));
}

}  // namespace
}  // namespace affiche
