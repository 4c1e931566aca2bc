#!/usr/bin/env bash
# Platform benchmark (issue: platform foundation). Not a test: prints figures for docs/PERFORMANCE.md.
#  1. start-up time and RSS of the jar on the embedded default (first start with migrations and demo data, then a
#     restart on the same data directory), 3 runs each, medians;
#  2. wrk on loopback against /actuator/health, a static asset and the deadline API, interleaved in the same run,
#     3 rounds of 15 s each after a warm-up, medians of requests/s and p99, and the ratio deadline/static.
# Usage: bash bench/platform.sh   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require wrk
bench_require curl
PORT=${BENCH_PORT:-18080}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-15s}
OUT=bench/results; mkdir -p "$OUT"
bench_jar


start_once() { # $1 data dir; prints "seconds rss_mib"
  local data=$1 t0 pid
  t0=$(date +%s.%N)
  FAZHI_DATA_DIR=$data PORT=$PORT java -jar target/fazhi.jar > "$OUT/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "app died; see $OUT/app.log" >&2; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s.%N)
  sleep 2
  local rss; rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  echo "$(echo "$t1 - $t0" | bc -l) $rss $pid"
}

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ)"
first_t=(); first_r=(); again_t=(); again_r=()
for i in $(seq 1 "$ROUNDS"); do
  dir=$(mktemp -d)
  read -r t r pid < <(start_once "$dir"); kill $pid; wait $pid 2>/dev/null || true
  first_t+=("$t"); first_r+=("$r")
  read -r t r pid < <(start_once "$dir"); kill $pid; wait $pid 2>/dev/null || true
  again_t+=("$t"); again_r+=("$r")
  rm -rf "$dir"
done
printf 'startup first start (migrations + demo data): median %.2f s, RSS median %s MiB  [runs: %s s]\n' \
  "$(printf '%s\n' "${first_t[@]}" | median)" "$(printf '%s\n' "${first_r[@]}" | median)" "${first_t[*]}"
printf 'startup restart: median %.2f s, RSS median %s MiB  [runs: %s s]\n' \
  "$(printf '%s\n' "${again_t[@]}" | median)" "$(printf '%s\n' "${again_r[@]}" | median)" "${again_t[*]}"

dir=$(mktemp -d)
read -r t r pid < <(start_once "$dir")
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
declare -A URLS=(
  [health]="/actuator/health"
  [static]="/css/fazhi.css"
  [deadline]="/api/v1/calendar/deadline?from=2023-09-28&amount=5&unit=WORKING_DAYS"
)
for name in health static deadline; do wrk -t2 -c16 -d5s "http://127.0.0.1:$PORT${URLS[$name]}" >/dev/null; done
declare -A RPS P99
for round in $(seq 1 "$ROUNDS"); do
  for name in health static deadline; do
    res=$(wrk -t2 -c16 -d"$DURATION" --latency "http://127.0.0.1:$PORT${URLS[$name]}")
    rps=$(echo "$res" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$res" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
    RPS[$name]+="$rps "; P99[$name]+="$p99 "
  done
done
echo "rss after load: $(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status) MiB"
for name in health static deadline; do
  printf '%-9s req/s median %8.0f  p99 median %6.2f ms   [req/s: %s] [p99 ms: %s]\n' "$name" \
    "$(echo ${RPS[$name]} | tr ' ' '\n' | median)" "$(echo ${P99[$name]} | tr ' ' '\n' | median)" "${RPS[$name]}" "${P99[$name]}"
done
s=$(echo ${RPS[static]} | tr ' ' '\n' | median); d=$(echo ${RPS[deadline]} | tr ' ' '\n' | median)
printf 'deadline/static ratio: %.2f\n' "$(echo "$d / $s" | bc -l)"
