// Civil dates and local times, without time zones (the proleptic Gregorian
// calendar; days are counted from 1970-01-01).
#ifndef AFFICHE_MODEL_DATE_H_
#define AFFICHE_MODEL_DATE_H_

#include <string>
#include <tuple>

namespace affiche {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool operator==(const Date& o) const { return Key() == o.Key(); }
  bool operator!=(const Date& o) const { return !(*this == o); }
  bool operator<(const Date& o) const { return Key() < o.Key(); }
  bool operator<=(const Date& o) const { return !(o < *this); }

  std::tuple<int, int, int> Key() const { return {year, month, day}; }
  std::string Iso() const;  // "2009-11-09"
  int Weekday() const;      // 0 = Monday … 6 = Sunday
  long DaysSinceEpoch() const;
  Date AddDays(long days) const;
  static Date FromDaysSinceEpoch(long days);
};

int DaysInMonth(int year, int month);
bool IsLeapYear(int year);

// A local wall-clock moment: a date and, unless the event is all-day, minutes
// after midnight.
struct LocalTime {
  Date date;
  int minutes = -1;  // -1: no time of day (an all-day date)

  bool has_time() const { return minutes >= 0; }
  int hour() const { return minutes / 60; }
  int minute() const { return minutes % 60; }
  bool operator<(const LocalTime& o) const {
    return std::make_tuple(date.Key(), minutes) <
           std::make_tuple(o.date.Key(), o.minutes);
  }
  bool operator==(const LocalTime& o) const {
    return date == o.date && minutes == o.minutes;
  }
  // "2009-11-09T18:00", or "2009-11-09" without a time of day.
  std::string Iso() const;
  // "2009-11-09 18:00", as error messages show it.
  std::string Readable() const;
};

// Parses "18:00" or "9:30" into minutes after midnight; false when text is
// not a time of day ("25:00", "18h").
bool ParseClock(const std::string& text, int* minutes);

}  // namespace affiche

#endif  // AFFICHE_MODEL_DATE_H_
