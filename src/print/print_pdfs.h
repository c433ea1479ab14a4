// `affiche posters --pdf`'s printing: the chosen pages of a written site to
// PDF (or, for the events' sharing images, to PNG) through one headless
// Chromium, skipping those unchanged since their last PDF, with progress.
#ifndef AFFICHE_PRINT_PRINT_PDFS_H_
#define AFFICHE_PRINT_PRINT_PDFS_H_

#include <chrono>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include "site/print_jobs.h"

namespace affiche {

// What `affiche posters --pdf` says when there is no Chromium to print with.
inline constexpr char kChromiumMissing[] =
    "Chromium is needed for --pdf; install it with: apt-get install chromium";

struct PdfOptions {
  std::string chromium;                      // the browser's path
  std::chrono::milliseconds timeout{60000};  // for one page, and to start the browser
  std::string cache_dir;                     // "": print every page
  bool force = false;                        // print even the unchanged pages
  // The PDFs to print ("events/x/poster.pdf"); empty: all. The others are
  // only put back from the cache when their page is unchanged.
  std::set<std::string> wanted;
};

struct PdfResult {
  std::string pdf;  // as in the job
  bool ok = false;
  bool reused = false;   // unchanged since its last PDF, which was put back
  bool skipped = false;  // changed, but not among the wanted ones: no PDF
  std::string error;     // why no PDF was written, when !ok
  double seconds = 0;    // printing it
};

// Where the printing tells how far it is: on a terminal, one line redrawn
// after each page ("[12/41] events/x/poster.pdf, 0.21 s a page, 6 s left");
// elsewhere nothing (the caller prints a summary).
class PrintProgress {
 public:
  explicit PrintProgress(std::ostream* terminal) : out_(terminal) {}
  void Begin(size_t total) { total_ = total; }
  // done of the total are printed, in seconds_so_far; pdf is next.
  void Printing(size_t done, const std::string& pdf, double seconds_so_far);
  void Finish();

 private:
  std::ostream* out_;  // nullptr: not a terminal
  size_t total_ = 0;
};

// Prints each job's page of out_dir to its PDF, one after another through one
// browser. A PDF whose page (and what it links to) is unchanged since it was
// kept in options.cache_dir is put back instead, wanted or not. A PDF is written beside
// its target and renamed into place, so that a failed print leaves no partial file; one
// failure does not stop the others. Returns a result per job, in the jobs' order.
std::vector<PdfResult> PrintPdfs(const std::string& out_dir,
                                 const std::vector<PrintJob>& jobs,
                                 const PdfOptions& options, PrintProgress* progress);

// Shows the link to each job's file that is there (printed or put back) in
// the page that links it (the job's shown_on, else its page): the PDF link
// (ShowPdfLink), or for a sharing image the event page's og:image
// (ShowShareCard). Returns the number of pages changed. Called after
// PrintPdfs(), whose cache keys on the pages as the build wrote them.
int LinkPrintedPdfs(const std::string& out_dir, const std::vector<PrintJob>& jobs,
                    const std::vector<PdfResult>& results);

}  // namespace affiche

#endif  // AFFICHE_PRINT_PRINT_PDFS_H_
