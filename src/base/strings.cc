#include "base/strings.h"

namespace affiche {

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.substr(text.size() - suffix.size()) == suffix;
}

std::string FillIn(const std::string& pattern, const Placeholders& values) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += pattern[i++];
      continue;
    }
    std::string_view name(pattern.data() + i + 1, close - i - 1);
    const std::string* value = nullptr;
    for (const auto& [key, text] : values)
      if (name == key) value = &text;
    if (value) {
      out += *value;
      i = close + 1;
    } else {
      out += pattern[i++];
    }
  }
  return out;
}

}  // namespace affiche
