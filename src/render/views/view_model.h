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

#include <functional>
#include <kainjow/mustache.hpp>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/programme.h"
#include "render/core/event_parts.h"
#include "render/core/feed_list.h"
#include "render/core/plan.h"
#include "render/views/paging.h"
#include "theme/theme.h"

namespace affiche {

// The lists of the programme that have pages of their own: an index
// ("departments/"), one page per entry with its feed, and an embeddable copy.
enum class Listing { kDepartments, kCategories, kVenues, kOrganisers };
inline constexpr Listing kListings[] = {Listing::kDepartments, Listing::kCategories,
                                        Listing::kVenues, Listing::kOrganisers};
// The label key of a listing's kind: "departments" (plural) or "department".
const char* ListingKey(Listing listing, bool plural);

class ViewModel {
 public:
  using Data = kainjow::mustache::data;

  // The data every page shares; the events' list entries come later, when needed.
  ViewModel(const Programme& programme, const Theme& theme);

  const Data& shared() const { return shared_; }
  // Takes the list entries and press kit lines `before` made of the events
  // not in `changed` (slugs), when the site-wide facts are the same: before
  // any page renders.
  void KeepFrom(const ViewModel& before, const std::set<std::string>& changed);
  // The event's line in the press kit, made by make() the first time in a
  // build (from the event, its venue and organisers and the site-wide facts
  // alone, so that KeepFrom may keep it).
  const Data& KitLine(const Event& event, const std::function<Data()>& make) const;

  // A programme as MakePaging split it: page i of its pages, the whole of
  // it (the one page when it is not split; the booklet when it is), or the
  // overview that lists the pages with their days when it is.
  static constexpr long kWhole = -2;
  static constexpr long kOverview = -1;
  // The entries [first, second) of paging that page shows.
  static std::pair<size_t, size_t> EntriesOf(const Paging& paging, long page);

  // index.html, the programme not split; on a day of the edition (`today`,
  // in the site's zone), it opens with links to today's events and to the
  // rest of the week's.
  Data IndexPage(std::optional<Date> today = std::nullopt) const;
  // index.html (kOverview), programme/<key>/index.html, programme/index.html (kWhole).
  Data IndexPage(const Paging& paging, long page,
                 std::optional<Date> today = std::nullopt) const;
  // today when it lies within the edition's dates (site.yaml), else nullopt:
  // the one day index.html depends on (JobInputs::shape).
  std::optional<Date> EditionDay(std::optional<Date> today) const;
  Data EventPage(const Event& event) const;  // events/<slug>/index.html
  // The page's `event`: everything the event page shows of it (the press
  // release shows the same).
  Data EventData(const Event& event) const;
  Data ListingPage(Listing listing, const std::string& id) const;  // departments/<id>/…
  // departments/<id>/index.html (kOverview or kWhole), departments/<id>/<key>/….
  Data ListingPage(Listing listing, const std::string& id, const Paging& paging,
                   long page) const;
  // Where page i of paging lives (kOverview: at entry_dir, the first page).
  static std::string PagingFile(const Paging& paging, long page,
                                const std::string& entry_dir);
  // The programme's and the listings' pages: site.yaml's programme.per_page.
  size_t PerPage() const;
  // The programme's pages (MakePaging of every event by PerPage()), made once.
  const Paging& ProgrammePaging() const;
  Data ListingIndexPage(Listing listing) const;  // departments/index.html
  // departments/<id>/programme/index.html: the department's whole programme
  // in print form, which departments/<id>/programme.pdf is printed from.
  Data DepartmentProgrammePage(const std::string& id) const;
  // A department's listing page's links to it: url, and pdf_url, hidden until
  // printed (kPdfLinkOpen).
  Data DepartmentPrintLinks(const std::string& id) const;
  // events/<slug>/share/index.html: the 1200×630 card `affiche posters --pdf`
  // captures to events/<slug>/share.png (the event's list entry, its date in
  // full and the length class of its title).
  Data SharePage(const Event& event) const;
  Data FreePage(const Page& page) const;  // pages/<slug>/index.html
  Data NotFoundPage() const;              // 404.html
  Data SubscribePage() const;             // subscribe/index.html
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
  // entries: the departments and categories with their labels, and the
  // programme's pages (its day links lead to the page of each day).
  std::string SearchShape() const;
  // The site folder of a listing's index ("departments/") and of one entry.
  static std::string ListingDir(Listing listing);
  static std::string ListingEntryDir(Listing listing, const std::string& id);
  // The folder of a listing entry's embeddable programme ("embed/venues/x/").
  static std::string EmbedEntryDir(Listing listing, const std::string& id);
  // What a listing page reads beyond its events' entries: its venue's or its
  // organiser's file (JobInputs::venues, JobInputs::organisers).
  static void AddListingReads(Listing listing, const std::string& id, JobInputs* inputs);

