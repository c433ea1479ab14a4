// UTF-8 validation for content files.
#ifndef AFFICHE_BASE_UTF8_H_
#define AFFICHE_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace affiche {

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points past U+10FFFF are ill-formed),
// or std::string::npos when the whole text is valid.
size_t FindInvalidUtf8(const std::string& text);

// Whether a code point has no place in published text (it breaks XML, the
// .ics TEXT of RFC 5545 or a terminal): the control characters but tab, LF
// and CR, DEL, the C1 controls, and the noncharacters (U+FFFE, U+FDD0...).
bool IsForbiddenCodePoint(uint32_t code_point);

// Offset of the first forbidden character of valid UTF-8 text, or
// std::string::npos; its code point goes into *code_point.
size_t FindForbiddenCharacter(const std::string& text, uint32_t* code_point);

// What a forbidden code point is: "a control character (U+001B)" or
// "U+FFFE, which is not a character".
std::string DescribeForbidden(uint32_t code_point);

}  // namespace affiche

#endif  // AFFICHE_BASE_UTF8_H_
