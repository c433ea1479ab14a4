#include "render/posters/posters_fit.h"

namespace affiche {

namespace {
constexpr const char* kClasses[] = {"short", "medium", "long", "very-long"};

int ClassIndex(size_t amount, const FitLimits& limits) {
  return amount >= limits.very_long ? 3
         : amount >= limits.long_   ? 2
         : amount >= limits.medium  ? 1
                                    : 0;
}
}  // namespace

const char* SizeClass(size_t amount, const FitLimits& limits) {
  return kClasses[ClassIndex(amount, limits)];
}

size_t CodePoints(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;  // every byte but continuation bytes
  return n;
}

const char* TextSize(const std::string& text, const FitLimits& limits) {
  return SizeClass(CodePoints(text), limits);
}

const char* ListSize(const std::vector<std::string>& entries, const FitLimits& count,
                     const FitLimits& characters) {
  size_t total = 0;
  for (const std::string& entry : entries) total += CodePoints(entry);
  int by_count = ClassIndex(entries.size(), count);
  int by_characters = ClassIndex(total, characters);
  return kClasses[by_count > by_characters ? by_count : by_characters];
}

}  // namespace affiche
