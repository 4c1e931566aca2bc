#!/usr/bin/env bash
# 3,000 cadres answering an online test at once (issue 16: answers saved, p95 ≤ 200 ms per answer, ratio to a static
# asset in the same run). Runs the jar on a fresh PostgreSQL database (no demo data), prepares 3,000 cadres of the 78
# roster-sized units with an API token each, one test of 20 questions assigned to all of them and 3,000 attempts
# started (deadline two hours on); then wrk opens 3,000 connections — one per cadre, each with its own token and
# attempt — and every connection POSTs /api/v1/learning/attempts/{id}/answers (the page's call) with a think time
# between answers: THINK_MS (default 10 s, a cadre reading the next question) and a stress run at
# BENCH_STRESS_THINK_MS (default 5 s: twice the rate). The static
# asset /css/fazhi.css is measured the same way (3,000 connections, same think time) between the rounds as the
# baseline. Then checks that the answers are in the database. Prints key=value figures for docs/learning/learning.md.
# Usage: BENCH_MVN_LOCK=/tmp/mvn.lock [BENCH_SKIP_MVN=1] bash bench/learning-answers.sh   (needs wrk, python3 with hashlib sm3, psql)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require wrk
bench_require curl
bench_require python3
CADRES=${BENCH_CADRES:-3000}
DURATION=${BENCH_DURATION:-30s}
ROUNDS=${BENCH_ROUNDS:-3}
THINK_MS=${BENCH_THINK_MS:-10000}
LIMIT=${BENCH_TIMEOUT:-900}
PGDB=${BENCH_PGDB:-fazhi_bench_learning}
PORT=${BENCH_PORT:-18116}
OUT=bench/results; mkdir -p "$OUT"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
# The jar (Maven package) or, with BENCH_SKIP_MVN=1, the compiled classes and the class path of the last test run.
if [ "${BENCH_SKIP_MVN:-0}" = 1 ]; then
  bench_test_classpath
  APP=(java -Xmx1g -cp "$CP" cn.fazhi.FazhiApplication)
else
  bench_jar
  APP=(java -Xmx1g -jar target/fazhi.jar)
fi
bench_pg_fresh "$PGDB"
dir=$(mktemp -d)
log="$OUT/learning-answers.log"
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "# postgres: $(psql_admin -d postgres -tAc 'SHOW server_version' 2>/dev/null || echo n/a)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
FAZHI_DATA_DIR=$dir FAZHI_DEMO=false FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" FAZHI_DB_USER=fazhi \
  FAZHI_DB_PASSWORD=fazhi timeout "$LIMIT" "${APP[@]}" --server.port=$PORT \
  --server.tomcat.max-connections=10000 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"; bench_pg_drop "$PGDB" >/dev/null 2>&1 || true' EXIT
started=$(date +%s)
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "application died; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  [ $(( $(date +%s) - started )) -lt "$LIMIT" ] || bench_fail "the application did not start within $LIMIT s"
  sleep 2
done
echo "# started after $(( $(date +%s) - started )) s"
# The cadres, their logins and tokens (SM3 of the token, as ApiTokens stores it), the questions, the test, the
# assignments and the started attempts — written straight into the database (a bench, not a path of the application).
python3 - "$CADRES" "$dir/prep.sql" "$dir/cadres.lua" <<'PY'
import hashlib, sys
n, sql_path, lua_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
units = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 44] + list(range(45, 98))
sql = ["BEGIN;"]
sql.append("INSERT INTO learning_question (id, kind, category, stem, options, answer, demo, created_at, created_by) "
           "SELECT 900000 + g, 'SINGLE', 'bench', 'bench question ' || g, 'A\nB\nC\nD', 'B', FALSE, now(), 'bench' "
           "FROM generate_series(1, 20) g;")
