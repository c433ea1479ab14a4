#!/usr/bin/env python3
"""Every rule of ics_check.py can fail: samples/minimal.ics (the calendar.ics
affiche builds from tests/fixtures/sites/minimal) passes, and each broken
copy of it fails with the expected messages. Needs $AFFICHE_ICS_LIBICAL."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "samples", "minimal.ics"), "rb") as sample:
    GOOD = sample.read()


def check(data, *options, previous=None):
    """Runs ics_check.py on data; returns (exit status, stdout, stderr lines)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "feed.ics")
        with open(path, "wb") as f:
            f.write(data)
        args = list(options)
        if previous is not None:
            with open(os.path.join(tmp, "old.ics"), "wb") as f:
                f.write(previous)
            args += ["--previous", os.path.join(tmp, "old.ics")]
        run = subprocess.run([sys.executable, os.path.join(HERE, "ics_check.py"), *args, path],
                             capture_output=True, text=True, check=False)
        lines = [line.replace(tmp + "/", "") for line in run.stderr.splitlines()]
        return run.returncode, run.stdout.replace(tmp + "/", ""), lines


def replaced(old, new, data=GOOD):
    assert old in data, old
    return data.replace(old, new)


class Rules(unittest.TestCase):
    def assert_fails(self, data, *errors, previous=None):
        status, out, lines = check(data, previous=previous)
        self.assertEqual(status, 1)
        self.assertEqual(out, "")
        self.assertEqual(lines, list(errors) + ["ics_check: 1 of 1 files failed"])

    def test_the_sample_passes(self):
        self.assertEqual(check(GOOD), (0, "feed.ics: 4 events; libical, python-icalendar "
                                       "and ical.js agree\n", []))
        self.assertEqual(check(GOOD, "-q"), (0, "", []))

    def test_lf_line_ends(self):
        lines = GOOD.count(b"\r\n")
        self.assert_fails(GOOD.replace(b"\r\n", b"\n"), "feed.ics:1: error: [crlf] line ends "
                          f"with LF alone, not CRLF (and {lines - 1} more lines)")

    def test_no_crlf_at_the_end(self):
        last = GOOD.count(b"\n")
        self.assert_fails(GOOD[:-2], f"feed.ics:{last}: error: [crlf] the last line does not "
                          "end with CRLF")

    def test_a_line_longer_than_75_octets(self):
        self.assert_fails(replaced(b"80000 \r\n Amiens", b"80000 Amiens"),
                          "feed.ics:58: error: [line-length] line is 76 octets long; fold it "
                          "at 75")

    def test_a_fold_inside_a_character(self):
        # libical joins the halves again, python-icalendar and ical.js do not.
        self.assert_fails(
            replaced("SUMMARY:Conférence-débat".encode(),
                     b"SUMMARY:Conf\xc3\r\n \xa9rence-d\xc3\xa9bat"),
            "feed.ics:55: error: [fold-utf8] the fold splits a UTF-8 character",
            "feed.ics:50: error: [cross] event conference@example.org: the parsers disagree "
            "on summary: libical \"Conférence-débat : la finance solidaire\", "
            "python-icalendar \"Conf\ufffd\ufffdrence-débat : la finance solidaire\", "
            "ical.js \"Conf\ufffd\ufffdrence-débat : la finance solidaire\"")

    def test_a_tzid_without_its_vtimezone(self):
        # ical.js then reads floating times: the parsers disagree as well.
        status, _, lines = check(re.sub(rb"BEGIN:VTIMEZONE.*END:VTIMEZONE\r\n", b"", GOOD,
                                        flags=re.S))
        self.assertEqual(status, 1)
        self.assertEqual(lines[0], "feed.ics:15: error: [vtimezone] TZID=Europe/Paris has no "
                         "VTIMEZONE in the file")
        self.assertEqual(lines[1], "feed.ics:12: error: [cross] event conference@example.org: "
                         "the parsers disagree on start: libical \"20091109T170000Z\", "
                         "python-icalendar \"20091109T170000Z\", ical.js "
                         "\"floating:20091109T180000\"")

    def test_two_events_with_one_uid(self):
        self.assert_fails(replaced(b"UID:annule@example.org", b"UID:conference@example.org"),
                          "feed.ics:69: error: [uid] UID conference@example.org is already "
                          "the UID of the event at line 50")

    def test_an_event_without_uid(self):
        status, _, lines = check(replaced(b"UID:annule@example.org\r\n", b""))
        self.assertEqual(status, 1)
        self.assertEqual(lines[0], "feed.ics:68: error: [uid] a VEVENT needs one UID, not 0")

    def test_dtstamp_missing_or_not_utc(self):
        stamp = re.search(rb"DTSTAMP:\d{8}T\d{6}Z\r\n", GOOD).group(0)
        self.assert_fails(GOOD.replace(stamp, b"", 1),
                          "feed.ics:50: error: [dtstamp] a VEVENT needs one DTSTAMP, not 0")
        self.assert_fails(GOOD.replace(stamp, b"DTSTAMP:20091109T180000\r\n", 1),
                          "feed.ics:52: error: [dtstamp] DTSTAMP 20091109T180000 is not a UTC "
                          "time like 20091109T170000Z")

    def test_text_escaping(self):
        self.assert_fails(
            replaced("SUMMARY:Conférence annulée".encode(),
                     "SUMMARY:Conférence; annulée\\x".encode()),
            "feed.ics:72: error: [escaping] '\\x' in SUMMARY is no TEXT escape",
            "feed.ics:72: error: [escaping] ';' in SUMMARY must be escaped as '\\;'",
            # libical drops the bad escape, the others keep it.
            "feed.ics:68: error: [cross] event annule@example.org: the parsers disagree on "
            "summary: libical \"Conférence; annulée \", python-icalendar \"Conférence; "
            "annulée\\\\x\", ical.js \"Conférence; annulée\\\\x\"")
        status, _, lines = check(replaced(b"LOCATION:La Repasserie\\, 30",
                                          b"LOCATION:La Repasserie, 30"))
        self.assertIn("feed.ics:74: error: [escaping] ',' in LOCATION must be escaped as '\\,'",
                      lines)

    def test_an_empty_line_for_an_end(self):
        status, _, lines = check(replaced(b"END:VEVENT\r\nBEGIN:VEVENT\r\nUID:annule",
                                          b"\r\nBEGIN:VEVENT\r\nUID:annule"))
        self.assertEqual(status, 1)
        self.assertEqual(lines[:2], ["feed.ics:67: error: [content-lines] empty line",
                                     "feed.ics:68: error: [structure] BEGIN:VEVENT inside "
                                     "the VEVENT of line 50"])
        self.assertIn("feed.ics:113: error: [structure] END:VCALENDAR closes no "
                      "BEGIN:VCALENDAR", lines)
        self.assertIn("feed.ics: error: [parser] libical: no VCALENDAR", lines)
        self.assertIn("feed.ics: error: [parser] ical.js: invalid ical body. component began "
                      "but did not end", lines)


    def test_a_line_after_the_calendar(self):
        status, _, lines = check(GOOD + b"X-AFTER:1\r\n")
        self.assertEqual(status, 1)
        self.assertEqual(lines[0], "feed.ics:114: error: [structure] everything must be in one "
                         "VCALENDAR")


