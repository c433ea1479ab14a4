// The view model of the search page: Pagefind's search box and filters, and
// the links that stand in for them without JavaScript.
#include <algorithm>
#include <utility>

#include "render/core/dates.h"
#include "render/core/mustache_data.h"
#include "render/core/urls.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;

std::vector<Date> ViewModel::ProgrammeDays() const {
  // The days of the programme's day list (Days()): long-running events have
  // none of their own, so a day filter offers no day the list has no place for.
  std::vector<Date> days;
  for (const Event* event : programme_.events()) {
    if (IsLongRunning(*event)) continue;
    for (Date d = event->start.date; d <= event->last_day(); d = d.AddDays(1))
      days.push_back(d);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

std::string ViewModel::SearchShape() const {
  return ListingIndexShape(Listing::kDepartments) + '\x1d' +
         ListingIndexShape(Listing::kCategories);
}

Data ViewModel::SearchPage(bool indexed) const {
  Data page = PageBase(IndexFile(kSearchDir), Label("search_title"), "", "search");
  Data data;
  Put(&data, "indexed", indexed);
  // Each filter's values: an id for Pagefind (the event pages' filters), a
  // label, and the page that lists the same events without script.
  auto options = [&](Listing listing) {
    std::vector<std::string> ids = ListingIds(listing);
    Data list = ListWithCapacity(ids.size());
    for (const std::string& id : ids) {
      if (ListingEvents(listing, id).empty()) continue;
      Data option;
      Put(&option, "id", id);
      Put(&option, "label", ListingLabel(listing, id));
      Put(&option, "url", EncodePath(IndexFile(ListingEntryDir(listing, id))));
      Append(&list, std::move(option));
    }
    return list;
  };
  Put(&data, "departments", options(Listing::kDepartments));
  Put(&data, "categories", options(Listing::kCategories));
  std::vector<Date> dates = ProgrammeDays();
  Data days = ListWithCapacity(dates.size());
  for (const Date& date : dates) {
    Data day;
    Put(&day, "id", date.Iso());
    Put(&day, "label", Typeset(FormatDate(theme_, date, DateStyle::kShort)));
    Put(&day, "url", "index.html#day-" + date.Iso());
    Append(&days, std::move(day));
  }
  Put(&data, "days", std::move(days));
  Put(&data, "count_one", Label("event_count_one"));
  Put(&data, "count_other", Label("event_count_other"));
  Put(&page, "search", std::move(data));
  return page;
}

}  // namespace affiche
