#include "site/write.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace affiche {

const char kOutputMarker[] = ".affiche-output";

namespace {

bool WriteFile(const fs::path& path, const std::string& bytes, std::string* error) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    *error = "cannot write " + path.string() + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

// Only a missing folder, an empty one, or one affiche wrote may be replaced.
bool MayReplace(const fs::path& out, std::string* error) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return true;
  if (!fs::is_directory(out, ec)) {
    *error = out.string() + " exists and is not a folder; choose another --out";
    return false;
  }
  if (fs::is_empty(out, ec) || fs::exists(out / kOutputMarker, ec)) return true;
  *error = "refusing to replace " + out.string() +
           ": it is not empty and was not written by affiche; choose another --out";
  return false;
}

}  // namespace

bool WriteSite(const OutputSet& site, const std::string& out_dir, std::string* error) {
  std::error_code ec;
  fs::path out = fs::absolute(out_dir, ec).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();  // "site-out/" -> "site-out"
  if (!MayReplace(out, error)) return false;

  fs::path parent = out.parent_path();
  fs::create_directories(parent, ec);
  fs::path staging =
      parent / ("." + out.filename().string() + ".new-" + std::to_string(getpid()));
  fs::remove_all(staging, ec);

  bool ok = WriteFile(staging / kOutputMarker,
                      "This folder is written by `affiche build` and replaced whole on "
                      "each build: edit content/ and themes/ instead.\n",
                      error);
  for (auto it = site.files().begin(); ok && it != site.files().end(); ++it)
    ok = WriteFile(staging / it->first, it->second, error);

  if (ok) {
    if (fs::exists(out, ec)) {
      // Swap both names in one step: readers see the old site or the new one.
      if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
        *error = "cannot replace " + out.string() + ": " + std::strerror(errno);
        ok = false;
      }
    } else if (rename(staging.c_str(), out.c_str()) != 0) {
      *error = "cannot create " + out.string() + ": " + std::strerror(errno);
      ok = false;
    }
  }
  // After a swap, staging holds the previous site; after a failure, the partial one.
  fs::remove_all(staging, ec);
  return ok;
}

}  // namespace affiche
