// The build pipeline: source folder -> diagnostics and a whole site in memory.
#ifndef AFFICHE_SITE_BUILD_H_
#define AFFICHE_SITE_BUILD_H_

#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "base/output_set.h"
#include "load/loader.h"
#include "render/print_jobs.h"

namespace affiche {

struct BuildOptions {
  std::string source_dir = ".";
  LoadOptions load;
  // The calendar.ics a previous build published, if that file exists: the
  // feeds keep its SEQUENCE and LAST-MODIFIED for unchanged events.
  std::string previous_feed;
  // The time stamp of events changed since then ("20091101T120000Z"); empty
  // means the wall clock.
  std::string now_utc;
};

struct BuildStats {
  int events = 0;
  int pages = 0;
  std::vector<PrintJob> print_jobs;  // the pages `affiche posters --pdf` prints
};

// Loads, checks and renders the site into *out. Every problem of the run is in
// *diags; returns false (and *out is incomplete) when any is an error.
bool BuildSite(const FileSystem& fs, const BuildOptions& options, OutputSet* out,
               Diagnostics* diags, BuildStats* stats = nullptr);

}  // namespace affiche

#endif  // AFFICHE_SITE_BUILD_H_
