#!/usr/bin/env bash
# Indicators benchmark (issue 4). Not a test: prints figures for docs/PERFORMANCE.md.
#  1. first start of the jar on a fresh H2 file database with the demo data and the generated 2023 demo year: the
#     generation's own time (from the log) and the time to a healthy app;
#  2. wrk on loopback, interleaved in the same run: /actuator/health (baseline), the indicators API for 咸安区 2023
#     (all 14 figures, bearer token of the demo leader) and the dashboard page (session of the demo leader: every
#     figure, its months, townships and categories), ROUNDS rounds of DURATION after a warm-up; medians of req/s,
#     p50 and p99, and each one's req/s ratio to the health baseline.
# Usage: bash bench/indicators.sh   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require wrk
bench_require curl
PORT=${BENCH_PORT:-18084}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
OUT=bench/results; mkdir -p "$OUT"
bench_jar

ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}'; }

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ)"
dir=$(mktemp -d)
jar=$(mktemp -d)/fazhi.jar; cp target/fazhi.jar "$jar"
t0=$(date +%s.%N)
FAZHI_DATA_DIR=$dir PORT=$PORT FAZHI_DEMO_YEAR_2023=true FAZHI_DEMO_BACKGROUND=false java -jar "$jar" > "$OUT/indicators-app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir" "$(dirname "$jar")"' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "app died; see $OUT/indicators-app.log" >&2; exit 1; }
  sleep 0.2
done
# The generators run as application runners, before the app reports healthy
printf 'first start with the 2023 demo year: %.1f s to healthy\n' "$(echo "$(date +%s.%N) - $t0" | bc -l)"
grep -o 'Generated demo data.*\|2023 demo disputes:.*' "$OUT/indicators-app.log" || echo "2023 demo year: not generated (see log)"

token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"leader","password":"Fazhi@2026"}' \
  "http://127.0.0.1:$PORT/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
jarfile=$(mktemp)
csrf=$(curl -sf -c "$jarfile" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -E 's/.*value="([^"]*)"/\1/')
curl -sf -b "$jarfile" -c "$jarfile" -o /dev/null --data-urlencode "username=leader" --data-urlencode "password=Fazhi@2026" \
  --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/login"
# HttpOnly cookies are written as "#HttpOnly_<host>" lines
cookie=$(sed 's/^#HttpOnly_//' "$jarfile" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}'); rm -f "$jarfile"
api="/api/v1/indicators?year=2023&region=421202"
page="/dashboard?year=2023&region=421202"
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$api" | grep -q '"mediation.disputes.accepted"' \
  || { echo "API check failed" >&2; exit 1; }
html=$(mktemp)
code=$(curl -s -o "$html" -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$PORT$page")
grep -q '8,608' "$html" || { echo "dashboard check failed: HTTP $code, cookie ${cookie:0:20}…" >&2; exit 1; }
rm -f "$html"
printf 'dashboard page: %s bytes raw, %s bytes gzipped\n' \
  "$(curl -s -H "Cookie: $cookie" "http://127.0.0.1:$PORT$page" | wc -c)" \
  "$(curl -s -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$page" | wc -c)"

bench() { # $1 name; prints "rps p50 p99"
  local res
  case $1 in
    health) res=$(wrk -t2 -c"$CONNECTIONS" -d"$2" --latency "http://127.0.0.1:$PORT/actuator/health") ;;
    api) res=$(wrk -t2 -c"$CONNECTIONS" -d"$2" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$api") ;;
    dashboard) res=$(wrk -t2 -c"$CONNECTIONS" -d"$2" --latency -H "Cookie: $cookie" "http://127.0.0.1:$PORT$page") ;;
  esac
  echo "$(echo "$res" | awk '/Requests\/sec/ {print $2}') $(echo "$res" | awk '$1=="50%" {print $2}' | ms) $(echo "$res" | awk '$1=="99%" {print $2}' | ms)"
}
for name in health api dashboard; do bench $name 5s >/dev/null; done
declare -A RPS P50 P99
for round in $(seq 1 "$ROUNDS"); do
  for name in health api dashboard; do
    read -r rps p50 p99 < <(bench $name "$DURATION")
    RPS[$name]+="$rps "; P50[$name]+="$p50 "; P99[$name]+="$p99 "
  done
done
echo "rss after load: $(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status) MiB"
h=$(echo ${RPS[health]} | tr ' ' '\n' | median)
for name in health api dashboard; do
  r=$(echo ${RPS[$name]} | tr ' ' '\n' | median)
  printf '%-9s req/s median %8.1f  p50 median %7.1f ms  p99 median %7.1f ms  ratio to health %.3f   [req/s: %s] [p99 ms: %s]\n' \
    "$name" "$r" "$(echo ${P50[$name]} | tr ' ' '\n' | median)" "$(echo ${P99[$name]} | tr ' ' '\n' | median)" \
    "$(echo "$r / $h" | bc -l)" "${RPS[$name]}" "${P99[$name]}"
done
