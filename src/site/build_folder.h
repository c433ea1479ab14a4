// `affiche build` into a folder: cold, through a sibling folder swapped in
// whole (SiteWriter), or warm, when the build cache beside the folder says
// what it holds (site/build_cache.h): then only the jobs whose inputs changed
// are rendered, and their files updated in place (FolderUpdate).
#ifndef AFFICHE_SITE_BUILD_FOLDER_H_
#define AFFICHE_SITE_BUILD_FOLDER_H_

#include <string>

#include "base/diagnostics.h"
#include "site/build.h"
#include "site/search_index.h"

namespace affiche {

struct FolderBuild {
  BuildStats stats;
  size_t files = 0;     // in the output folder, the search index's included
  size_t rendered = 0;  // jobs of the plan rendered (all of them when cold)
  bool warm = false;    // the folder was updated in place
  SearchIndexStats search;
  long indexing_ms = 0;
  std::string warning;  // a problem that did not stop the build
};

// Loads and checks the source folder, renders it into out_dir and leaves the
// build cache beside it. A build with a Pagefind index (pagefind, "" for none)
// is always cold: Pagefind reads the whole site. Returns false with the
// source's problems in *diags, or a one-line *error; out_dir is then as it was.
bool BuildFolder(const BuildOptions& options, const std::string& out_dir,
                 const std::string& pagefind, FolderBuild* result, Diagnostics* diags,
                 std::string* error);

}  // namespace affiche

#endif  // AFFICHE_SITE_BUILD_FOLDER_H_
