// Helpers shared by the tests that run the affiche binary on fixture sites.
#ifndef AFFICHE_TESTS_TEST_UTIL_H_
#define AFFICHE_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

namespace affiche::testing {

struct CommandResult {
  int status = -1;  // exit status
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs a shell command in dir and captures its output.
CommandResult Run(const std::string& command, const std::string& dir = ".");

// The affiche binary under test, quoted for the shell.
std::string Affiche();

// A fresh empty folder under the system's temporary folder, removed at exit.
std::string MakeTempDir();

// Copies the tree at from into to (created if needed), overwriting files.
void CopyTree(const std::string& from, const std::string& to);

std::string ReadFile(const std::string& path);

// The lines of text that hold a diagnostic headline (": error: " or ": warning: ").
std::vector<std::string> Headlines(const std::string& text);

// Splits text into lines (without line ends), dropping a trailing empty line.
std::vector<std::string> Lines(const std::string& text);

// The first script of an HTML page that a browser would run, quoted, or ""
// when there is none: the only <script> allowed is a JSON-LD data block,
// exactly `<script type="application/ld+json">`, with no "</" in it before
// its `</script>`.
std::string ExecutableScriptIn(const std::string& html);

// A link's path with its %XX escapes back to the bytes they stand for
// ("f%C3%AAte" -> "fête"), as a file on disk is named.
std::string PercentDecoded(const std::string& text);

}  // namespace affiche::testing

#endif  // AFFICHE_TESTS_TEST_UTIL_H_
