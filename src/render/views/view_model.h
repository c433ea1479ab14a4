// ViewModel: the data the templates see, made from the model. The only place
// that knows template variable names (themes/default/README.md lists them).
//
// A page renders with two levels of data: shared() (language, site, labels),
// under the page's own (root, page_title, canonical, nav, and its content).
// Internal links are site-relative paths ("events/x/index.html") that templates
// write after {{root}}, the way back to the site root from the page. Every text
// from content is a plain string that {{x}} escapes; only the HTML bodies that
// cmark made (`body`) are meant for {{{x}}}. Optional values are `false` when
// absent, never "", because kainjow renders a section for an empty string.
#ifndef AFFICHE_RENDER_VIEWS_VIEW_MODEL_H_
#define AFFICHE_RENDER_VIEWS_VIEW_MODEL_H_

#include <kainjow/mustache.hpp>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/programme.h"
#include "render/core/feed_list.h"
#include "theme/theme.h"

namespace affiche {

enum class Listing { kDepartments, kCategories, kVenues };

class ViewModel {
 public:
  using Data = kainjow::mustache::data;

  // The data every page shares; the events' list entries come later, when needed.
  ViewModel(const Programme& programme, const Theme& theme);

  const Data& shared() const { return shared_; }

  // index.html; on a day of the edition (`today`, in the site's zone), it
  // opens with links to today's events and to the rest of the week's.
  Data IndexPage(std::optional<Date> today = std::nullopt) const;
  // today when it lies within the edition's dates (site.yaml), else nullopt:
  // the one day index.html depends on (JobInputs::shape).
  std::optional<Date> EditionDay(std::optional<Date> today) const;
  Data EventPage(const Event& event) const;  // events/<slug>/index.html
  Data ListingPage(Listing listing, const std::string& id) const;  // departments/<id>/…
  Data ListingIndexPage(Listing listing) const;  // departments/index.html
  Data FreePage(const Page& page) const;         // pages/<slug>/index.html
  Data NotFoundPage() const;                     // 404.html
  Data SubscribePage() const;                    // subscribe/index.html
  // search/index.html: Pagefind's search box when the site is indexed
  // (affiche build runs Pagefind), and always the links that browse the
  // same events without script.
  Data SearchPage(bool indexed) const;

  // The ids a listing has pages for, in the order its index shows them.
  std::vector<std::string> ListingIds(Listing listing) const;
  // The events a listing page shows.
  const std::vector<const Event*>& ListingEvents(Listing listing,
                                                 const std::string& id) const;
  // What a listing index shows beyond the site-wide facts (each entry's label,
  // count and city), and the subscribe page's feed counts: JobInputs::shape.
  std::string ListingIndexShape(Listing listing) const;
  std::string FeedCounts() const;
  // What the search page shows beyond the site-wide facts and the events'
  // entries: the departments and categories with their labels.
  std::string SearchShape() const;
  // The days of the programme's day list, in order (each has its anchor
  // "day-<iso>" in index.html).
  std::vector<Date> ProgrammeDays() const;
  // The site folder of a listing's index ("departments/") and of one entry.
  static std::string ListingDir(Listing listing);
  static std::string ListingEntryDir(Listing listing, const std::string& id);

  // Text from content or the theme as typography sets it in the site's
  // language, or in the event's own `lang`; Label() is a theme label so set.
  std::string Typeset(const std::string& text) const;
  std::string Typeset(const Event& event, const std::string& text) const;
  std::string Label(const std::string& key) const { return Typeset(theme_.Label(key)); }
  // The data every page has: root, page_title, description, canonical, nav
  // (for the pages of other rooms: posters, tally).
  Data PageBase(const std::string& file_path, const std::string& title,
                const std::string& description, const std::string& nav_current) const;
  const Programme& programme() const { return programme_; }
  const Theme& theme() const { return theme_; }

 private:
  // Events by day, each with the entries prepared by EventItem().
  // An event spanning a few days is under each of them; those over more
  // than a week (exhibitions) are in Ongoing() instead (false when none).
  Data Days(const std::vector<const Event*>& events) const;
  Data Ongoing(const std::vector<const Event*>& events) const;
  // days, ongoing, and the flags day_index (more than one day), has_ongoing
  // and has_events, for the programme partial.
  void PutProgramme(const std::vector<const Event*>& events, Data* page) const;
  Data EventItem(const Event& event) const;
  Data Department(const Event& event) const;
  Data Categories(const Event& event) const;
  Data VenueData(const Venue& venue, const std::string& id) const;
  // Calendar links (view_model_calendar.cc): an event's "add to my calendar",
  // a feed's subscribe links, and the feed of a listing page (false if none).
  Data AddToCalendar(const Event& event) const;
  Data FeedLinks(const Feed& feed) const;
  Data ListingFeed(Listing listing, const std::string& id) const;
  std::string EventCount(size_t count) const;
  std::string ListingLabel(Listing listing, const std::string& id) const;

  const Programme& programme_;
  const Theme& theme_;
  Data shared_;
  std::vector<Feed> feeds_;  // FeedsOf(programme_)
  // EventItem() of the event, all of them prepared on several threads the
  // first time a page lists events (poster and tally pages never do).
  const Data& ItemOf(const Event* event) const;
  mutable std::once_flag items_ready_;
  mutable std::vector<Data> items_;  // EventItem() of programme_.events()[i]
  mutable std::unordered_map<const Event*, size_t> item_index_;
};

// An event over more days than this (an exhibition of the whole month) is
// listed once, above the days, rather than under each of its days.
inline constexpr long kLongestRepeatedDays = 7;
bool IsLongRunning(const Event& event);

// Every field of an event that its list entry (EventItem) shows, as one text:
// an edit that leaves it as it was leaves the lists of the event as they were.
// The venue's name and city are not in it: a venue's change counts as a change
// of its events.
std::string EntryKey(const Event& event);

}  // namespace affiche

#endif  // AFFICHE_RENDER_VIEWS_VIEW_MODEL_H_
