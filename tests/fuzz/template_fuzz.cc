// libFuzzer target: the input as the theme's 404 layout (with the default
// theme's partials), compiled and rendered over the minimal site.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "site/build.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  affiche::MemoryFileSystem fs = affiche::fuzz::MinimalSite();
  fs.Add("site/themes/default/layouts/404.mustache",
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
