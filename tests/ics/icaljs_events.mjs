// node icaljs_events.mjs FILE: the events of an iCalendar file as Mozilla's
// ical.js reads them, one JSON object a line, in the form of libical_events.cc.
// Exit 1 when ical.js cannot parse the file.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const path = process.argv[2];
let calendar;
try {
  calendar = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
} catch (error) {
  console.error(`${path}: ical.js: ${error.message}`);
  process.exit(1);
}
// The file's own time zones, for the TZIDs of its events.
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}

// As libical_events.cc: UTC date-time, all-day date, or floating.
function instant(event, name) {
  const property = event.getFirstProperty(name);
  if (!property) return null;
  const time = property.getFirstValue();
  const compact = (text) => text.replace(/[-:]/g, "").replace(/\.\d+/, "");
  if (time.isDate) return compact(time.toString());
  if (!time.zone || time.zone === ICAL.Timezone.localTimezone) {
    return "floating:" + compact(time.toString());
  }
  return compact(new Date(time.toUnixTime() * 1000).toISOString());
}

const text = (event, name) => {
  const value = event.getFirstPropertyValue(name);
  return value === null ? null : String(value);
};

for (const event of calendar.getAllSubcomponents("vevent")) {
  const sequence = event.getFirstPropertyValue("sequence");
  console.log(JSON.stringify({
    uid: text(event, "uid"),
    start: instant(event, "dtstart"),
    end: instant(event, "dtend"),
    summary: text(event, "summary"),
    location: text(event, "location"),
    status: text(event, "status"),
    sequence: sequence === null ? null : Number(sequence),
  }));
}
