// The build pipeline: source folder -> diagnostics and a whole site in memory.
#ifndef AFFICHE_SITE_BUILD_H_
#define AFFICHE_SITE_BUILD_H_

#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "base/output_set.h"
#include "load/loader.h"

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
};

// The disk as builds read it: confined to the source folder and the installed
// themes (nothing outside them is read, whatever the links), except the
// previous feed, which lies in the output folder or was named with --previous.
DiskFileSystem SourceFileSystem(const BuildOptions& options);

// Why out_dir cannot hold the built site, or "" when it can: inside content/
// or themes/ of the source folder, each build would take the last one in.
std::string OutputFolderProblem(const std::string& source_dir,
                                const std::string& out_dir);

// Loads, checks and renders the site into *out. Every problem of the run is in
// *diags; returns false (and *out is incomplete) when any is an error.
bool BuildSite(const FileSystem& fs, const BuildOptions& options, OutputSet* out,
               Diagnostics* diags, BuildStats* stats = nullptr);

}  // namespace affiche

#endif  // AFFICHE_SITE_BUILD_H_
