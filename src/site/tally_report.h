// `affiche tally`: the attendance tally of a source folder as text (a terminal
// table, tally.csv or tally.json), without building the site.
#ifndef AFFICHE_SITE_TALLY_REPORT_H_
#define AFFICHE_SITE_TALLY_REPORT_H_

#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "site/load_and_check.h"

namespace affiche {

enum class TallyFormat { kTable, kCsv, kJson };

// "table", "csv" or "json"; false for anything else.
bool ParseTallyFormat(const std::string& name, TallyFormat* format);

// Loads and checks the content and the theme (LoadAndCheck), then writes
// the tally in `format` to *text: the same bytes as tally/tally.csv and
// tally/tally.json of a build, or the terminal table. Returns false (and
// leaves *text alone) when diags holds an error.
bool TallyReport(const FileSystem& fs, const BuildOptions& options, TallyFormat format,
                 std::string* text, Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_SITE_TALLY_REPORT_H_
