#!/usr/bin/env bash
# Build benchmark: affiche against Hugo on the same machine, in the same run.
#
#   tests/bench/build_bench.sh [AFFICHE_BINARY] [SIZES] [RUNS] [PLACES]
#
# For each size of SIZES (comma-separated event counts, default 1000,10000),
# generate_site.py writes a site of that many events with 150-400-word bodies
# for affiche and the same events as a Hugo site. Then, with the sources and
# the output on each place of PLACES (default "tmpfs,disk": /dev/shm and
# /var/tmp), it times RUNS (default 3) builds of each kind and prints the
# medians in one table:
#   - affiche cold: `affiche build` into a missing output folder;
#   - affiche warm: `affiche build` again into that folder after one event's
#     body was edited (a different event each run);
#   - hugo: `hugo` into a missing output folder.
# Peak memory is GNU time's maximum resident set size. affiche writes more per
# event than the Hugo site (listing pages, a poster, .ics feeds, the tally), so
# the ratios are conservative. Needs hugo and GNU time (apt-get install -y hugo
# time) and a Release build of affiche
# (cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DAFFICHE_TESTS=OFF).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
affiche="$(realpath "${1:-$here/../../build/affiche}")"
IFS=, read -r -a sizes <<<"${2:-1000,10000}"
runs="${3:-3}"
IFS=, read -r -a places <<<"${4:-tmpfs,disk}"
command -v hugo >/dev/null || { echo "build_bench: hugo is missing (apt-get install -y hugo)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "build_bench: GNU time is missing (apt-get install -y time)" >&2; exit 1; }

folders=()
trap 'rm -rf "${folders[@]}"' EXIT
place_dir() {
  case "$1" in
    tmpfs) mktemp -d /dev/shm/affiche-bench.XXXXXX ;;
    disk) mktemp -d /var/tmp/affiche-bench.XXXXXX ;;
    *) echo "build_bench: unknown place $1 (tmpfs or disk)" >&2; exit 2 ;;
  esac
}

# Runs "$@" once; prints "<wall ms> <peak KB>".
measure() {
  local log
  log="$(mktemp)"
  /usr/bin/time -o "$log" -f "%e %M" "$@" >/dev/null 2>&1 || { echo "build_bench: failed: $*" >&2; exit 1; }
  awk '{ printf "%d %d\n", $1 * 1000, $2 }' "$log"
  rm -f "$log"
}

# The median of the numbers on stdin.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '| events | place | files | MB | affiche cold | affiche warm | hugo | cold / hugo | warm / cold | memory affiche | memory hugo | memory affiche / hugo |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for events in "${sizes[@]}"; do
  for place in "${places[@]}"; do
    work="$(place_dir "$place")"
    folders+=("$work")
    python3 "$here/generate_site.py" "$work/affiche" --events "$events" --hugo "$work/hugo"
    cold=() warm=() hugo=() cold_kb=() hugo_kb=()
    for run in $(seq "$runs"); do
      rm -rf "$work/affiche-out" "$work/hugo-out"
      sync
      read -r ms kb < <(measure "$affiche" build --source "$work/affiche" --out "$work/affiche-out")
      cold+=("$ms") cold_kb+=("$kb")
      # One edit: a new paragraph at the end of one event's body.
      printf '\nUne ligne ajoutée (%s).\n' "$run" \
        >>"$work/affiche/content/events/$(printf 'evenement-%05d' $((run * 7 % events))).md"
      read -r ms kb < <(measure "$affiche" build --source "$work/affiche" --out "$work/affiche-out")
      warm+=("$ms")
      read -r ms kb < <(measure hugo --quiet --source "$work/hugo" --destination "$work/hugo-out")
      hugo+=("$ms") hugo_kb+=("$kb")
    done
    files=$(find "$work/affiche-out" -type f | wc -l)
    bytes=$(du -sb "$work/affiche-out" | cut -f1)
    c=$(printf '%s\n' "${cold[@]}" | median)
    w=$(printf '%s\n' "${warm[@]}" | median)
    h=$(printf '%s\n' "${hugo[@]}" | median)
    ck=$(printf '%s\n' "${cold_kb[@]}" | median)
    hk=$(printf '%s\n' "${hugo_kb[@]}" | median)
    awk -v n="$events" -v p="$place" -v f="$files" -v b="$bytes" -v c="$c" -v w="$w" -v h="$h" \
        -v ck="$ck" -v hk="$hk" 'BEGIN {
      printf "| %d | %s | %d | %.0f | %.2f s | %.2f s | %.2f s | %.2f | %.2f | %.0f MB | %.0f MB | %.2f |\n",
             n, p, f, b / 1e6, c / 1000, w / 1000, h / 1000, c / h, w / c, ck / 1024, hk / 1024, ck / hk
    }'
    rm -rf "$work"
  done
done
echo "runs: $runs (medians), cores: $(nproc), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "affiche: $("$affiche" --version), hugo: $(hugo version | cut -d' ' -f2)"
