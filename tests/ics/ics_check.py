#!/usr/bin/env python3
"""affiche's calendar checker: every FILE must follow the RFC 5545 rules
affiche's feeds rely on, and three independent parsers (libical 3, Debian's
python3-icalendar and Mozilla's ical.js) must read the same events from it:
UID, start and end (UTC instants, or all-day dates), summary, location, status
and sequence.

  ics_check.py [-q] [--libical PATH] FILE...
  ics_check.py [-q] [--libical PATH] --previous OLD.ics NEW.ics
      also: every event of OLD keeps its UID in NEW, and its SEQUENCE is raised
      when it changed and only then.

Errors go to stderr as FILE:LINE: error: [rule] message; exit 1 if any.
--libical defaults to $AFFICHE_ICS_LIBICAL (the ics_libical_events program that
CMake builds). .ci/setup installs the rest (python3-icalendar, node, npm ci here).
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_OCTETS = 75
# TEXT properties: one value (',' and ';' escaped), or a list (',' separates).
TEXT_VALUE = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "NAME",
              "X-WR-CALNAME", "X-WR-CALDESC"}
TEXT_LIST = {"CATEGORIES", "RESOURCES"}
CONTENT_LINE = re.compile(
    r'[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"]*"|[^";:,]*)(,("[^"]*"|[^";:,]*))*)*:')
UTC_STAMP = re.compile(r"\d{8}T\d{6}Z")
FIELDS = ["uid", "start", "end", "summary", "location", "status", "sequence"]


class Report:
    def __init__(self, path):
        self.path = path
        self.errors = []

    def error(self, line, rule, message):
        where = f"{self.path}:{line}" if line else self.path
        self.errors.append(f"{where}: error: [{rule}] {message}")


def physical_lines(data, report):
    """Splits on CRLF; reports LF or CR alone and a missing last CRLF."""
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    else:
        report.error(len(lines), "crlf", "the last line does not end with CRLF")
    ended = len(lines) if data.endswith(b"\n") else len(lines) - 1
    bad = [n for n, line in enumerate(lines[:ended], 1) if not line.endswith(b"\r")]
    if bad:
        more = f" (and {len(bad) - 1} more lines)" if len(bad) > 1 else ""
        report.error(bad[0], "crlf", "line ends with LF alone, not CRLF" + more)
    lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
    for n, line in enumerate(lines, 1):
        if b"\r" in line:
            report.error(n, "crlf", "a CR alone inside the line")
    return lines


def unfold(lines, report):
    """[(first line number, text)] of the content lines, with the octet rules."""
    if lines and lines[0].startswith(b"\xef\xbb\xbf"):
        report.error(1, "utf8", "a byte-order mark before BEGIN:VCALENDAR")
        lines[0] = lines[0][3:]
    logical, cut = [], False
    for n, line in enumerate(lines, 1):
        if len(line) > MAX_OCTETS:
            report.error(n, "line-length",
                         f"line is {len(line)} octets long; fold it at {MAX_OCTETS}")
        continued = line[:1] in (b" ", b"\t")
        part = line[1:] if continued else line
        try:
            part.decode("utf-8")
        except UnicodeDecodeError:
            folded = continued or n < len(lines) and lines[n][:1] in (b" ", b"\t")
            if not folded:
                report.error(n, "utf8", "not UTF-8")
            elif not (continued and cut):  # one report for the two halves
                report.error(n, "fold-utf8", "the fold splits a UTF-8 character")
            cut = folded
        else:
            cut = False
        if not line:
            report.error(n, "content-lines", "empty line")
        elif continued and not logical:
            report.error(n, "content-lines", "a continuation line with no line before")
        elif continued:
            logical[-1][1].extend(part)
        else:
            logical.append((n, bytearray(line)))
    out = []
    for n, raw in logical:
        text = raw.decode("utf-8", errors="replace")
        if not CONTENT_LINE.match(text):
            report.error(n, "content-lines", f"not a NAME;PARAM=...:value line: {text[:40]}")
            continue
        out.append((n, text))
    return out


def split_line(text):
    """NAME, {PARAM: value}, value of an unfolded content line."""
    match = CONTENT_LINE.match(text)
    head, value = text[:match.end() - 1], text[match.end():]
    name, *params = re.findall(r'(?:"[^"]*"|[^;])+', head)
    return name.upper(), dict(p.split("=", 1) for p in params), value


def check_text(n, name, value, report):
    for match in re.finditer(r"\\(.?)", value):
        if match.group(1) not in ("\\", ";", ",", "n", "N"):
            report.error(n, "escaping", f"'\\{match.group(1)}' in {name} is no TEXT escape")
    plain = re.sub(r"\\.", "", value)
    for c in ";" + ("," if name in TEXT_VALUE else ""):
        if c in plain:
            report.error(n, "escaping", f"'{c}' in {name} must be escaped as '\\{c}'")


def check_structure(lines, report):
    """The calendar's rules; returns the line of each VEVENT's BEGIN."""
    stack, events, tzids, zones, uids = [], [], {}, set(), {}
    calendar_props, event, calendars = {}, None, 0
    for n, text in lines:
        name, params, value = split_line(text)
        if not stack and (name, value, calendars) != ("BEGIN", "VCALENDAR", 0):
            report.error(n, "structure", "everything must be in one VCALENDAR")
        if name == "BEGIN":
            calendars += not stack
            stack.append(value)
            if value == "VEVENT" and event:
                report.error(n, "structure", f"BEGIN:VEVENT inside the VEVENT of line "
                             f"{event['line']}")
            if value == "VEVENT":
                event = {"line": n, "UID": [], "DTSTAMP": [], "DTSTART": [],
                         "RECURRENCE-ID": []}
            continue
        if name == "END":
            if not stack or stack[-1] != value:
                report.error(n, "structure", f"END:{value} closes no BEGIN:{value}")
            else:
                stack.pop()
            if value == "VEVENT" and event:
                check_event(event, uids, report)
                events.append(event["line"])
                event = None
            continue
        if stack == ["VCALENDAR"]:
            calendar_props.setdefault(name, []).append((n, value))
        if stack[-1:] == ["VTIMEZONE"] and name == "TZID":
            zones.add(value)
        if "TZID" in params:
            tzids.setdefault(params["TZID"].strip('"'), n)
        if event is not None and stack[-1] == "VEVENT" and name in event:
            event[name].append((n, value))
        if name in TEXT_VALUE or name in TEXT_LIST:
            check_text(n, name, value, report)
    if stack:
        report.error(lines[-1][0] if lines else 0, "structure",
                     f"BEGIN:{stack[-1]} is never closed")
    if [v for _, v in calendar_props.get("VERSION", [])] != ["2.0"]:
        report.error(1, "structure", "the VCALENDAR needs VERSION:2.0, once")
    if len(calendar_props.get("PRODID", [])) != 1:
        report.error(1, "structure", "the VCALENDAR needs one PRODID")
    for tzid, n in tzids.items():
        if tzid not in zones:
            report.error(n, "vtimezone", f"TZID={tzid} has no VTIMEZONE in the file")
    return events


def check_event(event, uids, report):
    n = event["line"]
    if len(event["UID"]) != 1:
        report.error(n, "uid", f"a VEVENT needs one UID, not {len(event['UID'])}")
    if len(event["DTSTAMP"]) != 1:
        report.error(n, "dtstamp", f"a VEVENT needs one DTSTAMP, not {len(event['DTSTAMP'])}")
    for line, value in event["DTSTAMP"]:
        if not UTC_STAMP.fullmatch(value):
            report.error(line, "dtstamp", f"DTSTAMP {value} is not a UTC time like "
                         "20091109T170000Z")
    if len(event["DTSTART"]) != 1:
        report.error(n, "dtstart", "a VEVENT needs one DTSTART")
    if event["UID"]:
        key = (event["UID"][0][1], tuple(v for _, v in event["RECURRENCE-ID"]))
        if key in uids:
            report.error(event["UID"][0][0], "uid",
                         f"UID {key[0]} is already the UID of the event at line {uids[key]}")
        uids.setdefault(key, n)


PARSERS = ["libical", "python-icalendar", "ical.js"]


def read_events(parser, path, libical):
    """The events parser reads from path, or an error message."""
    command = {
        "libical": [libical or "", path],
        "python-icalendar": [os.path.join(HERE, "pyicalendar_events.py"), path],
        "ical.js": ["node", os.path.join(HERE, "icaljs_events.mjs"), path],
    }[parser]
    if parser == "libical" and not (libical and os.access(libical, os.X_OK)):
        return None, "no ics_libical_events program: give --libical or $AFFICHE_ICS_LIBICAL"
    if parser == "ical.js" and not os.path.isdir(os.path.join(HERE, "node_modules/ical.js")):
        return None, f"no ical.js in {HERE}/node_modules: run npm ci there (.ci/setup does)"
    try:
        run = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        return None, f"cannot run {command[0]}: {error}"
    if run.returncode != 0:
        first = (run.stderr.strip() or f"exit status {run.returncode}").splitlines()[0]
        first = first.replace(f"{path}: {parser}: ", "")
        return None, first if len(first) <= 160 else first[:160] + "..."
    return [json.loads(line) for line in run.stdout.splitlines()], None


def cross_check(path, libical, event_lines, report):
    """Compares the three parsers' events; returns libical's."""
    readings = {}
    for parser in PARSERS:
        events, error = read_events(parser, path, libical)
        if error:
            report.error(0, "parser", f"{parser}: {error}")
        else:
            readings[parser] = events
    if len(readings) < len(PARSERS):
        return readings.get("libical")
    counts = {p: len(e) for p, e in readings.items()}
    if len(set(counts.values())) != 1:
        report.error(0, "cross", "the parsers read different numbers of events: " +
                     ", ".join(f"{p} {c}" for p, c in counts.items()))
        return readings["libical"]
    for i, event in enumerate(readings["libical"]):
        line = event_lines[i] if i < len(event_lines) else 0
        for field in FIELDS:
            values = [readings[p][i].get(field) for p in PARSERS]
            if len(set(json.dumps(v) for v in values)) != 1:
                report.error(line, "cross", f"event {event.get('uid')}: the parsers disagree "
                             f"on {field}: " + ", ".join(f"{p} {json.dumps(v, ensure_ascii=False)}"
                                                         for p, v in zip(PARSERS, values)))
            elif field in ("start", "end") and str(values[0]).startswith("floating:"):
                report.error(line, "cross", f"event {event.get('uid')}: {field} has no time zone")
    return readings["libical"]


def check_previous(old_path, old, new, report):
    """UIDs kept, SEQUENCE raised exactly for the events that changed."""
    by_uid = {e["uid"]: e for e in new}
    for before in old:
        uid = before["uid"]
        after = by_uid.get(uid)
        if after is None:
            report.error(0, "previous", f"event {uid} of {old_path} is gone: an event "
                         "keeps its UID (cancel it instead)")
            continue
        changed = [f for f in FIELDS[1:-1] if before[f] != after[f]]
        was, now = before["sequence"] or 0, after["sequence"] or 0
        if changed and now <= was:
            report.error(0, "previous", f"event {uid} changed ({', '.join(changed)}) but its "
                         f"SEQUENCE went from {was} to {now}")
        elif not changed and now != was:
            report.error(0, "previous", f"event {uid} did not change but its SEQUENCE went "
                         f"from {was} to {now}")


def check_file(path, libical, previous=None):
    report = Report(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        report.error(0, "read", str(error))
        return report, 0
    lines = unfold(physical_lines(data, report), report)
    event_lines = check_structure(lines, report)
    events = cross_check(path, libical, event_lines, report)
    if previous and events is not None:
        old, error = read_events("libical", previous, libical)
        if error:
            report.error(0, "previous", f"{previous}: {error}")
        else:
            check_previous(previous, old, events, report)
    return report, len(event_lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("-q", "--quiet", action="store_true", help="say nothing on success")
    parser.add_argument("--libical", default=os.environ.get("AFFICHE_ICS_LIBICAL"))
    parser.add_argument("--previous", metavar="OLD.ics")
    args = parser.parse_args()
    if args.previous and len(args.files) != 1:
        parser.error("--previous compares one new file with the old one")
    failed = 0
    for path in args.files:
        report, events = check_file(path, args.libical, args.previous)
        for line in report.errors:
            print(line, file=sys.stderr)
        failed += bool(report.errors)
        if not report.errors and not args.quiet:
            print(f"{path}: {events} events; libical, python-icalendar and ical.js agree")
    if failed:
        print(f"ics_check: {failed} of {len(args.files)} files failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
