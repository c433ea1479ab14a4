#!/usr/bin/env bash
# Runs each libFuzzer target of tests/fuzz/ on its corpus for a bounded time,
# with AddressSanitizer and UndefinedBehaviorSanitizer (leaks included), and
# fails on a crash, a leak or a time-out. New inputs go to a scratch folder,
# not into the committed corpora; a crash is written to tests/fuzz/crash-*.
#
#   bash tests/fuzz/run.sh BUILD_FUZZ_DIR [SECONDS_EACH]
set -euo pipefail
build="$1"
seconds="${2:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
status=0
for target in front_matter build template request; do
  scratch="$(mktemp -d)"
  echo "fuzz: $target for ${seconds} s"
  if ! "$build/tests/fuzz/${target}_fuzz" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$here/crash-$target-" \
      "$scratch" "$here/$target" 2>"$scratch.log"; then
    tail -60 "$scratch.log"
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$scratch.log" || true
  rm -rf "$scratch" "$scratch.log"
done
exit "$status"
