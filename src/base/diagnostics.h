// Diagnostics: the errors and warnings of a run, collected while work goes on and
// printed at the end in the compiler form editors' problem matchers read.
#ifndef AFFICHE_BASE_DIAGNOSTICS_H_
#define AFFICHE_BASE_DIAGNOSTICS_H_

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace affiche {

enum class Severity { kError, kWarning };

// A place in a source file; line and column are 1-based, 0 when unknown.
struct SourcePos {
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string path;  // as the user would type it, e.g. "content/events/x.md"
  SourcePos pos;
  std::string message;
  std::string hint;  // optional: how to fix it

  // "path:line:col: error: message" (line and column left out when unknown).
  std::string Headline() const;
};

// Collects diagnostics from any thread. Files registered with AddSource() get
// their offending line quoted with a caret under the column.
class Diagnostics {
 public:
  void Error(const std::string& path, SourcePos pos, std::string message,
             std::string hint = "");
  void Warning(const std::string& path, SourcePos pos, std::string message,
               std::string hint = "");
  void Add(Diagnostic d);
  // Adds other's diagnostics and quoted sources to this one.
  void Merge(const Diagnostics& other);
  bool empty() const;

  // Remembers a file's text so that Format() can quote its lines.
  void AddSource(const std::string& path, const std::string& text);
  // The paths that have diagnostics but no text registered with AddSource().
  std::vector<std::string> PathsWithoutSource() const;

  int error_count() const;
  int warning_count() const;
  bool has_errors() const { return error_count() > 0; }

  // All diagnostics, ordered by path, line and column (stable for a given input).
  std::vector<Diagnostic> Sorted() const;

  // Every diagnostic with its quoted line, caret and hint, then nothing else.
  std::string Format() const;

 private:
  std::string QuoteLine(const Diagnostic& d) const;

  mutable std::mutex mutex_;
  std::vector<Diagnostic> all_;
  std::map<std::string, std::vector<std::string>> sources_;
};

// text as a terminal may show it: control characters, DEL, the C1 controls
// and bytes that are not UTF-8 written out as \xNN or \uNNNN, tabs kept.
std::string Printable(const std::string& text);

}  // namespace affiche

#endif  // AFFICHE_BASE_DIAGNOSTICS_H_
