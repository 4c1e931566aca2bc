#!/usr/bin/env bash
# Indicators benchmark at scale (issue 4): PostgreSQL with 1,000,000 dispute rows spread over 2019–2026, so a
# district-year (421202, 2021) is a realistic slice of about 125,000 disputes. Not a test: prints figures for
# docs/PERFORMANCE.md. Each jar given is started in turn on the same database (the first one on a fresh database,
# then the rows are added with SQL), and measured with wrk on loopback, interleaved in the same run, ROUNDS rounds:
#   health     /actuator/health (baseline)
#   api        all indicators of the district-year over the API (one connection: the latency of one request)
#   dashboard  the dashboard page of the district-year (one connection; p95 from wrk's own histogram)
# Later jars start with spring.flyway.out-of-order=true so that a migration numbered below one already applied runs.
# BENCH_KEEP_DB=1 keeps the database afterwards; BENCH_REUSE_DB=1 reuses a kept one instead of filling it again.
# A jar may carry arguments: label=jar::--some.setting=x (e.g. cold=target/fazhi.jar::--fazhi.indicators.dashboard-refresh=0s).
# Usage: bash bench/indicators-pg.sh before=/path/old.jar after=target/fazhi.jar   (needs wrk, psql, runuser)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require wrk
bench_require curl
bench_require psql postgresql-client
PORT=${BENCH_PORT:-18089}
PGDB=${BENCH_PGDB:-fazhi_b9}
ROWS=${BENCH_ROWS:-1000000}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-15s}
YEAR=${BENCH_YEAR:-2021}
OUT=bench/results; mkdir -p "$OUT"
[ $# -ge 1 ] || { echo "usage: $0 label=jar [label=jar ...]" >&2; exit 2; }

lua=$(mktemp --suffix=.lua)
cat > "$lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("P50 %.1f\nP95 %.1f\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
LUA
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -f "$lua"; }
trap cleanup EXIT

start() { # $1 jar, $2 extra args
  FAZHI_DATA_DIR=$(mktemp -d) PORT=$PORT FAZHI_DEMO=true FAZHI_DEMO_YEAR_2023=false \
    FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" FAZHI_DB_USER=fazhi FAZHI_DB_PASSWORD=fazhi \
    java -jar "$1" $2 > "$OUT/indicators-pg-app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "app died; see $OUT/indicators-pg-app.log" >&2; exit 1; }
    sleep 0.5
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "# postgres: $(psql_admin -d postgres -tAc 'SHOW server_version')"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
first=1
if [ "${BENCH_REUSE_DB:-0}" = 1 ] && [ "$(psql_admin -d "$PGDB" -tAc "SELECT COUNT(*) FROM dispute WHERE number_scope = 'BENCH'" 2>/dev/null)" = "$ROWS" ]; then
  echo "reusing database $PGDB with its $ROWS bench disputes"; first=0
