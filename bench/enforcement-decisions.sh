#!/usr/bin/env bash
# Public published-decisions list benchmark (issue 12, part P). Not a test: prints figures for docs.
# Starts the application (H2 file database, or PostgreSQL with BENCH_DB=postgres) through the bench-only generator
# cn.fazhi.bench.PublicationBench, which loads BENCH_ROWS (default 100,000) published decisions, then runs wrk with 16
# connections against the static asset /css/fazhi.css, the public page /public/enforcement/decisions (first page and a
# later page) and the public API /api/v1/public/enforcement/decisions, interleaved in the same run, BENCH_ROUNDS rounds
# of BENCH_DURATION after a warm-up; medians of p95 and requests/s, and the ratio of each p95 to the static asset's.
# Usage: bash bench/enforcement-decisions.sh   (needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require wrk
bench_require curl
PORT=${BENCH_PORT:-18081}
ROWS=${BENCH_ROWS:-100000}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-10s}
DB=${BENCH_DB:-h2}
PGDB=${BENCH_PGDB:-fazhi_bench_decisions}
OUT=bench/results; mkdir -p "$OUT"
# BENCH_CP: a ready classpath (e.g. surefire.test.class.path of a test report) instead of asking Maven for it
if [ -n "${BENCH_CP:-}" ]; then CP=$BENCH_CP; else bench_classpath; fi

dir=$(mktemp -d)
# wrk's --latency table has no 95% row: a small script prints the 95th percentile in milliseconds
cat > "$dir/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p95_ms=%.3f\n", latency:percentile(95) / 1000))
end
LUA
if [ "$DB" = postgres ]; then
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS $PGDB" >/dev/null
  psql_admin -d postgres -c "CREATE DATABASE $PGDB OWNER fazhi" >/dev/null
  export FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB?reWriteBatchedInserts=true" FAZHI_DB_USER=fazhi FAZHI_DB_PASSWORD=fazhi
fi
FAZHI_DATA_DIR=$dir java -Xmx1g -cp "$CP" cn.fazhi.bench.PublicationBench "$ROWS" "$PORT" > "$OUT/decisions-app.log" 2>&1 &
pid=$!
cleanup() { kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$dir";
  [ "$DB" = postgres ] && psql_admin -d postgres -c "DROP DATABASE IF EXISTS $PGDB" >/dev/null 2>&1 || true; }
trap cleanup EXIT
until grep -q '^ready' "$OUT/decisions-app.log"; do
  kill -0 $pid 2>/dev/null || { tail -40 "$OUT/decisions-app.log" >&2; bench_fail "app died"; }
  sleep 1
done
grep -E '^(inserted|insert_s)=' "$OUT/decisions-app.log"
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), db $DB"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), rows $ROWS, wrk -t2 -c16 -d$DURATION x $ROUNDS rounds"
declare -A URLS=(
  [static]="/css/fazhi.css"
  [page]="/public/enforcement/decisions"
  [page500]="/public/enforcement/decisions?page=500"
  [api]="/api/v1/public/enforcement/decisions"
)
NAMES="static page page500 api"
for name in $NAMES; do curl -sf -o /dev/null "http://127.0.0.1:$PORT${URLS[$name]}" || bench_fail "GET ${URLS[$name]} failed"; done
for name in $NAMES; do wrk -t2 -c16 -d5s "http://127.0.0.1:$PORT${URLS[$name]}" >/dev/null; done
ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}'; }
declare -A RPS P95
for round in $(seq 1 "$ROUNDS"); do
  for name in $NAMES; do
    res=$(wrk -t2 -c16 -d"$DURATION" --latency -s "$dir/p95.lua" "http://127.0.0.1:$PORT${URLS[$name]}")
    RPS[$name]+="$(echo "$res" | awk '/Requests\/sec/ {print $2}') "
    P95[$name]+="$(echo "$res" | awk '/^p95_ms=/ {sub(/p95_ms=/,""); print}') "
  done
done
for name in $NAMES; do
  printf '%-8s req/s median %8.0f  p95 median %7.2f ms   [p95 ms: %s]\n' "$name" \
    "$(echo ${RPS[$name]} | tr ' ' '\n' | median)" "$(echo ${P95[$name]} | tr ' ' '\n' | median)" "${P95[$name]}"
done
s=$(echo ${P95[static]} | tr ' ' '\n' | median)
for name in page page500 api; do
  p=$(echo ${P95[$name]} | tr ' ' '\n' | median)
  printf 'p95 %s/static ratio: %.1f\n' "$name" "$(echo "$p / $s" | bc -l)"
done
