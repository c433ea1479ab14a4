#include "site/build.h"

#include "model/programme.h"
#include "render/html.h"
#include "render/theme.h"
#include "validate/validate.h"

namespace affiche {

bool BuildSite(const FileSystem& fs, const BuildOptions& options, OutputSet* out,
               Diagnostics* diags, BuildStats* stats) {
  Content content;
  bool site_ok = LoadContent(fs, options.source_dir, options.load, &content, diags);
  ValidateContent(content, site_ok, diags);
  // The theme needs site.yaml (its name and language); its errors join the others.
  Theme theme;
  if (site_ok) LoadTheme(fs, options.source_dir, content.site, &theme, diags);
  if (diags->has_errors()) return false;

  Programme programme(content);
  RenderHtml(programme, theme, out);
  if (stats) *stats = {static_cast<int>(content.events.size()),
                       static_cast<int>(content.pages.size())};
  return true;
}

}  // namespace affiche
