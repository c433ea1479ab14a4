// The view model of a department's programme in print form, and the links
// its listing page gives to it.
#include <limits>
#include <utility>

#include "base/strings.h"
#include "render/core/mustache_data.h"
#include "render/core/urls.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;

Data ViewModel::DepartmentProgrammePage(const std::string& id) const {
  const std::vector<const Event*>& events = ListingEvents(Listing::kDepartments, id);
  const std::string file_path = IndexFile(DepartmentProgrammeDir(id));
  const std::string department = LabelOf(programme_.site().departments, id);
  // Its title says whose programme it is: "Programme : Somme".
  std::string title =
      Typeset(FillIn(theme_.Label("department_programme"), {{"department", department}}));
  std::string count = EventCount(events.size());
  Data page = PageBase(file_path, title, count, "departments");
  Data data;
  Put(&data, "kind", Typeset(department));
  Put(&data, "kind_url", EncodePath(IndexFile(DepartmentDir(id))));
  Put(&data, "title", title);
  Put(&data, "count_text", count);
  Put(&data, "venue", false);
  // Paper has no use for the feed's links, nor for a link to itself.
  Put(&data, "feed", false);
  Put(&data, "print", false);
  Put(&page, "listing", std::move(data));
  const size_t one_page = std::numeric_limits<size_t>::max();
  PutProgramme(MakePaging(events, one_page), kWhole, file_path, DepartmentDir(id), &page);
  return page;
}

Data ViewModel::DepartmentPrintLinks(const std::string& id) const {
  Data print;
  Put(&print, "url", EncodePath(IndexFile(DepartmentProgrammeDir(id))));
  Put(&print, "pdf_url", EncodePath(DepartmentProgrammePdfPath(id)));
  return print;
}

}  // namespace affiche
