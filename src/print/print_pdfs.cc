#include "print/print_pdfs.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>

#include "base/file_system.h"
#include "print/chromium.h"
#include "print/pdf_cache.h"
#include "render/core/images.h"
#include "render/core/urls.h"
#include "render/posters/posters.h"

namespace affiche {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Writes bytes to out_dir/pdf through a ".part" file renamed into place.
bool WritePdf(const std::string& out_dir, const std::string& pdf,
              const std::string& bytes, std::string* error) {
  std::string target = JoinPath(out_dir, pdf), part = target + ".part";
  std::error_code ec;
  fs::create_directories(fs::path(target).parent_path(), ec);
  {
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    if (out << bytes) {
      out.close();
      if (out) {
        fs::rename(part, target, ec);
        if (!ec) return true;
      }
    }
  }
  fs::remove(part, ec);
  *error = "cannot write " + target;
  return false;
}

}  // namespace

void PrintProgress::Printing(size_t done, const std::string& pdf, double seconds_so_far) {
  if (!out_) return;
  *out_ << "\r\033[K[" << done + 1 << "/" << total_ << "] " << pdf;
  if (done > 0) {
    double each = seconds_so_far / done;
    char line[96];
    std::snprintf(line, sizeof line, ", %.2f s a page, %.0f s left", each,
                  std::ceil(each * (total_ - done)));
    *out_ << line;
  }
  out_->flush();
}

void PrintProgress::Finish() {
  if (out_) *out_ << "\r\033[K" << std::flush;
}

std::vector<PdfResult> PrintPdfs(const std::string& out_dir,
                                 const std::vector<PrintJob>& jobs,
                                 const PdfOptions& options, PrintProgress* progress) {
  // First what can be put back and what is not asked for, to know how many
  // pages there are to print.
  std::vector<PdfResult> results(jobs.size());
  std::vector<std::string> keys(jobs.size());
  std::vector<size_t> to_print;
  PdfCache cache(options.cache_dir);
  for (size_t i = 0; i < jobs.size(); ++i) {
    PdfResult& result = results[i];
    result.pdf = jobs[i].pdf;
    if (!options.cache_dir.empty()) keys[i] = PageKey(out_dir, jobs[i].page);
    if (!options.force && cache.Reuse(jobs[i].pdf, keys[i], out_dir))
      result.ok = result.reused = true;
    else if (!options.wanted.empty() && !options.wanted.count(jobs[i].pdf))
      result.skipped = true;
    else
      to_print.push_back(i);
  }

  std::unique_ptr<ChromiumPrinter> browser;  // started for the first page to print
  std::string start_error;
  double printing = 0;
  std::error_code ec;
  std::string root = fs::absolute(out_dir, ec).lexically_normal().string();
  if (progress) progress->Begin(to_print.size());
  for (size_t n = 0; n < to_print.size(); ++n) {
    const PrintJob& job = jobs[to_print[n]];
    PdfResult& result = results[to_print[n]];
    if (progress) progress->Printing(n, job.pdf, printing);
    auto started = Clock::now();
    if (!browser && start_error.empty()) {
      browser = std::make_unique<ChromiumPrinter>();
      if (!browser->Start(options.chromium, options.timeout, &start_error))
        browser.reset();
    }
    std::string bytes, url = "file://" + EncodePath(JoinPath(root, job.page));
    if (!browser) {
      result.error = start_error;
    } else if ((job.capture
                    ? browser->Capture(url, kShareImageWidth, kShareImageHeight,
                                       options.timeout, &bytes, &result.error)
                    : browser->Print(url, options.timeout, &bytes, &result.error)) &&
               WritePdf(out_dir, job.pdf, bytes, &result.error)) {
      result.ok = true;
      cache.Keep(job.pdf, keys[to_print[n]], out_dir);
    }
    result.seconds = SecondsSince(started);
    printing += result.seconds;
  }
  if (progress) progress->Finish();
  return results;
}

int LinkPrintedPdfs(const std::string& out_dir, const std::vector<PrintJob>& jobs,
                    const std::vector<PdfResult>& results) {
  int changed = 0;
  for (size_t i = 0; i < jobs.size() && i < results.size(); ++i) {
    if (!results[i].ok && !results[i].reused) continue;
    const PrintJob& job = jobs[i];
    std::string path = JoinPath(out_dir, job.shown_on.empty() ? job.page : job.shown_on);
    std::ifstream in(path, std::ios::binary);
    std::string html((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
    in.close();
    std::string linked = job.capture ? ShowShareCard(html) : ShowPdfLink(html);
    if (linked == html) continue;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << linked;
    ++changed;
  }
  return changed;
}

}  // namespace affiche
