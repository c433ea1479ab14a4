#include "render/views/view_model.h"

#include <set>
#include <utility>

#include "base/parallel.h"
#include "base/strings.h"
#include "model/tally.h"
#include "render/core/dates.h"
#include "render/core/mustache_data.h"
#include "render/core/urls.h"

namespace affiche {

using Data = ViewModel::Data;

namespace {

Data Labels(const Theme& theme) {
  Data labels;
  for (const auto& [key, text] : theme.i18n.labels) Put(&labels, key, text);
  return labels;
}

}  // namespace

ViewModel::ViewModel(const Programme& programme, const Theme& theme)
    : programme_(programme), theme_(theme), feeds_(FeedsOf(programme)) {
  const SiteConfig& site = programme.site();
  Data site_data;
  Put(&site_data, "title", site.title);
  Put(&site_data, "description", OptionalText(site.description));
  Put(&site_data, "base_url", site.base_url);
  Put(&shared_, "site", std::move(site_data));
  Put(&shared_, "lang", site.language);
  Put(&shared_, "labels", Labels(theme));
  const Edition& edition = site.edition;
  Put(&shared_, "edition_dates",
      edition.start && edition.end
          ? Data(FormatDayRange(theme, *edition.start, *edition.end))
          : Data(false));
  Put(&shared_, "tally_url",
      TallyLinked(programme) ? Data(IndexFile(kTallyDir)) : Data(false));
}

const ViewModel::Data& ViewModel::ItemOf(const Event* event) const {
  std::call_once(items_ready_, [this] {
    const std::vector<const Event*>& events = programme_.events();
    items_.resize(events.size());
    ParallelFor(events.size(), [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) items_[i] = EventItem(*events[i]);
    });
    for (size_t i = 0; i < events.size(); ++i) item_index_[events[i]] = i;
  });
  return items_[item_index_.at(event)];
}

Data ViewModel::PageBase(const std::string& file_path, const std::string& title,
                         const std::string& description,
                         const std::string& nav_current) const {
  const SiteConfig& site = programme_.site();
  Data page;
  Put(&page, "root", RootOf(file_path));
  Put(&page, "page_title", title == site.title ? title : title + " – " + site.title);
  Put(&page, "description", OptionalText(description));
  Put(&page, "canonical", programme_.AbsoluteUrl(EncodePath(PageFolder(file_path))));

  Data nav = ListWithCapacity(4 + programme_.content().pages.size());
  auto add = [&](const std::string& label, const std::string& dir,
                 const std::string& id) {
    Data entry;
    Put(&entry, "label", label);
    Put(&entry, "url", EncodePath(IndexFile(dir)));
    Put(&entry, "current", id == nav_current);
    Append(&nav, std::move(entry));
  };
  add(theme_.Label("programme"), "", "programme");
  add(theme_.Label("departments"), kDepartmentsDir, "departments");
  add(theme_.Label("categories"), kCategoriesDir, "categories");
  add(theme_.Label("venues"), kVenuesDir, "venues");
  for (const Page& p : programme_.content().pages)
    add(p.title, PageDir(p.slug), PageDir(p.slug));
  add(theme_.Label("subscribe"), kSubscribeDir, "subscribe");
  Put(&page, "nav", std::move(nav));
  return page;
}

Data ViewModel::Days(const std::vector<const Event*>& events) const {
  // Where each day starts in events (sorted by start), then the end.
  std::vector<size_t> starts;
  for (size_t i = 0; i < events.size(); ++i)
    if (i == 0 || events[i]->start.date != events[i - 1]->start.date) starts.push_back(i);
  starts.push_back(events.size());

  Data days = ListWithCapacity(starts.size() - 1);
  for (size_t d = 0; d + 1 < starts.size(); ++d) {
    const Date date = events[starts[d]]->start.date;
    Data items = ListWithCapacity(starts[d + 1] - starts[d]);
    for (size_t i = starts[d]; i < starts[d + 1]; ++i)
      Append(&items, ItemOf(events[i]));  // the one copy of an entry
    Data day;
    Put(&day, "date_iso", date.Iso());
    Put(&day, "heading", FormatDate(theme_, date));
    Put(&day, "events", std::move(items));
    Append(&days, std::move(day));
  }
  return days;
}

std::string ViewModel::EventCount(size_t count) const {
  const char* key = count == 0   ? "event_count_zero"
                    : count == 1 ? "event_count_one"
                                 : "event_count_other";
  return FillIn(theme_.Label(key), {{"n", std::to_string(count)}});
}

Data ViewModel::IndexPage() const {
  const SiteConfig& site = programme_.site();
  Data page = PageBase("index.html", site.title, site.description, "programme");
  Put(&page, "days", Days(programme_.events()));
  return page;
}

std::string ViewModel::ListingDir(Listing listing) {
  switch (listing) {
    case Listing::kDepartments:
      return kDepartmentsDir;
    case Listing::kCategories:
      return kCategoriesDir;
    case Listing::kVenues:
      return kVenuesDir;
  }
  return "";
}

std::string ViewModel::ListingEntryDir(Listing listing, const std::string& id) {
  switch (listing) {
    case Listing::kDepartments:
      return DepartmentDir(id);
    case Listing::kCategories:
      return CategoryDir(id);
    case Listing::kVenues:
      return VenueDir(id);
  }
  return "";
}

