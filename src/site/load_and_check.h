// Load and check once, shared by build, check, tally and serve: the content
// and the theme of a source folder, every problem reported with its quoted
// line.
#ifndef AFFICHE_SITE_LOAD_AND_CHECK_H_
#define AFFICHE_SITE_LOAD_AND_CHECK_H_

#include <memory>
#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "load/load_memo.h"
#include "load/loader.h"
#include "model/content.h"
#include "theme/theme.h"

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
  // The search page loads a Pagefind index: affiche build adds one to the
  // site after rendering it (site/search_index.h). Never in serve.
  bool search_index = false;
};

// A source folder, loaded and checked.
struct CheckedSite {
  Content content;
  std::shared_ptr<const Theme> theme;  // null when site.yaml could not be read
};

// Loads the content and (once site.yaml is read) the theme, and runs every
// check; every problem is in *diags with its quoted line. Returns false when
// any is an error (*site then holds what could be read). With a memo, reads
// only the files the memo does not know or was told changed (see LoadMemo).
bool LoadAndCheck(const FileSystem& fs, const BuildOptions& options, CheckedSite* site,
                  Diagnostics* diags, LoadMemo* memo = nullptr);

}  // namespace affiche

#endif  // AFFICHE_SITE_LOAD_AND_CHECK_H_
