#include "base/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace affiche {

std::string Diagnostic::Headline() const {
  std::string out = path;
  if (pos.line > 0) {
    out += ":" + std::to_string(pos.line);
    if (pos.column > 0) out += ":" + std::to_string(pos.column);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  return out + message;
}

void Diagnostics::Error(const std::string& path, SourcePos pos,
                        std::string message, std::string hint) {
  Add({Severity::kError, path, pos, std::move(message), std::move(hint)});
}

void Diagnostics::Warning(const std::string& path, SourcePos pos,
                          std::string message, std::string hint) {
  Add({Severity::kWarning, path, pos, std::move(message), std::move(hint)});
}

void Diagnostics::Add(Diagnostic d) {
  std::lock_guard<std::mutex> lock(mutex_);
  all_.push_back(std::move(d));
}

void Diagnostics::Merge(const Diagnostics& other) {
  if (&other == this) return;
  std::scoped_lock lock(mutex_, other.mutex_);
  all_.insert(all_.end(), other.all_.begin(), other.all_.end());
  for (const auto& [path, lines] : other.sources_) sources_[path] = lines;
}

bool Diagnostics::empty() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return all_.empty();
}

void Diagnostics::AddSource(const std::string& path, const std::string& text) {
  std::vector<std::string> lines;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    begin = end + 1;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  sources_[path] = std::move(lines);
}

std::vector<std::string> Diagnostics::PathsWithoutSource() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> paths;
  for (const Diagnostic& d : all_)
    if (d.pos.line > 0 && !sources_.count(d.path) &&
        std::find(paths.begin(), paths.end(), d.path) == paths.end())
      paths.push_back(d.path);
  return paths;
}

int Diagnostics::error_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(std::count_if(all_.begin(), all_.end(), [](auto& d) {
    return d.severity == Severity::kError;
  }));
}

int Diagnostics::warning_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(all_.size()) - static_cast<int>(std::count_if(
      all_.begin(), all_.end(),
      [](auto& d) { return d.severity == Severity::kError; }));
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> sorted;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    sorted = all_;
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) {
    return std::tie(a.path, a.pos.line, a.pos.column) <
           std::tie(b.path, b.pos.line, b.pos.column);
  });
  return sorted;
}

std::string Diagnostics::QuoteLine(const Diagnostic& d) const {
  auto it = sources_.find(d.path);
  if (d.pos.line <= 0 || it == sources_.end() ||
      d.pos.line > static_cast<int>(it->second.size()))
    return "";
  const std::string& line = it->second[d.pos.line - 1];
  std::string number = std::to_string(d.pos.line);
  std::string out = " " + number + " | " + line + "\n";
  if (d.pos.column > 0) {
    // Columns count bytes; pad one space per character before the column
    // (tabs stay tabs) so the caret lands under the text.
    std::string pad;
    for (size_t i = 0; i + 1 < static_cast<size_t>(d.pos.column) && i < line.size(); ++i) {
      unsigned char c = line[i];
      if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
      pad += c == '\t' ? '\t' : ' ';
    }
    out += " " + std::string(number.size(), ' ') + " | " + pad + "^\n";
  }
  return out;
}

std::string Diagnostics::Format() const {
  std::string out;
  for (const Diagnostic& d : Sorted()) {
    out += d.Headline() + "\n";
    std::lock_guard<std::mutex> lock(mutex_);
    out += QuoteLine(d);
    if (!d.hint.empty()) out += "  hint: " + d.hint + "\n";
  }
  return out;
}

}  // namespace affiche
