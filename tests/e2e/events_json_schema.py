#!/usr/bin/python3
"""Builds a site and validates its events.json against events.schema.json (the
copy in the repository and the one the site publishes must be the same) with
python3-jsonschema (JSON Schema 2020-12), then checks that the schema refuses
documents that break it, so that a schema accepting anything would fail here.

usage: events_json_schema.py AFFICHE SITE_DIR SCHEMA
"""
import copy
import json
import subprocess
import sys
import tempfile

from jsonschema import Draft202012Validator, FormatChecker


def main():
    affiche, site, schema_path = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())

    with tempfile.TemporaryDirectory() as out:
        subprocess.run([affiche, "build", "--source", site, "--out", out],
                       check=True, stdout=subprocess.DEVNULL)
        with open(f"{out}/events.json", encoding="utf-8") as f:
            doc = json.load(f)
        with open(f"{out}/events.schema.json", encoding="utf-8") as f:
            published = json.load(f)

    failures = []
    if published != schema:
        failures.append("site-out/events.schema.json differs from the repository's schema")
    for error in validator.iter_errors(doc):
        failures.append(f"events.json: {error.json_path}: {error.message}")
    if not doc["events"]:
        failures.append("events.json lists no event: nothing was validated")

    # Documents the schema must refuse.
    def broken(change):
        bad = copy.deepcopy(doc)
        change(bad)
        return bad
    first = lambda d: d["events"][0]
    refused = {
        "an event without start": broken(lambda d: first(d).pop("start")),
        "a start without its date": broken(lambda d: first(d).update(start="18:00")),
        "an unknown status": broken(lambda d: first(d).update(status="maybe")),
        "a latitude of 123": broken(lambda d: next(
            e for e in d["events"] if e["venue"] and e["venue"]["geo"]
        )["venue"]["geo"].update(latitude=123)),
        "another version": broken(lambda d: d.update(version=2)),
        "a field the schema does not know": broken(lambda d: first(d).update(colour="red")),
    }
    for what, bad in refused.items():
        if validator.is_valid(bad):
            failures.append(f"the schema accepts {what}")

    all_day = sum(1 for e in doc["events"] if e["all_day"])
    print(f"events.json: {len(doc['events'])} events ({all_day} all-day) valid against "
          f"events.schema.json; {len(refused)} broken documents refused")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
