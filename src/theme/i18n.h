// A theme's words for one language: labels, day and month names, and the
// patterns dates and times are written with (themes/<name>/i18n/<lang>.yaml).
#ifndef AFFICHE_THEME_I18N_H_
#define AFFICHE_THEME_I18N_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace affiche {

struct I18n {
  std::vector<std::string> days, short_days;      // 7 names, Monday first
  std::vector<std::string> months, short_months;  // 12 names, January first
  // Date and time patterns with {placeholders}; see dates.h for the keys.
  std::map<std::string, std::string> formats;
  std::map<std::string, std::string> labels;
};

// The format keys every i18n file must define (see dates.h).
inline constexpr const char* kRequiredFormats[] = {
    "date_long",        "date_medium",    "date_short", "time",
    "time_on_the_hour", "time_range",     "date_time",  "date_at_time",
    "days_same_month",  "days_same_year", "range"};

// Parses the YAML text of an i18n file shown as `path`. Reports YAML errors and
// missing or malformed keys at path:line:col and returns false.
bool ParseI18n(const std::string& text, const std::string& path, I18n* out,
               Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_THEME_I18N_H_
