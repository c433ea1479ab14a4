// The view model of events: their entry in lists and their own page.
#include <utility>

#include "render/core/dates.h"
#include "render/core/mustache_data.h"
#include "render/core/urls.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;

namespace {

// A link from content, `false` unless it is safe to follow (see SafeUrl).
Data OptionalLink(const std::string& url) { return OptionalText(SafeUrl(url)); }

// status, status_label, has_status and cancelled: confirmed events have no mark.
void SetStatus(const Theme& theme, const Event& event, Data* out) {
  std::string name = StatusName(event.status);
  Put(out, "status", name);
  bool marked = event.status != Status::kConfirmed;
  Put(out, "has_status", marked);
  Put(out, "status_label", marked ? Data(theme.Label("status_" + name)) : Data(false));
  Put(out, "cancelled", event.status == Status::kCancelled);
}

// "Venue, City", the place a list entry or a search result gives.
std::string PlaceOf(const Venue* venue) {
  std::string place;
  if (venue) {
    place = venue->name;
    if (!venue->city.empty() && venue->city != venue->name)
      place += (place.empty() ? "" : ", ") + venue->city;
  }
  return place;
}

}  // namespace

Data ViewModel::Department(const Event& event) const {
  std::string id = programme_.DepartmentOf(event);
  if (id.empty()) return Data(false);
  Data department;
  Put(&department, "id", id);
  Put(&department, "label", Typeset(LabelOf(programme_.site().departments, id)));
  Put(&department, "url", EncodePath(IndexFile(DepartmentDir(id))));
  return department;
}

Data ViewModel::Categories(const Event& event) const {
  Data categories = ListWithCapacity(event.categories.size());
  for (const std::string& id : event.categories) {
    Data category;
    Put(&category, "id", id);
    Put(&category, "label", Typeset(LabelOf(programme_.site().categories, id)));
    Put(&category, "url", EncodePath(IndexFile(CategoryDir(id))));
    Append(&categories, std::move(category));
  }
  return categories;
}

// id is "" for a venue written inline in an event: it has no page of its own.
Data ViewModel::VenueData(const Venue& venue, const std::string& id) const {
  Data out;
  Put(&out, "name", Typeset(venue.name));
  Put(&out, "url", id.empty() ? Data(false) : Data(EncodePath(IndexFile(VenueDir(id)))));
  Put(&out, "address", OptionalText(Typeset(venue.address)));
  Put(&out, "postcode", OptionalText(venue.postcode));
  Put(&out, "city", OptionalText(Typeset(venue.city)));
  // A static link to the map (no third-party script): the venue's
  // coordinates, else a search for its address.
  std::string where;
  for (const std::string* part :
       {&venue.name, &venue.address, &venue.postcode, &venue.city})
    if (!part->empty()) where += (where.empty() ? "" : ", ") + *part;
  Put(&out, "map_url",
      venue.geo ? Data(OpenStreetMapUrl(venue.geo->first, venue.geo->second))
      : venue.address.empty() && venue.city.empty()
          ? Data(false)
          : Data(OpenStreetMapSearchUrl(where)));
  Put(&out, "website", OptionalLink(venue.url));
  return out;
}

Data ViewModel::OrganiserData(const Organiser& organiser) const {
  Data out;
  Put(&out, "name", Typeset(organiser.name.empty() ? organiser.id : organiser.name));
  Put(&out, "website", OptionalLink(organiser.url));
  Put(&out, "email", OptionalText(organiser.email));
  Put(&out, "email_url",
      organiser.email.empty() ? Data(false) : Data("mailto:" + organiser.email));
  return out;
}

Data ViewModel::EventItem(const Event& event) const {
  Data item;
  Put(&item, "slug", event.slug);
  Put(&item, "url", EncodePath(IndexFile(EventDir(event.slug))));
  // Printed under the event in the programme booklet (index.html printed).
  Put(&item, "absolute_url", programme_.AbsoluteUrl(EncodePath(EventDir(event.slug))));
  Put(&item, "title", Typeset(event, event.title));
  Put(&item, "title_lang", OptionalText(event.lang));
  Put(&item, "when", Typeset(FormatWhenOnDay(theme_, event)));
  Put(&item, "multi_day", event.last_day() != event.start.date);
  Put(&item, "start_iso", event.start.Iso());
  SetStatus(theme_, event, &item);
  Put(&item, "place", OptionalText(Typeset(PlaceOf(programme_.VenueOf(event)))));
  Put(&item, "summary", OptionalText(Typeset(event, event.summary)));
  Data department = Department(event);
  Put(&item, "has_tags", !department.is_false() || !event.categories.empty());
  Put(&item, "department", std::move(department));
  Put(&item, "categories", Categories(event));
  // The event's press material, shown where the page asks for it (`kit`).
  Put(&item, "poster_url",
      HasPosters(theme_) ? Data(EncodePath(IndexFile(PosterDir(event.slug))))
                         : Data(false));
  Put(&item, "communique_url",
      HasPress(theme_) ? Data(EncodePath(IndexFile(CommuniqueDir(event.slug))))
                       : Data(false));
  return item;
}

bool HasPress(const Theme& theme) {
  return theme.Layout("communique") && theme.Layout("press-kit");
}

bool HasPosters(const Theme& theme) { return theme.Layout("poster-standard"); }

