#include "site/build_folder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iterator>
#include <set>
#include <utility>

#include "base/file_system.h"
#include "base/parallel.h"
#include "render/views/page_driver.h"
#include "site/build_cache.h"
#include "site/write.h"

namespace affiche {
namespace {

const char kFeedPath[] = "calendar.ics";

// The jobs whose files are not in the folder as the last build left them.
std::vector<size_t> MissingFiles(const Plan& plan, const BuildDigest& before,
                                 const std::string& out_dir) {
  std::vector<char> missing(plan.jobs().size(), 0);
  ParallelFor(plan.jobs().size(), [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      auto was = before.files.find(plan.jobs()[i].path);
      missing[i] = was == before.files.end() ||
                   !(StampOf(out_dir, was->first) ==
                     FileStamp{was->second.size, was->second.mtime_ns});
    }
  });
  std::vector<size_t> jobs;
  for (size_t i = 0; i < missing.size(); ++i)
    if (missing[i]) jobs.push_back(i);
  return jobs;
}

// The union of two sorted lists of indices.
std::vector<size_t> Union(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  std::vector<size_t> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Notes the size and time of the files at `paths` as the folder has them.
void Stamp(const std::string& out_dir, const std::vector<const std::string*>& paths,
           BuildDigest* digest) {
  std::vector<FileStamp> stamps(paths.size());
  ParallelFor(paths.size(), [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) stamps[i] = StampOf(out_dir, *paths[i]);
  });
  for (size_t i = 0; i < paths.size(); ++i) {
    BuildDigest::File& file = digest->files[*paths[i]];
    file.size = stamps[i].size;
    file.mtime_ns = stamps[i].mtime_ns;
  }
}

// Renders `jobs` of plan, each output to put(path, bytes); false with the
// problem in *diags when a page grew past the bound.
bool RenderTo(const SitePlan& plan, const Theme& theme, const std::vector<size_t>& jobs,
              const std::function<void(const std::string&, const std::string&)>& put,
              uint64_t* feed, Diagnostics* diags) {
  try {
    plan.Render(jobs, [&](size_t i, std::string output) {
      const std::string& path = plan.plan().jobs()[jobs[i]].path;
      if (path == kFeedPath) *feed = Hash64(output);
      put(path, output);
    });
  } catch (const TemplateTooBig& e) {
    ReportTemplateTooBig(theme, e, diags);
    return false;
  }
  return true;
}

}  // namespace

bool BuildFolder(const BuildOptions& options, const std::string& out_dir,
                 const std::string& pagefind, FolderBuild* result, Diagnostics* diags,
                 std::string* error) {
  SiteWriter writer;
  if (!writer.Open(out_dir, error)) return false;
  DiskFileSystem disk = SourceFileSystem(options);
  HashingFileSystem fs(disk);
  CheckedSite site;
  if (!LoadAndCheck(fs, options, &site, diags)) return false;
  std::string now = NowUtc(options);
  SitePlan plan(site, PreviousFeed(fs, options), now, options.search_index);
  const Plan& jobs = plan.plan();
  std::map<std::string, uint64_t> reads = fs.reads();
  BuildDigest digest = DigestOf(plan, reads, options, now);

  // The cache goes first: a build stopped half way leaves none, and the next
  // one is cold.
  std::string cache = BuildCachePath(out_dir);
  BuildDigest before;
  bool cached = ReadBuildCache(cache, &before);
  std::remove(cache.c_str());
  auto feed_read = reads.find(options.previous_feed);
  result->warm = cached && pagefind.empty() &&
                 before.feed == (feed_read == reads.end() ? 0 : feed_read->second);

  std::vector<const std::string*> written;  // the paths whose files were made
  if (result->warm) {
    std::vector<size_t> stale =
        Union(StaleJobs(before, digest, plan), MissingFiles(jobs, before, out_dir));
    FolderUpdate update(out_dir);
    digest.feed = before.feed;
    if (!RenderTo(
            plan, *site.theme, stale,
            [&](auto& path, auto& bytes) { update.Put(path, bytes); }, &digest.feed,
            diags))
      return false;
    std::vector<std::string> gone;
    for (const auto& entry : before.files)
      if (jobs.Find(entry.first) < 0) gone.push_back(entry.first);
    if (!update.Commit(gone, error)) return false;
    for (const auto& [path, file] : before.files) {
      auto now_there = digest.files.find(path);
      if (now_there == digest.files.end()) continue;
      now_there->second.size = file.size;
      now_there->second.mtime_ns = file.mtime_ns;
    }
    for (size_t i : stale) written.push_back(&jobs.jobs()[i].path);
    result->rendered = stale.size();
  } else {
    std::vector<size_t> all = AllJobs(jobs);
    if (!RenderTo(
            plan, *site.theme, all,
            [&](auto& path, auto& bytes) { writer.Add(path, bytes); }, &digest.feed,
            diags))
      return false;
    // Pagefind reads the pages from the folder about to be swapped in.
    auto indexing = std::chrono::steady_clock::now();
    if (!pagefind.empty() &&
        !IndexSite(pagefind, writer.staging_dir(), &result->search, error)) {
      *error += "; " + out_dir + " was left as it was";
      return false;
    }
    result->indexing_ms =
        static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now() - indexing)
                              .count());
    if (!writer.Commit(error)) return false;
    for (const Job& job : jobs.jobs()) written.push_back(&job.path);
    result->rendered = all.size();
  }
  result->files = jobs.jobs().size() + result->search.files;
  result->stats = {static_cast<int>(site.content.events.size()),
                   static_cast<int>(site.content.pages.size()),
                   PrintJobs(plan.programme(), jobs)};
  // With the search index, the folder holds more than the plan: no cache.
  if (pagefind.empty()) {
    Stamp(out_dir, written, &digest);
    std::string why;
    if (!WriteBuildCache(cache, digest, &why))
      result->warning = why + "; the next build will render everything";
  }
  return true;
}

}  // namespace affiche
