// PDFs of a written site: every poster and the printable programme, printed
// by headless Chromium (`affiche posters --pdf`), a few browsers at a time.
#ifndef AFFICHE_SITE_PDF_H_
#define AFFICHE_SITE_PDF_H_

#include <chrono>
#include <string>
#include <vector>

#include "base/file_system.h"

namespace affiche {

// What `affiche posters --pdf` says when there is no Chromium to print with.
inline constexpr char kChromiumMissing[] =
    "Chromium is needed for --pdf; install it with: apt-get install chromium";

// One page to print; both paths are relative to the site folder.
struct PdfJob {
  std::string page;  // "events/<slug>/poster/index.html"
  std::string pdf;   // "events/<slug>/poster.pdf"
};

// Every poster of the site written in out_dir, by slug, then index.html as
// programme.pdf.
std::vector<PdfJob> PdfJobsOf(const FileSystem& fs, const std::string& out_dir);

// The path of Chromium in PATH ("chromium", else "chromium-browser"), or "".
std::string FindChromium();

// The command line that prints url (file://…) to pdf_path with a fresh profile
// in profile_dir: the flags of ../shared/STACK.md, which work as root, and no
// header or footer on the page.
std::vector<std::string> ChromiumPrintCommand(const std::string& chromium,
                                              const std::string& profile_dir,
                                              const std::string& pdf_path,
                                              const std::string& url);

// A poster page hides its "Télécharger le PDF" link between these until its
// PDF exists: after a plain `affiche build` no link is dead.
inline constexpr char kPdfLinkOpen[] = "<!--affiche-pdf ";
inline constexpr char kPdfLinkClose[] = " affiche-pdf-->";

// Shows the hidden PDF link of html (a poster page) and returns it; html as
// it is when it has none.
std::string ShowPdfLink(const std::string& html);

struct PdfOptions {
  std::string chromium;                      // the browser's path
  int parallel = 2;                          // browsers running at once
  std::chrono::milliseconds timeout{60000};  // for one page
};

struct PdfResult {
  std::string pdf;  // as in the job
  bool ok = false;
  std::string error;  // why no PDF was written, when !ok
  double seconds = 0;
};

// Prints every job's page of out_dir to its PDF, options.parallel at a time.
// Chromium exits 0 even when a page fails, so a PDF counts only when it was
// written and starts with "%PDF"; it is written beside its target and renamed
// into place, so that a failed print leaves no partial file. One failure does
// not stop the others. Returns a result per job, in the jobs' order.
std::vector<PdfResult> PrintPdfs(const std::string& out_dir,
                                 const std::vector<PdfJob>& jobs,
                                 const PdfOptions& options);

// Shows the PDF link (ShowPdfLink) in the page of each job whose PDF was
// written; returns the number of pages changed.
int LinkPrintedPdfs(const std::string& out_dir, const std::vector<PdfJob>& jobs,
                    const std::vector<PdfResult>& results);

}  // namespace affiche

#endif  // AFFICHE_SITE_PDF_H_
