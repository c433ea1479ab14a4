// Theme: a site's look as a value, read once per build by LoadTheme
// (load/theme_loader.h): the compiled page layouts, the
// labels and date words of the site's language, and the static files
// (themes/<name>/{layouts,partials,i18n,static}).
#ifndef AFFICHE_THEME_THEME_H_
#define AFFICHE_THEME_THEME_H_

#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "model/content.h"
#include "theme/i18n.h"

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
inline constexpr const char* kHtmlLayouts[] = {
    "index", "event", "list", "page", "listing-index", "404", "subscribe", "search"};

}  // namespace affiche

#endif  // AFFICHE_THEME_THEME_H_
