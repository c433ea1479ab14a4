#!/usr/bin/env bash
# Benchmark of the incremental preview (not a test: nothing fails on a slow
# figure). On a generated site of EVENTS events with bodies of 150 to 400
# words, starts `affiche serve` and saves one event file 10 times of each kind
# (body, title, date moved to another day, cancelled and back), printing the
# milliseconds from each save to the live-reload message and the "Rebuilt in"
# lines affiche printed; then a site.yaml change (everything renders). Then the
# same saves with `hugo server` on the same events (Debian's hugo), timed to
# its LiveReload "reload" command. Peak memory of both servers (VmHWM).
#
# Usage: bash tests/bench/save_bench.sh [AFFICHE_BINARY] [EVENTS]
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
affiche="$(realpath "${1:-$repo/build/affiche}")"
events="${2:-10000}"
saves="${BENCH_SAVES:-10}"
work="$(mktemp -d /tmp/affiche-save-bench.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

python3 "$repo/tests/bench/generate_site.py" --events "$events" \
  --hugo "$work/hugo" "$work/site" >/dev/null
event="content/events/evenement-$(printf %05d $((events / 2))).md"

summary() {  # median and worst of the numbers on stdin
  sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms, worst %d ms", a[int((NR + 1) / 2)], a[NR] }'
}

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
(cd "$work/site" && exec "$affiche" serve --port "$port") >"$work/serve.log" 2>&1 &
pids+=($!)
serve_pid=$!
until grep -q 'Serving' "$work/serve.log" 2>/dev/null; do sleep 0.5; done
echo "affiche serve, $events events: $(grep -m1 '^Built' "$work/serve.log")"
for kind in body title date cancelled; do
  before="$(grep -c '^Rebuilt' "$work/serve.log" || true)"
  times="$(python3 "$repo/tests/bench/save_to_reload.py" "$port" "$work/site/$event" "$saves" "$kind")"
  sleep 1
  rebuilds="$(grep '^Rebuilt' "$work/serve.log" | tail -n +$((before + 1)) | head -n "$saves" |
              sed 's/Rebuilt in \([0-9]*\) ms.*/\1/')"
  echo "  $kind: save to reload $(echo "$times" | summary); rebuild $(echo "$rebuilds" | summary)"
done
sed -i 's/^title: .*/title: "Mois de l'"'"'ESS (bis)"/' "$work/site/content/site.yaml"
sleep 15
echo "  site.yaml: $(grep '^Rebuilt' "$work/serve.log" | tail -1)"
echo "  peak memory: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$serve_pid/status)"
kill "$serve_pid"

hport="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
(cd "$work/hugo" && exec hugo server --port "$hport" --bind 127.0.0.1 --baseURL http://127.0.0.1/) \
  >"$work/hugo.log" 2>&1 &
pids+=($!)
hugo_pid=$!
until grep -q 'Web Server is available' "$work/hugo.log" 2>/dev/null; do sleep 0.5; done
echo "hugo server, $events events: $(grep -m1 'Built in' "$work/hugo.log")"
for kind in body title date cancelled; do
  times="$(python3 "$repo/tests/bench/save_to_reload.py" --hugo "$hport" \
             "$work/hugo/$event" "$saves" "$kind")"
  echo "  $kind: save to reload $(echo "$times" | summary)"
done
echo "  peak memory: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$hugo_pid/status)"
