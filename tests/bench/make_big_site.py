#!/usr/bin/env python3
"""Writes a large affiche source folder for benchmarks: the sample's site.yaml,
venues, organisers, pages and static files, and N events cloned from the
sample's 40 (new slugs and titles, dates moved forward day by day).

    python3 tests/bench/make_big_site.py 10000 /tmp/big
"""
import datetime
import pathlib
import re
import shutil
import sys


def shift(line, days):
    """Moves the date of a `start:`/`end:` line by `days`."""
    match = re.match(r"^(start|end): (\d{4}-\d{2}-\d{2})(.*)$", line)
    if not match:
        return line
    day = datetime.date.fromisoformat(match.group(2)) + datetime.timedelta(days=days)
    return f"{match.group(1)}: {day.isoformat()}{match.group(3)}"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_big_site.py EVENTS OUT_DIR")
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    sample = pathlib.Path(__file__).resolve().parents[2] / "content"
    if out.exists() and any(out.iterdir()):
        sys.exit(f"make_big_site.py: {out} is not empty; give a new folder")
    for folder in ("venues", "organisers", "pages", "static"):
        if (sample / folder).is_dir():  # content/static/ is optional
            shutil.copytree(sample / folder, out / "content" / folder)
    shutil.copy(sample / "site.yaml", out / "content" / "site.yaml")
    templates = sorted((sample / "events").glob("*.md"))
    events = out / "content" / "events"
    events.mkdir(parents=True)
    for k in range(count):
        template = templates[k % len(templates)]
        copy = k // len(templates)  # 0 for the first 40, 1 for the next 40, ...
        lines = template.read_text(encoding="utf-8").split("\n")
        lines = [shift(line, copy % 120) for line in lines]
        lines = [re.sub(r'^title: "(.*)"$', rf'title: "\1 ({copy + 1})"', line)
                 for line in lines]
        (events / f"{template.stem}-{copy:04d}.md").write_text("\n".join(lines),
                                                               encoding="utf-8")
    print(f"wrote {count} events to {events}")


if __name__ == "__main__":
    main()
