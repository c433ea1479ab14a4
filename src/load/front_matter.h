// Splits a content file into its YAML front matter and Markdown body, keeping
// the line numbers of the file so errors point into it.
#ifndef AFFICHE_LOAD_FRONT_MATTER_H_
#define AFFICHE_LOAD_FRONT_MATTER_H_

#include <string>

#include "base/diagnostics.h"

namespace affiche {

// Removes a UTF-8 byte-order mark and turns CRLF line ends into LF; line
// numbers are unchanged.
std::string NormalizeText(std::string text);

struct FrontMatter {
  std::string yaml;   // the text between the fences
  int yaml_line = 0;  // file line of the first line of yaml (1-based)
  std::string body;   // the text after the closing fence
  int body_line = 0;  // file line of the first line of body
};

// Splits normalized text. On a problem, reports it under path and returns false.
bool SplitFrontMatter(const std::string& path, const std::string& text, FrontMatter* out,
                      Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_LOAD_FRONT_MATTER_H_
