#include "render/views/view_model.h"

#include <algorithm>
#include <limits>
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
    : programme_(programme),
      theme_(theme),
      feeds_(FeedsOf(programme)),
      items_(programme.events()),
      kit_lines_(programme.events()) {
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
  Put(&shared_, "press_kit_url",
      HasPress(theme) ? Data(IndexFile(kPressDir)) : Data(false));
  Put(&shared_, "tally_url",
      TallyLinked(programme) ? Data(IndexFile(kTallyDir)) : Data(false));
  // The organisers' pages, for partners more than visitors: in the footer.
  Put(&shared_, "organisers_url",
      programme.content().organisers.empty() ? Data(false)
                                             : Data(IndexFile(kOrganisersDir)));
}

std::string ViewModel::Typeset(const std::string& text) const {
  return Typography(programme_.site().language, text);
}

std::string ViewModel::Typeset(const Event& event, const std::string& text) const {
  return Typography(event.lang.empty() ? programme_.site().language : event.lang, text);
}

const Paging& ViewModel::ProgrammePaging() const {
  std::call_once(paging_ready_,
                 [this] { paging_ = MakePaging(programme_.events(), PerPage()); });
  return paging_;
}

void ViewModel::KeepFrom(const ViewModel& before, const std::set<std::string>& changed) {
  items_.KeepFrom(before.items_, changed);
  kit_lines_.KeepFrom(before.kit_lines_, changed);
}

const Data& ViewModel::KitLine(const Event& event,
                               const std::function<Data()>& make) const {
  return kit_lines_.Get(event, make);
}

const ViewModel::Data& ViewModel::ItemOf(const Event* event) const {
  auto item = [this](const Event& e) -> const Data& {
    return items_.Get(e, [this, &e] { return EventItem(e); });
  };
  std::call_once(items_ready_, [&] {
    const std::vector<const Event*>& events = programme_.events();
    ParallelFor(events.size(), [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) item(*events[i]);
    });
  });
  return item(*event);
}

