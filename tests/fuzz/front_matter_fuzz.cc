// libFuzzer target: one event file through the front-matter splitter, the
// YAML reader and the event reader (any bytes, as an editor may save them).
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/diagnostics.h"
#include "base/utf8.h"
#include "load/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  affiche::Diagnostics diags;
  affiche::Event event;
  // The loader refuses what is not UTF-8 before any reader sees it.
  if (affiche::FindInvalidUtf8(text) != std::string::npos) return 0;
  affiche::ReadEvent("fuzz", "content/events/fuzz.md", text, affiche::BodyStyle{}, &event,
                     &diags);
  affiche::SiteConfig site;
  affiche::ReadSiteConfig("content/site.yaml", text, &site, &diags);
  diags.AddSource("content/events/fuzz.md", text);
  diags.Format();
  return 0;
}
