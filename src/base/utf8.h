// UTF-8 validation for content files.
#ifndef AFFICHE_BASE_UTF8_H_
#define AFFICHE_BASE_UTF8_H_

#include <cstddef>
#include <string>

namespace affiche {

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points past U+10FFFF are ill-formed),
// or std::string::npos when the whole text is valid.
size_t FindInvalidUtf8(const std::string& text);

}  // namespace affiche

#endif  // AFFICHE_BASE_UTF8_H_
