// The view model of the search page: Pagefind's search box and filters, and
// the links that stand in for them without JavaScript.
#include <utility>

#include "render/core/dates.h"
#include "render/core/mustache_data.h"
#include "render/core/urls.h"
#include "render/views/paging.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;

std::string ViewModel::SearchShape() const {
  // The day links lead to the page that holds each day.
  return ListingIndexShape(Listing::kDepartments) + '\x1d' +
         ListingIndexShape(Listing::kCategories) + '\x1d' + ProgrammePaging().Shape();
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
  // The days of the programme's day list: long-running events have none of
  // their own, so a day filter offers no day the list has no place for.
  const Paging& paging = ProgrammePaging();
  Data days = ListWithCapacity(paging.days.size());
  for (const auto& [date, holder] : paging.days) {
    Data day;
    Put(&day, "id", date.Iso());
    Put(&day, "label", Typeset(FormatDate(theme_, date, DateStyle::kShort)));
    Put(&day, "url",
        EncodePath(PagingFile(paging, paging.split() ? holder : kWhole, "")) + "#day-" +
            date.Iso());
    Append(&days, std::move(day));
  }
  Put(&data, "days", std::move(days));
  Put(&data, "count_one", Label("event_count_one"));
  Put(&data, "count_other", Label("event_count_other"));
  Put(&page, "search", std::move(data));
  return page;
}

}  // namespace affiche
