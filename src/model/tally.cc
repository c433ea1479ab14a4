#include "model/tally.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace affiche {

void TallyCounts::Add(const Event& event) {
  ++events;
  if (event.status == Status::kCancelled) {
    ++cancelled;
    return;
  }
  ++held;
  if (event.attendance) {
    ++reported;
    participants += *event.attendance;
  } else {
    ++unreported;
  }
}

double TallyCounts::Average() const {
  return reported == 0 ? 0.0 : static_cast<double>(participants) / reported;
}

std::optional<int> GrowthPercent(int64_t before, int64_t after) {
  if (before == 0) return std::nullopt;
  double percent =
      100.0 * static_cast<double>(after - before) / static_cast<double>(before);
  return static_cast<int>(std::round(percent));
}

int IsoWeek(const Date& date) {
  // The week belongs to the year of its Thursday.
  Date thursday = date.AddDays(3 - date.Weekday());
  long day_of_year =
      thursday.DaysSinceEpoch() - Date{thursday.year, 1, 1}.DaysSinceEpoch();
  return static_cast<int>(day_of_year / 7 + 1);
}

namespace {

Date MondayOf(const Date& date) { return date.AddDays(-date.Weekday()); }

// Groups of an index (Programme::by_department() or by_category()) that have
// events: the ids of `order` first, then the others.
std::vector<TallyGroup> Groups(
    const std::map<std::string, std::vector<const Event*>>& index,
    const LabelList& order) {
  std::vector<TallyGroup> groups;
  std::set<std::string> seen;
  auto add = [&](const std::string& id) {
    auto it = index.find(id);
    if (it == index.end() || it->second.empty() || !seen.insert(id).second) return;
    TallyGroup group{id, LabelOf(order, id), {}};
    for (const Event* e : it->second) group.counts.Add(*e);
    groups.push_back(std::move(group));
  };
  for (const auto& [id, label] : order) add(id);
  for (const auto& [id, events] : index) add(id);
  return groups;
}

std::vector<TallyWeek> Weeks(const Programme& programme) {
  const Edition& edition = programme.site().edition;
  const std::vector<const Event*>& events = programme.events();
  std::optional<Date> first = edition.start, last = edition.end;
  if (!events.empty()) {
    // events() is sorted by start.
    Date first_event = events.front()->start.date, last_event = events.back()->start.date;
    if (!first || first_event < *first) first = first_event;
    if (!last || *last < last_event) last = last_event;
  }
  if (!first || !last) {
    first = first ? first : last;
    last = first;
  }
  std::vector<TallyWeek> weeks;
  if (!first) return weeks;
  // An event years away (a mistyped year, which `check` warns about) does
  // not stretch the chart: at most a year around the edition, and
  // kMaxTallyWeeks in all.
  if (edition.start && *first < edition.start->AddDays(-366))
    first = edition.start->AddDays(-366);
  if (edition.end && edition.end->AddDays(366) < *last) last = edition.end->AddDays(366);
  if (first->AddDays(7 * kMaxTallyWeeks - 1) < *last)
    last = first->AddDays(7 * kMaxTallyWeeks - 1);
  for (Date monday = MondayOf(*first); monday <= *last; monday = monday.AddDays(7))
    weeks.push_back({monday, IsoWeek(monday), {}});
  for (const Event* e : events) {
    long index = (MondayOf(e->start.date).DaysSinceEpoch() -
                  weeks.front().monday.DaysSinceEpoch()) /
                 7;
    if (MondayOf(e->start.date) < weeks.front().monday ||
        index >= static_cast<long>(weeks.size()))
      continue;
    weeks[static_cast<size_t>(index)].counts.Add(*e);
  }
  return weeks;
}

std::vector<TallyEdition> Editions(const SiteConfig& site, const TallyCounts& total) {
  std::vector<TallyEdition> editions;
  for (const PastEdition& past : site.history)
    if (site.edition.year == 0 || past.year != site.edition.year)
      editions.push_back({past.year, past.edition, past.events, past.participants, false,
                          std::nullopt, std::nullopt});
  editions.push_back({site.edition.year, site.edition.number, total.events,
                      total.participants, true, std::nullopt, std::nullopt});
  // By year; an edition without a year (site.yaml has no `edition`) comes last.
  auto key = [](const TallyEdition& e) {
    return std::make_tuple(e.year == 0 ? INT_MAX : e.year, e.number);
  };
  std::stable_sort(
      editions.begin(), editions.end(),
      [&key](const TallyEdition& a, const TallyEdition& b) { return key(a) < key(b); });
  for (size_t i = 1; i < editions.size(); ++i) {
    editions[i].events_growth = GrowthPercent(editions[i - 1].events, editions[i].events);
    editions[i].participants_growth =
        GrowthPercent(editions[i - 1].participants, editions[i].participants);
  }
  return editions;
}

}  // namespace

Tally ComputeTally(const Programme& programme) {
  Tally tally;
  for (const Event* e : programme.events()) {
    tally.total.Add(*e);
    if (programme.DepartmentOf(*e).empty()) tally.without_department.Add(*e);
    if (e->status == Status::kCancelled) {
      tally.cancelled.push_back(e);
      continue;
    }
    if (!e->attendance) {
      tally.unreported.push_back(e);
      continue;
    }
    tally.largest.push_back(e);
    if (e->registered) {
      tally.registrations.push_back({e, *e->registered, *e->attendance});
      tally.registered_sum += *e->registered;
      tally.registered_attendance_sum += *e->attendance;
    }
  }
  std::sort(tally.largest.begin(), tally.largest.end(),
            [](const Event* a, const Event* b) {
              if (*a->attendance != *b->attendance)
                return *a->attendance > *b->attendance;
              return std::tie(a->title, a->slug) < std::tie(b->title, b->slug);
            });
  tally.by_department = Groups(programme.by_department(), programme.site().departments);
  tally.by_category = Groups(programme.by_category(), programme.site().categories);
  tally.by_week = Weeks(programme);
  tally.editions = Editions(programme.site(), tally.total);
  return tally;
}

bool TallyLinked(const Programme& programme) {
  for (const Event* e : programme.events())
    if (e->attendance) return true;
  return false;
}

}  // namespace affiche
