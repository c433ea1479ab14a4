#include "render/core/dates.h"

#include <cctype>
#include <utility>
#include <vector>

#include "base/strings.h"

namespace affiche {

namespace {

const std::string& Name(const std::vector<std::string>& names, int index) {
  static const std::string kNone;
  return index >= 0 && index < static_cast<int>(names.size()) ? names[index] : kNone;
}

std::string DayNumber(const Theme& theme, const Date& date) {
  const std::string& first = theme.Format("day_one");
  return date.day == 1 && !first.empty() ? first : std::to_string(date.day);
}

std::string MonthName(const Theme& theme, const Date& date) {
  return Name(theme.i18n.months, date.month - 1);
}

}  // namespace

std::string FormatDate(const Theme& theme, const Date& date, DateStyle style) {
  const char* key = style == DateStyle::kLong     ? "date_long"
                    : style == DateStyle::kMedium ? "date_medium"
                                                  : "date_short";
  return FillIn(theme.Format(key),
                {{"weekday", Name(theme.i18n.days, date.Weekday())},
                 {"short_weekday", Name(theme.i18n.short_days, date.Weekday())},
                 {"day", DayNumber(theme, date)},
                 {"month", MonthName(theme, date)},
                 {"short_month", Name(theme.i18n.short_months, date.month - 1)},
                 {"year", std::to_string(date.year)}});
}

std::string FormatTime(const Theme& theme, int minutes) {
  int hour = minutes / 60, minute = minutes % 60;
  std::string two_digits = (minute < 10 ? "0" : "") + std::to_string(minute);
  return FillIn(theme.Format(minute == 0 ? "time_on_the_hour" : "time"),
                {{"hour", std::to_string(hour)},
                 {"hour12", std::to_string(hour % 12 == 0 ? 12 : hour % 12)},
                 {"minute", two_digits},
                 {"ampm", theme.Format(hour < 12 ? "am" : "pm")}});
}

std::string FormatTimeRange(const Theme& theme, int start_minutes, int end_minutes) {
  return FillIn(theme.Format("time_range"), {{"start", FormatTime(theme, start_minutes)},
                                             {"end", FormatTime(theme, end_minutes)}});
}

std::string FormatDayRange(const Theme& theme, const Date& first, const Date& last) {
  if (first == last) return FormatDate(theme, first);
  if (first.year == last.year) {
    bool same_month = first.month == last.month;
    return FillIn(theme.Format(same_month ? "days_same_month" : "days_same_year"),
                  {{"start_day", DayNumber(theme, first)},
                   {"end_day", DayNumber(theme, last)},
                   {"month", MonthName(theme, last)},
                   {"start_month", MonthName(theme, first)},
                   {"end_month", MonthName(theme, last)},
                   {"year", std::to_string(last.year)}});
  }
  return FillIn(theme.Format("range"),
                {{"start", FormatDate(theme, first, DateStyle::kMedium)},
                 {"end", FormatDate(theme, last, DateStyle::kMedium)}});
}

std::string FormatStart(const Theme& theme, const LocalTime& start, DateStyle style) {
  std::string date = FormatDate(theme, start.date, style);
  if (!start.has_time()) return date;
  return FillIn(theme.Format("date_at_time"),
                {{"date", date}, {"time", FormatTime(theme, start.minutes)}});
}

std::string FormatWhen(const Theme& theme, const Event& event, DateStyle style) {
  const LocalTime& start = event.start;
  if (event.last_day() != start.date) {
    if (event.all_day()) return FormatDayRange(theme, start.date, event.last_day());
    return FillIn(theme.Format("range"),
                  {{"start", FormatStart(theme, start, DateStyle::kMedium)},
                   {"end", FormatStart(theme, *event.end, DateStyle::kMedium)}});
  }
  if (event.all_day()) return FormatDate(theme, start.date, style);
  if (!event.end || !event.end->has_time() || event.end->minutes == start.minutes)
    return FormatStart(theme, start, style);
  return FillIn(theme.Format("date_time"),
                {{"date", FormatDate(theme, start.date, style)},
                 {"time", FormatTimeRange(theme, start.minutes, event.end->minutes)}});
}

std::string FormatWhenOnDay(const Theme& theme, const Event& event) {
  if (event.last_day() != event.start.date)
    return FormatWhen(theme, event, DateStyle::kMedium);
  if (event.all_day()) return theme.Label("all_day");
  if (!event.end || !event.end->has_time() || event.end->minutes == event.start.minutes)
    return FormatTime(theme, event.start.minutes);
  return FormatTimeRange(theme, event.start.minutes, event.end->minutes);
}

std::string FormatClockRange(const Theme& theme, const std::string& start,
                             const std::string& end) {
  int from = -1, to = -1;
  if (!ParseClock(start, &from)) from = -1;
  if (!ParseClock(end, &to)) to = -1;
  std::string start_text = from >= 0 ? FormatTime(theme, from) : start;
  if (end.empty()) return start_text;
  std::string end_text = to >= 0 ? FormatTime(theme, to) : end;
  return FillIn(theme.Format("time_range"), {{"start", start_text}, {"end", end_text}});
}

}  // namespace affiche
