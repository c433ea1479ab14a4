// The build pipeline: source folder -> diagnostics and a whole site in memory.
// SitePlan names every output of the site (build.cc lists the producers).
#ifndef AFFICHE_SITE_BUILD_H_
#define AFFICHE_SITE_BUILD_H_

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "base/output_set.h"
#include "model/programme.h"
#include "render/core/plan.h"
#include "render/html/html.h"
#include "render/ics/ics.h"
#include "render/views/view_model.h"
#include "site/load_and_check.h"
#include "site/print_jobs.h"
#include "theme/templates.h"

namespace affiche {

struct BuildStats {
  int events = 0;
  int pages = 0;
  std::vector<PrintJob> print_jobs;  // the pages `affiche posters --pdf` prints
};

// The page plan of one checked site: every output as a job, and what they
// render from. Keeps references into site, which must outlive it.
class SitePlan {
 public:
  // With search_index, the search page loads the Pagefind index that
  // affiche build adds to the built folder.
  SitePlan(const CheckedSite& site, FeedHistory previous, std::string now_utc,
           bool search_index = false);
  SitePlan(const SitePlan&) = delete;
  SitePlan& operator=(const SitePlan&) = delete;

  const Plan& plan() const { return plan_; }
  const Programme& programme() const { return programme_; }
  // What the rendered calendar.ics publishes (CalendarFeeds::Published).
  FeedHistory Published() const { return calendar_.Published(); }
  // The outputs of the jobs at indices `jobs`, in that order, on several threads.
  std::vector<std::string> Render(const std::vector<size_t>& jobs) const;
  // The same, each output handed to done(i, output) as soon as it is made.
  void Render(const std::vector<size_t>& jobs,
              const std::function<void(size_t i, std::string output)>& done) const;
  // Takes what `before` made of the events not in `changed` (slugs): their
  // pieces of the whole-site feeds, list entries and press kit lines. Before
  // rendering, for a plan of the same site-wide facts, feeds' history and
  // time stamp (the preview's next build).
  void KeepFrom(const SitePlan& before, const std::set<std::string>& changed);

 private:
  Programme programme_;
  ViewModel vm_;
  CalendarFeeds calendar_;
  FeedPieces pieces_;
  Plan plan_;
};

// What the previous build published (options.previous_feed, when it exists):
// the memory of the feeds' SEQUENCEs; its text ("" when there is none).
FeedHistory PreviousFeed(const FileSystem& fs, const BuildOptions& options);
std::string PreviousFeedText(const FileSystem& fs, const BuildOptions& options);
// options.now_utc, or the wall clock's time as an iCalendar UTC DATE-TIME.
std::string NowUtc(const BuildOptions& options);

// The disk as builds read it: confined to the source folder and the installed
// themes (nothing outside them is read, whatever the links), except the
// previous feed, which lies in the output folder or was named with --previous.
DiskFileSystem SourceFileSystem(const BuildOptions& options);

// Why out_dir cannot hold the built site, or "" when it can: inside content/
// or themes/ of the source folder, each build would take the last one in.
std::string OutputFolderProblem(const std::string& source_dir,
                                const std::string& out_dir);

// Reports a page that grew past the theme's bound, at the layout that made it.
void ReportTemplateTooBig(const Theme& theme, const TemplateTooBig& e,
                          Diagnostics* diags);

// Loads, checks and renders the site into *out. Every problem of the run is in
// *diags; returns false (and *out is incomplete) when any is an error.
bool BuildSite(const FileSystem& fs, const BuildOptions& options, OutputSet* out,
               Diagnostics* diags, BuildStats* stats = nullptr);

}  // namespace affiche

#endif  // AFFICHE_SITE_BUILD_H_
