#include "base/utf8.h"

#include <cstdio>

namespace affiche {

size_t FindInvalidUtf8(const std::string& text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Table 3-7 of the Unicode standard: the allowed range of the second byte
    // depends on the first; later bytes are always 80..BF.
    int length;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return i;
    }
    if (i + length > n || s[i + 1] < low || s[i + 1] > high) return i;
    for (int k = 2; k < length; ++k)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
    i += length;
  }
  return std::string::npos;
}

bool IsForbiddenCodePoint(uint32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  if (c >= 0x7F && c <= 0x9F) return true;
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

size_t FindForbiddenCharacter(const std::string& text, uint32_t* code_point) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c >= 0x20 && c < 0x7F) {  // the common case
      ++i;
      continue;
    }
    uint32_t cp = length == 1 ? c : c & (0x7F >> length);
    for (int k = 1; k < length && i + k < n; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    if (IsForbiddenCodePoint(cp)) {
      *code_point = cp;
      return i;
    }
    i += length;
  }
  return std::string::npos;
}

std::string DescribeForbidden(uint32_t code_point) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", code_point);
  if (code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F))
    return std::string("a control character (") + name + ")";
  return std::string(name) + ", which is not a character";
}

}  // namespace affiche
