#include "render/core/typography.h"

#include <cctype>
#include <cstddef>
#include <string>

#include "base/utf8.h"

namespace affiche {

namespace {

constexpr char32_t kNoBreakSpace = 0x00A0;
constexpr char32_t kNarrowNoBreakSpace = 0x202F;
constexpr char32_t kOpeningGuillemet = 0x00AB;  // «
constexpr char32_t kClosingGuillemet = 0x00BB;  // »

std::u32string Decode(const std::string& text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    int extra = c < 0x80           ? 0
                : (c >> 5) == 0x6  ? 1
                : (c >> 4) == 0xE  ? 2
                : (c >> 3) == 0x1E ? 3
                                   : -1;
    if (extra < 0 || i + extra >= text.size()) {
      out += c;  // not UTF-8 (content is checked before): kept byte for byte
      ++i;
      continue;
    }
    char32_t code = extra == 0 ? c : c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) code = (code << 6) | (text[i + k] & 0x3F);
    out += code;
    i += 1 + extra;
  }
  return out;
}

std::string Encode(const std::u32string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (char32_t c : text) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == kNoBreakSpace || c == kNarrowNoBreakSpace ||
         c == 0x2009;  // thin space
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters of Latin scripts and beyond; enough to tell a word from punctuation.
bool IsLetter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  return !(c >= 0x2000 && c <= 0x206F);  // general punctuation and spaces
}

// What may stand right before a mark that gets a space: the end of a word,
// of a number, or of a quotation.
bool EndsAWord(char32_t c) {
  return IsLetter(c) || IsDigit(c) || c == ')' || c == ']' || c == '"' || c == '\'' ||
         c == 0x2019 || c == 0x201D || c == 0x2026 || c == kClosingGuillemet;
}

// What may follow a mark that gets a space: nothing, a space, or more
// punctuation. A mark followed by a word ("18:00", "?lang=fr") is not French
// punctuation and stays as it is.
bool EndsAPhrase(const std::u32string& s, size_t i) {
  if (i >= s.size()) return true;
  char32_t c = s[i];
  return IsSpace(c) || c == '\n' || c == '\r' || c == ')' || c == ']' || c == '"' ||
         c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' ||
         c == 0x2026 || c == 0x201D || c == kClosingGuillemet;
}

void TrimTrailingSpaces(std::u32string* out) {
  while (!out->empty() && IsSpace(out->back())) out->pop_back();
}

char32_t Lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;  // É -> é, Û -> û
  return c;
}

// The length of the month name at s[i] ("décembre", "Décembre", "DÉCEMBRE",
// "decembre"), or 0.
size_t MonthNameAt(const std::u32string& s, size_t i) {
  static const std::u32string kMonths[] = {
      U"janvier",   U"février", U"fevrier",  U"mars",     U"avril",
      U"mai",       U"juin",    U"juillet",  U"août",     U"aout",
      U"septembre", U"octobre", U"novembre", U"décembre", U"decembre"};
  for (const std::u32string& month : kMonths) {
    if (i + month.size() > s.size()) continue;
    bool same = true;
    for (size_t k = 0; same && k < month.size(); ++k) same = Lower(s[i + k]) == month[k];
    if (same && (i + month.size() == s.size() || !IsLetter(s[i + month.size()])))
      return month.size();
  }
  return 0;
}

// After a number at s[*end] (value its value), the letters of a French
// ordinal: returns them in superscript ("ᵉʳ", "ʳᵉ", "ᵉ") and moves *end past
// them, or returns "" ("3 heures", "2nd", "10eme" stay).
std::u32string OrdinalAt(const std::u32string& s, int value, size_t* end) {
  static const struct {
    std::u32string typed, superscript;
    bool first_only;  // "1er", "1re": only after 1
  } kOrdinals[] = {
      {U"er", U"\u1D49\u02B3", true},
      {U"re", U"\u02B3\u1D49", true},
      {U"ère", U"\u1D49\u02B3\u1D49", true},
      {U"ème", U"\u1D49", false},
      {U"e", U"\u1D49", false},
      {U"\u1D49\u02B3", U"\u1D49\u02B3", true},
      {U"\u1D49", U"\u1D49", false},
  };
  for (const auto& o : kOrdinals) {
    size_t stop = *end + o.typed.size();
    if (stop > s.size() || s.compare(*end, o.typed.size(), o.typed) != 0) continue;
    if (stop < s.size() && (IsLetter(s[stop]) || IsDigit(s[stop]))) continue;
    if (value == 0 || o.first_only != (value == 1)) continue;
    *end = stop;
    return o.superscript;
  }
  return U"";
}

