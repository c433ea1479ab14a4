// What search engines and social networks read of a page: the Open Graph
// tags of every page (share), an event page's schema.org Event and a listing
// page's ItemList in JSON-LD.
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <set>
#include <utility>

#include "render/core/dates.h"
#include "render/core/images.h"
#include "render/core/mustache_data.h"
#include "render/core/urls.h"
#include "render/ics/ics.h"
#include "render/views/paging.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;
using Json = nlohmann::ordered_json;

namespace {

const char* SchemaStatus(Status status) {
  switch (status) {
    case Status::kCancelled:
      return "https://schema.org/EventCancelled";
    case Status::kPostponed:
      return "https://schema.org/EventPostponed";
    case Status::kConfirmed:
    case Status::kTentative:
      break;
  }
  return "https://schema.org/EventScheduled";
}

// The amount in euros of a price written for people ("Entrée libre", "3 €, goûter
// compris"): 0 for free entry, the first amount in euros, else nullopt.
std::optional<double> EurosOf(const std::string& price) {
  static const std::regex kFree("^(gratuit|entr(é|e)e (libre|gratuite)|free|libre)",
                                std::regex::icase);
  static const std::regex kAmount("([0-9]+)(?:[.,]([0-9]{1,2}))?\\s*(€|EUR|euros?)",
                                  std::regex::icase);
  if (std::regex_search(price, kFree)) return 0.0;
  std::smatch m;
  if (!std::regex_search(price, m, kAmount)) return std::nullopt;
  double euros = std::stod(m[1].str());
  if (m[2].matched) {
    std::string cents = m[2].str();
    euros += std::stod(cents) / (cents.size() == 1 ? 10 : 100);
  }
  return euros;
}

// The first paragraph of a text.
std::string FirstParagraph(const std::string& text) {
  size_t end = text.find("\n\n");
  std::string out = text.substr(0, end);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

// JSON for a <script> data block: "<" can never close it, nor "&" or ">"
// start anything in an HTML parser (they stay the same characters in JSON).
std::string ForScriptBlock(const Json& json) {
  std::string text = json.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

// How long a title is, for the share card's type size: "short", "medium"
// or "long" (a card has no room to wrap a long title at the large size).
const char* TitleLength(const std::string& title) {
  size_t length = 0;  // in code points: UTF-8 bytes but continuation ones
  for (char c : title) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return length <= 50 ? "short" : length <= 100 ? "medium" : "long";
}

}  // namespace

bool HasShareImage(const Theme& theme) { return theme.Layout(kShareImageLayout); }

Data ViewModel::SharePage(const Event& event) const {
  Data page = PageBase(IndexFile(SharePageDir(event.slug)), event.title, "", "");
  Data card = EventItem(event);
  // The date as the event page says it: "lundi 9 novembre 2009 à 18 h".
  Put(&card, "when", Typeset(FormatWhen(theme_, event)));
  Put(&card, "title_length", TitleLength(event.title));
  Put(&page, "event", std::move(card));
  Put(&page, "width", std::to_string(kShareImageWidth));
  Put(&page, "height", std::to_string(kShareImageHeight));
  return page;
}

Data ViewModel::ShareCard(const Event& event, const std::string& description) const {
  if (!event.image.empty() || !HasShareImage(theme_)) return Data(false);
  std::string file = IndexFile(EventDir(event.slug));
  Data share = Sharing(file, event.title, description, &event);
  Data image;
  Put(&image, "url", programme_.AbsoluteUrl(EncodePath(SharePngPath(event.slug))));
  Put(&image, "width", std::to_string(kShareImageWidth));
  Put(&image, "height", std::to_string(kShareImageHeight));
  Put(&image, "alt", Typeset(event, event.title));
  Put(&share, "image", std::move(image));
  Data card;
  Put(&card, "share", std::move(share));
  return card;
}

std::string ViewModel::ShareImagePath(const Event* event) const {
  if (event && !event->image.empty()) return event->image;
  return kShareImage;
}

Data ViewModel::Sharing(const std::string& file_path, const std::string& title,
                        const std::string& description, const Event* event) const {
  const SiteConfig& site = programme_.site();
  Data share;
  Put(&share, "title", event ? Typeset(*event, title) : Typeset(title));
  Put(&share, "description", description);
  Put(&share, "url", programme_.AbsoluteUrl(EncodePath(PageFolder(file_path))));
  Put(&share, "type", event ? "event" : "website");
  Put(&share, "locale", theme_.Label("og_locale"));
  Put(&share, "site_name", Typeset(site.title));
  std::string image = ShareImagePath(event);
  const StaticFile* file = PublishedStaticFile(programme_, theme_.static_files, image);
  if (!file) {
    Put(&share, "image", false);
    return share;
  }
  Data image_data;
  Put(&image_data, "url", programme_.AbsoluteUrl(EncodePath(image)));
  std::optional<std::pair<int, int>> size = PngSize(file->bytes);
  Put(&image_data, "width", size ? Data(std::to_string(size->first)) : Data(false));
  Put(&image_data, "height", size ? Data(std::to_string(size->second)) : Data(false));
  std::string alt = site.title;
  if (event && !event->image.empty()) alt = event->title;
  Put(&image_data, "alt", event ? Typeset(*event, alt) : Typeset(alt));
  Put(&share, "image", std::move(image_data));
  return share;
}

std::string ViewModel::EventJsonLd(const Event& event) const {
  const SiteConfig& site = programme_.site();
  auto text = [&](const std::string& s) { return Typeset(event, s); };
  const std::string zone = programme_.TimeZoneOf(event);
  Json json;
  json["@context"] = "https://schema.org";
  json["@type"] = "Event";
  json["name"] = text(event.title);
  json["startDate"] = IsoTimeOf(zone, event.start);
  if (event.end) json["endDate"] = IsoTimeOf(zone, *event.end);
  json["eventStatus"] = SchemaStatus(event.status);
  json["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
  if (const Venue* venue = programme_.VenueOf(event)) {
    Json place;
    place["@type"] = "Place";
    place["name"] = text(venue->name.empty() ? venue->city : venue->name);
    Json address;
    address["@type"] = "PostalAddress";
    if (!venue->address.empty()) address["streetAddress"] = text(venue->address);
    if (!venue->postcode.empty()) address["postalCode"] = venue->postcode;
    if (!venue->city.empty()) address["addressLocality"] = text(venue->city);
    std::string department = programme_.DepartmentOf(event);
    if (!department.empty())
      address["addressRegion"] = text(LabelOf(site.departments, department));
    place["address"] = std::move(address);
    if (venue->geo)
      place["geo"] = {{"@type", "GeoCoordinates"},
                      {"latitude", venue->geo->first},
                      {"longitude", venue->geo->second}};
    json["location"] = std::move(place);
  }
  Json organizers = Json::array();
  for (const Organiser* organiser : programme_.OrganisersOf(event)) {
    Json o;
    o["@type"] = "Organization";
    o["name"] = text(organiser->name.empty() ? organiser->id : organiser->name);
    std::string url = SafeUrl(organiser->url);
    if (!url.empty()) o["url"] = url;
    organizers.push_back(std::move(o));
  }
  if (!organizers.empty()) json["organizer"] = std::move(organizers);
  std::string url = programme_.AbsoluteUrl(EncodePath(EventDir(event.slug)));
  if (std::optional<double> euros = EurosOf(event.price)) {
    Json offer;
    offer["@type"] = "Offer";
    // 0 and 3 rather than 0.0 and 3.0.
    if (*euros == std::floor(*euros))
      offer["price"] = static_cast<int64_t>(*euros);
    else
      offer["price"] = *euros;
    offer["priceCurrency"] = "EUR";
    offer["description"] = text(event.price);
    offer["url"] = url;
    json["offers"] = std::move(offer);
  }
  std::string image = ShareImagePath(&event);
  if (PublishedStaticFile(programme_, theme_.static_files, image))
    json["image"] = Json::array({programme_.AbsoluteUrl(EncodePath(image))});
  std::string description =
      event.summary.empty() ? FirstParagraph(event.body_text) : event.summary;
  if (!description.empty()) json["description"] = text(description);
  json["url"] = url;
  json["inLanguage"] = event.lang.empty() ? site.language : event.lang;
  return ForScriptBlock(json);
}

std::string ViewModel::ListJsonLd(const std::string& name, const Paging& paging,
                                  long at) const {
  const std::pair<size_t, size_t> shown = EntriesOf(paging, at);
  if (shown.first == shown.second) return "";
  Json items = Json::array();
  std::set<const Event*> listed;
  for (size_t i = shown.first; i < shown.second; ++i) {
    const Event* event = paging.entries[i].event;
    if (!listed.insert(event).second) continue;
    items.push_back({{"@type", "ListItem"},
                     {"position", items.size() + 1},
                     {"url", programme_.AbsoluteUrl(EncodePath(EventDir(event->slug)))}});
  }
  Json json;
  json["@context"] = "https://schema.org";
  json["@type"] = "ItemList";
  json["name"] = name;
  json["numberOfItems"] = items.size();
  json["itemListElement"] = std::move(items);
  return ForScriptBlock(json);
}

}  // namespace affiche