else
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)" -c "CREATE DATABASE $PGDB OWNER fazhi"
fi
for arg in "$@"; do
  label=${arg%%=*}; jar=${arg#*=}; extra=
  if [[ $jar == *::* ]]; then extra=${jar#*::}; jar=${jar%%::*}; fi
  copy=$(mktemp -d)/fazhi.jar; cp "$jar" "$copy"
  if [ $first = 1 ]; then
    start "$copy" ""
    stop
    # ROWS disputes, agreed, over 8 years and the 13 townships that have a committee; every tenth court-entrusted,
    # every fifth judicially confirmed. Dates step through the 8 years by a prime so every day gets rows; the rows are
    # inserted in date order, as real disputes arrive, so a year's rows sit together on disk (the first run of this
    # benchmark spread them over every block, which no real table does). VACUUM sets the visibility map as autovacuum
    # would on a live system.
    t0=$(date +%s.%N)
    psql_admin -d "$PGDB" <<SQL
INSERT INTO dispute (case_number, number_scope, committee_id, channel, category, status, township_code, unit_id,
    received_on, summary, amount, accepted_on, agreement_effective_on, confirmation_applied_on, confirmation_result,
    confirmation_decided_on, created_at, created_by, version)
SELECT 'BENCH-' || g, 'BENCH', c.id, CASE WHEN g % 10 = 0 THEN 'COURT_ENTRUSTED' ELSE 'WALK_IN' END,
    (ARRAY['MARRIAGE_FAMILY','NEIGHBOUR','CONTRACT','LABOUR','CONSUMER','TRAFFIC','OTHER'])[1 + g % 7], 'AGREED',
    c.region_code, c.unit_id, d.r, 'bench dispute', (g % 100000) / 100.0, d.r + 2, d.r + 20,
    CASE WHEN g % 5 = 0 THEN d.r + 25 END, CASE WHEN g % 5 = 0 THEN 'CONFIRMED' END,
    CASE WHEN g % 5 = 0 THEN d.r + 40 END, now(), 'bench', 0
FROM generate_series(1, $ROWS) g
JOIN (SELECT id, unit_id, region_code, row_number() OVER (ORDER BY region_code) - 1 AS n FROM (
        SELECT DISTINCT ON (region_code) id, unit_id, region_code FROM mediation_committee
        WHERE region_code LIKE '421202___' ORDER BY region_code, id) t) c
  ON c.n = g % (SELECT COUNT(DISTINCT region_code) FROM mediation_committee WHERE region_code LIKE '421202___')
CROSS JOIN LATERAL (SELECT DATE '2019-01-01' + CAST(g::BIGINT * 7919 % 2920 AS INT) AS r) d
ORDER BY d.r, g;
VACUUM ANALYZE;
SQL
    printf 'filled %s disputes in %.1f s; %s of them accepted in %s\n' "$ROWS" "$(echo "$(date +%s.%N) - $t0" | bc -l)" \
      "$(psql_admin -d "$PGDB" -tAc "SELECT COUNT(*) FROM dispute WHERE accepted_on BETWEEN DATE '$YEAR-01-01' AND DATE '$YEAR-12-31'")" "$YEAR"
    first=0
  fi
  t0=$(date +%s.%N)
  start "$copy" "--spring.flyway.out-of-order=true $extra"
  printf '%s: started (with migrations) in %.1f s\n' "$label" "$(echo "$(date +%s.%N) - $t0" | bc -l)"
  token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"leader","password":"Fazhi@2026"}' \
    "http://127.0.0.1:$PORT/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  jarfile=$(mktemp)
  csrf=$(curl -sf -c "$jarfile" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -E 's/.*value="([^"]*)"/\1/')
  curl -sf -b "$jarfile" -c "$jarfile" -o /dev/null --data-urlencode "username=leader" \
    --data-urlencode "password=Fazhi@2026" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/login"
  cookie=$(sed 's/^#HttpOnly_//' "$jarfile" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}'); rm -f "$jarfile"
  api="/api/v1/indicators?year=$YEAR&region=421202"
  page="/dashboard?year=$YEAR&region=421202"
  accepted=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$api" \
    | grep -o '"id":"mediation.disputes.accepted","name":"[^"]*","unit":"[A-Z]*","value":[0-9]*' | sed 's/.*://')
  echo "$label: API says mediation.disputes.accepted = $accepted"
  code=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Cookie: $cookie" "http://127.0.0.1:$PORT$page")
  echo "$label: first dashboard request: HTTP/time $code"
  bench() { # $1 name, $2 duration; prints "rps p50 p95"
    local res
    case $1 in
      health) res=$(wrk -t1 -c1 -d"$2" --timeout 60s -s "$lua" "http://127.0.0.1:$PORT/actuator/health") ;;
      api) res=$(wrk -t1 -c1 -d"$2" --timeout 60s -s "$lua" -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$api") ;;
      dashboard) res=$(wrk -t1 -c1 -d"$2" --timeout 60s -s "$lua" -H "Cookie: $cookie" "http://127.0.0.1:$PORT$page") ;;
    esac
    echo "$(echo "$res" | awk '/Requests\/sec/ {print $2}') $(echo "$res" | awk '$1=="P50" {print $2}') $(echo "$res" | awk '$1=="P95" {print $2}')"
  }
  for name in health api dashboard; do bench $name 5s >/dev/null; done
  declare -A RPS=() P50=() P95=()
  loads=
  for round in $(seq 1 "$ROUNDS"); do
    for name in health api dashboard; do
      read -r rps p50 p95 < <(bench $name "$DURATION")
      RPS[$name]+="$rps "; P50[$name]+="$p50 "; P95[$name]+="$p95 "
    done
    loads+="$(cut -d' ' -f1 /proc/loadavg) "
  done
  echo "$label: load average (1 min) after each round: $loads"
  for name in health api dashboard; do
    printf '%s %-9s req/s median %8.2f  p50 median %8.1f ms  p95 median %8.1f ms   [p50 ms: %s] [p95 ms: %s]\n' \
      "$label" "$name" "$(echo ${RPS[$name]} | tr ' ' '\n' | median)" "$(echo ${P50[$name]} | tr ' ' '\n' | median)" \
      "$(echo ${P95[$name]} | tr ' ' '\n' | median)" "${P50[$name]}" "${P95[$name]}"
  done
  stop
  rm -rf "$(dirname "$copy")"
done
[ "${BENCH_KEEP_DB:-0}" = 1 ] || psql_admin -d postgres -c "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)"
