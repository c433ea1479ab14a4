#include "site/build.h"

#include <algorithm>
#include <ctime>
#include <filesystem>

#include "model/programme.h"
#include "render/html.h"
#include "render/ics.h"
#include "render/posters.h"
#include "render/tally.h"
#include "render/templates.h"
#include "render/theme.h"
#include "validate/validate.h"

namespace affiche {
namespace {

// What the previous build published: the memory of the feeds' SEQUENCEs.
FeedHistory PreviousFeed(const FileSystem& fs, const std::string& path) {
  std::string text, error;
  if (path.empty() || !fs.IsFile(path) || !fs.ReadFile(path, &text, &error)) return {};
  return ReadFeedHistory(text);
}

std::string NowUtc(const BuildOptions& options) {
  return options.now_utc.empty() ? IcsTimestamp(std::time(nullptr)) : options.now_utc;
}

}  // namespace

DiskFileSystem SourceFileSystem(const BuildOptions& options) {
  return DiskFileSystem({options.source_dir, InstalledThemesDir()},
                        {options.previous_feed});
}

std::string OutputFolderProblem(const std::string& source_dir,
                                const std::string& out_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(out_dir, ec), ec);
  for (const char* folder : {"content", "themes"}) {
    fs::path inside =
        fs::weakly_canonical(fs::absolute(JoinPath(source_dir, folder), ec), ec);
    auto [end, unused] =
        std::mismatch(inside.begin(), inside.end(), out.begin(), out.end());
    if (end == inside.end())
      return "--out " + out_dir + " is inside " + JoinPath(source_dir, folder) +
             "/: each build would publish the one before; choose a folder outside it";
  }
  return "";
}

bool BuildSite(const FileSystem& fs, const BuildOptions& options, OutputSet* out,
               Diagnostics* diags, BuildStats* stats) {
  Content content;
  bool site_ok = LoadContent(fs, options.source_dir, options.load, &content, diags);
  ValidateContent(content, site_ok, diags);
  // The theme needs site.yaml (its name and language); its errors join the others.
  Theme theme;
  if (site_ok) LoadTheme(fs, options.source_dir, content.site, &theme, diags);
  if (!diags->has_errors()) ResolveLocalTimes(&content, diags);
  AddDiagnosedSources(fs, diags);  // so that every problem quotes its line
  if (diags->has_errors()) return false;

  Programme programme(content);
  try {
    RenderHtml(programme, theme, out);
    RenderPosters(programme, theme, out);
    RenderTally(programme, theme, out);
  } catch (const TemplateTooBig& e) {
    diags->Error(theme.dir, {}, e.what(),
                 "a section of the theme repeats more than the programme needs");
    return false;
  }
  RenderIcs(programme, theme, PreviousFeed(fs, options.previous_feed), NowUtc(options), out);
  if (stats) *stats = {static_cast<int>(content.events.size()),
                       static_cast<int>(content.pages.size())};
  return true;
}

}  // namespace affiche
