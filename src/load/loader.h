// Loads a site's source folder (content/ and its files) into a Content.
#ifndef AFFICHE_LOAD_LOADER_H_
#define AFFICHE_LOAD_LOADER_H_

#include <functional>
#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "load/load_memo.h"
#include "model/content.h"

namespace affiche {

// The largest text file (event, page, venue, organiser, site.yaml) the loader reads.
constexpr size_t kMaxContentFileBytes = 1 << 20;

// Text in a language ("fr") set as that language's typography wants.
using Typesetter =
    std::function<std::string(const std::string& language, const std::string& text)>;

struct LoadOptions {
  bool drafts = false;    // keep events marked `draft: true`
  std::string base_url;   // overrides site.yaml's base_url when not empty
  Typesetter typography;  // for the text of Markdown bodies, when set
};

// Reads source_dir/content/: site.yaml, venues/*.yaml, organisers/*.yaml,
// events/*.md, pages/*.md and static/**. Reports every problem of every file
// to diags; what could be read is in *out either way. Returns false when
// site.yaml itself could not be read (later checks then skip what needs it).
// With a memo, reads again only the files the memo does not know or was told
// changed, and keeps what it read there (see LoadMemo).
bool LoadContent(const FileSystem& fs, const std::string& source_dir,
                 const LoadOptions& options, Content* out, Diagnostics* diags,
                 LoadMemo* memo = nullptr);

// Reads the files that have diagnostics into diags, so that their lines can
// be quoted (done once, after every stage has reported).
void AddDiagnosedSources(const FileSystem& fs, Diagnostics* diags);

// Reads every file below dir (recursively) as StaticFiles, paths relative to dir.
void LoadStaticFiles(const FileSystem& fs, const std::string& dir,
                     std::vector<StaticFile>* out, Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_LOAD_LOADER_H_
