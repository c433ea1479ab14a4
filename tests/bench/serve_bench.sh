#!/usr/bin/env bash
# Benchmark of `affiche serve` (not a test: nothing fails on a slow figure).
# For the sample programme and for a generated site of 10,000 events, in one run:
#   - requests per second and p99 latency with wrk against `affiche serve` and
#     against nginx serving the same files as written by `affiche build`, each
#     on its own loopback port, one after the other (10 s each, 50 connections);
#   - the time from saving an event file to the live-reload message, and the
#     "Rebuilt in ..." lines affiche printed for those saves.
#
# Usage: bash tests/bench/serve_bench.sh [AFFICHE_BINARY] [EVENTS]
#   AFFICHE_BINARY defaults to build-release/affiche (a Release build:
#   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DAFFICHE_TESTS=OFF &&
#   cmake --build build-release -j2 --target affiche); EVENTS (default 10000) is
#   the size of the generated site. Needs wrk and nginx (Debian 12: apt-get install
#   wrk nginx-light) and python3. Everything runs on 127.0.0.1 in a temporary
#   folder, removed at the end; the repository is not touched.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
affiche="$(realpath "${1:-$repo/build-release/affiche}")"
events="${2:-10000}"
duration="${BENCH_DURATION:-10s}"
connections=50
saves="${BENCH_SAVES:-5}"

for tool in wrk nginx python3; do
  command -v "$tool" >/dev/null || { echo "serve_bench: needs $tool (apt-get install wrk nginx-light python3)" >&2; exit 1; }
done
[ -x "$affiche" ] || { echo "serve_bench: no affiche binary at $affiche" >&2; exit 1; }

work="$(mktemp -d /tmp/affiche-bench.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until `affiche serve`, logging to $1, prints its URL; echoes the port.
serve_port() {
  for _ in $(seq 1 600); do
    port="$(grep -o 'http://127.0.0.1:[0-9]*' "$1" 2>/dev/null | head -1 | cut -d: -f3)"
    [ -n "$port" ] && { echo "$port"; return; }
    sleep 0.5
  done
  echo "serve_bench: affiche serve did not start; see $1" >&2
  exit 1
}

# wrk against a URL: prints "requests/s p99".
measure() {
  wrk -t2 -c"$connections" -d"$duration" --latency "$1" >"$work/wrk.txt"
  rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk.txt")"
  p99="$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")"
  errors="$(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" | tr -s ' ' | tr '\n' ' ' || true)"
  echo "$rps $p99 $errors"
}

# One site: $1 a name, $2 its source folder, $3 the event file to save.
bench_site() {
  local name="$1" source="$2" event="$3"
  local out="$work/$name-out" log="$work/$name-serve.log"
  echo "== $name: $(ls "$source/content/events" | wc -l) events"
  "$affiche" build --source "$source" --out "$out" 2>"$work/$name-build.err" | sed 's/^/   /'
  echo "   $(find "$out" -type f | wc -l) files, $(du -sh --apparent-size "$out" | cut -f1)"

  "$affiche" serve --source "$source" --port 0 >"$log" 2>"$work/$name-serve.err" &
  pids+=($!)
  local affiche_port; affiche_port="$(serve_port "$log")"
  local affiche_pid="${pids[-1]}"
  grep '^Built' "$log" | sed 's/^/   serve: /'

  local nginx_port; nginx_port="$(free_port)"
  mkdir -p "$work/$name-nginx"
  cat >"$work/$name-nginx/nginx.conf" <<EOF
user root;
worker_processes 2;
daemon off;
pid $work/$name-nginx/nginx.pid;
error_log $work/$name-nginx/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  types { text/calendar ics; }
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/$name-nginx/body;
  proxy_temp_path $work/$name-nginx/proxy;
  fastcgi_temp_path $work/$name-nginx/fastcgi;
  uwsgi_temp_path $work/$name-nginx/uwsgi;
  scgi_temp_path $work/$name-nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $out;
    add_header Cache-Control no-cache;
  }
}
EOF
  nginx -c "$work/$name-nginx/nginx.conf" -p "$work/$name-nginx" &
  pids+=($!)
  for _ in $(seq 1 100); do
    curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/" 2>/dev/null && break
    sleep 0.1
  done

  local slug; slug="$(basename "$event" .md)"
  for path in "/events/$slug/" "/"; do
    local size; size="$(curl -fs "http://127.0.0.1:$nginx_port$path" | wc -c)"
    echo "   GET $path ($size bytes), wrk -t2 -c$connections -d$duration:"
    echo "     affiche serve: $(measure "http://127.0.0.1:$affiche_port$path") (requests/s, p99)"
    echo "     nginx        : $(measure "http://127.0.0.1:$nginx_port$path") (requests/s, p99)"
  done

  echo "   save -> reload message, $saves saves of $event (ms):"
  python3 "$repo/tests/bench/save_to_reload.py" "$affiche_port" "$source/$event" "$saves" \
    | tr '\n' ' ' | sed 's/^/     /'
  echo
  sleep 1
  echo "   affiche printed:"
  grep '^Rebuilt' "$log" | tail -n "$saves" | sed 's/^/     /'
  echo "   affiche serve peak memory: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$affiche_pid/status")"
}

echo "affiche serve benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$("$affiche" --version), $(nginx -v 2>&1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"

# The sample programme, copied so that the saves do not touch the repository.
mkdir -p "$work/sample"
cp -r "$repo/content" "$work/sample/content"
[ -d "$repo/themes" ] && cp -r "$repo/themes" "$work/sample/themes"
bench_site sample "$work/sample" content/events/conference-finance-solidaire.md

python3 "$repo/tests/bench/make_big_site.py" "$events" "$work/big" >/dev/null
bench_site "big" "$work/big" content/events/conference-finance-solidaire-0000.md
