// Wall-clock times read in their zone as RFC 5545 (3.3.5) reads them: the one
// function every output's UTC instant comes from.
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "render/ics/ics_internal.h"

namespace affiche {
namespace {

constexpr long long kHalfDay = 12 * 3600;

// The zones, loaded once for the whole process; libical's zone objects
// expand their changes lazily, so every use is under the lock.
std::mutex zones_mutex;

icaltimezone* ZoneLocked(const std::string& name) {
  static std::map<std::string, std::unique_ptr<icaltimezone, ics::TimeZoneFree>> zones;
  auto it = zones.find(name);
  if (it == zones.end()) {
    icalcomponent* vtimezone = icaltzutil_fetch_timezone(name.c_str());
    std::unique_ptr<icaltimezone, ics::TimeZoneFree> zone;
    if (vtimezone) {
      zone.reset(icaltimezone_new());
      icaltimezone_set_component(zone.get(), vtimezone);
    }
    it = zones.emplace(name, std::move(zone)).first;
  }
  return it->second.get();
}

// The zone's UTC offset, in seconds, at a UTC instant.
int OffsetAt(icaltimezone* zone, long long utc) {
  icaltimetype t = icaltime_from_timet_with_zone(static_cast<time_t>(utc), 0,
                                                 icaltimezone_get_utc_timezone());
  int is_daylight = 0;
  return icaltimezone_get_utc_offset_of_utc_time(zone, &t, &is_daylight);
}

LocalTime WallClock(long long seconds) {
  long long days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  int minutes = static_cast<int>((seconds - days * 86400) / 60);
  return {Date::FromDaysSinceEpoch(static_cast<long>(days)), minutes};
}

}  // namespace

std::optional<ZonedTime> ReadInZone(const std::string& zone_name, const LocalTime& time) {
  if (!time.has_time()) return std::nullopt;
  std::lock_guard<std::mutex> lock(zones_mutex);
  icaltimezone* zone = ZoneLocked(zone_name);
  if (!zone) return std::nullopt;
  // The wall-clock time counted as if it were UTC; the instants it may be
  // are `wall - offset` for the offsets in force half a day around it.
  long long wall = time.date.DaysSinceEpoch() * 86400LL + time.minutes * 60LL;
  int before = OffsetAt(zone, wall - kHalfDay), after = OffsetAt(zone, wall + kHalfDay);
  bool is_before = OffsetAt(zone, wall - before) == before;
  bool is_after = OffsetAt(zone, wall - after) == after;
  ZonedTime out;
  out.offset = before;
  out.other_offset = after;
  if (is_before && is_after && before != after) {
    out.kind = ZonedTime::kRepeated;  // the first: the larger offset
    if (after > before) std::swap(out.offset, out.other_offset);
  } else if (!is_before && !is_after) {
    out.kind = ZonedTime::kInGap;  // the offset before the gap
  } else {
    out.offset = is_before ? before : after;
  }
  out.utc = wall - out.offset;
  out.reading = WallClock(out.utc + OffsetAt(zone, out.utc));
  if (out.kind != ZonedTime::kNormal) {
    // The change: the first instant with the offset of after.
    long long low = wall - kHalfDay, high = wall + kHalfDay;
    while (high - low > 1) {
      long long middle = low + (high - low) / 2;
      (OffsetAt(zone, middle) == after ? high : low) = middle;
    }
    out.change_from = WallClock(high + before);
    out.change_to = WallClock(high + after);
  }
  return out;
}

std::optional<Date> LocalDateOf(const std::string& zone, const std::string& utc) {
  int y, mo, d, h, mi, sec;
  char z = 0;
  if (utc.size() != 16 ||
      std::sscanf(utc.c_str(), "%4d%2d%2dT%2d%2d%2d%c", &y, &mo, &d, &h, &mi, &sec, &z) !=
          7 ||
      z != 'Z')
    return std::nullopt;
  Date date{y, mo, d};
  long long seconds =
      static_cast<long long>(date.DaysSinceEpoch()) * 86400 + h * 3600 + mi * 60 + sec;
  std::lock_guard<std::mutex> lock(zones_mutex);
  icaltimezone* found = ZoneLocked(zone);
  int offset = found ? OffsetAt(found, seconds) : 0;
  return WallClock(seconds + offset).date;
}

std::string UtcTimeOf(const std::string& zone, const LocalTime& time) {
  std::optional<ZonedTime> read = ReadInZone(zone, time);
  if (!read) return "";
  LocalTime utc = WallClock(read->utc);
  char text[64];
  std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d00Z", utc.date.year,
                utc.date.month, utc.date.day, utc.hour(), utc.minute());
  return text;
}

std::string IsoTimeOf(const std::string& zone, const LocalTime& time) {
  if (!time.has_time()) return time.date.Iso();
  std::optional<ZonedTime> read = ReadInZone(zone, time);
  if (!read) return time.Iso() + ":00";
  const LocalTime& t = read->reading;
  int offset = std::abs(read->offset) / 60;
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:00%c%02d:%02d", t.date.year,
                t.date.month, t.date.day, t.hour(), t.minute(),
                read->offset < 0 ? '-' : '+', offset / 60, offset % 60);
  return text;
}

namespace {

std::string Clock(const LocalTime& t) {
  char text[32];
  std::snprintf(text, sizeof text, "%02d:%02d", t.hour(), t.minute());
  return text;
}

std::string Offset(int seconds) {
  char text[32];
  int minutes = (seconds < 0 ? -seconds : seconds) / 60;
  std::snprintf(text, sizeof text, "UTC%c%02d:%02d", seconds < 0 ? '-' : '+',
                minutes / 60, minutes % 60);
  return text;
}

// Warns about *time (the event's `key`) when it is in a gap or repeated;
// moves a time in a gap to its reading.
void Resolve(const Event& e, const std::string& zone, const std::string& key,
             LocalTime* time, Diagnostics* diags) {
  std::optional<ZonedTime> read = ReadInZone(zone, *time);
  if (!read || read->kind == ZonedTime::kNormal) return;
  auto pos = e.positions.find(key);
  SourcePos at = pos == e.positions.end() ? SourcePos{} : pos->second;
  std::string when = key + " " + Clock(*time);
  std::string where = " on " + time->date.Iso() + " in " + zone;
  std::string change =
      " (clocks go " + std::string(read->change_to < read->change_from ? "back " : "") +
      "from " + Clock(read->change_from) + " to " + Clock(read->change_to) + ")";
  if (read->kind == ZonedTime::kInGap) {
    diags->Warning(e.source, at,
                   when + " does not exist" + where + change + "; it is read as " +
                       Clock(read->reading) + " (" + Offset(read->other_offset) + ")",
                   "write " + Clock(read->reading) + ", or a time before " +
                       Clock(read->change_from) + ", to say which is meant");
    *time = read->reading;
  } else {
    diags->Warning(e.source, at,
                   when + " happens twice" + where + change +
                       "; it is read as the first, " + Clock(*time) + " (" +
                       Offset(read->offset) + "), not the second (" +
                       Offset(read->other_offset) + ")");
  }
}

}  // namespace

void ResolveLocalTimes(Content* content, Diagnostics* diags) {
  for (Event& e : content->events) {
    const std::string& zone = e.timezone.empty() ? content->site.timezone : e.timezone;
    if (e.start.has_time()) Resolve(e, zone, "start", &e.start, diags);
    if (e.end && e.end->has_time()) Resolve(e, zone, "end", &*e.end, diags);
  }
}

}  // namespace affiche
