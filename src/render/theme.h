// Theme: a site's look, loaded once per build: the compiled page layouts, the
// labels and date words of the site's language, and the static files
// (themes/<name>/{layouts,partials,i18n,static}).
#ifndef AFFICHE_RENDER_THEME_H_
#define AFFICHE_RENDER_THEME_H_

#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "model/content.h"
#include "render/i18n.h"

namespace affiche {

struct Theme {
  std::string name;
  std::string dir;  // the folder it was read from
  std::string language;
  // Layouts by name ("event" for layouts/event.mustache), compiled once, with
  // the partials they include written in. kainjow's render() is not const:
  // each thread renders with its own copy.
  std::map<std::string, kainjow::mustache::mustache> layouts;
  std::map<std::string, std::string> partials;  // source texts, by name
  I18n i18n;
  std::vector<StaticFile> static_files;  // static/**, copied to the site root

  // The label for key in the site's language, or key itself when the theme has none.
  const std::string& Label(const std::string& key) const;
  // A date or time pattern (see dates.h), "" when missing.
  const std::string& Format(const std::string& key) const;
  // The compiled layout called name, or nullptr.
  const kainjow::mustache::mustache* Layout(const std::string& name) const;
};

// The layouts every theme must have for the HTML site.
inline constexpr const char* kHtmlLayouts[] = {"index", "event",         "list",
                                               "page",  "listing-index", "404", "subscribe"};

// The themes installed with affiche, or $AFFICHE_THEMES_DIR when set.
std::string InstalledThemesDir();

// Loads the theme site.theme from <source_dir>/themes/<name> if that folder
// exists, else from $AFFICHE_THEMES_DIR/<name> if that variable is set, else from
// the themes installed with affiche. Reports every problem (unknown theme,
// template syntax error, unknown partial, missing or broken i18n file) to diags
// at file:line:col and returns false.
bool LoadTheme(const FileSystem& fs, const std::string& source_dir,
               const SiteConfig& site, Theme* theme, Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_RENDER_THEME_H_
