// libFuzzer target: the minimal fixture site with one more event file, the
// input, built whole in memory (load, validate, every renderer, the feeds).
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  affiche::fuzz::BuildWith("site/content/events/fuzz.md", data, size);
  return 0;
}
