// Reading a theme from disk: its layouts, partials, labels and static files,
// compiled into a Theme value (theme/theme.h).
#ifndef AFFICHE_LOAD_THEME_LOADER_H_
#define AFFICHE_LOAD_THEME_LOADER_H_

#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "model/content.h"
#include "theme/theme.h"

namespace affiche {

// The themes installed with affiche: $AFFICHE_THEMES_DIR when set, else
// <prefix>/share/affiche/themes beside the running <prefix>/bin/affiche
// (src/CMakeLists.txt installs them there), else, when it runs from its build
// folder, the source tree's themes/.
std::string InstalledThemesDir();

// Loads the theme site.theme from <source_dir>/themes/<name> if that folder
// exists, else from $AFFICHE_THEMES_DIR/<name> if that variable is set, else from
// the themes installed with affiche. Reports every problem (unknown theme,
// template syntax error, unknown partial, missing or broken i18n file) to diags
// at file:line:col and returns false.
bool LoadTheme(const FileSystem& fs, const std::string& source_dir,
               const SiteConfig& site, Theme* theme, Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_LOAD_THEME_LOADER_H_