// At s[i], the first digit of a number that does not continue a word: writes
// an hour ("18h30" -> "18 h 30") or a day before its month ("3 décembre")
// with its no-break spaces and returns the index after what it wrote, or
// returns i when the number is neither.
size_t WriteNumber(const std::u32string& s, size_t i, std::u32string* out) {
  size_t digits_end = i;
  while (digits_end < s.size() && IsDigit(s[digits_end])) ++digits_end;
  if (digits_end - i > 2) return i;
  int value = 0;
  for (size_t k = i; k < digits_end; ++k) value = value * 10 + (s[k] - '0');
  std::u32string number = s.substr(i, digits_end - i);

  // An hour: "18h", "18 h", "18h30", "18 h 30".
  size_t h = digits_end;
  if (h < s.size() && (s[h] == ' ' || s[h] == kNoBreakSpace)) ++h;
  if (value <= 24 && h < s.size() && s[h] == 'h' &&
      (h + 1 == s.size() || !IsLetter(s[h + 1]))) {
    *out += number;
    *out += kNoBreakSpace;
    *out += U'h';
    size_t next = h + 1;
    size_t m = next;
    if (m < s.size() && (s[m] == ' ' || s[m] == kNoBreakSpace)) ++m;
    if (m + 1 < s.size() && IsDigit(s[m]) && IsDigit(s[m + 1]) &&
        (m + 2 == s.size() || !IsDigit(s[m + 2]))) {
      *out += kNoBreakSpace;
      *out += s.substr(m, 2);
      next = m + 2;
    }
    return next;
  }

  // An ordinal: "1er", "1re", "3e", "3ème", written in superscript letters.
  size_t after = digits_end;
  std::u32string ordinal = OrdinalAt(s, value, &after);

  // A day and its month: "3 décembre", "1er décembre".
  bool day = value >= 1 && value <= 31 && (ordinal.empty() || value == 1);
  if (day && after + 1 < s.size() && (s[after] == ' ' || s[after] == kNoBreakSpace) &&
      MonthNameAt(s, after + 1) > 0) {
    *out += number + ordinal;
    *out += kNoBreakSpace;
    return after + 1;
  }
  if (ordinal.empty()) return i;
  *out += number + ordinal;
  return after;
}

// Whether FrenchTypography() leaves text as it is: it holds none of what the
// rules below change (the punctuation they space, guillemets, digits,
// apostrophes), as most titles, names and a body's text nodes do.
bool NothingToSet(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ';' || c == '!' || c == '?' || c == ':' || c == '\'' || IsDigit(c) ||
        (c == '\xC2' && i + 1 < text.size() &&
         (text[i + 1] == '\xAB' || text[i + 1] == '\xBB')))
      return false;
  }
  return FindInvalidUtf8(text) == std::string::npos;  // else kept byte for byte
}

}  // namespace

std::string FrenchTypography(const std::string& text) {
  if (NothingToSet(text)) return text;
  std::u32string s = Decode(text);
  std::u32string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    char32_t c = s[i];
    if (c == ';' || c == '!' || c == '?' || c == ':') {
      char32_t space = c == ':' ? kNoBreakSpace : kNarrowNoBreakSpace;
      bool spaced = !out.empty() && IsSpace(out.back());
      if (spaced) {
        TrimTrailingSpaces(&out);
        if (!out.empty()) out += space;
      } else if (!out.empty() && EndsAWord(out.back()) && EndsAPhrase(s, i + 1)) {
        out += space;
      }
      out += c;
      ++i;
    } else if (c == kOpeningGuillemet) {
      out += c;
      ++i;
      while (i < s.size() && IsSpace(s[i])) ++i;
      if (i < s.size()) out += kNoBreakSpace;
    } else if (c == kClosingGuillemet) {
      TrimTrailingSpaces(&out);
      if (!out.empty() && out.back() != '\n') out += kNoBreakSpace;
      out += c;
      ++i;
    } else if (IsDigit(c) && (i == 0 || !(IsLetter(s[i - 1]) || IsDigit(s[i - 1]) ||
                                          s[i - 1] == '.' || s[i - 1] == ','))) {
      size_t next = WriteNumber(s, i, &out);
      if (next == i) {
        while (i < s.size() && IsDigit(s[i])) out += s[i++];
      } else {
        i = next;
      }
    } else {
      out += c;
      ++i;
    }
  }
  return Apostrophes(Encode(out));
}

std::string Apostrophes(const std::string& text) {
  if (text.find('\'') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size(); ++i) {
    // After a letter: an ASCII letter, or the last byte of a UTF-8 letter
    // (é, œ…), which is a continuation byte (10xxxxxx).
    unsigned char before = i > 0 ? text[i - 1] : ' ';
    bool after_letter = std::isalpha(before) || (before & 0xC0) == 0x80;
    if (text[i] == '\'' && after_letter)
      out += "\u2019";
    else
      out += text[i];
  }
  return out;
}

std::string Typography(const std::string& language, const std::string& text) {
  return language == "fr" ? FrenchTypography(text) : Apostrophes(text);
}

std::string FormatCount(const std::string& language, long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  const char* separator = language == "fr" ? "\u202F" : ",";
  std::string out = n < 0 ? "\u2212" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace affiche
