#include "site/tally_report.h"

#include "load/theme_loader.h"
#include "model/programme.h"
#include "model/tally.h"
#include "render/tally/tally.h"
#include "validate/validate.h"

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
  Content content;
  bool site_ok = LoadContent(fs, options.source_dir, options.load, &content, diags);
  ValidateContent(content, site_ok, diags);
  // The table speaks the theme's language.
  Theme theme;
  if (site_ok) LoadTheme(fs, options.source_dir, content.site, &theme, diags);
  if (diags->has_errors()) return false;

  Programme programme(content);
  switch (format) {
    case TallyFormat::kTable:
      *text = TallyTable(programme, ComputeTally(programme), theme);
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
