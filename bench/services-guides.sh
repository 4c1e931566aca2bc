#!/usr/bin/env bash
# Portal guide search (issue 14): the public guides page /public/services/guides with a rotating mix of 12 Chinese
# searches and filters over the 1,594 guides of the 2023 demo year (target p95 ≤ 50 ms), against a static asset
# (/css/fazhi.css) in the same run as the baseline. wrk, 8 connections, ROUNDS rounds of DURATION each after a
# warm-up; medians of p95 and req/s. Runs the jar on a fresh H2 file database in a temporary data directory (removed
# afterwards), waits until the demo year's guides are in. Not a test: prints figures for docs/services/items.md.
# Usage: bash bench/services-guides.sh      (needs wrk: apt-get install wrk; BENCH_MVN_LOCK=/tmp/mvn.lock on a shared box)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require wrk
bench_require curl
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-10s}
LIMIT=${BENCH_TIMEOUT:-600}
OUT=bench/results; mkdir -p "$OUT"
bench_jar
dir=$(mktemp -d)
log="$OUT/services-guides.log"
PORT=${BENCH_PORT:-18094}
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ)"
FAZHI_DATA_DIR=$dir FAZHI_DEMO_YEAR_2023=true timeout "$LIMIT" java -Xmx1g -jar target/fazhi.jar --server.port=$PORT \
  > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
started=$(date +%s)
until curl -s "http://127.0.0.1:$PORT/public/services/guides" | grep -q '共 1,594 项'; do
  kill -0 $pid 2>/dev/null || { echo "application died; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  [ $(( $(date +%s) - started )) -lt "$LIMIT" ] || bench_fail "the demo guides did not appear within $LIMIT s"
  sleep 2
done
echo "# guides in after $(( $(date +%s) - started )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# searches with words go through the full-text index, which takes the demo's guides in after the generation: measure
# only once a word search finds them (else an empty index would answer fast)
until curl -s "http://127.0.0.1:$PORT/public/services/guides?q=%E8%AE%B8%E5%8F%AF" | grep -q '/public/services/guides/'; do
  [ $(( $(date +%s) - started )) -lt "$LIMIT" ] || bench_fail "the guides did not reach the search index within $LIMIT s"
  sleep 2
done
echo "# guides in the search index after $(( $(date +%s) - started )) s"
wrk -t2 -c8 -d5s -s bench/services-guides.lua "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c8 -d3s "http://127.0.0.1:$PORT/css/fazhi.css" >/dev/null
P95=(); RPS=(); SP95=(); SRPS=()
for round in $(seq 1 "$ROUNDS"); do
  res=$(wrk -t2 -c8 -d"$DURATION" -s bench/services-guides.lua "http://127.0.0.1:$PORT")
  P95+=("$(echo "$res" | sed -n 's/^p95_ms=//p')"); RPS+=("$(echo "$res" | sed -n 's/^rps=//p')")
  echo "$res" | grep -E '^(p50_ms|p95_ms|p99_ms|rps|errors|non2xx)=' | tr '\n' ' '; echo
  sres=$(wrk -t2 -c8 -d"$DURATION" --latency "http://127.0.0.1:$PORT/css/fazhi.css")
  SRPS+=("$(echo "$sres" | awk '/Requests\/sec/ {print $2}')")
  SP95+=("$(echo "$sres" | awk '$1 == "90%" {v=$2} $1 == "99%" {w=$2} END {print v " " w}')")
done
p95=$(printf '%s\n' "${P95[@]}" | median); rps=$(printf '%s\n' "${RPS[@]}" | median)
srps=$(printf '%s\n' "${SRPS[@]}" | median)
printf 'guide search p95 median %.2f ms  [%s]\nguide search req/s median %.0f  [%s]\n' "$p95" "${P95[*]}" "$rps" "${RPS[*]}"
printf 'static asset req/s median %.0f  [%s]  (latency 90%%/99%% per round: %s)\n' "$srps" "${SRPS[*]}" "${SP95[*]}"
printf 'guide search/static req/s ratio: %.3f\n' "$(echo "$rps / $srps" | bc -l)"
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
