#include "serve/rebuild.h"

#include <exception>
#include <new>
#include <utility>

#include "base/diagnostics.h"
#include "load/loader.h"

namespace affiche {
namespace {

// The errors of diags alone, with their quoted lines and hints: the warnings
// would bury them in the overlay (`affiche check` lists those).
std::string FormatErrors(const FileSystem& fs, const Diagnostics& diags) {
  Diagnostics errors;
  for (Diagnostic& d : diags.Sorted())
    if (d.severity == Severity::kError) errors.Add(std::move(d));
  AddDiagnosedSources(fs, &errors);
  return errors.Format();
}

}  // namespace

Rebuilder::Rebuilder(const FileSystem& fs, BuildOptions options)
    : fs_(fs), options_(std::move(options)) {}

RebuildResult Rebuilder::Build() {
  RebuildResult result;
  auto site = std::make_shared<OutputSet>();
  Diagnostics diags;
  // Whatever a content file does to a build, the server keeps serving the
  // last good one, with the error over it.
  try {
    result.ok = BuildSite(fs_, options_, site.get(), &diags, &result.stats);
  } catch (const std::bad_alloc&) {
    diags.Error(
        options_.source_dir, {}, "the build ran out of memory",
        "a content file or a template may expand beyond bounds; undo the last change");
    result.ok = false;
  } catch (const std::exception& e) {
    diags.Error(options_.source_dir, {}, std::string("the build failed: ") + e.what());
    result.ok = false;
  }
  result.error_count = diags.error_count();
  result.warning_count = diags.warning_count();
  result.diagnostics = diags.Format();
  if (!result.ok) {
    result.errors = FormatErrors(fs_, diags);
    result.site = last_good_;
    return result;
  }
  static const OutputSet kNothing;
  result.changed_files = CountChangedFiles(last_good_ ? *last_good_ : kNothing, *site);
  last_good_ = std::move(site);
  result.site = last_good_;
  return result;
}

int CountChangedFiles(const OutputSet& before, const OutputSet& after) {
  // Both maps are sorted by path: walk them side by side.
  int changed = 0;
  auto a = before.files().begin(), a_end = before.files().end();
  auto b = after.files().begin(), b_end = after.files().end();
  while (a != a_end || b != b_end) {
    if (b == b_end || (a != a_end && a->first < b->first)) {
      ++changed;  // removed
      ++a;
    } else if (a == a_end || b->first < a->first) {
      ++changed;  // added
      ++b;
    } else {
      changed += a->second != b->second;
      ++a;
      ++b;
    }
  }
  return changed;
}

}  // namespace affiche
