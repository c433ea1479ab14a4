// libFuzzer target: the minimal fixture site with one more event file, the
// input, built whole in memory (load, validate, every renderer, the feeds).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "site/build.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  affiche::MemoryFileSystem fs = affiche::fuzz::MinimalSite();
  fs.Add("site/content/events/fuzz.md",
         std::string(reinterpret_cast<const char*>(data), size));
  affiche::BuildOptions options;
  options.source_dir = "site";
  options.now_utc = "20091101T120000Z";
  affiche::OutputSet out;
  affiche::Diagnostics diags;
  affiche::BuildSite(fs, options, &out, &diags);
  diags.Format();
  return 0;
}
