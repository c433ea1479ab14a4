#include "render/core/dates.h"

#include <gtest/gtest.h>

#include "render/render_test_util.h"

namespace affiche {
namespace {

using testing::Fr;

using testing::At;
using testing::DefaultTheme;
using testing::MakeEvent;

// French dates as the tests write them: '~' stands for the no-break space.
class DatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fr_ = new Theme(DefaultTheme("fr"));
    en_ = new Theme(DefaultTheme("en"));
  }
  static void TearDownTestSuite() {
    delete fr_;
    delete en_;
  }
  static Theme* fr_;
  static Theme* en_;
};
Theme* DatesTest::fr_ = nullptr;
Theme* DatesTest::en_ = nullptr;

Event Between(LocalTime start, LocalTime end) {
  Event e = MakeEvent("e", "E", start);
  e.end = end;
  return e;
}

TEST_F(DatesTest, FormatsFrenchDateWithWeekday) {
  EXPECT_EQ(FormatDate(*fr_, Date{2009, 11, 9}), Fr("lundi 9~novembre 2009"));
  EXPECT_EQ(FormatDate(*fr_, Date{2009, 11, 9}, DateStyle::kMedium),
            Fr("9~novembre 2009"));
  EXPECT_EQ(FormatDate(*fr_, Date{2009, 11, 9}, DateStyle::kShort), Fr("lun. 9~nov."));
  EXPECT_EQ(FormatDate(*fr_, Date{2009, 11, 15}), Fr("dimanche 15~novembre 2009"));
}

TEST_F(DatesTest, WritesFirstOfTheMonthAsPremier) {
  EXPECT_EQ(FormatDate(*fr_, Date{2009, 12, 1}), Fr("mardi 1er~décembre 2009"));
  EXPECT_EQ(FormatDate(*en_, Date{2009, 12, 1}), Fr("Tuesday 1~December 2009"));
}

TEST_F(DatesTest, FormatsFrenchTimes) {
  EXPECT_EQ(FormatTime(*fr_, 18 * 60), Fr("18~h"));
  EXPECT_EQ(FormatTime(*fr_, 18 * 60 + 30), Fr("18~h~30"));
  EXPECT_EQ(FormatTime(*fr_, 9 * 60 + 5), Fr("9~h~05"));
  EXPECT_EQ(FormatTimeRange(*fr_, 18 * 60, 20 * 60), Fr("18~h~– 20~h"));
}

TEST_F(DatesTest, FormatsEnglishTimesOnTwelveHourClock) {
  EXPECT_EQ(FormatTime(*en_, 18 * 60), Fr("6~pm"));
  EXPECT_EQ(FormatTime(*en_, 18 * 60 + 30), Fr("6:30~pm"));
  EXPECT_EQ(FormatTime(*en_, 12 * 60), Fr("12~pm"));
  EXPECT_EQ(FormatTime(*en_, 0), Fr("12~am"));
  EXPECT_EQ(FormatTime(*en_, 9 * 60 + 15), Fr("9:15~am"));
  EXPECT_EQ(FormatTimeRange(*en_, 18 * 60, 20 * 60), Fr("6~pm – 8~pm"));
}

TEST_F(DatesTest, FormatsTimedEventWithDateAndRange) {
  Event e = Between(At(2009, 11, 9, 18), At(2009, 11, 9, 20));
  EXPECT_EQ(FormatWhen(*fr_, e), Fr("lundi 9~novembre 2009, 18~h~– 20~h"));
  EXPECT_EQ(FormatWhen(*fr_, e, DateStyle::kMedium), Fr("9~novembre 2009, 18~h~– 20~h"));
  EXPECT_EQ(FormatWhen(*en_, e), Fr("Monday 9~November 2009, 6~pm – 8~pm"));
  EXPECT_EQ(FormatWhenOnDay(*fr_, e), Fr("18~h~– 20~h"));
}

