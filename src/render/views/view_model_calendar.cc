// The calendar side of the pages: "Ajouter à mon agenda" on event pages, the
// feed of each listing page, and subscribe/index.html with every feed.
#include "render/core/mustache_data.h"
#include "render/core/urls.h"
#include "render/ics/calendar_links.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;

Data ViewModel::AddToCalendar(const Event& event) const {
  Data links;
  Put(&links, "ics_url", EncodePath(EventDir(event.slug) + "event.ics"));
  Put(&links, "google_url", GoogleCalendarEventLink(programme_, event));
  Put(&links, "outlook_url", OutlookEventLink(programme_, event));
  return links;
}

Data ViewModel::FeedLinks(const Feed& feed) const {
  std::string url = programme_.AbsoluteUrl(EncodePath(feed.path));
  Data links;
  Put(&links, "label", Typeset(feed.label));
  Put(&links, "name", feed.name);
  Put(&links, "url", EncodePath(feed.path));  // relative, after {{root}}
  Put(&links, "https_url", url);
  Put(&links, "webcal_url", WebcalUrl(url));
  Put(&links, "google_url", GoogleSubscribeLink(url));
  Put(&links, "outlook_url", OutlookSubscribeLink(url, feed.name));
  Put(&links, "count_text", EventCount(feed.events->size()));
  return links;
}

Data ViewModel::ListingFeed(Listing listing, const std::string& id) const {
  FeedKind kind = listing == Listing::kDepartments  ? FeedKind::kDepartment
                  : listing == Listing::kCategories ? FeedKind::kCategory
                  : listing == Listing::kVenues     ? FeedKind::kVenue
                                                    : FeedKind::kOrganiser;
  for (const Feed& feed : feeds_)
    if (feed.kind == kind && feed.id == id) return FeedLinks(feed);
  return Data(false);
}

Data ViewModel::SubscribePage() const {
  Data page = PageBase(IndexFile(kSubscribeDir), Label("subscribe_title"),
                       Label("subscribe_intro"), "subscribe");
  // One group per kind of feed, in the order of FeedsOf().
  const std::pair<FeedKind, const char*> kGroups[] = {
      {FeedKind::kWhole, "subscribe_whole"}, {FeedKind::kDepartment, "departments"},
      {FeedKind::kCategory, "categories"},   {FeedKind::kVenue, "venues"},
      {FeedKind::kOrganiser, "organisers"},
  };
  Data groups = ListWithCapacity(5);
  for (const auto& [kind, label] : kGroups) {
    Data feeds{Data::type::list};
    for (const Feed& feed : feeds_)
      if (feed.kind == kind && !feed.events->empty()) Append(&feeds, FeedLinks(feed));
    if (feeds.is_empty_list()) continue;
    Data group;
    Put(&group, "heading", Label(label));
    // The whole programme first, in full; each other kind is a list to
    // open, then a feed to open (a picker that needs no script).
    Put(&group, "whole", kind == FeedKind::kWhole);
    Put(&group, "count_text",
        Typeset("(" + std::to_string(feeds.list_value().size()) + ")"));
    Put(&group, "feeds", std::move(feeds));
    Append(&groups, std::move(group));
  }
  Data data;
  Put(&data, "title", Label("subscribe_title"));
  Put(&data, "groups", std::move(groups));
  Put(&page, "subscribe", std::move(data));
  return page;
}

}  // namespace affiche
