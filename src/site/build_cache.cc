#include "site/build_cache.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "base/file_system.h"
#include "render/core/site_facts.h"
#include "render/views/page_driver.h"
#include "render/views/view_model.h"
#include "site/dirty_jobs.h"

namespace affiche {
namespace {

const char kCacheHeader[] = "affiche build cache 1";

// The running affiche binary: another binary may render anything otherwise.
uint64_t BinaryHash() {
  static const uint64_t hash = [] {
    uint64_t value = Hash64OfFile("/proc/self/exe");
    // Unknown: a value no other build has, so that no cache is ever taken.
    if (value == 0)
      value = std::chrono::steady_clock::now().time_since_epoch().count() | 1;
    return value;
  }();
  return hash;
}

// Pieces, each with its length, hashed: no two lists of pieces hash alike
// but by chance.
class Hasher {
 public:
  Hasher& operator<<(const std::string& piece) {
    text_ += std::to_string(piece.size()) + ':' + piece;
    return *this;
  }
  Hasher& operator<<(const std::vector<std::string>& pieces) {
    *this << std::to_string(pieces.size());
    for (const std::string& piece : pieces) *this << piece;
    return *this;
  }
  uint64_t Get() const { return Hash64(text_); }

 private:
  std::string text_;
};

uint64_t InputsHash(const Job& job) {
  return (Hasher() << job.producer << job.inputs.events << job.inputs.entries
                   << job.inputs.venues << job.inputs.organisers << job.inputs.shape)
      .Get();
}

// The hash the build read at path (0 when it did not read it).
uint64_t ReadAt(const std::map<std::string, uint64_t>& reads, const std::string& path) {
  auto it = reads.find(path);
  return it == reads.end() ? 0 : it->second;
}

// The keys of `a` and `b` whose values differ, or that only one of them has.
std::set<std::string> Differing(const std::map<std::string, uint64_t>& a,
                                const std::map<std::string, uint64_t>& b) {
  std::set<std::string> out;
  for (const auto& [key, value] : a) {
    auto it = b.find(key);
    if (it == b.end() || it->second != value) out.insert(key);
  }
  for (const auto& entry : b)
    if (!a.count(entry.first)) out.insert(entry.first);
  return out;
}

std::string Hex(uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

}  // namespace

BuildDigest DigestOf(const SitePlan& plan, const std::map<std::string, uint64_t>& reads,
                     const BuildOptions& options, const std::string& now_utc) {
  BuildDigest digest;
  const Content& content = plan.programme().content();
  std::set<std::string> own;  // the files of events, venues and organisers
  for (const Event* e : plan.programme().events()) {
    digest.events[e->slug] = ReadAt(reads, e->source);
    digest.entries[e->slug] = Hash64(EntryKey(*e));
    own.insert(e->source);
  }
  for (const auto& [id, venue] : content.venues) {
    if (venue.source.empty()) continue;  // inline, in its event's file
    digest.venues[id] = ReadAt(reads, venue.source);
    own.insert(venue.source);
  }
  for (const auto& [id, organiser] : content.organisers) {
    digest.organisers[id] = ReadAt(reads, organiser.source);
    own.insert(organiser.source);
  }
  // A draft is read but not built: what it holds shows nowhere.
  std::string events_dir = JoinPath(JoinPath(options.source_dir, "content"), "events/");
  Hasher site;
  std::optional<Date> today = LocalDateOf(plan.programme().site().timezone, now_utc);
  site << kCacheHeader << Hex(BinaryHash()) << options.load.base_url
       << (options.load.drafts ? "drafts" : "") << (options.search_index ? "search" : "")
       << (today ? today->Iso() : "");
  for (const auto& [path, hash] : reads) {
    bool draft = path.compare(0, events_dir.size(), events_dir) == 0 &&
                 path.find('/', events_dir.size()) == std::string::npos;
    if (!own.count(path) && !draft && path != options.previous_feed)
      site << path << Hex(hash);
  }
  // What every page shows of the whole content (the menus' feeds and pages...).
  SiteFacts facts = SiteFactsOf(plan.programme());
  site << (facts.tally_linked ? "tally" : "") << facts.feeds << facts.pages
       << facts.static_paths;
  digest.site = site.Get();
  for (const Job& job : plan.plan().jobs())
    digest.files[job.path].inputs = InputsHash(job);
  return digest;
}

std::vector<size_t> StaleJobs(const BuildDigest& before, const BuildDigest& after,
                              const SitePlan& plan) {
  if (before.site != after.site) return AllJobs(plan.plan());
  SourceChanges changes;
  changes.events = Differing(before.events, after.events);
  changes.venues = Differing(before.venues, after.venues);
  changes.organisers = Differing(before.organisers, after.organisers);
  // An unchanged event has the venue and organisers it had: those at a
  // changed one are in the programme as it is now.
  std::set<std::string> events =
      ChangedEvents(plan.programme(), plan.programme(), changes);
  std::set<std::string> entries;
  for (const std::string& slug : events) {
    const Event* event = plan.programme().FindEvent(slug);
    auto was = before.entries.find(slug);
    if (!event || was == before.entries.end() || changes.venues.count(event->venue) ||
        was->second != after.entries.at(slug))
      entries.insert(slug);
  }
  return TouchedJobs(
      plan.plan(),
      [&](const Job& job) {
        auto was = before.files.find(job.path);
        return was != before.files.end() &&
               was->second.inputs == after.files.at(job.path).inputs;
      },
      events, entries, changes);
}

std::string BuildCachePath(const std::string& out_dir) {
  std::string dir = out_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  size_t slash = dir.rfind('/');
  std::string parent = slash == std::string::npos ? "" : dir.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? dir : dir.substr(slash + 1);
  return parent + "." + name + ".build-cache";
}

bool ReadBuildCache(const std::string& path, BuildDigest* digest) {
  std::ifstream in(path);
  std::string line;
  if (!std::getline(in, line) || line != kCacheHeader) return false;
  BuildDigest read;
  while (std::getline(in, line)) {
    // "<kind> <hash> [<size> <mtime> | <sequence> <last modified>] <key>", the
    // key being the rest of the line.
    std::istringstream fields(line);
    std::string kind, key;
    unsigned long long hash = 0;
    long long size = 0, mtime = 0;
    fields >> kind >> std::hex >> hash >> std::dec;
    PublishedEvent published;
    if (kind == "f") fields >> size >> mtime;
    if (kind == "h") fields >> published.sequence >> published.last_modified;
    if (fields.fail()) return false;
    if (kind != "site" && kind != "feed") {
      fields.get();
      if (!std::getline(fields, key) || key.empty()) return false;
    }
    std::map<std::string, uint64_t>* to = kind == "e"   ? &read.events
                                          : kind == "l" ? &read.entries
                                          : kind == "v" ? &read.venues
                                          : kind == "o" ? &read.organisers
                                                        : nullptr;
    if (kind == "site") {
      read.site = hash;
    } else if (kind == "feed") {
      read.feed = hash;
    } else if (kind == "f") {
      read.files[key] = {hash, size, mtime};
    } else if (kind == "h") {
      published.content = hash;
      read.history[key] = published;
    } else if (to) {
      (*to)[key] = hash;
    } else {
      return false;
    }
  }
  if (!in.eof()) return false;
  *digest = std::move(read);
  return true;
}

bool WriteBuildCache(const std::string& path, const BuildDigest& digest,
                     std::string* error) {
  std::string text = std::string(kCacheHeader) + "\n";
  text += "site " + Hex(digest.site) + "\nfeed " + Hex(digest.feed) + "\n";
  bool readable = true;  // a key with a line break would not read back
  auto line = [&](const char* kind, uint64_t hash, const std::string& middle,
                  const std::string& key) {
    readable &= !key.empty() && key.find('\n') == std::string::npos;
    text += std::string(kind) + " " + Hex(hash) + middle + " " + key + "\n";
  };
  for (const auto& [kind, map] :
       {std::pair{"e", &digest.events}, std::pair{"l", &digest.entries},
        std::pair{"v", &digest.venues}, std::pair{"o", &digest.organisers}})
    for (const auto& [key, hash] : *map) line(kind, hash, "", key);
  for (const auto& [uid, published] : digest.history)
    line("h", published.content,
         " " + std::to_string(published.sequence) + " " + published.last_modified, uid);
  for (const auto& [file_path, file] : digest.files)
    line("f", file.inputs,
         " " + std::to_string(file.size) + " " + std::to_string(file.mtime_ns),
         file_path);
  if (!readable) {
    *error = "a file name or UID holds a line break";
    return false;
  }
  std::string temporary = path + ".new";
  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out || std::rename(temporary.c_str(), path.c_str()) != 0) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

}  // namespace affiche
