#include "site/tally_report.h"

#include "model/programme.h"
#include "model/tally.h"
#include "render/tally/tally.h"
#include "site/load_and_check.h"

namespace affiche {

bool ParseTallyFormat(const std::string& name, TallyFormat* format) {
  if (name == "table") {
    *format = TallyFormat::kTable;
  } else if (name == "csv") {
    *format = TallyFormat::kCsv;
  } else if (name == "json") {
    *format = TallyFormat::kJson;
  } else {
    return false;
  }
  return true;
}

bool TallyReport(const FileSystem& fs, const BuildOptions& options, TallyFormat format,
                 std::string* text, Diagnostics* diags) {
  // The table speaks the theme's language: the theme is loaded and checked too.
  CheckedSite site;
  if (!LoadAndCheck(fs, options, &site, diags)) return false;
  Programme programme(site.content);
  switch (format) {
    case TallyFormat::kTable:
      *text = TallyTable(programme, ComputeTally(programme), *site.theme);
      break;
    case TallyFormat::kCsv:
      *text = TallyCsv(programme);
      break;
    case TallyFormat::kJson:
      *text = TallyJson(ComputeTally(programme));
      break;
  }
  return true;
}

}  // namespace affiche
