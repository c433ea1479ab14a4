// libFuzzer target: the input as the theme's 404 layout (with the default
// theme's partials), compiled and rendered over the minimal site.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  affiche::fuzz::BuildWith("site/themes/default/layouts/404.mustache", data, size);
  return 0;
}
