// The attendance warnings of `affiche check`: held events over without a
// figure, and figures larger than the venue holds.
#include "validate/attendance.h"

#include <gtest/gtest.h>

#include "load/loader.h"
#include "test_util.h"
#include "validate/validate.h"

namespace affiche {
namespace {

// Loads the files over a small site and validates it as on `today`; returns
// the diagnostic headlines.
std::vector<std::string> CheckOn(
    Date today, const std::vector<std::pair<std::string, std::string>>& files) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
  fs.Add("content/venues/salle.yaml", "name: Salle Dewailly\ncapacity: 100\n");
  for (const auto& [path, text] : files) fs.Add(path, text);
  Content content;
  Diagnostics diags;
  bool site_ok = LoadContent(fs, ".", {}, &content, &diags);
  ValidateContent(content, site_ok, &diags, today);
  std::vector<std::string> headlines;
  for (const Diagnostic& d : diags.Sorted()) headlines.push_back(d.Headline());
  return headlines;
}

const Date kAfterTheMonth{2009, 12, 10};

TEST(AttendanceCheck, WarnsAtStartForAHeldEventOverWithoutAttendance) {
  EXPECT_EQ(CheckOn(kAfterTheMonth, {{"content/events/a.md",
                                      "---\ntitle: A\nstart: 2009-11-09T18:00\n---\n"}}),
            std::vector<std::string>{
                "content/events/a.md:3:8: warning: no attendance for an event that took "
                "place on 2009-11-09"});
}

TEST(AttendanceCheck, GivesBothDaysOfAnEventOverSeveralDays) {
  EXPECT_EQ(CheckOn(kAfterTheMonth,
                    {{"content/events/f.md",
                      "---\ntitle: F\nstart: 2009-11-20\nend: 2009-11-22\n---\n"}}),
            std::vector<std::string>{
                "content/events/f.md:3:8: warning: no attendance for an event that took "
                "place from 2009-11-20 to 2009-11-22"});
}

TEST(AttendanceCheck, SaysHowToFixIt) {
  MemoryFileSystem fs;
  fs.Add("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
  fs.Add("content/events/a.md", "---\ntitle: A\nstart: 2009-11-09\n---\n");
  Content content;
  Diagnostics diags;
  ASSERT_TRUE(LoadContent(fs, ".", {}, &content, &diags));
  CheckAttendance(content, kAfterTheMonth, &diags);
  ASSERT_EQ(diags.warning_count(), 1);
  EXPECT_EQ(diags.Sorted()[0].hint,
            "add 'attendance: N' (the number of people who came) once the figure is "
            "known; until then the tally counts the event as not reported");
  EXPECT_FALSE(diags.has_errors());
}

TEST(AttendanceCheck, LeavesAloneEventsToComeTodaysCancelledAndReportedOnes) {
  EXPECT_EQ(
      CheckOn(Date{2009, 11, 9},
              {{"content/events/today.md", "---\ntitle: T\nstart: 2009-11-09\n---\n"},
               {"content/events/later.md", "---\ntitle: L\nstart: 2009-11-20\n---\n"},
               {"content/events/running.md",  // its last day is today
                "---\ntitle: R\nstart: 2009-11-02\nend: 2009-11-09\n---\n"},
               {"content/events/cancelled.md",
                "---\ntitle: C\nstart: 2009-11-02\nstatus: cancelled\n---\n"},
               {"content/events/reported.md",
                "---\ntitle: R\nstart: 2009-11-02\nattendance: 0\n---\n"}}),
      std::vector<std::string>{});
}

TEST(AttendanceCheck, WarnsAtAttendanceLargerThanTheVenuesCapacity) {
  EXPECT_EQ(CheckOn(kAfterTheMonth,
                    {{"content/events/a.md",
                      "---\ntitle: A\nstart: 2009-11-09T18:00\nvenue: salle\n"
                      "attendance: 150\n---\n"},
                     {"content/events/full.md",
                      "---\ntitle: Full\nstart: 2009-11-09T18:00\nvenue: salle\n"
                      "attendance: 100\n---\n"}}),
            std::vector<std::string>{
                "content/events/a.md:5:13: warning: attendance (150) is larger than the "
                "capacity of Salle Dewailly (100)"});
}

TEST(AttendanceCheck, CountsTheCapacityOnceADayAndReadsInlineVenues) {
  EXPECT_EQ(
      CheckOn(kAfterTheMonth,
              {{"content/events/festival.md",  // 3 days of at most 100
                "---\ntitle: F\nstart: 2009-11-20\nend: 2009-11-22\nvenue: salle\n"
                "attendance: 300\n---\n"},
               {"content/events/more.md",
                "---\ntitle: M\nstart: 2009-11-20\nend: 2009-11-22\nvenue: salle\n"
                "attendance: 301\n---\n"},
               {"content/events/inline.md",
                "---\ntitle: I\nstart: 2009-11-20\n"
                "venue: { name: Chapiteau, capacity: 50 }\nattendance: 60\n---\n"}}),
      (std::vector<std::string>{
          "content/events/inline.md:5:13: warning: attendance (60) is larger than the "
          "capacity of Chapiteau (50)",
          "content/events/more.md:6:13: warning: attendance (301) is larger than the "
          "capacity of Salle Dewailly (100 a day, 300 over 3 days)"}));
}

TEST(AttendanceCheck, SkipsFilesThatHaveErrors) {
  // What was read of a broken file is not to be trusted: only its error shows.
  EXPECT_EQ(CheckOn(kAfterTheMonth, {{"content/events/a.md",
                                      "---\ntitle: A\nstart: 2009-11-09\nattendance: -5\n"
                                      "---\n"}}),
            std::vector<std::string>{
                "content/events/a.md:4:13: error: 'attendance' must be a whole number of "
                "people (0 or more), not '-5'"});
}

TEST(AttendanceCheck, WarnsWithoutChangingTheExitStatusOfCheck) {
  auto result = testing::Run(testing::Affiche() + " check --source '" +
                             AFFICHE_FIXTURES_DIR "/sites/tally'");
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(
      testing::Headlines(result.err),
      std::vector<std::string>{AFFICHE_FIXTURES_DIR
                               "/sites/tally/content/events/marche.md:3:8: warning: "
                               "no attendance for an event that took place on "
                               "2009-11-10"});
  EXPECT_EQ(result.out, "No errors in 5 events and 0 pages (1 warning).\n");
}

}  // namespace
}  // namespace affiche
