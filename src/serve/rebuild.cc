#include "serve/rebuild.h"

#include <exception>
#include <new>
#include <set>
#include <utility>

#include "base/diagnostics.h"
#include "base/strings.h"
#include "load/loader.h"
#include "render/core/site_facts.h"
#include "render/views/page_driver.h"
#include "site/dirty_jobs.h"

namespace affiche {
namespace {

// The errors of diags alone, with their quoted lines and hints: the warnings
// would bury them in the overlay (`affiche check` lists those).
std::string FormatErrors(const FileSystem& fs, const Diagnostics& diags) {
  Diagnostics errors;
  for (Diagnostic& d : diags.Sorted())
    if (d.severity == Severity::kError) errors.Add(std::move(d));
  AddDiagnosedSources(fs, &errors);
  return errors.Format();
}

// The slug or id of a content file below folder ("<content>/events/") with
// extension, or "" for any other path.
std::string IdIn(const std::string& path, const std::string& folder,
                 const std::string& extension) {
  if (!StartsWith(path, folder) || !EndsWith(path, extension)) return "";
  std::string name =
      path.substr(folder.size(), path.size() - folder.size() - extension.size());
  return name.find('/') == std::string::npos ? name : "";
}

}  // namespace

struct Rebuilder::Built {
  std::unique_ptr<CheckedSite> site;
  std::unique_ptr<SitePlan> plan;
  SiteFacts facts;
  std::shared_ptr<const SharedFiles> files;
};

Rebuilder::Rebuilder(const FileSystem& fs, BuildOptions options)
    : fs_(fs),
      options_(std::move(options)),
      content_dir_(Normal(JoinPath(options_.source_dir, "content"))),
      history_(PreviousFeed(fs_, options_)),
      now_utc_(NowUtc(options_)) {}

Rebuilder::~Rebuilder() = default;

void Rebuilder::NoteChanges(const std::vector<std::string>* changed) {
  if (memo_.read_all()) all_changed_ = true;
  for (const std::string& path : memo_.reread()) changed_paths_.insert(Normal(path));
  // A theme's file is a site-wide input; so is anything the loader does not
  // read file by file (a folder renamed, say).
  if (changed)
    for (const std::string& path : *changed)
      if (!StartsWith(Normal(path), content_dir_ + "/")) all_changed_ = true;
}

RebuildResult Rebuilder::Build(const std::vector<std::string>* changed) {
  if (!changed || changed->empty()) {
    memo_.ChangedAll();
  } else {
    for (const std::string& path : *changed) memo_.Changed(path);
  }
  RebuildResult result;
  auto site = std::make_unique<CheckedSite>();
  Diagnostics diags;
  // Whatever a content file does to a build, the server keeps serving the
  // last good one, with the error over it.
  std::shared_ptr<const Theme> theme;
  try {
    result.ok = LoadAndCheck(fs_, options_, site.get(), &diags, &memo_);
    NoteChanges(changed);
    theme = site->theme;
    if (result.ok) result = Render(std::move(site), std::move(result));
  } catch (const TemplateTooBig& e) {
    ReportTemplateTooBig(*theme, e, &diags);
    result.ok = false;
    memo_.ChangedAll();
  } catch (const std::bad_alloc&) {
    diags.Error(
        options_.source_dir, {}, "the build ran out of memory",
        "a content file or a template may expand beyond bounds; undo the last change");
    result.ok = false;
    memo_.ChangedAll();  // what it kept may be half made
  } catch (const std::exception& e) {
    diags.Error(options_.source_dir, {}, std::string("the build failed: ") + e.what());
    result.ok = false;
    memo_.ChangedAll();
  }
  result.error_count = diags.error_count();
  result.warning_count = diags.warning_count();
  result.diagnostics = diags.Format();
  if (!result.ok) {
    result.errors = FormatErrors(fs_, diags);
    result.site = last_good_ ? last_good_->files : nullptr;
  }
  return result;
}

RebuildResult Rebuilder::Render(std::unique_ptr<CheckedSite> site, RebuildResult result) {
  auto built = std::make_unique<Built>();
  built->plan = std::make_unique<SitePlan>(*site, history_, now_utc_);
  built->facts = SiteFactsOf(built->plan->programme());
  const Plan& plan = built->plan->plan();

  result.everything = all_changed_ || !last_good_ || last_good_->facts != built->facts;
  std::vector<size_t> jobs;
  if (result.everything) {
    jobs = AllJobs(plan);
  } else {
    SourceChanges changes;
    for (const std::string& path : changed_paths_) {
      std::string id = IdIn(path, content_dir_ + "/events/", ".md");
      if (!id.empty()) changes.events.insert(id);
      id = IdIn(path, content_dir_ + "/venues/", ".yaml");
      if (!id.empty()) changes.venues.insert(id);
      id = IdIn(path, content_dir_ + "/organisers/", ".yaml");
      if (!id.empty()) changes.organisers.insert(id);
    }
    const SitePlan& before = *last_good_->plan;
    std::set<std::string> events =
        ChangedEvents(before.programme(), built->plan->programme(), changes);
    jobs = DirtyJobs(before.plan(), before.programme(), plan, built->plan->programme(),
                     changes, events);
    // The feeds' history and time stamp are the same from build to build.
    built->plan->KeepFrom(before, events);
  }
  std::vector<std::string> outputs = built->plan->Render(jobs);

  // The new site: the last one's files still planned, with those rendered now.
  auto files = std::make_shared<SharedFiles>();
  static const SharedFiles kNothing;
  const SharedFiles& before = last_good_ ? *last_good_->files : kNothing;
  if (!result.everything)
    for (const auto& [path, bytes] : before)
      if (plan.Find(path) >= 0) files->emplace_hint(files->end(), path, bytes);
  for (size_t i = 0; i < jobs.size(); ++i) {
    const std::string& path = plan.jobs()[jobs[i]].path;
    auto old = before.find(path);
    if (old != before.end() && *old->second == outputs[i])
      (*files)[path] = old->second;  // the same bytes: the same file, and ETag
    else
      (*files)[path] = std::make_shared<const std::string>(std::move(outputs[i]));
  }
  result.changed_files = CountChangedFiles(before, *files);
  result.rendered_jobs = static_cast<int>(jobs.size());
  result.planned_jobs = static_cast<int>(plan.jobs().size());
  result.stats.events = static_cast<int>(site->content.events.size());
  result.stats.pages = static_cast<int>(site->content.pages.size());
  built->files = std::move(files);
  built->site = std::move(site);
  last_good_ = std::move(built);
  all_changed_ = false;
  changed_paths_.clear();
  result.site = last_good_->files;
  return result;
}

int CountChangedFiles(const SharedFiles& before, const SharedFiles& after) {
  // Both maps are sorted by path: walk them side by side.
  int changed = 0;
  auto a = before.begin(), a_end = before.end();
  auto b = after.begin(), b_end = after.end();
  while (a != a_end || b != b_end) {
    if (b == b_end || (a != a_end && a->first < b->first)) {
      ++changed;  // removed
      ++a;
    } else if (a == a_end || b->first < a->first) {
      ++changed;  // added
      ++b;
    } else {
      changed += a->second != b->second && *a->second != *b->second;
      ++a;
      ++b;
    }
  }
  return changed;
}

int CountChangedFiles(const OutputSet& before, const OutputSet& after) {
  return CountChangedFiles(*ShareFiles(before), *ShareFiles(after));
}

}  // namespace affiche
