// The warm build's memory: what the last `affiche build` into an output folder
// read and wrote, kept beside it in .<out>.build-cache (any build may delete
// it; the next one is then cold). With it, the next build into that folder
// renders again only the jobs of the plan whose inputs changed, the way
// ninja's log lets it skip the edges whose inputs did not.
#ifndef AFFICHE_SITE_BUILD_CACHE_H_
#define AFFICHE_SITE_BUILD_CACHE_H_

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "site/build.h"

namespace affiche {

// A build, by the hashes of its inputs.
struct BuildDigest {
  // The site-wide inputs: the affiche binary, the options, today's date where
  // the site is, the SiteFacts, and every file read that is neither an event,
  // a venue nor an organiser (site.yaml, the theme, pages, static files...).
  uint64_t site = 0;
  uint64_t feed = 0;    // the calendar.ics the build wrote (the next one's history)
  FeedHistory history;  // what that calendar.ics publishes
  std::map<std::string, uint64_t> events;   // slug -> its file
  std::map<std::string, uint64_t> entries;  // slug -> its list entry (EntryKey)
  std::map<std::string, uint64_t> venues;   // id -> its file
  std::map<std::string, uint64_t> organisers;
  struct File {
    uint64_t inputs = 0;  // the declared inputs of the job that made it
    int64_t size = -1;    // the file as written, to see that it is still there
    int64_t mtime_ns = -1;
  };
  std::unordered_map<std::string, File> files;  // by path in the output folder
};

// The digest of a planned site, from what the build read (HashingFileSystem);
// its files' sizes and times are left to fill in.
BuildDigest DigestOf(const SitePlan& plan, const std::map<std::string, uint64_t>& reads,
                     const BuildOptions& options, const std::string& now_utc);

// The jobs of `plan` (digest `after`) to render when `before` is the digest
// of the build whose files are in the output folder: all of them unless the
// site-wide inputs are the same; else those dirty by TouchedJobs().
std::vector<size_t> StaleJobs(const BuildDigest& before, const BuildDigest& after,
                              const SitePlan& plan);

// ".site-out.build-cache" beside out_dir ("site-out").
std::string BuildCachePath(const std::string& out_dir);
// False, with *digest untouched, when there is none or it is unreadable.
bool ReadBuildCache(const std::string& path, BuildDigest* digest);
// Written whole or not at all; false with a one-line reason.
bool WriteBuildCache(const std::string& path, const BuildDigest& digest,
                     std::string* error);

}  // namespace affiche

#endif  // AFFICHE_SITE_BUILD_CACHE_H_
