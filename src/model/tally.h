// Tally: the edition's report in numbers, computed from the programme: how
// many events, how many people came, which events never sent their figure,
// what was cancelled, and how the edition compares with the earlier ones
// (site.yaml `history`). The counts follow DESIGN.md (tally.json):
//   events       every event of the site (drafts are never loaded);
//   cancelled    those with status cancelled;
//   held         events - cancelled (postponed and tentative ones included);
//   reported     held events with an `attendance`;
//   unreported   held events without one;
//   participants the sum of `attendance` over reported events.
// The attendance of a cancelled event is never counted. Pure computation.
#ifndef AFFICHE_MODEL_TALLY_H_
#define AFFICHE_MODEL_TALLY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/programme.h"

namespace affiche {

// The six counts of DESIGN.md, for the whole site or for a part of it.
struct TallyCounts {
  int64_t events = 0;
  int64_t cancelled = 0;
  int64_t held = 0;
  int64_t reported = 0;
  int64_t unreported = 0;
  int64_t participants = 0;

  // Counts one more event.
  void Add(const Event& event);
  // Participants per reported event, 0 when none is reported.
  double Average() const;
};

// A department or a category and its counts.
struct TallyGroup {
  std::string id;
  std::string label;  // from site.yaml, or the id
  TallyCounts counts;
};

// One Monday-to-Sunday week: the held events that start in it.
struct TallyWeek {
  Date monday;
  int iso_week = 0;  // ISO 8601 week number (1..53)
  TallyCounts counts;
};

// A held event for which both the registrations and the attendance are known.
struct TallyRegistration {
  const Event* event = nullptr;
  int64_t registered = 0;
  int64_t attendance = 0;
};

// One edition in the comparison: site.yaml `history`, then this one.
struct TallyEdition {
  int year = 0;
  int number = 0;
  int64_t events = 0;
  int64_t participants = 0;
  bool current = false;  // this edition, counted from the events
  // Change from the edition before, in whole percent (+29 for 31 -> 40);
  // absent for the first edition or when the one before counted 0.
  std::optional<int> events_growth;
  std::optional<int> participants_growth;
};

struct Tally {
  TallyCounts total;
  // Groups that have at least one event: site.yaml's order, then ids that
  // only events use (alphabetically).
  std::vector<TallyGroup> by_department;
  std::vector<TallyGroup> by_category;
  // Events with no department (neither their own nor their venue's).
  TallyCounts without_department;
  // Reported events by attendance, largest first (then by title, then slug).
  std::vector<const Event*> largest;
  // Every week from the one holding the edition's first day (or the first
  // event's, when earlier) to the one holding its last day (or the last
  // event's); empty when there are neither dates nor events. Events count in
  // the week they start in.
  std::vector<TallyWeek> by_week;
  // Registered versus present, in programme order, with their sums.
  std::vector<TallyRegistration> registrations;
  int64_t registered_sum = 0;
  int64_t registered_attendance_sum = 0;
  // Held events still missing their attendance, and cancelled events, in
  // programme order.
  std::vector<const Event*> unreported;
  std::vector<const Event*> cancelled;
  // site.yaml `history` by year, then this edition (which replaces a history
  // entry of the same year).
  std::vector<TallyEdition> editions;
};

Tally ComputeTally(const Programme& programme);

// Whole percent from before to after, rounded half away from zero; nullopt
// when before is 0.
std::optional<int> GrowthPercent(int64_t before, int64_t after);

// The ISO 8601 week number of date (weeks start on Monday; week 1 holds the
// year's first Thursday).
int IsoWeek(const Date& date);

// Whether pages link to the tally: once at least one event has an
// attendance (before the month, the tally would only show zeros).
bool TallyLinked(const Programme& programme);

}  // namespace affiche

#endif  // AFFICHE_MODEL_TALLY_H_
