#include "site/build_folder.h"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

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

// Adds to *gone the files below the folder dir_fd (at `prefix` in the output
// folder) that the plan does not make. Links are not followed.
void AddNotPlanned(int dir_fd, const std::string& prefix, const Plan& plan,
                   std::vector<std::string>* gone) {
  DIR* dir = fdopendir(dir_fd);
  if (!dir) {
    close(dir_fd);
    return;
  }
  while (const dirent* entry = readdir(dir)) {
    std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    std::string path = prefix + name;
    int sub = entry->d_type == DT_DIR || entry->d_type == DT_UNKNOWN
                  ? openat(dirfd(dir), name.c_str(),
                           O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                  : -1;
    if (sub >= 0)
      AddNotPlanned(sub, path + "/", plan, gone);
    else if (path != kOutputMarker && plan.Find(path) < 0)
      gone->push_back(path);
  }
  closedir(dir);
}

// The files of the folder that the plan does not make (pages that went away,
// the PDFs of `affiche posters`): a cold build would not have them either.
std::vector<std::string> FilesNotPlanned(const std::string& out_dir, const Plan& plan) {
  std::vector<std::string> gone;
  int fd = open(out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) AddNotPlanned(fd, "", plan, &gone);
  return gone;
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
  // The cache goes first: a build stopped half way leaves none, and the next
  // one is cold.
  std::string cache = BuildCachePath(out_dir);
  BuildDigest before;
  bool cached = pagefind.empty() && ReadBuildCache(cache, &before);
  std::remove(cache.c_str());
  // The feeds' history is the cache's when the previous feed is the one it
  // describes: reading it back from the iCalendar text takes most of a second
  // at 10,000 events.
  std::string feed = PreviousFeedText(fs, options);
  result->warm = cached && before.feed == (feed.empty() ? 0 : Hash64(feed));
  FeedHistory history = result->warm ? std::move(before.history) : ReadFeedHistory(feed);
  feed = std::string();

  std::string now = NowUtc(options);
  SitePlan plan(site, std::move(history), now, options.search_index);
  const Plan& jobs = plan.plan();
  BuildDigest digest = DigestOf(plan, fs.reads(), options, now);

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
    if (!update.Commit(FilesNotPlanned(out_dir, jobs), error)) return false;
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
    digest.history = plan.Published();
    std::string why;
    if (!WriteBuildCache(cache, digest, &why))
      result->warning = why + "; the next build will render everything";
  }
  return true;
}

}  // namespace affiche
