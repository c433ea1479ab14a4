// The tables of the attendance tally, in the site's language, made once for
// both its page (HTML tables, the text alternative of the charts) and its
// terminal table.
#ifndef AFFICHE_RENDER_TALLY_TALLY_TABLES_H_
#define AFFICHE_RENDER_TALLY_TALLY_TABLES_H_

#include <string>
#include <vector>

#include "model/programme.h"
#include "model/tally.h"
#include "theme/theme.h"

namespace affiche {

struct FigureCell {
  std::string text;
  std::string url;  // site-relative link of the page it names, or ""
};

struct FigureTable {
  std::string caption;
  std::vector<std::string> columns;
  std::vector<bool> numeric;  // per column: right-aligned figures
  std::vector<std::vector<FigureCell>> rows;
  std::vector<FigureCell> total;  // a closing row of sums, or empty

  bool empty() const { return rows.empty(); }
};

struct FigureTables {
  FigureTable departments;    // events, participants, not reported (+ total)
  FigureTable categories;     // the same, without total (an event has several)
  FigureTable weeks;          // week, days, events, participants
  FigureTable largest;        // the kLargestShown largest reported events
  FigureTable editions;       // edition, year, events, growth, participants, growth
  FigureTable registrations;  // event, registered, present, rate (+ total)
  FigureTable unreported;     // event, date, organisers, contact: whom to call
  FigureTable cancelled;      // event, date, organisers
};

inline constexpr size_t kLargestShown = 10;

// editions is left empty unless there is an earlier edition to compare with.
FigureTables MakeFigureTables(const Programme& programme, const Tally& tally,
                              const Theme& theme);

}  // namespace affiche

#endif  // AFFICHE_RENDER_TALLY_TALLY_TABLES_H_
