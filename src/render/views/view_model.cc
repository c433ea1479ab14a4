#include "render/views/view_model.h"

#include <algorithm>
#include <set>
#include <utility>

#include "base/parallel.h"
#include "base/strings.h"
#include "model/tally.h"
#include "render/core/dates.h"
#include "render/core/mustache_data.h"
#include "render/core/typography.h"
#include "render/core/urls.h"

namespace affiche {

using Data = ViewModel::Data;

namespace {

Data Labels(const Theme& theme, const std::string& language) {
  Data labels;
  for (const auto& [key, text] : theme.i18n.labels)
    Put(&labels, key, Typography(language, text));
  return labels;
}

}  // namespace

ViewModel::ViewModel(const Programme& programme, const Theme& theme)
    : programme_(programme), theme_(theme), feeds_(FeedsOf(programme)) {
  const SiteConfig& site = programme.site();
  Data site_data;
  Put(&site_data, "title", Typeset(site.title));
  Put(&site_data, "description", OptionalText(Typeset(site.description)));
  Put(&site_data, "base_url", site.base_url);
  Put(&shared_, "site", std::move(site_data));
  Put(&shared_, "lang", site.language);
  Put(&shared_, "labels", Labels(theme, site.language));
  const Edition& edition = site.edition;
  Put(&shared_, "edition_dates",
      edition.start && edition.end
          ? Data(Typeset(FormatDayRange(theme, *edition.start, *edition.end)))
          : Data(false));
  Put(&shared_, "tally_url",
      TallyLinked(programme) ? Data(IndexFile(kTallyDir)) : Data(false));
}

std::string ViewModel::Typeset(const std::string& text) const {
  return Typography(programme_.site().language, text);
}

std::string ViewModel::Typeset(const Event& event, const std::string& text) const {
  return Typography(event.lang.empty() ? programme_.site().language : event.lang, text);
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
  Put(&page, "page_title",
      Typeset(title == site.title ? title : title + " – " + site.title));
  Put(&page, "description", OptionalText(Typeset(description)));
  Put(&page, "canonical", programme_.AbsoluteUrl(EncodePath(PageFolder(file_path))));

  Data nav = ListWithCapacity(6 + programme_.content().pages.size());
  auto add = [&](const std::string& label, const std::string& dir,
                 const std::string& id) {
    Data entry;
    Put(&entry, "label", Typeset(label));
    Put(&entry, "url", EncodePath(IndexFile(dir)));
    Put(&entry, "current", id == nav_current);
    Append(&nav, std::move(entry));
  };
  add(Label("programme"), "", "programme");
  add(Label("search"), kSearchDir, "search");
  add(Label("departments"), kDepartmentsDir, "departments");
  add(Label("categories"), kCategoriesDir, "categories");
  add(Label("venues"), kVenuesDir, "venues");
  for (const Page& p : programme_.content().pages)
    add(p.title, PageDir(p.slug), PageDir(p.slug));
  add(Label("subscribe"), kSubscribeDir, "subscribe");
  Put(&page, "nav", std::move(nav));
  return page;
}

bool IsLongRunning(const Event& event) {
  return event.last_day().DaysSinceEpoch() - event.start.date.DaysSinceEpoch() + 1 >
         kLongestRepeatedDays;
}

Data ViewModel::Days(const std::vector<const Event*>& events) const {
  // Each event under each of its days (a three-day festival on its three),
  // except the long-running ones (Ongoing()). Events are sorted by start, so
  // a stable sort by day puts those that started earlier first on a day.
  std::vector<std::pair<Date, const Event*>> entries;
  entries.reserve(events.size());
  for (const Event* event : events) {
    if (IsLongRunning(*event)) continue;
    for (Date d = event->start.date; d <= event->last_day(); d = d.AddDays(1))
      entries.push_back({d, event});
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  Data days{Data::type::list};
  for (size_t begin = 0; begin < entries.size();) {
    const Date date = entries[begin].first;
    size_t end = begin;
    while (end < entries.size() && entries[end].first == date) ++end;
    Data items = ListWithCapacity(end - begin);
    for (size_t i = begin; i < end; ++i)
      Append(&items, ItemOf(entries[i].second));  // the one copy of an entry
    Data day;
    Put(&day, "date_iso", date.Iso());
    Put(&day, "heading", Typeset(FormatDate(theme_, date)));
    Put(&day, "short_heading", Typeset(FormatDate(theme_, date, DateStyle::kShort)));
    Put(&day, "events", std::move(items));
    Append(&days, std::move(day));
    begin = end;
  }
  return days;
}

Data ViewModel::Ongoing(const std::vector<const Event*>& events) const {
  Data items{Data::type::list};
  for (const Event* event : events)
    if (IsLongRunning(*event)) Append(&items, ItemOf(event));
  return items;
}

void ViewModel::PutProgramme(const std::vector<const Event*>& events, Data* page) const {
  Data days = Days(events);
  Data ongoing = Ongoing(events);
  Put(page, "day_index", days.list_value().size() > 1);
  Put(page, "has_ongoing", !ongoing.is_empty_list());
  Put(page, "has_events", !days.is_empty_list() || !ongoing.is_empty_list());
  Put(page, "days", std::move(days));
  Put(page, "ongoing", std::move(ongoing));
}

std::string ViewModel::EventCount(size_t count) const {
  const char* key = count == 0   ? "event_count_zero"
                    : count == 1 ? "event_count_one"
                                 : "event_count_other";
  return Typeset(FillIn(theme_.Label(key), {{"n", std::to_string(count)}}));
}

std::optional<Date> ViewModel::EditionDay(std::optional<Date> today) const {
  const Edition& edition = programme_.site().edition;
  if (!today || !edition.start || !edition.end) return std::nullopt;
  if (*today < *edition.start || *edition.end < *today) return std::nullopt;
  return today;
}

Data ViewModel::IndexPage(std::optional<Date> today) const {
  const SiteConfig& site = programme_.site();
  Data page = PageBase("index.html", site.title, site.description, "programme");
  PutProgramme(programme_.events(), &page);
  // While the edition runs: today, then the days left this week (to Sunday),
  // each a link to its place in the day list when it has events.
  std::optional<Date> day = EditionDay(today);
  Data now(false);
  if (day) {
    std::vector<Date> days = ProgrammeDays();
    auto listed = [&](const Date& d) {
      return std::binary_search(days.begin(), days.end(), d);
    };
    now = Data();
    Put(&now, "today_iso", day->Iso());
    Put(&now, "today_label", Typeset(FormatDate(theme_, *day)));
    Put(&now, "today_listed", listed(*day));
    Data week{Data::type::list};
    for (Date d = day->AddDays(1); d.Weekday() != 0; d = d.AddDays(1)) {
      if (!listed(d)) continue;
      Data entry;
      Put(&entry, "iso", d.Iso());
      Put(&entry, "label", Typeset(FormatDate(theme_, d, DateStyle::kShort)));
      Append(&week, std::move(entry));
    }
    Put(&now, "has_week", !week.is_empty_list());
    Put(&now, "week", std::move(week));
  }
  Put(&page, "now", std::move(now));
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
      return Typeset(LabelOf(site.departments, id));
    case Listing::kCategories:
      return Typeset(LabelOf(site.categories, id));
    case Listing::kVenues: {
      auto it = programme_.content().venues.find(id);
      return it == programme_.content().venues.end() || it->second.name.empty()
                 ? id
                 : Typeset(it->second.name);
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
  Put(&data, "kind", Label(ListingKey(listing, false)));
  Put(&data, "kind_url", EncodePath(IndexFile(ListingDir(listing))));
  Put(&data, "kind_plural", Label(ListingKey(listing, true)));
  Put(&data, "title", title);
  Put(&data, "count_text", count);
  auto venue = programme_.content().venues.find(id);
  Put(&data, "venue",
      listing == Listing::kVenues && venue != programme_.content().venues.end()
          ? VenueData(venue->second, "")
          : Data(false));
  Put(&data, "feed", ListingFeed(listing, id));
  Put(&page, "listing", std::move(data));
  PutProgramme(events, &page);
  return page;
}

Data ViewModel::ListingIndexPage(Listing listing) const {
  std::string title = Label(ListingKey(listing, true));
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
    Put(&entry, "city", OptionalText(Typeset(city)));
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
  Put(&data, "title", Typeset(p.title));
  Put(&data, "body", OptionalText(p.body_html));
  Put(&page, "free_page", std::move(data));
  return page;
}

Data ViewModel::NotFoundPage() const {
  // Servers send 404.html for any missing path, at any depth: its links start
  // from the published site's address instead of being relative.
  Data page = PageBase("404.html", Label("not_found_title"), "", "");
  Put(&page, "root", programme_.site().base_url);
  Put(&page, "canonical", false);
  return page;
}

}  // namespace affiche