TEST_F(DatesTest, FormatsStartWithoutEndAsDateAtTime) {
  Event e = MakeEvent("e", "E", At(2009, 11, 9, 18));
  EXPECT_EQ(FormatWhen(*fr_, e), Fr("lundi 9~novembre 2009 à 18~h"));
  EXPECT_EQ(FormatStart(*fr_, At(2009, 11, 9, 18)), Fr("lundi 9~novembre 2009 à 18~h"));
  EXPECT_EQ(FormatWhen(*en_, e), Fr("Monday 9~November 2009 at 6~pm"));
  EXPECT_EQ(FormatWhenOnDay(*fr_, e), Fr("18~h"));
}

TEST_F(DatesTest, FormatsAllDayEventOfOneDay) {
  Event e = MakeEvent("e", "E", At(2009, 11, 9));
  EXPECT_EQ(FormatWhen(*fr_, e), Fr("lundi 9~novembre 2009"));
  e.end = At(2009, 11, 9);  // an inclusive last day equal to the first
  EXPECT_EQ(FormatWhen(*fr_, e), Fr("lundi 9~novembre 2009"));
  EXPECT_EQ(FormatWhenOnDay(*fr_, e), "Toute la journée");
  EXPECT_EQ(FormatWhenOnDay(*en_, e), "All day");
}

TEST_F(DatesTest, FormatsMultiDayRangeWithinAMonth) {
  Event e = Between(At(2009, 11, 20), At(2009, 11, 22));
  EXPECT_EQ(FormatWhen(*fr_, e), Fr("du 20 au 22~novembre 2009"));
  EXPECT_EQ(FormatWhenOnDay(*fr_, e), Fr("du 20 au 22~novembre 2009"));
  EXPECT_EQ(FormatWhen(*en_, e), Fr("20–22~November 2009"));
}

TEST_F(DatesTest, FormatsMultiDayRangeAcrossMonths) {
  Event e = Between(At(2009, 11, 30), At(2009, 12, 2));
  EXPECT_EQ(FormatWhen(*fr_, e), Fr("du 30~novembre au 2~décembre 2009"));
  EXPECT_EQ(FormatWhen(*en_, e), Fr("30~November – 2~December 2009"));
  EXPECT_EQ(FormatDayRange(*fr_, Date{2009, 11, 1}, Date{2009, 12, 5}),
            Fr("du 1er~novembre au 5~décembre 2009"));
}

TEST_F(DatesTest, FormatsMultiDayRangeAcrossYears) {
  Event e = Between(At(2009, 12, 28), At(2010, 1, 3));
  EXPECT_EQ(FormatWhen(*fr_, e), Fr("du 28~décembre 2009 au 3~janvier 2010"));
  EXPECT_EQ(FormatWhen(*en_, e), Fr("28~December 2009 – 3~January 2010"));
}

TEST_F(DatesTest, FormatsTimedEventOverSeveralDaysWithBothTimes) {
  Event e = Between(At(2009, 11, 20, 18), At(2009, 11, 22, 12));
  EXPECT_EQ(FormatWhen(*fr_, e),
            Fr("du 20~novembre 2009 à 18~h au 22~novembre 2009 à 12~h"));
  EXPECT_EQ(FormatWhenOnDay(*fr_, e), FormatWhen(*fr_, e));
}

TEST_F(DatesTest, FormatsSessionClockTimes) {
  EXPECT_EQ(FormatClockRange(*fr_, "09:00", "10:30"), Fr("9~h~– 10~h~30"));
  EXPECT_EQ(FormatClockRange(*fr_, "14:00", ""), Fr("14~h"));
  EXPECT_EQ(FormatClockRange(*fr_, "le matin", ""), "le matin");
}

TEST_F(DatesTest, DatesContainNoHtml) {
  Event e = Between(At(2009, 11, 30, 18), At(2009, 12, 2, 12));
  for (const std::string& text : {FormatWhen(*fr_, e), FormatWhen(*en_, e)}) {
    EXPECT_EQ(text.find('<'), std::string::npos) << text;
    EXPECT_EQ(text.find('&'), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace affiche