const std::vector<const Event*>& ViewModel::ListingEvents(Listing listing,
                                                          const std::string& id) const {
  static const std::vector<const Event*> kNone;
  const auto& index = listing == Listing::kDepartments  ? programme_.by_department()
                      : listing == Listing::kCategories ? programme_.by_category()
                                                        : programme_.by_venue();
  auto it = index.find(id);
  return it == index.end() ? kNone : it->second;
}

std::vector<std::string> ViewModel::ListingIds(Listing listing) const {
  std::vector<std::string> ids;
  const SiteConfig& site = programme_.site();
  if (listing == Listing::kDepartments || listing == Listing::kCategories) {
    // site.yaml's order, then ids only events use.
    const LabelList& labels =
        listing == Listing::kDepartments ? site.departments : site.categories;
    std::set<std::string> known;
    for (const auto& [id, label] : labels) {
      ids.push_back(id);
      known.insert(id);
    }
    const auto& index = listing == Listing::kDepartments ? programme_.by_department()
                                                         : programme_.by_category();
    for (const auto& [id, events] : index)
      if (!known.count(id) && !events.empty()) ids.push_back(id);
  } else {
    for (const auto& [id, venue] : programme_.content().venues) ids.push_back(id);
  }
  return ids;
}

std::string ViewModel::ListingLabel(Listing listing, const std::string& id) const {
  const SiteConfig& site = programme_.site();
  switch (listing) {
    case Listing::kDepartments:
      return LabelOf(site.departments, id);
    case Listing::kCategories:
      return LabelOf(site.categories, id);
    case Listing::kVenues: {
      auto it = programme_.content().venues.find(id);
      return it == programme_.content().venues.end() || it->second.name.empty()
                 ? id
                 : it->second.name;
    }
  }
  return id;
}

namespace {
const char* ListingKey(Listing listing, bool plural) {
  switch (listing) {
    case Listing::kDepartments:
      return plural ? "departments" : "department";
    case Listing::kCategories:
      return plural ? "categories" : "category";
    case Listing::kVenues:
      return plural ? "venues" : "venue";
  }
  return "";
}
}  // namespace

Data ViewModel::ListingPage(Listing listing, const std::string& id) const {
  const std::vector<const Event*>& events = ListingEvents(listing, id);
  std::string title = ListingLabel(listing, id);
  std::string count = EventCount(events.size());
  Data page = PageBase(IndexFile(ListingEntryDir(listing, id)), title, count,
                       ListingKey(listing, true));
  Data data;
  Put(&data, "kind", theme_.Label(ListingKey(listing, false)));
  Put(&data, "kind_url", EncodePath(IndexFile(ListingDir(listing))));
  Put(&data, "kind_plural", theme_.Label(ListingKey(listing, true)));
  Put(&data, "title", title);
  Put(&data, "count_text", count);
  auto venue = programme_.content().venues.find(id);
  Put(&data, "venue",
      listing == Listing::kVenues && venue != programme_.content().venues.end()
          ? VenueData(venue->second, "")
          : Data(false));
  Put(&data, "feed", ListingFeed(listing, id));
  Put(&page, "listing", std::move(data));
  Put(&page, "days", Days(events));
  return page;
}

Data ViewModel::ListingIndexPage(Listing listing) const {
  std::string title = theme_.Label(ListingKey(listing, true));
  Data page =
      PageBase(IndexFile(ListingDir(listing)), title, "", ListingKey(listing, true));
  std::vector<std::string> ids = ListingIds(listing);
  Data entries = ListWithCapacity(ids.size());
  for (const std::string& id : ids) {
    Data entry;
    Put(&entry, "label", ListingLabel(listing, id));
    Put(&entry, "url", EncodePath(IndexFile(ListingEntryDir(listing, id))));
    size_t count = ListingEvents(listing, id).size();
    Put(&entry, "count", std::to_string(count));
    Put(&entry, "count_text", EventCount(count));
    std::string city;
    if (listing == Listing::kVenues) city = programme_.content().venues.at(id).city;
    Put(&entry, "city", OptionalText(city));
    Append(&entries, std::move(entry));
  }
  Data data;
  Put(&data, "title", title);
  Put(&data, "entries", std::move(entries));
  Put(&page, "listing_index", std::move(data));
  return page;
}

std::string ViewModel::ListingIndexShape(Listing listing) const {
  std::string shape;
  for (const std::string& id : ListingIds(listing)) {
    shape += id + '\x1f' + ListingLabel(listing, id) + '\x1f' +
             std::to_string(ListingEvents(listing, id).size()) + '\x1f';
    if (listing == Listing::kVenues) shape += programme_.content().venues.at(id).city;
    shape += '\n';
  }
  return shape;
}

std::string ViewModel::FeedCounts() const {
  std::string shape;
  for (const Feed& feed : feeds_) shape += std::to_string(feed.events->size()) + ' ';
  return shape;
}

Data ViewModel::FreePage(const Page& p) const {
  Data page = PageBase(IndexFile(PageDir(p.slug)), p.title, "", PageDir(p.slug));
  Data data;
  Put(&data, "title", p.title);
  Put(&data, "body", OptionalText(p.body_html));
  Put(&page, "free_page", std::move(data));
  return page;
}

Data ViewModel::NotFoundPage() const {
  // Servers send 404.html for any missing path, at any depth: its links start
  // from the published site's address instead of being relative.
  Data page = PageBase("404.html", theme_.Label("not_found_title"), "", "");
  Put(&page, "root", programme_.site().base_url);
  Put(&page, "canonical", false);
  return page;
}

}  // namespace affiche
