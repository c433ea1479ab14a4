// affiche: arguments -> options, then one of build, check, serve, tally, new or posters.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "load/readers.h"
#include "print/chromium.h"
#include "print/pdf_cache.h"
#include "print/print_pdfs.h"
#include "serve/preview.h"
#include "site/build.h"
#include "site/build_folder.h"
#include "site/help.h"
#include "site/new_event.h"
#include "site/new_site.h"
#include "site/search_index.h"
#include "site/tally_report.h"
#include "site/write.h"
#include "validate/attendance.h"

namespace affiche {
namespace {

// Thrown for a command line that makes no sense; main() prints it and exits 2.
struct UsageError {
  std::string message;
};

// The parsed command line: the command, its words and its --options.
struct Args {
  std::string command;
  std::vector<std::string> words;
  std::map<std::string, std::string> options;  // "--drafts" -> "" for flags

  std::string Get(const std::string& name, const std::string& fallback = "") const {
    auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
  bool Has(const std::string& name) const { return options.count(name) > 0; }
};

Args ParseArgs(int argc, char** argv) {
  static const std::map<std::string, std::vector<std::string>> kOptions = {
      {"build", {"--source", "--out", "--base-url", "--drafts", "--previous"}},
      {"check", {"--source", "--drafts"}},
      {"tally", {"--source", "--format", "--drafts"}},
      {"serve", {"--source", "--host", "--port", "--base-url", "--drafts", "--previous"}},
      {"new", {"--source", "--title", "--start"}},
      {"posters",
       {"--pdf", "--source", "--out", "--base-url", "--drafts", "--department",
        "--force"}},
  };
  static const std::vector<std::string> kFlags = {"--drafts", "--pdf", "--force"};
  Args args;
  if (argc < 2) throw UsageError{"missing command"};
  args.command = argv[1];
  auto allowed = kOptions.find(args.command);
  if (allowed == kOptions.end())
    throw UsageError{"unknown command '" + args.command + "'"};
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0) {
      args.words.push_back(arg);
      continue;
    }
    std::string value;
    size_t equals = arg.find('=');
    if (equals != std::string::npos) {
      value = arg.substr(equals + 1);
      arg.resize(equals);
    }
    if (arg == "--help") {
      args.options[arg] = "";
      continue;
    }
    const auto& names = allowed->second;
    if (std::find(names.begin(), names.end(), arg) == names.end())
      throw UsageError{"unknown option '" + arg + "' for " + args.command};
    bool is_flag = std::find(kFlags.begin(), kFlags.end(), arg) != kFlags.end();
    if (!is_flag && equals == std::string::npos) {
      if (i + 1 >= argc) throw UsageError{"option " + arg + " needs a value"};
      value = argv[++i];
    }
    args.options[arg] = value;
  }
  return args;
}

BuildOptions BuildOptionsOf(const Args& args) {
  BuildOptions options;
  options.source_dir = args.Get("--source", ".");
  options.load.base_url = args.Get("--base-url");
  options.load.drafts = args.Has("--drafts");
  // The feeds' memory: the published calendar.ics, else the last build's.
  std::string out_dir = args.Get("--out", JoinPath(options.source_dir, "site-out"));
  options.previous_feed = args.Get("--previous", JoinPath(out_dir, "calendar.ics"));
  std::error_code ec;
  if (args.Has("--previous") &&
      !std::filesystem::is_regular_file(options.previous_feed, ec))
    throw UsageError{"--previous: no file at '" + options.previous_feed + "'"};
  return options;
}

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Prints the diagnostics and a closing count; returns the exit status.
int Report(const Diagnostics& diags, const std::string& on_error) {
  std::cerr << diags.Format();
  if (!diags.has_errors()) return 0;
  std::cerr << "affiche: " << Plural(diags.error_count(), "error");
  if (diags.warning_count() > 0)
    std::cerr << ", " << Plural(diags.warning_count(), "warning");
  std::cerr << on_error << "\n";
  return 1;
}

long MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::steady_clock::now() - start)
                               .count());
}

