#include "render/tally/tally_text.h"

#include <cmath>

#include "base/strings.h"
#include "render/core/dates.h"
#include "render/core/typography.h"

namespace affiche {

namespace {

// The text of label key when the theme has one, else nullptr.
const std::string* FindLabel(const Theme& theme, const std::string& key) {
  auto it = theme.i18n.labels.find(key);
  return it == theme.i18n.labels.end() ? nullptr : &it->second;
}

// pattern worded around {n}, which becomes number.
TallyFigure Around(const std::string& pattern, const std::string& number) {
  size_t at = pattern.find("{n}");
  if (at == std::string::npos) return {pattern, "", ""};
  return {pattern.substr(0, at), number, pattern.substr(at + 3)};
}

}  // namespace

TallyFigure CountFigure(const Theme& theme, const std::string& key, int64_t n) {
  const char* form = n == 0 ? "_zero" : n == 1 ? "_one" : "_other";
  const std::string* pattern = FindLabel(theme, key + form);
  if (!pattern) pattern = FindLabel(theme, key + "_other");
  return Around(pattern ? *pattern : "{n} " + key, FormatCount(theme.language, n));
}

std::string GrowthText(const Theme& theme, int percent) {
  // U+2212 MINUS SIGN: a hyphen is too short next to a plus.
  std::string sign = percent > 0 ? "+" : percent < 0 ? "\u2212" : "";
  return FillIn(theme.Label("tally_percent"),
                {{"n", sign + std::to_string(std::abs(percent))}});
}

std::vector<TallyFigure> HeadlineFigures(const Tally& tally, const Theme& theme) {
  const TallyCounts& total = tally.total;
  std::vector<TallyFigure> figures = {
      CountFigure(theme, "tally_events", total.events),
      CountFigure(theme, "tally_participants", total.participants),
      CountFigure(theme, "tally_held", total.held),
      CountFigure(theme, "tally_reported", total.reported),
      CountFigure(theme, "tally_unreported", total.unreported),
      CountFigure(theme, "tally_cancelled", total.cancelled),
  };
  if (total.reported > 0)
    figures.push_back(CountFigure(theme, "tally_average", std::llround(total.Average())));
  if (tally.editions.size() > 1) {
    const TallyEdition& current = tally.editions.back();
    const TallyEdition& before = tally.editions[tally.editions.size() - 2];
    std::string year = std::to_string(before.year);
    if (current.current && current.events_growth)
      figures.push_back(
          Around(FillIn(theme.Label("tally_events_growth"), {{"year", year}}),
                 GrowthText(theme, *current.events_growth)));
    if (current.current && current.participants_growth)
      figures.push_back(
          Around(FillIn(theme.Label("tally_participants_growth"), {{"year", year}}),
                 GrowthText(theme, *current.participants_growth)));
  }
  return figures;
}

std::string EditionName(const Theme& theme, int number) {
  return number > 0 ? CountFigure(theme, "tally_edition", number).Text() : "";
}

std::string WeekName(const Theme& theme, const TallyWeek& week) {
  return FillIn(theme.Label("tally_week"), {{"n", std::to_string(week.iso_week)}});
}

std::string WeekDays(const Theme& theme, const TallyWeek& week) {
  return FormatDayRange(theme, week.monday, week.monday.AddDays(6));
}

std::string RateText(const Theme& theme, int64_t present, int64_t registered) {
  if (registered <= 0) return "\u2013";
  long percent =
      std::lround(100.0 * static_cast<double>(present) / static_cast<double>(registered));
  return FillIn(theme.Label("tally_percent"), {{"n", std::to_string(percent)}});
}

std::string OrganiserNames(const Programme& programme, const Event& event) {
  std::string names;
  for (const Organiser* o : programme.OrganisersOf(event))
    names += (names.empty() ? "" : ", ") + (o->name.empty() ? o->id : o->name);
  return names;
}

std::string ContactText(const Programme& programme, const Event& event) {
  std::string text = event.contact;
  if (!event.email.empty()) text += (text.empty() ? "" : " · ") + event.email;
  if (!text.empty()) return text;
  for (const Organiser* o : programme.OrganisersOf(event))
    if (!o->email.empty()) text += (text.empty() ? "" : " · ") + o->email;
  return text;
}

}  // namespace affiche
