// Helpers of the libFuzzer targets: the minimal fixture site and the default
// theme, read once from this repository into memory, and a build of it.
#ifndef AFFICHE_TESTS_FUZZ_FUZZ_UTIL_H_
#define AFFICHE_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "site/build.h"

namespace affiche::fuzz {

// Adds every file under the repository's `from` (e.g. "themes/default") to fs
// under `to`.
inline void AddTree(const std::string& from, const std::string& to,
                    MemoryFileSystem* fs) {
  DiskFileSystem disk;
  std::vector<std::string> pending = {""};
  while (!pending.empty()) {
    std::string relative = pending.back();
    pending.pop_back();
    std::string dir = JoinPath(std::string(AFFICHE_SOURCE_DIR) + "/" + from, relative);
    for (const std::string& name : disk.ListFiles(dir)) {
      std::string text, error;
      if (disk.ReadFile(JoinPath(dir, name), &text, &error))
        fs->Add(JoinPath(JoinPath(to, relative), name), text);
    }
    for (const std::string& name : disk.ListDirectories(dir))
      pending.push_back(JoinPath(relative, name));
  }
}

// The minimal fixture site under "site", with the default theme in its themes/.
inline const MemoryFileSystem& MinimalSite() {
  static const MemoryFileSystem* site = [] {
    auto* fs = new MemoryFileSystem;
    AddTree("tests/fixtures/sites/minimal", "site", fs);
    AddTree("themes/default", "site/themes/default", fs);
    return fs;
  }();
  return *site;
}

// Builds the minimal site whole in memory, with the fuzzer's input as the file
// at `path` (an event, a layout), and formats the diagnostics.
inline void BuildWith(const std::string& path, const uint8_t* data, size_t size) {
  MemoryFileSystem fs = MinimalSite();
  fs.Add(path, std::string(reinterpret_cast<const char*>(data), size));
  BuildOptions options;
  options.source_dir = "site";
  options.now_utc = "20091101T120000Z";
  OutputSet out;
  Diagnostics diags;
  BuildSite(fs, options, &out, &diags);
  diags.Format();
}

}  // namespace affiche::fuzz

#endif  // AFFICHE_TESTS_FUZZ_FUZZ_UTIL_H_