sql.append("INSERT INTO learning_test (id, title, kind, district_wide, unit_id, region_code, opens_at, closes_at, "
           "duration_minutes, pass_mark, opens_on, demo, created_at, created_by) VALUES (900000, 'bench', 'ONLINE_TEST', "
           "TRUE, 2, '421202', now() - interval '1 hour', now() + interval '3 hours', 120, 60, CURRENT_DATE, FALSE, now(), 'bench');")
sql.append("INSERT INTO learning_test_question (test_id, position, question_id) SELECT 900000, g, 900000 + g "
           "FROM generate_series(1, 20) g;")
rows_u, rows_t, lua = [], [], []
for i in range(1, n + 1):
    unit = units[i % len(units)]
    token = "fz_bench_cadre_%05d_0123456789abcdef" % i
    rows_u.append("(%d, 'bench%05d', 'bench%05d', %d, '421202', 'x', TRUE, FALSE, now())" % (900000 + i, i, i, unit))
    rows_t.append("(%d, '%s', 'bench', now(), now() + interval '1 day')" % (900000 + i, hashlib.new('sm3', token.encode()).hexdigest()))
    lua.append('{"%s", %d}' % (token, 900000 + i))
sql.append("INSERT INTO app_user (id, username, display_name, unit_id, region_code, password_hash, enabled, "
           "must_change_password, created_at) VALUES " + ",".join(rows_u) + ";")
sql.append("INSERT INTO user_role (user_id, role_id) SELECT id, 15 FROM app_user WHERE id > 900000;")
sql.append("INSERT INTO api_token (user_id, token_hash, label, created_at, expires_at) VALUES " + ",".join(rows_t) + ";")
sql.append("INSERT INTO learning_cadre (id, unit_id, region_code, name, position, user_id, demo, created_at, created_by) "
           "SELECT u.id, u.unit_id, u.region_code, u.username, 'bench', u.id, FALSE, now(), 'bench' FROM app_user u WHERE u.id > 900000;")
sql.append("INSERT INTO learning_assignment (id, test_id, cadre_id, unit_id, region_code) "
           "SELECT c.id, 900000, c.id, c.unit_id, c.region_code FROM learning_cadre c WHERE c.id > 900000;")
sql.append("INSERT INTO learning_attempt (id, assignment_id, test_id, cadre_id, unit_id, region_code, started_at, deadline_at, "
           "taken_on, status) SELECT a.id, a.id, 900000, a.cadre_id, a.unit_id, a.region_code, now(), now() + interval '2 hours', "
           "CURRENT_DATE, 'IN_PROGRESS' FROM learning_assignment a WHERE a.id > 900000;")
sql.append("COMMIT;")
open(sql_path, "w").write("\n".join(sql) + "\n")
open(lua_path, "w").write("return {" + ",\n".join(lua) + "}\n")
PY
PGPASSWORD=fazhi psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U fazhi -d "$PGDB" -f "$dir/prep.sql"
echo "# prepared $CADRES cadres, tokens and started attempts"
cat > "$dir/answers.lua" <<LUA
-- Each of the two threads walks over the cadres in turn (its own half first), each request with that cadre's token on that
-- cadre's attempt, positions 1..20 in turn, answers A–D in turn.
local cadres = dofile("$dir/cadres.lua")
local think = tonumber(os.getenv("THINK_MS") or "$THINK_MS")
local counter = 0
local threads = {}
setup = function(thread)
  thread:set("offset", counter)
  counter = counter + 1
  table.insert(threads, thread)
end
local n = 0
local letters = {"A", "B", "C", "D"}
init = function(args)
  n = 0
