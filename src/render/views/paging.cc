#include "render/views/paging.h"

#include <algorithm>
#include <functional>
#include <set>

namespace affiche {

namespace {

constexpr long kLongestRepeatedDays = 7;

// The ISO 8601 week of date: weeks start on Monday and belong to the year
// of their Thursday.
int IsoWeek(const Date& date) {
  Date thursday = date.AddDays(3 - date.Weekday());
  Date new_year{thursday.year, 1, 1};
  return static_cast<int>((thursday.DaysSinceEpoch() - new_year.DaysSinceEpoch()) / 7) +
         1;
}

std::string MonthKey(const Date& date) { return date.Iso().substr(0, 7); }

std::string WeekKey(const Date& date) {
  int week = IsoWeek(date);  // 1..53
  return MonthKey(date) + (week < 10 ? "-w0" : "-w") + std::to_string(week);
}

// Cuts [begin, end) into runs of equal key(date); a run that fits is a page,
// a longer one goes to finer (or, at the last level, into parts).
using KeyOf = std::function<std::string(const Date&)>;

void Split(const std::vector<ProgrammeEntry>& entries, size_t begin, size_t end,
           size_t per_page, const std::vector<KeyOf>& levels, size_t level,
           std::vector<ProgrammePageRange>* pages) {
  if (level == levels.size()) {  // one day, too long alone: parts of per_page
    std::string key = entries[begin].date.Iso();
    for (size_t at = begin, part = 1; at < end; at += per_page, ++part)
      pages->push_back({part == 1 ? key : key + "-" + std::to_string(part), at,
                        std::min(end, at + per_page)});
    return;
  }
  for (size_t run = begin; run < end;) {
    std::string key = levels[level](entries[run].date);
    size_t run_end = run;
    while (run_end < end && levels[level](entries[run_end].date) == key) ++run_end;
    if (run_end - run <= per_page)
      pages->push_back({key, run, run_end});
    else
      Split(entries, run, run_end, per_page, levels, level + 1, pages);
    run = run_end;
  }
}

}  // namespace

bool IsLongRunning(const Event& event) {
  return event.last_day().DaysSinceEpoch() - event.start.date.DaysSinceEpoch() + 1 >
         kLongestRepeatedDays;
}

std::vector<ProgrammeEntry> ProgrammeEntries(const std::vector<const Event*>& events) {
  std::vector<ProgrammeEntry> entries;
  entries.reserve(events.size());
  for (const Event* event : events) {
    if (IsLongRunning(*event)) {
      entries.push_back({event->start.date, event, true});
      continue;
    }
    for (Date d = event->start.date; d <= event->last_day(); d = d.AddDays(1))
      entries.push_back({d, event, false});
  }
  // Events are sorted by start, so a stable sort by day puts those that
  // started earlier first on a day.
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return a.date < b.date || (a.date == b.date && a.ongoing && !b.ongoing);
  });
  return entries;
}

std::vector<ProgrammePageRange> SplitProgramme(const std::vector<ProgrammeEntry>& entries,
                                               size_t per_page) {
  std::vector<ProgrammePageRange> pages;
  if (entries.size() <= per_page) return pages;
  const std::vector<KeyOf> levels = {MonthKey, WeekKey,
                                     [](const Date& d) { return d.Iso(); }};
  Split(entries, 0, entries.size(), std::max<size_t>(per_page, 1), levels, 0, &pages);
  return pages;
}

size_t Paging::EventCount(size_t i) const {
  std::set<const Event*> events;
  for (size_t at = pages[i].begin; at < pages[i].end; ++at)
    events.insert(entries[at].event);
  return events.size();
}

std::vector<std::string> Paging::Slugs(size_t i) const {
  std::vector<std::string> slugs;
  for (size_t at = pages[i].begin; at < pages[i].end; ++at)
    slugs.push_back(entries[at].event->slug);
  return slugs;
}

std::string Paging::Shape() const {
  std::string shape;
  for (size_t i = 0; i < pages.size(); ++i)
    shape += pages[i].key + ' ' + std::to_string(EventCount(i)) + ' ' +
             entries[pages[i].begin].date.Iso() + ' ' +
             entries[pages[i].end - 1].date.Iso() + '\n';
  for (const auto& [date, page] : days)
    shape += date.Iso() + ' ' + std::to_string(page) + '\n';
  return shape;
}

Paging MakePaging(const std::vector<const Event*>& events, size_t per_page) {
  Paging paging;
  paging.entries = ProgrammeEntries(events);
  paging.pages = SplitProgramme(paging.entries, per_page);
  size_t page = 0;
  for (size_t at = 0; at < paging.entries.size(); ++at) {
    const ProgrammeEntry& entry = paging.entries[at];
    while (paging.split() && at >= paging.pages[page].end) ++page;
    if (!entry.ongoing && (paging.days.empty() || paging.days.back().first != entry.date))
      paging.days.push_back({entry.date, page});
  }
  return paging;
}

}  // namespace affiche
