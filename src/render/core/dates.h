// Natural dates and times in the site's language ("lundi 9 novembre 2009",
// "18 h – 20 h", "du 20 au 22 novembre 2009"), written with the patterns and
// names of the theme's i18n file. Plain text, no HTML: posters, feeds and the
// tally use them too. French patterns put no-break spaces (U+00A0) where French
// typography wants them ("18 h", "9 novembre").
//
// Pattern keys (i18n `formats:`) and their placeholders:
//   date_long "{weekday} {day} {month} {year}", date_medium, date_short
//     ({short_weekday}, {short_month}); time "{hour} h {minute}" and
//   time_on_the_hour ({hour}, {hour12}, {minute}, {ampm} from formats am/pm);
//   time_range "{start} – {end}"; date_time "{date}, {time}"; date_at_time
//   "{date} à {time}"; days_same_month "du {start_day} au {end_day} {month} {year}";
//   days_same_year (+ {start_month}, {end_month}); range "du {start} au {end}";
//   optional day_one ("1er"), written for the first day of a month.
#ifndef AFFICHE_RENDER_CORE_DATES_H_
#define AFFICHE_RENDER_CORE_DATES_H_

#include <string>

#include "model/content.h"
#include "model/date.h"
#include "theme/theme.h"

namespace affiche {

enum class DateStyle {
  kLong,    // "lundi 9 novembre 2009"
  kMedium,  // "9 novembre 2009"
  kShort,   // "lun. 9 nov."
};

std::string FormatDate(const Theme& theme, const Date& date,
                       DateStyle style = DateStyle::kLong);

// "18 h", "18 h 30" (en: "6 pm", "6:30 pm"); minutes after midnight.
std::string FormatTime(const Theme& theme, int minutes);

// "18 h – 20 h".
std::string FormatTimeRange(const Theme& theme, int start_minutes, int end_minutes);

// The days from first to last, inclusive: "du 20 au 22 novembre 2009",
// "du 30 novembre au 2 décembre 2009", "du 28 décembre 2009 au 3 janvier 2010";
// one day alone is FormatDate(kLong).
std::string FormatDayRange(const Theme& theme, const Date& first, const Date& last);

// "lundi 9 novembre 2009 à 18 h"; just the date for an all-day time.
std::string FormatStart(const Theme& theme, const LocalTime& start,
                        DateStyle style = DateStyle::kLong);

// When an event takes place, in full: "lundi 9 novembre 2009, 18 h – 20 h",
// "lundi 9 novembre 2009 à 18 h" (no end), "lundi 9 novembre 2009" (all day),
// "du 20 au 22 novembre 2009" (several days; kMedium dates when timed:
// "du 20 novembre 2009 à 18 h au 22 novembre 2009 à 12 h").
std::string FormatWhen(const Theme& theme, const Event& event,
                       DateStyle style = DateStyle::kLong);

// What the programme shows under the heading of the event's first day:
// "18 h – 20 h", "18 h", the label `all_day` ("Toute la journée"), or the
// range of a multi-day event.
std::string FormatWhenOnDay(const Theme& theme, const Event& event);

// A session's "09:00"–"10:30" as "9 h – 10 h 30" ("9 h" without an end);
// texts that are not times are kept as they are.
std::string FormatClockRange(const Theme& theme, const std::string& start,
                             const std::string& end);

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_DATES_H_
