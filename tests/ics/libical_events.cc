// ics_libical_events FILE: the events of an iCalendar file as libical 3 reads
// them, one JSON object a line, for tests/ics/ics_check.py to compare with the
// other parsers. Exit 1, with libical's messages, when it reports errors.
#include <libical/ical.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string Json(const char* text) {
  if (!text) return "null";
  std::string out = "\"";
  for (const char* p = text; *p; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += *p;
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += *p;
    }
  }
  return out + "\"";
}

// "20091104T133000Z" for a date-time, in UTC; "20091102" for an all-day date;
// "floating:20091104T143000" for a time in no known zone; null when absent.
std::string Instant(icalcomponent* event, icalproperty_kind kind) {
  icalproperty* prop = icalcomponent_get_first_property(event, kind);
  if (!prop) return "null";
  icaltimetype t = icalproperty_get_datetime_with_component(prop, event);
  if (t.is_date) return Json(icaltime_as_ical_string(t));
  if (!t.zone && !icaltime_is_utc(t))
    return Json(("floating:" + std::string(icaltime_as_ical_string(t))).c_str());
  return Json(icaltime_as_ical_string(
      icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone())));
}

std::string Text(icalcomponent* event, icalproperty_kind kind) {
  icalproperty* prop = icalcomponent_get_first_property(event, kind);
  if (!prop) return "null";
  if (kind == ICAL_SEQUENCE_PROPERTY)
    return std::to_string(icalproperty_get_sequence(prop));
  if (kind == ICAL_STATUS_PROPERTY) return Json(icalproperty_get_value_as_string(prop));
  return Json(icalvalue_get_text(icalproperty_get_value(prop)));
}

// Prints libical's X-LIC-ERROR properties of comp and its subcomponents.
int PrintErrors(icalcomponent* comp, const char* path) {
  int errors = 0;
  for (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY);
       p; p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY)) {
    std::cerr << path << ": libical: " << icalproperty_get_xlicerror(p) << "\n";
    ++errors;
  }
  for (icalcomponent* c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT))
    errors += PrintErrors(c, path);
  return errors;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: ics_libical_events FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << argv[1] << ": libical: cannot read the file\n";
    return 1;
  }
  icalcomponent* calendar = icalparser_parse_string(text.str().c_str());
  if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
    std::cerr << argv[1] << ": libical: no VCALENDAR\n";
    return 1;
  }
  int errors = PrintErrors(calendar, argv[1]);
  for (icalcomponent* e =
           icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       e; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    std::cout << "{\"uid\": " << Text(e, ICAL_UID_PROPERTY)
              << ", \"start\": " << Instant(e, ICAL_DTSTART_PROPERTY)
              << ", \"end\": " << Instant(e, ICAL_DTEND_PROPERTY)
              << ", \"summary\": " << Text(e, ICAL_SUMMARY_PROPERTY)
              << ", \"location\": " << Text(e, ICAL_LOCATION_PROPERTY)
              << ", \"status\": " << Text(e, ICAL_STATUS_PROPERTY)
              << ", \"sequence\": " << Text(e, ICAL_SEQUENCE_PROPERTY) << "}\n";
  }
  icalcomponent_free(calendar);
  return errors ? 1 : 0;
}
