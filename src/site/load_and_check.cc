#include "site/load_and_check.h"

#include <memory>
#include <utility>

#include "load/theme_loader.h"
#include "render/core/typography.h"
#include "validate/validate.h"

namespace affiche {

bool LoadAndCheck(const FileSystem& fs, const BuildOptions& options, CheckedSite* site,
                  Diagnostics* diags) {
  LoadOptions load = options.load;
  load.typography = Typography;  // the bodies' text as the pages and posters set text
  bool site_ok = LoadContent(fs, options.source_dir, load, &site->content, diags);
  ValidateContent(site->content, site_ok, diags);
  // The theme needs site.yaml (its name and language); its errors join the others.
  if (site_ok) {
    auto theme = std::make_shared<Theme>();
    LoadTheme(fs, options.source_dir, site->content.site, theme.get(), diags);
    site->theme = std::move(theme);
  }
  AddDiagnosedSources(fs, diags);  // so that every problem quotes its line
  return !diags->has_errors();
}

}  // namespace affiche
