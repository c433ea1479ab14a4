#include "site/search_index.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "site/process.h"

namespace affiche {

std::string FindPagefind(std::string* warning) {
  const char* chosen = std::getenv("AFFICHE_PAGEFIND");
  if (chosen && *chosen) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(chosen, ec) && access(chosen, X_OK) == 0)
      return chosen;
    *warning = std::string("AFFICHE_PAGEFIND=") + chosen +
               " is not an executable file; the site is built without search";
    return "";
  }
  return FindInPath("pagefind");
}

namespace {

// "Indexed 40 pages" in Pagefind's summary, or 0.
int Figure(const std::string& log, const std::string& what) {
  std::smatch match;
  std::regex line("Indexed ([0-9]+) " + what);
  return std::regex_search(log, match, line) ? std::atoi(match[1].str().c_str()) : 0;
}

std::string LastLine(const std::string& log) {
  std::istringstream lines(log);
  std::string line, last;
  while (std::getline(lines, line))
    if (line.find_first_not_of(" \t\r") != std::string::npos) last = line;
  return last;
}

}  // namespace

bool IndexSite(const std::string& pagefind, const std::string& dir,
               SearchIndexStats* stats, std::string* error) {
  namespace fs = std::filesystem;
  // Beside the folder, not in it: the log is not part of the site.
  const std::string log_path = dir + ".pagefind.log";
  std::error_code ec;
  fs::remove(log_path, ec);
  // --keep-index-url: result links end in index.html, as every link of the
  // site does, so that they work on hosts that serve no folder index.
  ProcessResult run = RunProcess({pagefind, "--site", dir, "--keep-index-url"}, log_path,
                                 std::chrono::minutes(10));
  std::ifstream in(log_path);
  std::string log((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  fs::remove(log_path, ec);
  if (!run.started) {
    *error = "cannot index the site for search: " + run.error;
    return false;
  }
  if (run.timed_out || run.exit_code != 0) {
    *error = pagefind + (run.timed_out ? " ran for more than 10 minutes" : " failed") +
             (log.empty() ? "" : ": " + LastLine(log));
    return false;
  }
  stats->pages = Figure(log, "pages");
  stats->words = Figure(log, "words");
  stats->filters = Figure(log, "filters");
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(dir) / "pagefind", ec))
    if (entry.is_regular_file(ec)) ++stats->files;
  return true;
}

}  // namespace affiche