class Previous(unittest.TestCase):
    moved = replaced(b"DTSTART;TZID=Europe/Paris:20091109T180000",
                     b"DTSTART;TZID=Europe/Paris:20091109T183000")

    def test_a_change_raises_the_sequence(self):
        new = self.moved.replace(b"SEQUENCE:0", b"SEQUENCE:1", 1)
        self.assertEqual(check(new, "-q", previous=GOOD), (0, "", []))

    def test_a_change_without_a_new_sequence(self):
        status, _, lines = check(self.moved, previous=GOOD)
        self.assertEqual(status, 1)
        self.assertEqual(lines[0], "feed.ics: error: [previous] event conference@example.org "
                         "changed (start) but its SEQUENCE went from 0 to 0")

    def test_a_new_sequence_without_a_change(self):
        status, _, lines = check(GOOD.replace(b"SEQUENCE:0", b"SEQUENCE:1", 1), previous=GOOD)
        self.assertEqual(lines[0], "feed.ics: error: [previous] event conference@example.org "
                         "did not change but its SEQUENCE went from 0 to 1")

    def test_a_lost_uid(self):
        status, _, lines = check(replaced(b"UID:annule@example.org", b"UID:autre@example.org"),
                                 previous=GOOD)
        self.assertEqual(status, 1)
        self.assertEqual(lines[0], "feed.ics: error: [previous] event annule@example.org of "
                         "old.ics is gone: an event keeps its UID (cancel it instead)")


if __name__ == "__main__":
    unittest.main()
