#include "model/date.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(Date, KnowsWeekdaysAndMonthLengths) {
  EXPECT_EQ((Date{2009, 11, 9}).Weekday(), 0);  // a Monday
  EXPECT_EQ((Date{2009, 11, 1}).Weekday(), 6);  // a Sunday
  EXPECT_EQ((Date{1970, 1, 1}).Weekday(), 3);   // a Thursday
  EXPECT_EQ(DaysInMonth(2008, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
}

TEST(Date, AddsDaysAcrossMonthsAndYears) {
  EXPECT_EQ((Date{2009, 11, 30}).AddDays(1), (Date{2009, 12, 1}));
  EXPECT_EQ((Date{2009, 12, 31}).AddDays(1), (Date{2010, 1, 1}));
  EXPECT_EQ((Date{2008, 3, 1}).AddDays(-1), (Date{2008, 2, 29}));
  EXPECT_EQ((Date{2009, 11, 22}).AddDays(1).Iso(), "2009-11-23");
}

}  // namespace
TEST(Clock, ParsesHoursAndMinutes) {
  int minutes = 0;
  EXPECT_TRUE(ParseClock("9:05", &minutes));
  EXPECT_EQ(minutes, 9 * 60 + 5);
  EXPECT_TRUE(ParseClock("23:59", &minutes));
  EXPECT_EQ(minutes, 23 * 60 + 59);
  EXPECT_FALSE(ParseClock("25:00", &minutes));
  EXPECT_FALSE(ParseClock("24:00", &minutes));
  EXPECT_FALSE(ParseClock("18h", &minutes));
  EXPECT_FALSE(ParseClock("9h30", &minutes));
  EXPECT_FALSE(ParseClock("123:00", &minutes));
}

}  // namespace affiche
