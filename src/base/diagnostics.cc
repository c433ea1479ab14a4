#include "base/diagnostics.h"

#include <algorithm>
#include <cstdio>
#include <string>
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

void Diagnostics::Error(const std::string& path, SourcePos pos, std::string message,
                        std::string hint) {
  Add({Severity::kError, path, pos, std::move(message), std::move(hint)});
}

void Diagnostics::Warning(const std::string& path, SourcePos pos, std::string message,
                          std::string hint) {
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
  return static_cast<int>(std::count_if(
      all_.begin(), all_.end(), [](auto& d) { return d.severity == Severity::kError; }));
}

int Diagnostics::warning_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(all_.size()) -
         static_cast<int>(std::count_if(all_.begin(), all_.end(), [](auto& d) {
           return d.severity == Severity::kError;
         }));
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

namespace {

// The most bytes of a line quoted: a longer one is cut around the column.
constexpr size_t kQuotedBytes = 120;

// Appends the character of text at *i to out, made harmless for a terminal
// (control characters, DEL, C1 controls and bytes that are not UTF-8 as
// \xNN), and to pad as many spaces as it takes columns; advances *i.
void AppendPrintable(const std::string& text, size_t* i, std::string* out,
                     std::string* pad) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(*i);
  size_t length = c < 0x80                ? 1
                  : c >= 0xC2 && c < 0xE0 ? 2
                  : c >= 0xE0 && c < 0xF0 ? 3
                  : c >= 0xF0 && c < 0xF5 ? 4
                                          : 0;
  bool valid = length > 0 && *i + length <= text.size();
  for (size_t k = 1; valid && k < length; ++k) valid = (byte(*i + k) & 0xC0) == 0x80;
  bool c1 = valid && length == 2 && c == 0xC2 && byte(*i + 1) < 0xA0;
  if (valid && c == '\t') {
    *out += '\t';
    *pad += '\t';
  } else if (!valid || c1 || c < 0x20 || c == 0x7F) {
    char escaped[8];
    if (c1)
      std::snprintf(escaped, sizeof escaped, "\\u%04X", byte(*i + 1));
    else
      std::snprintf(escaped, sizeof escaped, "\\x%02X", c);
    *out += escaped;
    *pad += std::string(std::char_traits<char>::length(escaped), ' ');
    length = c1 ? 2 : 1;
  } else {
    out->append(text, *i, length);
    *pad += ' ';
  }
  *i += length;
}

}  // namespace

std::string Printable(const std::string& text) {
  std::string out, pad;
  for (size_t i = 0; i < text.size();) AppendPrintable(text, &i, &out, &pad);
  return out;
}

std::string Diagnostics::QuoteLine(const Diagnostic& d) const {
  auto it = sources_.find(d.path);
  if (d.pos.line <= 0 || it == sources_.end() ||
      d.pos.line > static_cast<int>(it->second.size()))
    return "";
  const std::string& line = it->second[d.pos.line - 1];
  // Columns count bytes; past the end points at the last character.
  size_t column = d.pos.column > 0 ? static_cast<size_t>(d.pos.column) - 1 : 0;
  if (column >= line.size()) column = line.empty() ? 0 : line.size() - 1;
  while (column > 0 && (static_cast<unsigned char>(line[column]) & 0xC0) == 0x80)
    --column;
  size_t begin = 0, end = line.size();
  if (line.size() > kQuotedBytes) {
    begin = column > kQuotedBytes / 2 ? column - kQuotedBytes / 2 : 0;
    end = std::min(line.size(), begin + kQuotedBytes);
    begin = end - std::min(end, kQuotedBytes);
    auto continuation = [&](size_t k) {
      return k < line.size() && (static_cast<unsigned char>(line[k]) & 0xC0) == 0x80;
    };
    // Back to the start of a character: at most three continuation bytes (a
    // longer run is not UTF-8, and each of its bytes is quoted escaped).
    for (int k = 0; k < 3 && begin > 0 && continuation(begin); ++k) --begin;
    for (int k = 0; k < 3 && end > begin && continuation(end); ++k) --end;
  }
  std::string text = begin > 0 ? "…" : "", pad = begin > 0 ? " " : "", ignored;
  for (size_t i = begin; i < end;)
    AppendPrintable(line, &i, &text, i < column ? &pad : &ignored);
  if (end < line.size()) text += "…";
  std::string number = std::to_string(d.pos.line);
  std::string out = " " + number + " | " + text + "\n";
  if (d.pos.column > 0)
    out += " " + std::string(number.size(), ' ') + " | " + pad + "^\n";
  return out;
}

std::string Diagnostics::Format() const {
  std::string out;
  for (const Diagnostic& d : Sorted()) {
    out += Printable(d.Headline()) + "\n";
    std::lock_guard<std::mutex> lock(mutex_);
    out += QuoteLine(d);
    if (!d.hint.empty()) out += "  hint: " + Printable(d.hint) + "\n";
  }
  return out;
}

}  // namespace affiche
