// The pages `affiche posters --pdf` prints, and where each PDF goes: the
// posters and press releases of the events, the programme, the press kit and
// each department's programme.
#ifndef AFFICHE_SITE_PRINT_JOBS_H_
#define AFFICHE_SITE_PRINT_JOBS_H_

#include <string>
#include <vector>

#include "model/programme.h"
#include "render/core/plan.h"
#include "render/core/urls.h"  // DepartmentProgrammePdfPath

namespace affiche {

// One page to print to PDF, or to capture as a sharing image (a PNG of
// kShareImageWidth × kShareImageHeight); the paths are relative to the site
// folder.
struct PrintJob {
  std::string page;        // "events/<slug>/poster/index.html"
  std::string pdf;         // what is written: "events/<slug>/poster.pdf", or the PNG
  std::string event;       // the event's slug, or "" for a page of the site
  std::string department;  // the event's or the page's department, or ""
  // The page that links to the file once it is there (its hidden link is
  // opened: ShowPdfLink, ShowShareCard); "" for the page itself.
  std::string shown_on{};
  bool capture = false;  // a screenshot of the page (PNG), not a PDF
};

// Where the press release and the press kit are printed (a department's
// printable programme: DepartmentProgrammePdfPath in render/core/urls.h).
std::string CommuniquePdfPath(const std::string& slug);  // "events/<slug>/communique.pdf"
inline constexpr char kPressKitPdf[] = "presse/dossier-de-presse.pdf";

// Every printable page of the plan, in programme order: each event's poster,
// press release and sharing image, then the programme, the press kit and the
// departments' programmes. A page the plan does not make (the theme has no
// layout for it) is left out.
std::vector<PrintJob> PrintJobs(const Programme& programme, const Plan& plan);

// The jobs of the events named in slugs and of the departments named in
// departments (their events and their programme); every job when both are
// empty. Sets *unknown to the first name that matches nothing.
std::vector<PrintJob> SelectPrintJobs(const std::vector<PrintJob>& jobs,
                                      const std::vector<std::string>& slugs,
                                      const std::vector<std::string>& departments,
                                      std::string* unknown);

}  // namespace affiche

#endif  // AFFICHE_SITE_PRINT_JOBS_H_
