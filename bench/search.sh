#!/usr/bin/env bash
# Search benchmark (issue 5). Not a test: prints figures for docs/PERFORMANCE.md.
#  1. 50,000 generated normative documents bulk-inserted, then the index rebuilt from the database through the real
#     rebuild path three times (median);
#  2. the delay from a saved change (title + change-log row, one transaction) to its visibility in public search,
#     10 samples;
#  3. wrk, 16 connections, against the public search API with a rotating mix of 12 Chinese queries, ROUNDS rounds of
#     DURATION each after a warm-up, interleaved with /actuator/health as the baseline; medians of p95 and req/s, and
#     the server's CPU time per request (from /proc, user + system) — unlike latency, hardly affected by other load.
# Runs on a fresh H2 file database in a temporary data directory (removed afterwards), bounded by `timeout`.
# BENCH_JAVA_OPTS passes settings to the application, e.g. -Dfazhi.search.result-cache-size=0 (no kept results).
# Usage: bash bench/search.sh [documents]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require wrk
N=${1:-50000}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-15s}
LIMIT=${BENCH_TIMEOUT:-900}
OUT=bench/results; mkdir -p "$OUT"

bench_classpath
dir=$(mktemp -d)
fifo="$dir/in"; mkfifo "$fifo"
log="$OUT/search-bench.log"
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), documents: $N"
FAZHI_DATA_DIR=$dir timeout "$LIMIT" java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$CP" cn.fazhi.bench.SearchBench "$N" < "$fifo" > "$log" 2>&1 &
pid=$!
exec 3>"$fifo"
trap 'exec 3>&-; kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until grep -q '^ready port=' "$log"; do
  kill -0 $pid 2>/dev/null || { echo "bench died; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  sleep 1
done
grep -E '^(inserted|insert_s|rebuild|visibility)' "$log"
PORT=$(sed -n 's/^ready port=//p' "$log")
jpid=$(ps -o pid= --ppid "$pid" | tr -d ' ')
cpu_ticks() { awk '{print $14 + $15}' "/proc/$jpid/stat"; }
TICK=$(getconf CLK_TCK)
echo "# load average at start of wrk: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c16 -d5s -s bench/search-mix.lua "http://127.0.0.1:$PORT" >/dev/null
P95=(); RPS=(); HRPS=(); CPU=(); HCPU=()
for round in $(seq 1 "$ROUNDS"); do
  c0=$(cpu_ticks)
  res=$(wrk -t2 -c16 -d"$DURATION" -s bench/search-mix.lua "http://127.0.0.1:$PORT")
  c1=$(cpu_ticks)
  P95+=("$(echo "$res" | sed -n 's/^p95_ms=//p')"); RPS+=("$(echo "$res" | sed -n 's/^rps=//p')")
  n=$(echo "$res" | sed -n 's/^requests=//p')
  CPU+=("$(echo "($c1 - $c0) * 1000 / $TICK / $n" | bc -l)")
  echo "$res" | grep -E '^(p50_ms|p95_ms|p99_ms|rps|errors|non2xx)=' | tr '\n' ' '
  printf 'cpu_ms_per_request=%.2f load=%s\n' "${CPU[-1]}" "$(cut -d' ' -f1 /proc/loadavg)"
  c0=$(cpu_ticks)
  hres=$(wrk -t2 -c16 -d"$DURATION" "http://127.0.0.1:$PORT/actuator/health")
  c1=$(cpu_ticks)
  h=$(echo "$hres" | awk '/Requests\/sec/ {print $2}'); hn=$(echo "$hres" | awk '/requests in/ {print $1}')
  HRPS+=("$h"); HCPU+=("$(echo "($c1 - $c0) * 1000 / $TICK / $hn" | bc -l)")
done
p95=$(printf '%s\n' "${P95[@]}" | median); rps=$(printf '%s\n' "${RPS[@]}" | median); h=$(printf '%s\n' "${HRPS[@]}" | median)
printf 'search p95 median %.2f ms  [%s]\nsearch req/s median %.0f  [%s]\nhealth req/s median %.0f  [%s]\n' \
  "$p95" "${P95[*]}" "$rps" "${RPS[*]}" "$h" "${HRPS[*]}"
printf 'search/health req/s ratio: %.3f\n' "$(echo "$rps / $h" | bc -l)"
cpu=$(printf '%s\n' "${CPU[@]}" | median); hcpu=$(printf '%s\n' "${HCPU[@]}" | median)
printf 'server CPU per search request median %.2f ms  [%s]\nserver CPU per health request median %.2f ms\n' \
  "$cpu" "$(printf '%.2f ' "${CPU[@]}")" "$hcpu"
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