bool HasEmbed(const Theme& theme) { return theme.Layout("embed"); }

std::string EntryKey(const Event& event) {
  // '\x1f' (unit separator) never appears in content: the loader rejects
  // control characters in the fields listed here.
  std::string key = event.slug + '\x1f' + event.title + '\x1f' + event.start.Iso() +
                    '\x1f' + (event.end ? event.end->Iso() : "-") + '\x1f' +
                    StatusName(event.status) + '\x1f' + event.venue + '\x1f' +
                    event.summary + '\x1f' + event.department + '\x1f' + event.lang +
                    '\x1f';
  if (event.inline_venue)
    key += event.inline_venue->name + '\x1f' + event.inline_venue->city + '\x1f' +
           event.inline_venue->department + '\x1f';
  for (const std::string& c : event.categories) key += c + '\x1e';
  return key;
}

Data ViewModel::EventPage(const Event& event) const {
  std::string when = Typeset(FormatWhen(theme_, event));
  std::string file = IndexFile(EventDir(event.slug));
  std::string description = event.summary.empty() ? when : event.summary;
  Data page = PageBase(file, event.title, description, "");
  Put(&page, "share", Sharing(file, event.title, Typeset(event, description), &event));
  Put(&page, "json_ld", EventJsonLd(event));
  Put(&page, "share_card", ShareCard(event, Typeset(event, description)));
  Put(&page, "event", EventData(event, when));
  return page;
}

Data ViewModel::EventData(const Event& event) const {
  return EventData(event, Typeset(FormatWhen(theme_, event)));
}

Data ViewModel::EventData(const Event& event, const std::string& when) const {
  Data e;
  Put(&e, "slug", event.slug);
  Put(&e, "calendar", AddToCalendar(event));
  Put(&e, "poster_url", EncodePath(IndexFile(PosterDir(event.slug))));
  Put(&e, "communique_url",
      HasPress(theme_) ? Data(EncodePath(IndexFile(CommuniqueDir(event.slug))))
                       : Data(false));
  Put(&e, "title", Typeset(event, event.title));
  Put(&e, "title_lang", OptionalText(event.lang));
  Put(&e, "when", when);
  Put(&e, "start_iso", event.start.Iso());
  Put(&e, "end_iso", event.end ? Data(event.end->Iso()) : Data(false));
  SetStatus(theme_, event, &e);
  Put(&e, "summary", OptionalText(Typeset(event, event.summary)));
  Put(&e, "room", OptionalText(Typeset(event.room)));
  const Venue* venue = programme_.VenueOf(event);
  Put(&e, "venue",
      venue ? VenueData(*venue, event.inline_venue ? "" : event.venue) : Data(false));
  Put(&e, "department", Department(event));
  Put(&e, "categories", Categories(event));
  Put(&e, "has_categories", !event.categories.empty());
  // For the search page's index (Pagefind reads them from the page): the
  // place shown with a result, and each day of the event for the day filter.
  Put(&e, "place", OptionalText(Typeset(PlaceOf(venue))));
  Data days{Data::type::list};
  for (Date d = event.start.date; d <= event.last_day(); d = d.AddDays(1))
    Append(&days, Data(d.Iso()));
  Put(&e, "days", std::move(days));

  Data organisers = ListWithCapacity(event.organisers.size());
  for (const Organiser* organiser : programme_.OrganisersOf(event)) {
    Data o;
    Put(&o, "name", Typeset(organiser->name.empty() ? organiser->id : organiser->name));
    Put(&o, "url", OptionalLink(organiser->url));
    Put(&o, "page_url", EncodePath(IndexFile(OrganiserDir(organiser->id))));
    Append(&organisers, std::move(o));
  }
  Put(&e, "has_organisers", !organisers.is_empty_list());
  Put(&e, "organisers", std::move(organisers));

  Put(&e, "price", OptionalText(Typeset(event, event.price)));
  std::string registration_url = SafeUrl(event.registration);
  Put(&e, "registration_url", OptionalText(registration_url));
  Put(&e, "registration_text",
      registration_url.empty() ? OptionalText(Typeset(event, event.registration))
                               : Data(false));
  Put(&e, "contact", OptionalText(Typeset(event.contact)));
  Put(&e, "email", OptionalText(event.email));
  Put(&e, "email_url", event.email.empty() ? Data(false) : Data("mailto:" + event.email));

  Data exhibitors = ListWithCapacity(event.exhibitors.size());
  for (const std::string& name : event.exhibitors)
    Append(&exhibitors, Data(Typeset(event, name)));
  Put(&e, "has_exhibitors", !event.exhibitors.empty());
  Put(&e, "exhibitors", std::move(exhibitors));

  Data sessions = ListWithCapacity(event.sessions.size());
  for (const Session& s : event.sessions) {
    Data session;
    Put(&session, "time",
        OptionalText(Typeset(FormatClockRange(theme_, s.start, s.end))));
    Put(&session, "title", Typeset(event, s.title));
    Put(&session, "format", OptionalText(Typeset(event, s.format)));
    Append(&sessions, std::move(session));
  }
  Put(&e, "has_sessions", !event.sessions.empty());
  Put(&e, "sessions", std::move(sessions));
  Put(&e, "body", OptionalText(event.body_html));
  return e;
}

}  // namespace affiche
