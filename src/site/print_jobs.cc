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

std::string DepartmentProgrammePdfPath(const std::string& id) {
  return DepartmentDir(id) + "programme.pdf";
}

std::vector<PrintJob> PrintJobs(const Programme& programme, const Plan& plan) {
  std::vector<PrintJob> jobs;
  auto add = [&](std::string page, std::string pdf, std::string event,
                 std::string department) {
    if (plan.Find(page) >= 0)
      jobs.push_back(
          {std::move(page), std::move(pdf), std::move(event), std::move(department)});
  };
  for (const Event* event : programme.events()) {
    std::string department = programme.DepartmentOf(*event);
    add(IndexFile(PosterDir(event->slug)), PosterPdfPath(event->slug), event->slug,
        department);
    add(IndexFile(CommuniqueDir(event->slug)), CommuniquePdfPath(event->slug),
        event->slug, department);
  }
  // When the programme is split into pages, the booklet has its own page.
  add(plan.Find(IndexFile(kBookletDir)) >= 0 ? IndexFile(kBookletDir) : "index.html",
      "programme.pdf", "", "");
  add(IndexFile(kPressDir), kPressKitPdf, "", "");
  for (const auto& [id, events] : programme.by_department())
    add(IndexFile(DepartmentProgrammeDir(id)), DepartmentProgrammePdfPath(id), "", id);
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
