#include "site/build.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <utility>

#include "load/theme_loader.h"
#include "render/html/embed.h"
#include "render/html/html.h"
#include "render/posters/posters.h"
#include "render/posters/share_image.h"
#include "render/press/press.h"
#include "render/tally/tally.h"
#include "render/views/page_driver.h"
#include "theme/templates.h"

namespace affiche {

// Every output of the site. A new output is a producer in its room and one
// line here.
SitePlan::SitePlan(const CheckedSite& site, FeedHistory previous, std::string now_utc,
                   bool search_index)
    : programme_(site.content),
      vm_(programme_, *site.theme),
      calendar_(programme_, *site.theme, std::move(previous), now_utc),
      pieces_(programme_) {
  const Theme& theme = *site.theme;
  PlanRobots(programme_, &plan_);  // before the static files: the content's wins
  PlanStaticFiles(programme_, theme, &plan_);
  // "Today" on the programme is the day of the build's clock where the site is.
  std::vector<std::string> pages =
      PlanProgrammePages(vm_, LocalDateOf(programme_.site().timezone, now_utc), &plan_);
  PlanEventPages(vm_, &plan_);
  PlanEmbedPages(vm_, &plan_);
  PlanSearchPage(vm_, search_index, &plan_);
  PlanSitemap(vm_, calendar_, pages, &plan_);
  PlanAtomFeed(programme_, theme, calendar_, &pieces_, &plan_);
  PlanEventsJson(programme_, &pieces_, &plan_);
  PlanPosters(vm_, &plan_);
  PlanSharePages(vm_, &plan_);
  PlanPress(vm_, &plan_);
  PlanTally(vm_, &plan_);
  PlanIcs(calendar_, &plan_);
}

std::vector<std::string> SitePlan::Render(const std::vector<size_t>& jobs) const {
  return RenderJobs(plan_, jobs, vm_);
}

void SitePlan::Render(
    const std::vector<size_t>& jobs,
    const std::function<void(size_t i, std::string output)>& done) const {
  RenderJobs(plan_, jobs, vm_, done);
}

void SitePlan::KeepFrom(const SitePlan& before, const std::set<std::string>& changed) {
  vm_.KeepFrom(before.vm_, changed);
  calendar_.KeepFrom(before.calendar_, changed);
  pieces_.KeepFrom(before.pieces_, changed);
}

std::string PreviousFeedText(const FileSystem& fs, const BuildOptions& options) {
  const std::string& path = options.previous_feed;
  std::string text, error;
  if (path.empty() || !fs.IsFile(path) || !fs.ReadFile(path, &text, &error)) return "";
  return text;
}

FeedHistory PreviousFeed(const FileSystem& fs, const BuildOptions& options) {
  return ReadFeedHistory(PreviousFeedText(fs, options));
}

std::string NowUtc(const BuildOptions& options) {
  return options.now_utc.empty() ? IcsTimestamp(std::time(nullptr)) : options.now_utc;
}

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

void ReportTemplateTooBig(const Theme& theme, const TemplateTooBig& e,
                          Diagnostics* diags) {
  diags->Error(JoinPath(theme.dir, "layouts/" + e.layout + ".mustache"), {}, e.what(),
               "a list section inside another one (or in a partial it includes) "
               "multiplies the page; no page of a programme needs that much");
}

bool BuildSite(const FileSystem& fs, const BuildOptions& options, OutputSet* out,
               Diagnostics* diags, BuildStats* stats) {
  CheckedSite site;
  if (!LoadAndCheck(fs, options, &site, diags)) return false;
  SitePlan plan(site, PreviousFeed(fs, options), NowUtc(options), options.search_index);
  std::vector<size_t> all = AllJobs(plan.plan());
  // Each output goes out as it is made: a build to disk never holds them all.
  try {
    plan.Render(all, [&](size_t i, std::string output) {
      out->Add(plan.plan().jobs()[all[i]].path, std::move(output));
    });
  } catch (const TemplateTooBig& e) {
    ReportTemplateTooBig(*site.theme, e, diags);
    return false;
  }
  if (stats)
    *stats = {static_cast<int>(site.content.events.size()),
              static_cast<int>(site.content.pages.size()),
              PrintJobs(plan.programme(), plan.plan())};
  return true;
}

}  // namespace affiche
