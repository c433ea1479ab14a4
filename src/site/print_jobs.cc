#include "site/print_jobs.h"

#include <algorithm>

#include "render/core/urls.h"
#include "render/posters/posters.h"

namespace affiche {

namespace {

bool Contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

std::string CommuniquePdfPath(const std::string& slug) {
  return EventDir(slug) + "communique.pdf";
}

std::vector<PrintJob> PrintJobs(const Programme& programme, const Plan& plan) {
  std::vector<PrintJob> jobs;
  auto add = [&](std::string page, std::string pdf, std::string event,
                 std::string department, std::string shown_on = "",
                 bool capture = false) {
    if (plan.Find(page) < 0) return;
    jobs.push_back({std::move(page), std::move(pdf), std::move(event),
                    std::move(department), std::move(shown_on), capture});
  };
  for (const Event* event : programme.events()) {
    const std::string& slug = event->slug;
    std::string department = programme.DepartmentOf(*event);
    add(IndexFile(PosterDir(slug)), PosterPdfPath(slug), slug, department);
    add(IndexFile(CommuniqueDir(slug)), CommuniquePdfPath(slug), slug, department);
    // The event page names the image once it is captured.
    add(IndexFile(SharePageDir(slug)), SharePngPath(slug), slug, department,
        IndexFile(EventDir(slug)), true);
  }
  // When the programme is split into pages, the booklet has its own page.
  add(plan.Find(IndexFile(kBookletDir)) >= 0 ? IndexFile(kBookletDir) : "index.html",
      "programme.pdf", "", "");
  add(IndexFile(kPressDir), kPressKitPdf, "", "");
  // A department's listing page links its PDF once printed.
  for (const auto& [id, events] : programme.by_department())
    add(IndexFile(DepartmentProgrammeDir(id)), DepartmentProgrammePdfPath(id), "", id,
        IndexFile(DepartmentDir(id)));
  return jobs;
}

std::vector<PrintJob> SelectPrintJobs(const std::vector<PrintJob>& jobs,
                                      const std::vector<std::string>& slugs,
                                      const std::vector<std::string>& departments,
                                      std::string* unknown) {
  unknown->clear();
  if (slugs.empty() && departments.empty()) return jobs;
  for (const std::string& name : slugs)
    if (unknown->empty() &&
        std::none_of(jobs.begin(), jobs.end(),
                     [&](const PrintJob& j) { return j.event == name; }))
      *unknown = name;
  for (const std::string& name : departments)
    if (unknown->empty() &&
        std::none_of(jobs.begin(), jobs.end(),
                     [&](const PrintJob& j) { return j.department == name; }))
      *unknown = name;
  std::vector<PrintJob> selected;
  for (const PrintJob& job : jobs)
    if ((!job.event.empty() && Contains(slugs, job.event)) ||
        (!job.department.empty() && Contains(departments, job.department)))
      selected.push_back(job);
  return selected;
}

}  // namespace affiche