Data ViewModel::PageBase(const std::string& file_path, const std::string& title,
                         const std::string& description,
                         const std::string& nav_current) const {
  const SiteConfig& site = programme_.site();
  Data page;
  Put(&page, "root", RootOf(file_path));
  Put(&page, "page_title",
      Typeset(title == site.title ? title : title + " – " + site.title));
  // Every page has a description, for search engines and link previews.
  std::string said = Typeset(!description.empty()        ? description
                             : !site.description.empty() ? site.description
                                                         : site.title);
  Put(&page, "description", said);
  Put(&page, "share", Sharing(file_path, title, said, nullptr));
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

Data ViewModel::Days(const std::vector<ProgrammeEntry>& entries, size_t begin,
                     size_t end) const {
  // Data's move may throw, so a growing list copies what it holds: reserve.
  size_t count = 0;
  std::optional<Date> counted;
  for (size_t at = begin; at < end; ++at) {
    if (entries[at].ongoing || entries[at].date == counted) continue;
    counted = entries[at].date;
    ++count;
  }
  Data days = ListWithCapacity(count);
  for (size_t at = begin; at < end;) {
    if (entries[at].ongoing) {
      ++at;
      continue;
    }
    const Date date = entries[at].date;
    size_t last = at;
    while (last < end && entries[last].date == date) ++last;
    Data items = ListWithCapacity(last - at);
    for (size_t i = at; i < last; ++i)
      Append(&items, ItemOf(entries[i].event));  // the one copy of an entry
    Data day;
    Put(&day, "date_iso", date.Iso());
    Put(&day, "heading", Typeset(FormatDate(theme_, date)));
    Put(&day, "short_heading", Typeset(FormatDate(theme_, date, DateStyle::kShort)));
    Put(&day, "events", std::move(items));
    Append(&days, std::move(day));
    at = last;
  }
  return days;
}

Data ViewModel::Ongoing(const std::vector<ProgrammeEntry>& entries, size_t begin,
                        size_t end) const {
  size_t count = 0;
  for (size_t at = begin; at < end; ++at) count += entries[at].ongoing;
  Data items = ListWithCapacity(count);
  for (size_t at = begin; at < end; ++at)
    if (entries[at].ongoing) Append(&items, ItemOf(entries[at].event));
  return items;
}

namespace {
constexpr size_t kOnePage = std::numeric_limits<size_t>::max();
}  // namespace

size_t ViewModel::PerPage() const { return programme_.site().per_page; }

std::string ViewModel::PagingFile(const Paging& paging, long page,
                                  const std::string& entry_dir) {
  if (page < 0) return IndexFile(entry_dir);
  return IndexFile(ProgrammePageDir(entry_dir, paging.pages[page].key));
}

std::string ViewModel::PageLabel(const Paging& paging, size_t page) const {
  const ProgrammePageRange& range = paging.pages[page];
  std::string label = FormatDayRange(theme_, paging.entries[range.begin].date,
                                     paging.entries[range.end - 1].date);
  // The second part of a day too long for one page, …: "(2)".
  size_t dash = range.key.find('-', 8);
  if (dash != std::string::npos) label += " (" + range.key.substr(dash + 1) + ")";
  return Typeset(label);
}

std::pair<size_t, size_t> ViewModel::EntriesOf(const Paging& paging, long page) {
  if (!paging.split() || page == kWhole) return {0, paging.entries.size()};
  if (page == kOverview) return {0, 0};
  return {paging.pages[page].begin, paging.pages[page].end};
}

void ViewModel::PutProgramme(const Paging& paging, long page,
                             const std::string& file_path, const std::string& entry_dir,
                             Data* out) const {
  const bool split = paging.split() && page != kWhole;
  const std::pair<size_t, size_t> shown = EntriesOf(paging, page);
  const size_t begin = shown.first, end = shown.second;
  const std::string root = RootOf(file_path);
  auto href = [&](long to) {
    return root + EncodePath(PagingFile(paging, to, entry_dir));
  };

  Data days = Days(paging.entries, begin, end);
  Data ongoing = Ongoing(paging.entries, begin, end);
  // Every day of the programme, on whichever page holds it.
  Data links = ListWithCapacity(paging.days.size());
  for (const auto& [date, holder] : paging.days) {
    std::string anchor = "#day-" + date.Iso();
    Data link;
    Put(&link, "date_iso", date.Iso());
    Put(&link, "short_heading", Typeset(FormatDate(theme_, date, DateStyle::kShort)));
    Put(&link, "href",
        split && static_cast<long>(holder) != page ? href(holder) + anchor : anchor);
    Append(&links, std::move(link));
  }
  // A split programme always shows it: the pager and the page list are in it.
  Put(out, "day_index", paging.days.size() > 1 || split);
  Put(out, "day_links", std::move(links));
  Put(out, "has_ongoing", !ongoing.is_empty_list());
  Put(out, "has_events", split && page == kOverview ? true : begin < end);
  Put(out, "days", std::move(days));
  Put(out, "ongoing", std::move(ongoing));

  Data pager(false);
  if (split && page >= 0) {
    pager = Data();
    auto neighbour = [&](long to) {
      if (to < 0 || to >= static_cast<long>(paging.pages.size())) return Data(false);
      Data link;
      Put(&link, "href", href(to));
      Put(&link, "label", PageLabel(paging, to));
      return link;
    };
    Put(&pager, "label", PageLabel(paging, page));
    Put(&pager, "position",
        Typeset(FillIn(theme_.Label("page_position"),
                       {{"n", std::to_string(page + 1)},
                        {"count", std::to_string(paging.pages.size())}})));
    Put(&pager, "previous", neighbour(page - 1));
    Put(&pager, "next", neighbour(page + 1));
    Put(&pager, "first_href", href(kOverview));
  }
  Put(out, "pager", std::move(pager));

  Data page_list(false);
  if (split && page == kOverview) {
    Data pages = ListWithCapacity(paging.pages.size());
    for (size_t i = 0; i < paging.pages.size(); ++i) {
      Data entry;
      Put(&entry, "href", href(i));
      Put(&entry, "label", PageLabel(paging, i));
      Put(&entry, "count_text", EventCount(paging.EventCount(i)));
      Append(&pages, std::move(entry));
    }
    page_list = Data();
    Put(&page_list, "pages", std::move(pages));
  }
  Put(out, "page_list", std::move(page_list));
}

std::string ViewModel::EventCount(size_t count) const {
  const char* key = count == 0   ? "event_count_zero"
                    : count == 1 ? "event_count_one"
                                 : "event_count_other";
  return Typeset(FillIn(theme_.Label(key), {{"n", std::to_string(count)}}));
}

Data ViewModel::IndexPage(std::optional<Date> today) const {
  return IndexPage(MakePaging(programme_.events(), kOnePage), kWhole, today);
}

Data ViewModel::IndexPage(const Paging& paging, long page,
                          std::optional<Date> today) const {
  const SiteConfig& site = programme_.site();
  std::string file_path = page == kWhole && paging.split() ? IndexFile(kBookletDir)
                                                           : PagingFile(paging, page, "");
  std::string title = page >= 0 ? PageLabel(paging, page) : site.title;
  Data data = PageBase(file_path, title, site.description, "programme");
  PutProgramme(paging, page, file_path, "", &data);
  Put(&data, "now", file_path == "index.html" ? Now(paging, page, today) : Data(false));
  return data;
}

std::optional<Date> ViewModel::EditionDay(std::optional<Date> today) const {
  const Edition& edition = programme_.site().edition;
  if (!today || !edition.start || !edition.end) return std::nullopt;
  if (*today < *edition.start || *edition.end < *today) return std::nullopt;
  return today;
}

Data ViewModel::Now(const Paging& paging, long page, std::optional<Date> today) const {
  // While the edition runs: today, then the days left this week (to Sunday),
  // each a link to its place in the programme when it has events.
  std::optional<Date> day = EditionDay(today);
  if (!day) return Data(false);
  auto href = [&](const Date& d) -> std::string {  // "" when d has no events
    for (const auto& [date, holder] : paging.days)
      if (date == d) {
        std::string anchor = "#day-" + d.Iso();
        if (!paging.split() || static_cast<long>(holder) == page) return anchor;
        return EncodePath(PagingFile(paging, static_cast<long>(holder), "")) + anchor;
      }
    return "";
  };
  Data now;
  Put(&now, "today_iso", day->Iso());
  Put(&now, "today_label", Typeset(FormatDate(theme_, *day)));
  Put(&now, "today_href", OptionalText(href(*day)));
  Data week{Data::type::list};
  for (Date d = day->AddDays(1); d.Weekday() != 0; d = d.AddDays(1)) {
    std::string to = href(d);
    if (to.empty()) continue;
    Data entry;
    Put(&entry, "iso", d.Iso());
    Put(&entry, "label", Typeset(FormatDate(theme_, d, DateStyle::kShort)));
    Put(&entry, "href", to);
    Append(&week, std::move(entry));
  }
  Put(&now, "has_week", !week.is_empty_list());
  Put(&now, "week", std::move(week));
  return now;
}

std::string ViewModel::ListingDir(Listing listing) {
  switch (listing) {
    case Listing::kDepartments:
      return kDepartmentsDir;
    case Listing::kCategories:
      return kCategoriesDir;
    case Listing::kVenues:
      return kVenuesDir;
    case Listing::kOrganisers:
      return kOrganisersDir;
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
    case Listing::kOrganisers:
      return OrganiserDir(id);
  }
  return "";
}

std::string ViewModel::EmbedEntryDir(Listing listing, const std::string& id) {
  std::string kind = ListingDir(listing);
  kind.pop_back();  // "departments/" -> "departments"
  return EmbedDir(kind, id);
}

void ViewModel::AddListingReads(Listing listing, const std::string& id,
                                JobInputs* inputs) {
  if (listing == Listing::kVenues) inputs->venues = {id};
  if (listing == Listing::kOrganisers) inputs->organisers = {id};
}

const std::vector<const Event*>& ViewModel::ListingEvents(Listing listing,
                                                          const std::string& id) const {
  static const std::vector<const Event*> kNone;
  const auto& index = listing == Listing::kDepartments  ? programme_.by_department()
                      : listing == Listing::kCategories ? programme_.by_category()
                      : listing == Listing::kVenues     ? programme_.by_venue()
                                                        : programme_.by_organiser();
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
  } else if (listing == Listing::kVenues) {
    for (const auto& [id, venue] : programme_.content().venues) ids.push_back(id);
  } else {
    // Every organiser file, as every venue file: a partner without events
    // yet still has its page (and its empty feed) to announce.
    for (const auto& [id, organiser] : programme_.content().organisers) ids.push_back(id);
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
    case Listing::kOrganisers: {
      auto it = programme_.content().organisers.find(id);
      return it == programme_.content().organisers.end() || it->second.name.empty()
                 ? id
                 : Typeset(it->second.name);
    }
  }
  return id;
}

