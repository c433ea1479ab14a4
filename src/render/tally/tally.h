// The attendance tally (DESIGN.md): tally/index.html, the edition's report as
// a page with charts, and its figures as data, tally/tally.json and
// tally/tally.csv. `affiche tally` prints the same texts, or a terminal table.
#ifndef AFFICHE_RENDER_TALLY_TALLY_H_
#define AFFICHE_RENDER_TALLY_TALLY_H_

#include <string>

#include "base/output_set.h"
#include "model/programme.h"
#include "model/tally.h"
#include "render/core/plan.h"
#include "render/views/view_model.h"
#include "theme/theme.h"

namespace affiche {

// Plans tally/index.html through the theme's `tally` layout (left out when
// the theme has none), tally/tally.json and tally/tally.csv.
void PlanTally(const ViewModel& vm, Plan* plan);
// Renders them into out (for tests of this room).
void RenderTally(const Programme& programme, const Theme& theme, OutputSet* out);

// tally.json: exactly the keys of DESIGN.md, in its order: events, cancelled,
// held, reported, unreported, participants, by_department and by_category
// ({id: {events, participants, unreported}}, in site.yaml's order), largest
// ({slug, attendance}, or null when no event is reported).
std::string TallyJson(const Tally& tally);

// tally.csv: one row per event in programme order under a header row: slug,
// title, date (the first day, ISO), department, categories (ids joined with
// ", "), status, attendance (empty when not reported, and for a cancelled
// event, whose figure the tally does not count), registered. Made for French
// spreadsheets: UTF-8 with a byte-order mark (Excel reads UTF-8 only with
// one), ';' between fields (the list separator of French Excel, where ',' is
// the decimal comma), CRLF line ends; fields holding ';', ',', '"' or a line
// end are quoted and their '"' doubled (RFC 4180).
std::string TallyCsv(const Programme& programme);

// The terminal table: the headline figures, then by department, by category,
// the largest events, the events not reported with whom to call, and the
// cancelled ones; columns aligned by characters (not bytes), numbers right.
std::string TallyTable(const Programme& programme, const Tally& tally,
                       const Theme& theme);

}  // namespace affiche

#endif  // AFFICHE_RENDER_TALLY_TALLY_H_