int Build(const Args& args, BuildStats* built = nullptr) {
  auto started = std::chrono::steady_clock::now();
  BuildOptions options = BuildOptionsOf(args);
  std::string out_dir = args.Get("--out", JoinPath(options.source_dir, "site-out"));
  std::string problem = OutputFolderProblem(options.source_dir, out_dir);
  if (!problem.empty()) throw UsageError{problem};
  // The search page loads Pagefind's index when Pagefind is there to make it.
  std::string warning;
  std::string pagefind = FindPagefind(&warning);
  if (!warning.empty()) std::cerr << "affiche: warning: " << warning << "\n";
  options.search_index = !pagefind.empty();
  Diagnostics diags;
  FolderBuild result;
  std::string error;
  bool ok = BuildFolder(options, out_dir, pagefind, &result, &diags, &error);
  if (int status = Report(diags, "; " + out_dir + " was left as it was")) return status;
  if (!ok) {
    std::cerr << "affiche: error: " << error << "\n";
    return 1;
  }
  if (!result.warning.empty())
    std::cerr << "affiche: warning: " << result.warning << "\n";
  if (built) *built = result.stats;
  std::cout << "Built " << Plural(result.stats.events, "event") << " and "
            << Plural(result.stats.pages, "page") << ": " << result.files << " files in "
            << out_dir << " (" << MillisecondsSince(started) << " ms";
  if (result.warm) std::cout << "; " << result.rendered << " rendered again";
  if (options.search_index)
    std::cout << "; search: Pagefind indexed " << Plural(result.search.pages, "page")
              << ", " << Plural(result.search.words, "word") << " and "
              << Plural(result.search.filters, "filter") << " in " << result.indexing_ms
              << " ms";
  std::cout << ")\n";
  return 0;
}

// Loads and checks, and renders nothing.
int Check(const Args& args) {
  BuildOptions options = BuildOptionsOf(args);
  DiskFileSystem fs = SourceFileSystem(options);
  Diagnostics diags;
  CheckedSite site;
  LoadAndCheck(fs, options, &site, &diags);
  if (int status = Report(diags, "")) return status;
  std::cout << "No errors in "
            << Plural(static_cast<int>(site.content.events.size()), "event") << " and "
            << Plural(static_cast<int>(site.content.pages.size()), "page");
  if (diags.warning_count() > 0)
    std::cout << " (" << Plural(diags.warning_count(), "warning") << ")";
  std::cout << ".\n";
  return 0;
}

// Prints the tally; diagnostics only when the content has errors (the
// warnings are `check`'s).
int PrintTally(const Args& args) {
  TallyFormat format = TallyFormat::kTable;
  if (!ParseTallyFormat(args.Get("--format", "table"), &format))
    throw UsageError{"--format must be table, csv or json, not '" + args.Get("--format") +
                     "'"};
  BuildOptions options = BuildOptionsOf(args);
  DiskFileSystem fs = SourceFileSystem(options);
  Diagnostics diags;
  std::string text;
  if (!TallyReport(fs, options, format, &text, &diags))
    return Report(diags, "; no tally until they are fixed");
  std::cout << text;
  return 0;
}

// Builds in memory and serves; rebuilds on every change of content/ or
// themes/, with live reload. Errors show in the browser instead of stopping it.
int Serve(const Args& args) {
  BuildOptions build = BuildOptionsOf(args);
  ServeOptions options;
  options.host = args.Get("--host", options.host);
  std::string port = args.Get("--port", std::to_string(options.port));
  if (port.empty() || port.size() > 5 ||
      port.find_first_not_of("0123456789") != std::string::npos ||
      std::stoul(port) > 65535)
    throw UsageError{"--port must be a number from 0 to 65535, not '" + port + "'"};
  options.port = static_cast<unsigned short>(std::stoul(port));
  return Preview(build, options).Run();
}

