// The feed's memory between builds: what the previous build published for
// each UID, and the SEQUENCE and LAST-MODIFIED an event publishes now.
#include <algorithm>
#include <vector>

#include "base/file_system.h"
#include "render/ics/ics_internal.h"

namespace affiche::ics {
namespace {

// The text of a property, CRLF and folding included.
std::string PropertyText(icalproperty* property) {
  char* text = icalproperty_as_ical_string_r(property);
  std::string out = text ? text : "";
  icalmemory_free_buffer(text);
  return out;
}

// "20091101T120000Z", or "" when the property is absent or not a UTC time.
std::string UtcStamp(icalcomponent* vevent, icalproperty_kind kind) {
  icalproperty* property = icalcomponent_get_first_property(vevent, kind);
  if (!property) return "";
  icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(property));
  if (icaltime_is_null_time(t) || t.is_date || !icaltime_is_utc(t)) return "";
  char* text = icaltime_as_ical_string_r(t);
  std::string out = text;
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace

uint64_t PublishedContent(icalcomponent* vevent) {
  std::vector<std::string> lines;
  for (icalproperty* p = icalcomponent_get_first_property(vevent, ICAL_ANY_PROPERTY); p;
       p = icalcomponent_get_next_property(vevent, ICAL_ANY_PROPERTY)) {
    icalproperty_kind kind = icalproperty_isa(p);
    if (kind == ICAL_DTSTAMP_PROPERTY || kind == ICAL_SEQUENCE_PROPERTY ||
        kind == ICAL_LASTMODIFIED_PROPERTY)
      continue;
    lines.push_back(PropertyText(p));
  }
  // Independent of the order the properties were written in.
  std::sort(lines.begin(), lines.end());
  std::string content;
  for (const std::string& line : lines) content += line;
  return Hash64(content);
}

PublishedEvent Revise(const FeedHistory& previous, const std::string& uid,
                      uint64_t content, bool cancelled, const std::string& now_utc) {
  PublishedEvent now{0, now_utc, content};
  auto it = previous.find(uid);
  if (it == previous.end()) {
    // New to subscribers; published cancelled, it is already a revision.
    now.sequence = cancelled ? 1 : 0;
  } else if (it->second.content == now.content && !it->second.last_modified.empty()) {
    now.sequence = it->second.sequence;
    now.last_modified = it->second.last_modified;
  } else {
    now.sequence = it->second.sequence + 1;
  }
  return now;
}

}  // namespace affiche::ics

namespace affiche {

FeedHistory ReadFeedHistory(const std::string& ics_text) {
  FeedHistory history;
  ics::Component calendar(icalparser_parse_string(ics_text.c_str()));
  if (!calendar) return history;
  icalcomponent* root = calendar.get();
  for (icalcomponent* e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
       e; e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
    const char* uid = icalcomponent_get_uid(e);
    if (!uid || !*uid || history.count(uid)) continue;
    PublishedEvent& published = history[uid];
    icalproperty* sequence = icalcomponent_get_first_property(e, ICAL_SEQUENCE_PROPERTY);
    published.sequence = sequence ? std::max(0, icalproperty_get_sequence(sequence)) : 0;
    published.last_modified = ics::UtcStamp(e, ICAL_LASTMODIFIED_PROPERTY);
    if (published.last_modified.empty())
      published.last_modified = ics::UtcStamp(e, ICAL_DTSTAMP_PROPERTY);
    published.content = ics::PublishedContent(e);
  }
  return history;
}

}  // namespace affiche