end
delay = function()
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end
request = function()
  -- thread t takes cadres t, t+2, t+4, …; after a full pass every cadre moves on to the next question
  local k = offset + 2 * n
  local c = cadres[(k % #cadres) + 1]
  local position = (math.floor(k / #cadres) % 20) + 1
  n = n + 1
  return wrk.format("POST", "/api/v1/learning/attempts/" .. c[2] .. "/answers",
    {["Authorization"] = "Bearer " .. c[1], ["Content-Type"] = "application/json"},
    '{"position":' .. position .. ',"answer":"' .. letters[(k % 4) + 1] .. '"}')
end
done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.2f\np95_ms=%.2f\np99_ms=%.2f\nrps=%.1f\nerrors=%d\nnon2xx=%d\nrequests=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status, summary.requests))
end
LUA
cat > "$dir/static.lua" <<LUA
local think = tonumber(os.getenv("THINK_MS") or "$THINK_MS")
delay = function() return math.random(math.floor(think / 2), math.floor(think * 3 / 2)) end
done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.2f\np95_ms=%.2f\np99_ms=%.2f\nrps=%.1f\nerrors=%d\nnon2xx=%d\nrequests=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status, summary.requests))
end
LUA
one() { # one() LUA THINK_MS URL -> key=value lines
  THINK_MS=$2 wrk -t2 -c"$CADRES" -d"$DURATION" --timeout 10s -s "$1" "$3"
}
# warm-up (JIT, pools, every token's first use): all connections at the first think time, then the static asset
THINK_MS=$THINK_MS wrk -t2 -c"$CADRES" -d20s --timeout 10s -s "$dir/answers.lua" "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c32 -d3s "http://127.0.0.1:$PORT/css/fazhi.css" >/dev/null
for think in "$THINK_MS" "${BENCH_STRESS_THINK_MS:-5000}"; do
  P95=(); RPS=(); SP95=(); SRPS=(); BAD=0
  for round in $(seq 1 "$ROUNDS"); do
    res=$(one "$dir/answers.lua" "$think" "http://127.0.0.1:$PORT")
    P95+=("$(echo "$res" | sed -n 's/^p95_ms=//p')"); RPS+=("$(echo "$res" | sed -n 's/^rps=//p')")
    BAD=$(( BAD + $(echo "$res" | sed -n 's/^non2xx=//p') + $(echo "$res" | sed -n 's/^errors=//p') ))
    echo "answers think=${think}ms round $round: $(echo "$res" | grep -E '^(p50_ms|p95_ms|p99_ms|rps|errors|non2xx|requests)=' | tr '\n' ' ')"
    sres=$(one "$dir/static.lua" "$think" "http://127.0.0.1:$PORT/css/fazhi.css")
    SP95+=("$(echo "$sres" | sed -n 's/^p95_ms=//p')"); SRPS+=("$(echo "$sres" | sed -n 's/^rps=//p')")
    echo "static  think=${think}ms round $round: $(echo "$sres" | grep -E '^(p50_ms|p95_ms|p99_ms|rps|errors|non2xx|requests)=' | tr '\n' ' ')"
  done
  p95=$(printf '%s\n' "${P95[@]}" | median); rps=$(printf '%s\n' "${RPS[@]}" | median)
  sp95=$(printf '%s\n' "${SP95[@]}" | median); srps=$(printf '%s\n' "${SRPS[@]}" | median)
  printf 'think_ms=%s cadres=%s answer_p95_ms_median=%.2f answer_rps_median=%.0f static_p95_ms_median=%.2f static_rps_median=%.0f p95_ratio=%.2f failed=%s\n' \
    "$think" "$CADRES" "$p95" "$rps" "$sp95" "$srps" "$(echo "$p95 / $sp95" | bc -l)" "$BAD" | tee -a "$OUT/learning-answers.txt"  # copy the whole output to bench/results/<date>-learning-answers.txt for the docs
done
saved=$(PGPASSWORD=fazhi psql -tA -h 127.0.0.1 -U fazhi -d "$PGDB" -c "SELECT COUNT(*) || ' answers of ' || COUNT(DISTINCT attempt_id) || ' attempts' FROM learning_answer WHERE attempt_id > 900000")
echo "# saved: $saved; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
