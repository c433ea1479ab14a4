// Rebuilder: the builds of `affiche serve`, incremental. It keeps what it
// loaded and rendered; told which files changed, it reads only those again
// (LoadMemo), checks the whole site again, works out from the page plan which
// jobs the change touched (site/dirty_jobs.h), renders only those, and makes
// the new site from the last one with them swapped in. A change of site.yaml,
// of the theme or of the site-wide facts renders everything. It keeps the
// last build that succeeded for serving while the source has errors.
#ifndef AFFICHE_SERVE_REBUILD_H_
#define AFFICHE_SERVE_REBUILD_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/output_set.h"
#include "load/load_memo.h"
#include "render/ics/ics.h"
#include "serve/site_state.h"
#include "site/build.h"

namespace affiche {

struct RebuildResult {
  bool ok = false;
  // This build's site when ok, else the last good one (null before the first).
  std::shared_ptr<const SharedFiles> site;
  // Files added, removed or whose bytes differ, against the last good build.
  int changed_files = 0;
  // Jobs of the plan rendered, of how many; everything: all were.
  int rendered_jobs = 0;
  int planned_jobs = 0;
  bool everything = false;
  BuildStats stats;  // when ok
  int error_count = 0;
  int warning_count = 0;
  std::string errors;       // the errors alone, as `affiche check` prints them
  std::string diagnostics;  // errors and warnings, as `affiche check` prints them
};

class Rebuilder {
 public:
  Rebuilder(const FileSystem& fs, BuildOptions options);
  ~Rebuilder();
  Rebuilder(const Rebuilder&) = delete;
  Rebuilder& operator=(const Rebuilder&) = delete;

  // Builds the source folder again. changed: the paths that changed since the
  // last Build() (files or folders, as the watcher reports them); null or
  // empty means anything may have (the first build, a watcher overflow). Not
  // thread-safe: one build at a time.
  RebuildResult Build(const std::vector<std::string>* changed = nullptr);

 private:
  struct Built;  // a good build: its sources, plan, site-wide facts and files

  // Notes what the load read again, as changes since the last good build.
  void NoteChanges(const std::vector<std::string>* changed);
  RebuildResult Render(std::unique_ptr<CheckedSite> site, RebuildResult result);

  const FileSystem& fs_;
  const BuildOptions options_;
  const std::string content_dir_;  // Normal() of <source>/content
  FeedHistory history_;
  std::string now_utc_;
  LoadMemo memo_;
  std::unique_ptr<Built> last_good_;
  // What changed since the last good build.
  bool all_changed_ = true;
  std::set<std::string> changed_paths_;
};

// The number of paths whose bytes differ between two builds, counting files
// only one of them has.
int CountChangedFiles(const OutputSet& before, const OutputSet& after);
int CountChangedFiles(const SharedFiles& before, const SharedFiles& after);

}  // namespace affiche

#endif  // AFFICHE_SERVE_REBUILD_H_
