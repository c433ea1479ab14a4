#!/usr/bin/env bash
# Checks the calendar feeds of a built site with tests/ics/ics_check.py (libical,
# python3-icalendar, ical.js and the RFC 5545 rules), or any checker taking the
# same arguments (-q, --previous OLD.ics). A missing checker is a failure, not a
# skip: .ci/setup installs what it needs.
#
#   ics_check.sh feeds   AFFICHE ICS_CHECK SITE_DIR
#       builds SITE_DIR into a temporary folder and checks every .ics file.
#   ics_check.sh rebuild AFFICHE ICS_CHECK SITE_DIR EVENT_FILE NEW_START
#       builds a copy of SITE_DIR twice, EVENT_FILE's start changed to NEW_START
#       in between: checks the new calendar.ics with `--previous` the old one
#       (stable UIDs, SEQUENCE raised), then that a third build without change
#       gives byte-identical feeds.
set -euo pipefail

mode="${1:?mode}" affiche="${2:?affiche binary}" checker="${3:?ics-check}" site="${4:?site}"

if [ ! -x "$checker" ]; then
  echo "ics_check.sh: no checker at $checker" >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

case "$mode" in
  feeds)
    "$affiche" build --source "$site" --out "$tmp/out"
    mapfile -t feeds < <(find "$tmp/out" -name '*.ics' | sort)
    if [ "${#feeds[@]}" -eq 0 ]; then
      echo "ics_check.sh: the build of $site wrote no .ics file" >&2
      exit 1
    fi
    echo "checking ${#feeds[@]} feeds of $site"
    "$checker" -q "${feeds[@]}"
    ;;
  rebuild)
    event="${5:?event file}" new_start="${6:?new start}"
    cp -R "$site" "$tmp/site"
    "$affiche" build --source "$tmp/site" --out "$tmp/out"
    cp "$tmp/out/calendar.ics" "$tmp/old.ics"
    sed -i "s/^start: .*/start: $new_start/" "$tmp/site/$event"
    sleep 1  # a new second for LAST-MODIFIED
    # The second build reads the first one's calendar.ics from --out.
    "$affiche" build --source "$tmp/site" --out "$tmp/out"
    "$checker" -q --previous "$tmp/old.ics" "$tmp/out/calendar.ics"
    if cmp -s "$tmp/old.ics" "$tmp/out/calendar.ics"; then
      echo "ics_check.sh: changing $event did not change calendar.ics" >&2
      exit 1
    fi
    cp -R "$tmp/out" "$tmp/second"
    "$affiche" build --source "$tmp/site" --out "$tmp/out"
    list() { (cd "$1" && find . -name '*.ics' | sort); }
    if [ "$(list "$tmp/second")" != "$(list "$tmp/out")" ]; then
      echo "ics_check.sh: rebuilding unchanged content changed the set of feeds" >&2
      exit 1
    fi
    while read -r feed; do
      if ! cmp "$tmp/second/$feed" "$tmp/out/$feed"; then
        echo "ics_check.sh: rebuilding unchanged content changed $feed" >&2
        exit 1
      fi
    done < <(list "$tmp/out")
    echo "rebuild: SEQUENCE raised, then byte-identical feeds"
    ;;
  *)
    echo "ics_check.sh: unknown mode '$mode'" >&2
    exit 2
    ;;
esac
