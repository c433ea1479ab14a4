#!/usr/bin/python3
"""pyicalendar_events.py FILE: the events of an iCalendar file as Debian's
python3-icalendar reads them, one JSON object a line, in the form of
libical_events.cc. Exit 1 when icalendar cannot parse the file."""
import datetime
import json
import sys

import icalendar


def instant(event, name):
    """UTC date-time, all-day date, or floating, as libical_events.cc."""
    if name not in event:
        return None
    value = event.decoded(name)
    if not isinstance(value, datetime.datetime):
        return value.strftime("%Y%m%d")
    if value.tzinfo is None:
        return "floating:" + value.strftime("%Y%m%dT%H%M%S")
    return value.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def text(event, name):
    return str(event[name]) if name in event else None


def main():
    path = sys.argv[1]
    try:
        with open(path, "rb") as f:
            calendar = icalendar.Calendar.from_ical(f.read())
    except Exception as error:  # icalendar raises ValueError and others
        print(f"{path}: python-icalendar: {error}", file=sys.stderr)
        return 1
    for event in calendar.walk("VEVENT"):
        print(json.dumps({
            "uid": text(event, "UID"),
            "start": instant(event, "DTSTART"),
            "end": instant(event, "DTEND"),
            "summary": text(event, "SUMMARY"),
            "location": text(event, "LOCATION"),
            "status": text(event, "STATUS"),
            "sequence": int(event["SEQUENCE"]) if "SEQUENCE" in event else None,
        }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
