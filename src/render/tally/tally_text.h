// The words of the attendance tally in the site's language, shared by its page
// and its terminal table: counts worded as the organisers' report words them
// ("40 manifestations", "1 manifestation annulée"), growth ("+29 %"), weeks.
#ifndef AFFICHE_RENDER_TALLY_TALLY_TEXT_H_
#define AFFICHE_RENDER_TALLY_TALLY_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/tally.h"
#include "theme/theme.h"

namespace affiche {

// A figure worded around its number: "", "40", " manifestations".
struct TallyFigure {
  std::string before, number, after;
  std::string Text() const { return before + number + after; }
};

// The label `key` + "_zero", "_one" or "_other" (by n) with {n} worded around
// n: CountFigure(theme, "tally_events", 40) is "40 manifestations".
TallyFigure CountFigure(const Theme& theme, const std::string& key, int64_t n);

// "+29 %", "−5 %", "0 %" (label tally_percent).
std::string GrowthText(const Theme& theme, int percent);

// The headline figures, in the report's order: events, participants, held,
// reported, not reported, cancelled, the average per reported event, and the
// growth of events and participants since the edition before (when known).
std::vector<TallyFigure> HeadlineFigures(const Tally& tally, const Theme& theme);

// "3e édition" ("" for number 0: site.yaml gives no edition).
std::string EditionName(const Theme& theme, int number);

// "Semaine 46" and "du 9 au 15 novembre 2009".
std::string WeekName(const Theme& theme, const TallyWeek& week);
std::string WeekDays(const Theme& theme, const TallyWeek& week);

// "78 %": present / registered, rounded; "–" when nobody registered.
std::string RateText(const Theme& theme, int64_t present, int64_t registered);

// The organisers' names of an event, joined with ", ".
std::string OrganiserNames(const Programme& programme, const Event& event);

// How to reach an event's organisers: its `contact` and `email`, joined with
// " · "; else its organisers' emails; else "".
std::string ContactText(const Programme& programme, const Event& event);

}  // namespace affiche

#endif  // AFFICHE_RENDER_TALLY_TALLY_TEXT_H_