  // embed/<kind>/<id>/index.html: the listing's first kEmbedEntries entries
  // in a compact page for a partner site's <iframe> (view_model_embed.cc).
  // Only with the theme's "embed" layout (HasEmbed).
  static constexpr size_t kEmbedEntries = 50;
  Data EmbedPage(Listing listing, const std::string& id) const;
  // The entries an embed page shows, in order (JobInputs::entries).
  std::vector<std::string> EmbedSlugs(Listing listing, const std::string& id) const;
  // What it shows beyond them: how many entries the listing has in all.
  std::string EmbedShape(Listing listing, const std::string& id) const;

  // Text from content or the theme as typography sets it in the site's
  // language, or in the event's own `lang`; Label() is a theme label so set.
  std::string Typeset(const std::string& text) const;
  std::string Typeset(const Event& event, const std::string& text) const;
  std::string Label(const std::string& key) const { return Typeset(theme_.Label(key)); }
  // The data every page has: root, page_title, description, canonical, nav
  // (for the pages of other rooms: posters, tally).
  Data PageBase(const std::string& file_path, const std::string& title,
                const std::string& description, const std::string& nav_current) const;
  // The Open Graph data of a page (`share`): its title, description, address,
  // type ("event" with event, else "website") and image (the event's own
  // `image:`, else the edition's kShareImage) with its size and alt text.
  Data Sharing(const std::string& file_path, const std::string& title,
               const std::string& description, const Event* event) const;
  // The event's schema.org Event as JSON-LD, ready for a <script
  // type="application/ld+json"> block (no "<" in it).
  std::string EventJsonLd(const Event& event) const;
  // The events a page of a listing shows as a schema.org ItemList of their
  // addresses, in its order (an event of several days once), for a <script
  // type="application/ld+json"> block; "" on an overview, which shows none.
  std::string ListJsonLd(const std::string& name, const Paging& paging, long at) const;
  // The site path of the image that stands for the event (or the site).
  std::string ShareImagePath(const Event* event) const;
  // An event page's `share_card`: the Open Graph data with the event's own
  // captured image (kept hidden until it exists: kShareCardOpen), or false
  // when the event names its `image:` or the theme makes no share page.
  Data ShareCard(const Event& event, const std::string& description) const;
  const Programme& programme() const { return programme_; }
  const Theme& theme() const { return theme_; }

 private:
  // Entries [begin, end) by day, each with the item prepared by EventItem();
  // the ongoing ones (exhibitions) in Ongoing() instead.
  Data Days(const std::vector<ProgrammeEntry>& entries, size_t begin, size_t end) const;
  Data Ongoing(const std::vector<ProgrammeEntry>& entries, size_t begin,
               size_t end) const;
  // For the programme partial: days, ongoing, the day index (day_links and
  // the flag day_index, more than one day), has_ongoing and has_events; on
  // a page of a split programme, pager (the previous, next and first pages);
  // on the overview, page_list. file_path is the page's, entry_dir the
  // folder of the programme's first page.
  // index.html's links to today and the rest of the week while the edition
  // runs (false otherwise), each to the page of `paging` that holds the day.
  Data Now(const Paging& paging, long page, std::optional<Date> today) const;
  void PutProgramme(const Paging& paging, long page, const std::string& file_path,
                    const std::string& entry_dir, Data* out) const;
  std::string PageLabel(const Paging& paging, size_t page) const;
  Data EventData(const Event& event, const std::string& when) const;
  Data EventItem(const Event& event) const;
  Data Department(const Event& event) const;
  Data Categories(const Event& event) const;
  Data VenueData(const Venue& venue, const std::string& id) const;
  Data OrganiserData(const Organiser& organiser) const;
  // The copy-paste <iframe> of a listing's embed page (false without one).
  Data EmbedSnippet(Listing listing, const std::string& id) const;
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
  mutable EventParts<Data> items_;
  mutable EventParts<Data> kit_lines_;  // KitLine()
  mutable std::once_flag paging_ready_;
  mutable Paging paging_;  // ProgrammePaging()
};

// Whether the theme has the press pages' layouts (older themes do not).
bool HasPress(const Theme& theme);
// Whether it makes posters (it has "poster-standard", the fallback layout).
bool HasPosters(const Theme& theme);
// Whether it has the "embed" layout of the embeddable programmes.
bool HasEmbed(const Theme& theme);
// Whether the theme has the layout of the events' sharing images.
bool HasShareImage(const Theme& theme);
inline constexpr char kShareImageLayout[] = "share-image";

// Every field of an event that its list entry (EventItem) shows, as one text:
// an edit that leaves it as it was leaves the lists of the event as they were.
// The venue's name and city are not in it: a venue's change counts as a change
// of its events.
std::string EntryKey(const Event& event);

}  // namespace affiche

#endif  // AFFICHE_RENDER_VIEWS_VIEW_MODEL_H_
