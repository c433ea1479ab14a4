// Rebuilder: the builds of `affiche serve`. Each Build() runs the whole
// pipeline again in memory (site/build.h) and compares the result with the
// last build that succeeded, which it keeps for serving while the source has
// errors.
#ifndef AFFICHE_SERVE_REBUILD_H_
#define AFFICHE_SERVE_REBUILD_H_

#include <memory>
#include <string>

#include "base/file_system.h"
#include "base/output_set.h"
#include "site/build.h"

namespace affiche {

struct RebuildResult {
  bool ok = false;
  // This build's site when ok, else the last good one (null before the first).
  std::shared_ptr<const OutputSet> site;
  // Files added, removed or whose bytes differ, against the last good build.
  int changed_files = 0;
  BuildStats stats;  // when ok
  int error_count = 0;
  int warning_count = 0;
  std::string errors;       // the errors alone, as `affiche check` prints them
  std::string diagnostics;  // errors and warnings, as `affiche check` prints them
};

class Rebuilder {
 public:
  Rebuilder(const FileSystem& fs, BuildOptions options);

  // Builds the source folder again. Not thread-safe: one build at a time.
  RebuildResult Build();

 private:
  const FileSystem& fs_;
  const BuildOptions options_;
  std::shared_ptr<const OutputSet> last_good_;
};

// The number of paths whose bytes differ between two builds, counting files
// only one of them has.
int CountChangedFiles(const OutputSet& before, const OutputSet& after);

}  // namespace affiche

#endif  // AFFICHE_SERVE_REBUILD_H_
