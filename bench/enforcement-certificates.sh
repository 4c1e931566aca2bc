#!/usr/bin/env bash
# Public certificate check benchmark (issue 12, 亮证). Not a test: prints figures for docs/enforcement/enforcement-officers.md.
# Starts the application on the embedded default with the 2023 demo year (1,338 certified officers and their certificates),
# then runs wrk (2 threads, 16 connections) against GET /api/v1/public/enforcement/certificates/{number} over a set
# of real certificate numbers, and against the static asset /css/fazhi.css in the same run, interleaved,
# ROUNDS rounds of DURATION each after a warm-up; prints the medians of requests/s and p95 and the ratio check/static.
# Target: the check's p95 ≤ 20 ms.
# Usage: bash bench/enforcement-certificates.sh   (needs wrk and curl; BENCH_MVN_LOCK=/tmp/mvn.lock on a shared machine)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require wrk
bench_require curl
PORT=${BENCH_PORT:-18091}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-15s}
OUT=bench/results; mkdir -p "$OUT"
# The application from its compiled classes and runtime dependencies (the repackaged jar needs plugins that an
# offline machine may lack): target/classes plus `dependency:build-classpath` of the runtime scope.
bench_require mvn maven
# Offline, the dependency plugin may be missing too: then the class path of the last test run (surefire's report)
# stands in, without target/test-classes.
report=$(ls target/surefire-reports-*/TEST-*.xml 2>/dev/null | head -1 || true)
if [ ! -s target/bench-runtime-cp.txt ] && [ -d target/classes/cn ] && [ -n "$report" ]; then
  grep -o 'name="surefire.test.class.path" value="[^"]*"' "$report" | sed 's/.*value="//; s/"$//' | tr ':' '\n' \
    | grep -v '/target/test-classes$' | grep -v '/target/classes$' | paste -sd: > target/bench-runtime-cp.txt
fi
if [ ! -s target/bench-runtime-cp.txt ] || [ ! -d target/classes/cn ]; then
  bench_mvn compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-runtime-cp.txt
fi
[ -s target/bench-runtime-cp.txt ] || bench_fail "target/bench-runtime-cp.txt is empty after dependency:build-classpath"

data=$(mktemp -d)
FAZHI_DATA_DIR=$data PORT=$PORT FAZHI_DEMO_YEAR_2023=true FAZHI_DEMO_BACKGROUND=false \
  java -cp "target/classes:$(cat target/bench-runtime-cp.txt)" cn.fazhi.FazhiApplication \
  > "$OUT/enforcement-certificates-app.log" 2>&1 &
pid=$!
trap 'st=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data" "$lua"; exit $st' EXIT
lua=$(mktemp --suffix=.lua)
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || bench_fail "the application stopped; see $OUT/enforcement-certificates-app.log"
  sleep 0.5
done

# Certificate numbers of the demo year (serial numbers 42120yy + 6 digits): probe a few and keep those that exist.
numbers=()
for serial in $(seq 2 2 400); do
  for yy in 19 20 21 22 23; do
    n=$(printf '42120%s%06d' "$yy" "$serial")
    if curl -sf "http://127.0.0.1:$PORT/api/v1/public/enforcement/certificates/$n" >/dev/null; then numbers+=("$n"); break; fi
  done
  [ ${#numbers[@]} -ge 50 ] && break
done
[ ${#numbers[@]} -gt 0 ] || bench_fail "no demo certificate found; is the 2023 demo year on?"

{
  echo "local paths = {"
  for n in "${numbers[@]}"; do echo "  \"/api/v1/public/enforcement/certificates/$n\","; done
  echo "}"
  cat <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("P95_MS %.3f\n", latency:percentile(95) / 1000))
end
LUA
} > "$lua"
static_lua=$(mktemp --suffix=.lua)
cat > "$static_lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("P95_MS %.3f\n", latency:percentile(95) / 1000))
end
LUA

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ); ${#numbers[@]} certificate numbers in rotation"
wrk -t2 -c16 -d5s -s "$lua" "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c16 -d5s "http://127.0.0.1:$PORT/css/fazhi.css" >/dev/null
declare -A RPS P95
for round in $(seq 1 "$ROUNDS"); do
  for name in check static; do
    if [ $name = check ]; then
      res=$(wrk -t2 -c16 -d"$DURATION" -s "$lua" "http://127.0.0.1:$PORT")
    else
      res=$(wrk -t2 -c16 -d"$DURATION" -s "$static_lua" "http://127.0.0.1:$PORT/css/fazhi.css")
    fi
    echo "$res" | grep -q "Non-2xx" && bench_fail "$name answered errors: $res"
    RPS[$name]+="$(echo "$res" | awk '/Requests\/sec/ {print $2}') "
    P95[$name]+="$(echo "$res" | awk '/^P95_MS/ {print $2}') "
  done
done
rm -f "$static_lua"
for name in check static; do
  printf '%-7s req/s median %8.0f  p95 median %6.2f ms   [req/s: %s] [p95 ms: %s]\n' "$name" \
    "$(echo ${RPS[$name]} | tr ' ' '\n' | median)" "$(echo ${P95[$name]} | tr ' ' '\n' | median)" "${RPS[$name]}" "${P95[$name]}"
done
c=$(echo ${P95[check]} | tr ' ' '\n' | median); s=$(echo ${P95[static]} | tr ' ' '\n' | median)
cr=$(echo ${RPS[check]} | tr ' ' '\n' | median); sr=$(echo ${RPS[static]} | tr ' ' '\n' | median)
printf 'p95 check/static ratio: %.2f; req/s check/static ratio: %.2f; target p95 <= 20 ms: %s\n' \
  "$(echo "$c / $s" | bc -l)" "$(echo "$cr / $sr" | bc -l)" "$( (( $(echo "$c <= 20" | bc -l) )) && echo met || echo missed)"
