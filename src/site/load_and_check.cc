#include "site/load_and_check.h"

#include <memory>
#include <utility>

#include "load/theme_loader.h"
#include "render/core/typography.h"
#include "render/ics/ics.h"
#include "validate/validate.h"

namespace affiche {

bool LoadAndCheck(const FileSystem& fs, const BuildOptions& options, CheckedSite* site,
                  Diagnostics* diags, LoadMemo* memo) {
  LoadOptions load = options.load;
  load.typography = Typography;  // the bodies' text as the pages and posters set text
  bool site_ok = LoadContent(fs, options.source_dir, load, &site->content, diags, memo);
  ValidateContent(site->content, site_ok, diags);
  // The theme needs site.yaml (its name and language); its errors join the others.
  if (site_ok) {
    const SiteConfig& config = site->content.site;
    std::string key = config.theme + '\n' + config.language;
    if (memo && memo->theme && memo->theme_diags && !memo->theme_stale() &&
        memo->theme_key == key) {
      site->theme = memo->theme;  // loaded without errors, and unchanged since
      diags->Merge(*memo->theme_diags);
    } else {
      auto theme = std::make_shared<Theme>();
      Diagnostics theme_diags;
      bool ok = LoadTheme(fs, options.source_dir, config, theme.get(), &theme_diags);
      diags->Merge(theme_diags);
      site->theme = std::move(theme);
      if (memo) {
        memo->theme = ok ? site->theme : nullptr;
        memo->theme_diags = std::make_unique<Diagnostics>();
        memo->theme_diags->Merge(theme_diags);
        memo->theme_key = key;
        memo->ThemeLoaded();
      }
    }
  }
  // Times in a clock change read as the feeds read them, in every output.
  if (!diags->has_errors()) ResolveLocalTimes(&site->content, diags);
  AddDiagnosedSources(fs, diags);  // so that every problem quotes its line
  return !diags->has_errors();
}

}  // namespace affiche
