#include "load/front_matter.h"

#include <vector>

namespace affiche {

std::string NormalizeText(std::string text) {
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

namespace {

// A fence line: "---" (or "..." to close) with optional trailing blanks.
bool IsFence(const std::string& text, size_t begin, size_t end, bool closing) {
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  std::string line = text.substr(begin, end - begin);
  return line == "---" || (closing && line == "...");
}

bool IsBlank(const std::string& text) {
  return text.find_first_not_of(" \t\n") == std::string::npos;
}

}  // namespace

bool SplitFrontMatter(const std::string& path, const std::string& text, FrontMatter* out,
                      Diagnostics* diags) {
  if (IsBlank(text)) {
    diags->Error(path, {1, 1}, "empty file",
                 "start it with a front matter block: '---', 'title: …', "
                 "'start: 2009-11-09T18:00', '---'");
    return false;
  }
  size_t first_end = text.find('\n');
  if (first_end == std::string::npos) first_end = text.size();
  if (!IsFence(text, 0, first_end, false)) {
    diags->Error(path, {1, 1},
                 "missing front matter: the file must start with a line '---'",
                 "put the fields between two lines '---' at the top of the file");
    return false;
  }
  int line = 2;
  for (size_t begin = first_end + 1; begin < text.size(); ++line) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (IsFence(text, begin, end, true)) {
      out->yaml = text.substr(first_end + 1, begin - first_end - 1);
      out->yaml_line = 2;
      out->body = end < text.size() ? text.substr(end + 1) : "";
      out->body_line = line + 1;
      return true;
    }
    begin = end + 1;
  }
  diags->Error(path, {1, 1}, "front matter is not closed: no line '---' after this one",
               "add a line '---' after the last field");
  return false;
}

}  // namespace affiche
