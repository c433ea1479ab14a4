// The iCalendar feeds (RFC 5545, RFC 7986), written with libical: the whole
// programme, one feed per department, category and venue, and one file per
// event. A feed remembers nothing itself: the feed published by the previous
// build is read back (ReadFeedHistory) so that an unchanged event keeps its
// SEQUENCE and LAST-MODIFIED, and a changed one gets the next SEQUENCE.
#ifndef AFFICHE_RENDER_ICS_ICS_H_
#define AFFICHE_RENDER_ICS_ICS_H_

#include <ctime>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "base/diagnostics.h"
#include "base/output_set.h"
#include "model/programme.h"
#include "render/core/plan.h"
#include "theme/theme.h"

namespace affiche {

// What a build published for one event.
struct PublishedEvent {
  int sequence = 0;
  std::string last_modified;  // UTC, "20091101T120000Z"
  // The Hash64 of every property of the VEVENT but DTSTAMP, SEQUENCE and
  // LAST-MODIFIED, as libical writes them: two builds published the same
  // event when these match.
  uint64_t content = 0;

  bool operator==(const PublishedEvent& o) const {
    return sequence == o.sequence && last_modified == o.last_modified &&
           content == o.content;
  }
};

// The events of a previous build's feed, by UID.
using FeedHistory = std::map<std::string, PublishedEvent>;

// Reads the VEVENTs of an .ics text written by an earlier build (normally its
// calendar.ics). Text that is not iCalendar gives an empty history: every
// event is then new.
FeedHistory ReadFeedHistory(const std::string& ics_text);

// The calendar feeds of one build, as jobs of the page plan: the time zones
// its events use, the feeds' history and the time stamp of changed events.
// Must outlive the plan's jobs.
class CalendarFeeds {
 public:
  CalendarFeeds(const Programme& programme, const Theme& theme, FeedHistory previous,
                std::string now_utc);
  ~CalendarFeeds();
  CalendarFeeds(const CalendarFeeds&) = delete;
  CalendarFeeds& operator=(const CalendarFeeds&) = delete;

  // When the event last changed for subscribers: its LAST-MODIFIED in the
  // feeds ("20091101T120000Z"), now_utc unless the previous feed published it
  // as it is. From any thread.
  std::string LastModified(const Event& event) const;
  // The latest LastModified() of events; "19700101T000000Z" when there is none.
  std::string LatestChange(const std::vector<const Event*>& events) const;
  // What calendar.ics publishes of each event, by UID (the next build's
  // history). An event whose VEVENT no job made is taken to publish what the
  // history said: for a build that rendered no feed, none of its events changed.
  FeedHistory Published() const;

  // Takes the VEVENTs `before` wrote of the events not in `changed` (slugs),
  // before any feed renders: for a build of the same site-wide facts, feeds'
  // history and time stamp, whose other events are as they were.
  void KeepFrom(const CalendarFeeds& before, const std::set<std::string>& changed);

 private:
  friend void PlanIcs(CalendarFeeds& calendar, Plan* plan);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Plans calendar.ics, one feed per department, category and venue, and
// events/<slug>/event.ics (as RenderIcs writes them).
void PlanIcs(CalendarFeeds& calendar, Plan* plan);

// Writes calendar.ics, departments/<id>/calendar.ics, categories/<id>/calendar.ics,
// venues/<id>/calendar.ics and events/<slug>/event.ics. An event absent from
// `previous` gets SEQUENCE 0 (1 when cancelled: the cancellation is its first
// revision) and LAST-MODIFIED now_utc; an event whose published properties are
// those of `previous` keeps its SEQUENCE and LAST-MODIFIED; any other gets
// SEQUENCE + 1 and now_utc. DTSTAMP is LAST-MODIFIED, so rebuilding unchanged
// content with the previous feed gives byte-identical files. now_utc is a UTC
// DATE-TIME like "20091101T120000Z" (see IcsTimestamp).
void RenderIcs(const Programme& programme, const Theme& theme,
               const FeedHistory& previous, const std::string& now_utc, OutputSet* out);

// t as an iCalendar UTC DATE-TIME: "20091101T120000Z".
std::string IcsTimestamp(std::time_t t);

// A wall-clock time read in its zone as RFC 5545 (3.3.5) reads a DTSTART
// with a TZID, which every output follows: a time in the gap when clocks go
// forward has the offset before the gap (02:30 on 2009-03-29 in Europe/Paris
// is 03:30 summer time), a time that happens twice when they go back is the
// first (02:30 summer time on 2009-10-25).
struct ZonedTime {
  enum Kind { kNormal, kInGap, kRepeated } kind = kNormal;
  long long utc = 0;     // seconds since 1970-01-01T00:00Z
  int offset = 0;        // of this reading, in seconds east of UTC
  int other_offset = 0;  // in a gap, the one after it; repeated, the second's
  LocalTime reading;     // the wall-clock time of the instant (03:30 for 02:30 in a gap)
  // For kInGap and kRepeated: the clocks go from change_from to change_to.
  LocalTime change_from, change_to;
};

// How `time` reads in the tz database zone `zone`; nullopt for a date without
// time or a zone the system lacks. Safe to call from several threads.
std::optional<ZonedTime> ReadInZone(const std::string& zone, const LocalTime& time);

// ReadInZone's instant as an iCalendar UTC DATE-TIME ("20091024T180000Z" for
// 2009-10-24T20:00 in Europe/Paris); "" when ReadInZone has none.
std::string UtcTimeOf(const std::string& zone, const LocalTime& time);

// time as ISO 8601 with its offset in zone ("2009-11-09T18:00:00+01:00"), as
// schema.org and JSON readers want it; a date alone ("2009-11-09") for a date
// without time, and the local time without offset when the zone is unknown.
std::string IsoTimeOf(const std::string& zone, const LocalTime& time);

// The date in the tz database zone `zone` at the UTC DATE-TIME `utc`
// ("20091110T230000Z" is 2009-11-11 in Europe/Paris); nullopt for a stamp of
// another form. A zone the system lacks reads as UTC.
std::optional<Date> LocalDateOf(const std::string& zone, const std::string& utc);

// Warns about every timed start or end of content that does not exist or
// happens twice in its zone, with both readings, and moves a time in a gap to
// its reading, so that the pages, the feeds and the links show one instant.
void ResolveLocalTimes(Content* content, Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_RENDER_ICS_ICS_H_
