#!/usr/bin/env bash
# Build benchmark: affiche against Hugo on the same machine, in the same run.
#
#   tests/bench/build_bench.sh [AFFICHE_BINARY] [EVENTS] [RUNS]
#
# Generates a site of EVENTS events (default 10000) for affiche and the same
# events as a Hugo site (generate_site.py), then times RUNS (default 5) full
# builds of each into a fresh output folder and prints the median wall times
# and their ratio. affiche writes more per event than the Hugo site (listing
# pages, a poster page, .ics feeds, the tally), so the ratio is conservative.
# Needs hugo (apt-get install hugo) and a Release build of affiche
# (cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
affiche="$(realpath "${1:-$here/../../build/affiche}")"
events="${2:-10000}"
runs="${3:-5}"
command -v hugo >/dev/null || { echo "build_bench: hugo is missing (apt-get install hugo)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate_site.py" "$work/affiche" --events "$events" --hugo "$work/hugo"

# Prints the median wall time in ms of running "$@" $runs times.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

affiche_ms=$(median_ms "$affiche" build --source "$work/affiche" --out "$work/affiche-out")
hugo_ms=$(median_ms hugo --quiet --source "$work/hugo" --destination "$work/hugo-out" --cleanDestinationDir)
affiche_files=$(find "$work/affiche-out" -type f | wc -l)
hugo_files=$(find "$work/hugo-out" -type f | wc -l)

echo "events: $events, runs: $runs, cores: $(nproc)"
echo "affiche $("$affiche" --version | cut -d' ' -f2): ${affiche_ms} ms median, $affiche_files files"
echo "hugo $(hugo version | cut -d' ' -f2): ${hugo_ms} ms median, $hugo_files files"
awk -v a="$affiche_ms" -v h="$hugo_ms" 'BEGIN { printf "affiche / hugo: %.2f\n", a / h }'
