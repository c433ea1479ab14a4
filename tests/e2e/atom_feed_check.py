#!/usr/bin/python3
"""Reads the sample's Atom feed (feed.xml) with a real feed parser, Debian's
python3-feedparser, and checks that an entry is dated by when its event last
changed: built again over the previous feed with one event cancelled, that
entry's <updated> is later than its unchanged siblings', which keep theirs, and
the feed's own <updated> is the latest entry's.

usage: atom_feed_check.py AFFICHE SOURCE_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

import feedparser

SLUG = "conference-finance-solidaire"


def build(affiche, source, out, previous=None):
    command = [affiche, "build", "--source", str(source), "--out", str(out)]
    if previous:
        command += ["--previous", str(previous)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def read_feed(path):
    feed = feedparser.parse(path.read_bytes())
    if feed.bozo:
        sys.exit(f"FAIL: {path} is not well-formed Atom: {feed.bozo_exception}")
    if feed.version != "atom10":
        sys.exit(f"FAIL: {path} reads as {feed.version!r}, not Atom 1.0")
    return feed


def updated_by_id(feed):
    return {e.id: time.mktime(e.updated_parsed) for e in feed.entries}


def main():
    affiche, source = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        site = tmp / "site"
        shutil.copytree(source / "content", site / "content")
        first, second = tmp / "first", tmp / "second"
        build(affiche, site, first)
        before = read_feed(first / "feed.xml")
        if len(before.entries) != 40:
            sys.exit(f"FAIL: {len(before.entries)} entries, expected 40")
        for entry in before.entries:
            if not entry.get("title") or not entry.get("link") or not entry.get("updated"):
                sys.exit(f"FAIL: entry {entry.get('id')} lacks a title, link or updated")

        # A second later (time stamps are to the second), the event is cancelled.
        time.sleep(1.1)
        event = site / "content" / "events" / f"{SLUG}.md"
        text = event.read_text(encoding="utf-8")
        text, n = re.subn(r"^status: .*$", "status: cancelled", text, flags=re.M)
        if n == 0:
            text = text.replace("\n---\n", "\nstatus: cancelled\n---\n", 1)
        event.write_text(text, encoding="utf-8")
        build(affiche, site, second, previous=first / "calendar.ics")
        after = read_feed(second / "feed.xml")

        old, new = updated_by_id(before), updated_by_id(after)
        changed = [i for i in new if i.endswith(f"/events/{SLUG}/")]
        if len(changed) != 1:
            sys.exit(f"FAIL: no entry for {SLUG}")
        cancelled = changed[0]
        for entry_id, stamp in new.items():
            if entry_id == cancelled:
                continue
            if stamp != old[entry_id]:
                sys.exit(f"FAIL: unchanged entry {entry_id} has a new <updated>")
            if not stamp < new[cancelled]:
                sys.exit(f"FAIL: {cancelled} is not later than its sibling {entry_id}")
        title = next(e.title for e in after.entries if e.id == cancelled)
        if "(Annulé)" not in title:
            sys.exit(f"FAIL: the cancelled entry's title is {title!r}")
        feed_updated = time.mktime(after.feed.updated_parsed)
        if feed_updated != max(new.values()):
            sys.exit("FAIL: the feed's <updated> is not its latest entry's")
        print(f"ok: {len(new)} entries read by feedparser {feedparser.__version__}; "
              f"the cancelled one updated {after.feed.updated}, later than the others")


if __name__ == "__main__":
    main()