const char* ListingKey(Listing listing, bool plural) {
  switch (listing) {
    case Listing::kDepartments:
      return plural ? "departments" : "department";
    case Listing::kCategories:
      return plural ? "categories" : "category";
    case Listing::kVenues:
      return plural ? "venues" : "venue";
    case Listing::kOrganisers:
      return plural ? "organisers" : "organiser";
  }
  return "";
}

Data ViewModel::ListingPage(Listing listing, const std::string& id) const {
  const std::vector<const Event*>& events = ListingEvents(listing, id);
  return ListingPage(listing, id, MakePaging(events, kOnePage), kWhole);
}

Data ViewModel::ListingPage(Listing listing, const std::string& id, const Paging& paging,
                            long at) const {
  const std::vector<const Event*>& events = ListingEvents(listing, id);
  std::string title = ListingLabel(listing, id);
  std::string count = EventCount(events.size());
  const std::string entry_dir = ListingEntryDir(listing, id);
  const std::string file_path = PagingFile(paging, at, entry_dir);
  Data page = PageBase(file_path, at >= 0 ? title + " – " + PageLabel(paging, at) : title,
                       count, ListingKey(listing, true));
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
  auto organiser = programme_.content().organisers.find(id);
  Put(&data, "organiser",
      listing == Listing::kOrganisers &&
              organiser != programme_.content().organisers.end()
          ? OrganiserData(organiser->second)
          : Data(false));
  Put(&data, "feed", ListingFeed(listing, id));
  Put(&data, "embed", EmbedSnippet(listing, id));
  // On a department's first page, its programme in print form.
  Put(&data, "print",
      listing == Listing::kDepartments && at < 0 ? DepartmentPrintLinks(id)
                                                 : Data(false));
  Put(&page, "listing", std::move(data));
  // An organiser's page is the kit it circulates: each entry links the
  // event's poster and press release (event-item reads `kit`).
  Put(&page, "kit", listing == Listing::kOrganisers);
  Put(&page, "json_ld", OptionalText(ListJsonLd(title, paging, at)));
  PutProgramme(paging, at, file_path, entry_dir, &page);
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
