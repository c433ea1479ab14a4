#include "site/pdf.h"

#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "render/core/urls.h"
#include "render/posters/posters.h"
#include "site/process.h"

namespace affiche {

namespace fs = std::filesystem;

namespace {

const char kProgrammePdf[] = "programme.pdf";

// A scratch folder for one browser run (its profile and log), removed with it.
class ScratchDir {
 public:
  ScratchDir() {
    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / "affiche-pdf-XXXXXX").string();
    if (mkdtemp(pattern.data())) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

bool StartsWithPdfMagic(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, sizeof magic) && std::string(magic, 4) == "%PDF";
}

// What Chromium said about a page it could not print ("Page load failed:
// net::ERR_FILE_NOT_FOUND"), without its usual noise about D-Bus.
std::string ChromiumComplaint(const std::string& log_path) {
  std::ifstream in(log_path);
  std::string line, last;
  while (std::getline(in, line)) {
    if (line.find("dbus") != std::string::npos ||
        line.find("bus.cc") != std::string::npos ||
        line.find("unexpected operator") != std::string::npos)
      continue;
    if (line.find("ERR_") != std::string::npos ||
        line.find("ailed") != std::string::npos || line.find("rror") != std::string::npos)
      last = line;
  }
  size_t message = last.find("] ");  // after Chromium's [pid:tid:time:ERROR:file] prefix
  if (message != std::string::npos) last = last.substr(message + 2);
  if (last.size() > 200) last = last.substr(0, 200) + "…";
  return last;
}

PdfResult PrintOne(const std::string& out_dir, const PdfJob& job,
                   const PdfOptions& options) {
  auto started = std::chrono::steady_clock::now();
  PdfResult result;
  result.pdf = job.pdf;
  ScratchDir scratch;
  std::error_code ec;
  std::string target = JoinPath(out_dir, job.pdf);
  std::string part = target + ".part";
  fs::remove(part, ec);
  std::string page =
      fs::absolute(JoinPath(out_dir, job.page), ec).lexically_normal().string();
  if (scratch.path().empty()) {
    result.error = "cannot make a temporary folder for Chromium";
    return result;
  }
  std::string log = JoinPath(scratch.path(), "chromium.log");
  ProcessResult run = RunProcess(
      ChromiumPrintCommand(options.chromium, JoinPath(scratch.path(), "profile"), part,
                           "file://" + EncodePath(page)),
      log, options.timeout);
  if (!run.started) {
    result.error = run.error;
  } else if (run.timed_out) {
    result.error = "Chromium took more than " +
                   std::to_string(options.timeout.count() / 1000) + " s and was stopped";
  } else if (!StartsWithPdfMagic(part)) {
    std::string complaint = ChromiumComplaint(log);
    result.error = "Chromium wrote no PDF (exit status " + std::to_string(run.exit_code) +
                   (complaint.empty() ? "" : ": " + complaint) + ")";
  } else {
    fs::rename(part, target, ec);
    if (ec) result.error = "cannot rename " + part + ": " + ec.message();
    result.ok = !ec;
  }
  if (!result.ok) fs::remove(part, ec);
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace

std::vector<PdfJob> PdfJobsOf(const FileSystem& fs, const std::string& out_dir) {
  std::vector<PdfJob> jobs;
  for (const std::string& slug : fs.ListDirectories(JoinPath(out_dir, "events"))) {
    std::string page = IndexFile(PosterDir(slug));
    if (fs.IsFile(JoinPath(out_dir, page))) jobs.push_back({page, PosterPdfPath(slug)});
  }
  if (fs.IsFile(JoinPath(out_dir, "index.html")))
    jobs.push_back({"index.html", kProgrammePdf});
  return jobs;
}

std::string FindChromium() {
  for (const char* name : {"chromium", "chromium-browser"}) {
    std::string path = FindInPath(name);
    if (!path.empty()) return path;
  }
  return "";
}

std::vector<std::string> ChromiumPrintCommand(const std::string& chromium,
                                              const std::string& profile_dir,
                                              const std::string& pdf_path,
                                              const std::string& url) {
  return {chromium,
          "--headless",
          "--no-sandbox",  // needed as root; the pages are our own site
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--user-data-dir=" + profile_dir,
          "--no-pdf-header-footer",
          "--print-to-pdf=" + pdf_path,
          url};
}

std::vector<PdfResult> PrintPdfs(const std::string& out_dir,
                                 const std::vector<PdfJob>& jobs,
                                 const PdfOptions& options) {
  std::vector<PdfResult> results(jobs.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < jobs.size();)
      results[i] = PrintOne(out_dir, jobs[i], options);
  };
  size_t browsers = std::min<size_t>(std::max(1, options.parallel), jobs.size());
  std::vector<std::thread> threads;
  for (size_t t = 0; t < browsers; ++t) threads.emplace_back(work);
  for (std::thread& t : threads) t.join();
  return results;
}

std::string ShowPdfLink(const std::string& html) {
  size_t open = html.find(kPdfLinkOpen);
  if (open == std::string::npos) return html;
  size_t close = html.find(kPdfLinkClose, open);
  if (close == std::string::npos) return html;
  size_t inner = open + std::string(kPdfLinkOpen).size();
  return html.substr(0, open) + html.substr(inner, close - inner) +
         html.substr(close + std::string(kPdfLinkClose).size());
}

int LinkPrintedPdfs(const std::string& out_dir, const std::vector<PdfJob>& jobs,
                    const std::vector<PdfResult>& results) {
  int changed = 0;
  for (size_t i = 0; i < jobs.size() && i < results.size(); ++i) {
    if (!results[i].ok) continue;
    std::string path = JoinPath(out_dir, jobs[i].page);
    std::ifstream in(path, std::ios::binary);
    std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    std::string linked = ShowPdfLink(html);
    if (linked == html) continue;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << linked;
    ++changed;
  }
  return changed;
}

}  // namespace affiche