// Builds the site, then prints the chosen printable pages to PDF (those that
// changed since their last PDF).
int Posters(const Args& args) {
  if (!args.Has("--pdf"))
    throw UsageError{"posters needs --pdf (affiche build writes the posters' pages)"};
  PdfOptions pdf;
  pdf.chromium = FindChromium();
  if (pdf.chromium.empty()) {
    std::cerr << "affiche: error: " << kChromiumMissing << "\n";
    return 1;
  }
  BuildStats stats;
  if (int status = Build(args, &stats)) return status;
  std::vector<std::string> departments;
  if (args.Has("--department")) departments.push_back(args.Get("--department"));
  std::string unknown;
  std::vector<PrintJob> wanted =
      SelectPrintJobs(stats.print_jobs, args.words, departments, &unknown);

  auto started = std::chrono::steady_clock::now();
  std::string out_dir =
      args.Get("--out", JoinPath(args.Get("--source", "."), "site-out"));
  pdf.cache_dir = PdfCacheDirOf(out_dir);
  pdf.force = args.Has("--force");
  for (const PrintJob& job : wanted) pdf.wanted.insert(job.pdf);
  if (!unknown.empty()) pdf.wanted = {""};  // print nothing; put back the unchanged PDFs
  PrintProgress progress(isatty(STDERR_FILENO) ? &std::cerr : nullptr);
  std::vector<PdfResult> results = PrintPdfs(out_dir, stats.print_jobs, pdf, &progress);
  LinkPrintedPdfs(out_dir, stats.print_jobs,
                  results);  // each poster links its PDF once there
  if (!unknown.empty())
    throw UsageError{"nothing to print for '" + unknown + "': no event" +
                     (departments.empty() ? "" : " or department") + " of that name"};
  int failed = 0, reused = 0, skipped = 0, images = 0;
  double printing = 0;
  for (size_t i = 0; i < results.size(); ++i) {
    const PdfResult& result = results[i];
    reused += result.reused;
    skipped += result.skipped;
    printing += result.seconds;
    if (result.ok) images += stats.print_jobs[i].capture;
    if (result.ok || result.skipped) continue;
    ++failed;
    std::cerr << "affiche: error: " << JoinPath(out_dir, result.pdf) << ": "
              << result.error << "\n";
  }
  int written = static_cast<int>(results.size()) - failed - skipped;
  int printed = written - reused, tried = printed + failed;
  char each[32] = "";
  if (tried > 0) std::snprintf(each, sizeof each, ", %.2f s a page", printing / tried);
  std::cout << "Wrote " << Plural(written - images, "PDF")
            << (images ? " and " + Plural(images, "sharing image") : "") << " in "
            << out_dir << ": " << printed << " printed" << each << ", " << reused
            << " unchanged"
            << (skipped ? ", " + std::to_string(skipped) + " changed but not asked for"
                        : "")
            << (failed ? ", " + std::to_string(failed) + " failed" : "") << " ("
            << MillisecondsSince(started) << " ms)\n";
  return failed ? 1 : 0;
}

int NewEvent(const Args& args) {
  std::string source = args.Get("--source", ".");
  std::string start = args.Get("--start", DefaultStart(source));
  if (std::string problem = CheckNewEvent(args.words[1], start); !problem.empty())
    throw UsageError{problem};
  std::string path, error;
  if (!CreateEventFile(source, args.words[1], args.Get("--title", "Nouvel événement"),
                       start, &path, &error)) {
    std::cerr << "affiche: error: " << error << "\n";
    return 1;
  }
  std::cout << "Created " << path << "\n";
  return 0;
}

int NewSite(const Args& args) {
  if (!args.options.empty()) throw UsageError{"new site takes no option"};
  const std::string& dir = args.words[1];
  std::string error;
  if (!CreateSite(dir, NewSiteFiles(LocalToday()), &error)) {
    std::cerr << "affiche: error: " << error << "\n";
    return 1;
  }
  std::cout << "Created a new site in " << dir << "\nNext: cd " << dir
            << " && affiche serve, then edit content/site.yaml\n";
  return 0;
}

int New(const Args& args) {
  if (args.words.size() == 2 && args.words[0] == "event") return NewEvent(args);
  if (args.words.size() == 2 && args.words[0] == "site") return NewSite(args);
  throw UsageError{
      "usage: affiche new site DIR, or affiche new event SLUG [--title T] "
      "[--start DATETIME]"};
}

// affiche help [COMMAND].
int Help(int argc, char** argv) {
  if (argc > 3) throw UsageError{"usage: affiche help [COMMAND]"};
  if (argc < 3) {
    std::cout << GeneralHelp();
    return 0;
  }
  const std::string* help = CommandHelp(argv[2]);
  if (!help) throw UsageError{"unknown command '" + std::string(argv[2]) + "'"};
  std::cout << *help;
  return 0;
}

int Main(int argc, char** argv) {
  std::string first = argc >= 2 ? argv[1] : "";
  if (first == "--help" || first == "-h") {
    std::cout << GeneralHelp();
    return 0;
  }
  if (first == "--version") {
    std::cout << "affiche " AFFICHE_VERSION "\n";
    return 0;
  }
  try {
    if (first == "help") return Help(argc, argv);
    Args args = ParseArgs(argc, argv);
    if (args.Has("--help")) {
      std::cout << *CommandHelp(args.command);
      return 0;
    }
    if (args.command == "build") return Build(args);
    if (args.command == "check") return Check(args);
    if (args.command == "tally") return PrintTally(args);
    if (args.command == "serve") return Serve(args);
    if (args.command == "posters") return Posters(args);
    return New(args);
  } catch (const UsageError& e) {
    std::cerr << "affiche: error: " << e.message << "\nTry 'affiche help"
              << (CommandHelp(first) && first != "help" ? " " + first : "") << "'.\n";
    return 2;
  }
}

}  // namespace
}  // namespace affiche

int main(int argc, char** argv) { return affiche::Main(argc, argv); }
