#include "validate/attendance.h"

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <set>
#include <string>

namespace affiche {

namespace {

SourcePos PosOf(const Event& e, const std::string& key) {
  auto it = e.positions.find(key);
  return it == e.positions.end() ? SourcePos{1, 0} : it->second;
}

// "on 2009-11-09", or "from 2009-11-20 to 2009-11-22" for several days.
std::string WhenItTookPlace(const Event& e) {
  if (e.last_day() == e.start.date) return "on " + e.start.date.Iso();
  return "from " + e.start.date.Iso() + " to " + e.last_day().Iso();
}

void CheckReported(const Event& e, const Date& today, Diagnostics* diags) {
  if (e.status == Status::kCancelled || e.attendance || !(e.last_day() < today)) return;
  diags->Warning(e.source, PosOf(e, "start"),
                 "no attendance for an event that took place " + WhenItTookPlace(e),
                 "add 'attendance: N' (the number of people who came) once the figure "
                 "is known; until then the tally counts the event as not reported");
}

void CheckCapacity(const Event& e, const Content& content, Diagnostics* diags) {
  if (!e.attendance) return;
  const Venue* venue = nullptr;
  if (e.inline_venue) {
    venue = &*e.inline_venue;
  } else if (auto it = content.venues.find(e.venue); it != content.venues.end()) {
    venue = &it->second;
  }
  if (!venue || !venue->capacity) return;
  // Over several days the venue fills once a day: a three-day festival may
  // count three full houses.
  long days = e.last_day().DaysSinceEpoch() - e.start.date.DaysSinceEpoch() + 1;
  int64_t limit = *venue->capacity * std::max(1L, days);
  if (*e.attendance <= limit) return;
  std::string name = venue->name.empty() ? "the venue" : venue->name;
  std::string capacity = std::to_string(*venue->capacity);
  diags->Warning(e.source, PosOf(e, "attendance"),
                 "attendance (" + std::to_string(*e.attendance) +
                     ") is larger than the capacity of " + name + " (" +
                     (days > 1 ? capacity + " a day, " + std::to_string(limit) +
                                     " over " + std::to_string(days) + " days"
                               : capacity) +
                     ")",
                 venue->source.empty() || venue->source == e.source
                     ? "check the figure, or the venue's capacity"
                     : "check the figure, or the capacity in " + venue->source);
}

}  // namespace

void CheckAttendance(const Content& content, const Date& today, Diagnostics* diags) {
  std::set<std::string> broken;
  for (const Diagnostic& d : diags->Sorted())
    if (d.severity == Severity::kError) broken.insert(d.path);
  for (const Event& e : content.events) {
    if (e.source.empty() || broken.count(e.source)) continue;  // unreadable file
    CheckReported(e, today, diags);
    CheckCapacity(e, content, diags);
  }
}

Date LocalToday() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace affiche
