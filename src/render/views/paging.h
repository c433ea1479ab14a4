// Splitting a programme (the whole one, or a listing's) into pages a visitor
// can read: above site.yaml's `programme: { per_page: N }` entries, by month;
// a month still above N by week; a week still above N by day; a day still
// above N in parts of N. Each page has a key that names its folder and stays
// the same as long as the page holds the same days: "2009-11", "2009-11-w46"
// (the days of ISO week 46 that are in November), "2009-11-09", "2009-11-09-2".
#ifndef AFFICHE_RENDER_VIEWS_PAGING_H_
#define AFFICHE_RENDER_VIEWS_PAGING_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "model/content.h"
#include "model/date.h"

namespace affiche {

// One line of a programme: an event under one of its days, or a long-running
// event (an exhibition of the month) under its first day, shown apart from
// the days.
struct ProgrammeEntry {
  Date date;
  const Event* event = nullptr;
  bool ongoing = false;
};

// An event over more days than this is listed once, as ongoing, rather than
// under each of its days.
bool IsLongRunning(const Event& event);

// The entries of events (sorted by start), by date; on a date, the ongoing
// ones first; otherwise in the order of events.
std::vector<ProgrammeEntry> ProgrammeEntries(const std::vector<const Event*>& events);

struct ProgrammePageRange {
  std::string key;   // "2009-11", "2009-11-w46", "2009-11-09", "2009-11-09-2"
  size_t begin = 0;  // entries [begin, end)
  size_t end = 0;
};

// The pages of entries (from ProgrammeEntries) at most per_page each (a day
// is cut in parts only when it is longer alone). No page, or one with an
// empty key, when they all fit on one.
std::vector<ProgrammePageRange> SplitProgramme(const std::vector<ProgrammeEntry>& entries,
                                               size_t per_page);

// A programme and its pages, made once when the plan is made.
struct Paging {
  std::vector<ProgrammeEntry> entries;
  std::vector<ProgrammePageRange> pages;  // empty: one page holds everything
  // The days that have events (not only ongoing ones), each with the page
  // that holds its first (0 when not split): the day index of every page.
  std::vector<std::pair<Date, size_t>> days;

  bool split() const { return !pages.empty(); }
  // The number of events page i shows (an event of two days there counts once).
  size_t EventCount(size_t i) const;
  // The slugs of the entries of page i, in order (JobInputs::entries).
  std::vector<std::string> Slugs(size_t i) const;
  // What every page shows of the others: their keys, their counts, their
  // first and last days, and the days of the day index (JobInputs::shape).
  std::string Shape() const;
};

Paging MakePaging(const std::vector<const Event*>& events, size_t per_page);

}  // namespace affiche

#endif  // AFFICHE_RENDER_VIEWS_PAGING_H_
