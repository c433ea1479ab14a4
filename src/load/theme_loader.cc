#include "load/theme_loader.h"

#include <cstdlib>
#include <filesystem>
#include <set>

#include "base/spelling.h"
#include "base/strings.h"
#include "load/loader.h"
#include "theme/templates.h"

namespace affiche {

std::string InstalledThemesDir() {
  const char* env = std::getenv("AFFICHE_THEMES_DIR");
  if (env && *env) return env;
  static const std::string kDir = [] {
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    std::filesystem::path installed = exe.parent_path() / "../share/affiche/themes";
    if (!ec && std::filesystem::is_directory(installed, ec))
      return installed.lexically_normal().string();
    return std::string(AFFICHE_DEFAULT_THEMES_DIR);
  }();
  return kDir;
}

namespace {

constexpr char kTemplateSuffix[] = ".mustache";

// The folders themes are looked for in, most specific first.
std::vector<std::string> ThemeRoots(const std::string& source_dir) {
  return {JoinPath(source_dir, "themes"), InstalledThemesDir()};
}

bool IsThemeName(const std::string& name) {
  return !name.empty() && name != "." && name != ".." &&
         name.find('/') == std::string::npos;
}

// Finds theme `name`; reports an unknown one at site.yaml's `theme` key.
bool LocateTheme(const FileSystem& fs, const std::string& source_dir,
                 const SiteConfig& site, std::string* dir, Diagnostics* diags) {
  std::set<std::string> known;
  for (const std::string& root : ThemeRoots(source_dir)) {
    std::string candidate = JoinPath(root, site.theme);
    if (IsThemeName(site.theme) && fs.IsDirectory(candidate)) {
      *dir = candidate;
      return true;
    }
    for (const std::string& name : fs.ListDirectories(root)) known.insert(name);
  }
  std::vector<std::string> names(known.begin(), known.end());
  std::string hint = DidYouMean(site.theme, names);
  if (hint.empty()) {
    std::string list;
    for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
    hint = "themes available: " + (list.empty() ? "none" : list);
  }
  auto pos = site.positions.find("theme");
  diags->Error(site.source, pos == site.positions.end() ? SourcePos{} : pos->second,
               "unknown theme '" + site.theme + "'", hint);
  return false;
}

// Reads every <name>.mustache of folder.
bool ReadTemplates(const FileSystem& fs, const std::string& folder,
                   std::vector<TemplateFile>* out, Diagnostics* diags) {
  const std::string suffix = kTemplateSuffix;
  bool ok = true;
  for (const std::string& file : fs.ListFiles(folder)) {
    if (file.size() <= suffix.size() || !EndsWith(file, suffix)) continue;
    TemplateFile t{file.substr(0, file.size() - suffix.size()), JoinPath(folder, file),
                   ""};
    std::string error;
    if (!fs.ReadFile(t.path, &t.text, &error)) {
      diags->Error(t.path, {}, "cannot read the template: " + error);
      ok = false;
      continue;
    }
    out->push_back(std::move(t));
  }
  return ok;
}

bool LoadLayouts(const FileSystem& fs, Theme* theme, Diagnostics* diags) {
  std::vector<TemplateFile> layouts, partials;
  std::string layouts_dir = JoinPath(theme->dir, "layouts");
  bool ok = ReadTemplates(fs, layouts_dir, &layouts, diags);
  ok &= ReadTemplates(fs, JoinPath(theme->dir, "partials"), &partials, diags);
  for (const char* name : kHtmlLayouts) {
    bool found = false;
    for (const TemplateFile& t : layouts) found |= t.name == name;
    if (!found) {
      diags->Error(JoinPath(layouts_dir, std::string(name) + kTemplateSuffix), {},
                   "theme '" + theme->name + "' has no layout '" + name + "'",
                   "copy it from the default theme");
      ok = false;
    }
  }
  for (const TemplateFile& p : partials) theme->partials[p.name] = p.text;
  return CompileLayouts(layouts, partials, &theme->layouts, diags) && ok;
}

bool LoadLabels(const FileSystem& fs, const SiteConfig& site, Theme* theme,
                Diagnostics* diags) {
  std::string i18n_dir = JoinPath(theme->dir, "i18n");
  std::string path = JoinPath(i18n_dir, site.language + ".yaml");
  std::string text, error;
  if (!fs.IsFile(path)) {
    std::string languages;
    for (const std::string& file : fs.ListFiles(i18n_dir)) {
      if (file.size() > 5 && EndsWith(file, ".yaml"))
        languages += (languages.empty() ? "" : ", ") + file.substr(0, file.size() - 5);
    }
    auto pos = site.positions.find("language");
    diags->Error(site.source, pos == site.positions.end() ? SourcePos{} : pos->second,
                 "theme '" + theme->name + "' has no labels for language '" +
                     site.language + "' (no " + path + ")",
                 "languages available: " + (languages.empty() ? "none" : languages));
    return false;
  }
  if (!fs.ReadFile(path, &text, &error)) {
    diags->Error(path, {}, "cannot read the file: " + error);
    return false;
  }
  return ParseI18n(text, path, &theme->i18n, diags);
}

}  // namespace

bool LoadTheme(const FileSystem& fs, const std::string& source_dir,
               const SiteConfig& site, Theme* theme, Diagnostics* diags) {
  theme->name = site.theme;
  theme->language = site.language;
  if (!LocateTheme(fs, source_dir, site, &theme->dir, diags)) return false;
  bool ok = LoadLayouts(fs, theme, diags);
  ok &= LoadLabels(fs, site, theme, diags);
  int errors = diags->error_count();
  LoadStaticFiles(fs, JoinPath(theme->dir, "static"), &theme->static_files, diags);
  return ok && diags->error_count() == errors;
}

}  // namespace affiche
