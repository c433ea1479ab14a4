// What the files of the iCalendar renderer (ics*.cc) share: libical handles,
// the time zones of a build, one VEVENT per event. Only those files include
// this header, and with it libical.
#ifndef AFFICHE_RENDER_ICS_ICS_INTERNAL_H_
#define AFFICHE_RENDER_ICS_ICS_INTERNAL_H_

#include <libical/ical.h>

#include <map>
#include <memory>
#include <string>

#include "model/programme.h"
#include "render/ics/ics.h"
#include "theme/theme.h"

namespace affiche::ics {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
struct TimeZoneFree {
  void operator()(icaltimezone* z) const { icaltimezone_free(z, 1); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// The wall-clock time `time` in zone (floating when zone is null).
icaltimetype LocalValue(const LocalTime& time, icaltimezone* zone);

// The component as iCalendar text (CRLF line ends, folded at 75 octets).
std::string ToText(icalcomponent* component);

// The time zones of a programme's events, each loaded once from the system tz
// database under its clean IANA name (TZID:Europe/Paris, not libical's
// /freeassociation.sourceforge.net/ prefix), its VTIMEZONE cut to the rules
// that apply from the year before the zone's first event: the same output on
// every machine whose tzdata agrees about those years.
class TimeZones {
 public:
  explicit TimeZones(const Programme& programme);

  // The zone called name, or nullptr when the tz database does not have it
  // (validation rejects such zones; times are then written floating).
  icaltimezone* Find(const std::string& name) const;

  // Every zone, by name.
  const std::map<std::string, std::unique_ptr<icaltimezone, TimeZoneFree>>& all() const {
    return zones_;
  }

 private:
  std::map<std::string, std::unique_ptr<icaltimezone, TimeZoneFree>> zones_;
};

// The event's VEVENT, with its SEQUENCE, LAST-MODIFIED and DTSTAMP revised
// against what the previous build published (the revision in *revision).
Component BuildEvent(const Programme& programme, const Theme& theme,
                     const TimeZones& zones, const Event& event,
                     const FeedHistory& previous, const std::string& now_utc,
                     PublishedEvent* revision);

// PublishedEvent::content of a VEVENT.
uint64_t PublishedContent(icalcomponent* vevent);

// The SEQUENCE and LAST-MODIFIED an event publishes now: see RenderIcs().
PublishedEvent Revise(const FeedHistory& previous, const std::string& uid,
                      uint64_t content, bool cancelled, const std::string& now_utc);

}  // namespace affiche::ics

#endif  // AFFICHE_RENDER_ICS_ICS_INTERNAL_H_
