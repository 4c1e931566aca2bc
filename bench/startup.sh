#!/usr/bin/env bash
# Start-up benchmark (issue 11). Not a test: prints figures for docs/PERFORMANCE.md.
# In one run, interleaved round by round, on the embedded default (H2 file database, demo data with the 2023 year):
#  - bare:    a bare Spring Boot web application of the same Boot version (bench/bare-boot: Tomcat, Spring MVC, actuator),
#  - first:   each given Fazhi jar on a new data directory (migrations, demo data, 2023 demo year),
#  - restart: the same jar again on that data directory.
# "Ready" is /actuator/health answering 200 with the availability probes on (so it answers 503 until the readiness state
# is ACCEPTING_TRAFFIC: after ApplicationReadyEvent, i.e. after every ApplicationRunner), measured from the launch of
# `java -jar`; "listening" is the first HTTP answer of any status. For a
# first start the script also waits until the demo year is in (the log line "Generated demo data mediation-2023") and
# reports that time too. Medians over BENCH_ROUNDS rounds (default 5); ratio restart / bare.
# Usage: bash bench/startup.sh [label=jar ...]   (default: after=target/fazhi.jar, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_require curl
PORT=${BENCH_PORT:-18481}
ROUNDS=${BENCH_ROUNDS:-5}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
OUT=bench/results; mkdir -p "$OUT"

if [ $# -eq 0 ]; then bench_jar; set -- after=target/fazhi.jar; fi
BARE=bench/bare-boot/target/bare-boot.jar
if [ ! -f "$BARE" ]; then
  (cd bench/bare-boot && bench_mvn -DskipTests package)
fi
[ -f "$BARE" ] || bench_fail "$BARE was not built"

now() { date +%s.%N; }

# run_once JAR DATA_DIR WAIT_DEMO → prints "listening ready demo_done rss_mib" (seconds from launch; demo_done = - if not waited)
run_once() {
  local jar=$1 data=$2 wait_demo=$3 log t0 pid listening=- ready=- demo=- code
  log=$(mktemp)
  t0=$(now)
  FAZHI_DATA_DIR=$data java $JAVA_OPTS -jar "$jar" --server.port=$PORT --management.endpoint.health.probes.enabled=true \
    >"$log" 2>&1 &
  pid=$!
  while :; do
    kill -0 $pid 2>/dev/null || { tail -30 "$log" >&2; bench_fail "$jar died during start-up"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null || true)
    if [ "$listening" = - ] && [ "$code" != 000 ] && [ -n "$code" ]; then listening=$(echo "$(now) - $t0" | bc -l); fi
    if [ "$code" = 200 ]; then ready=$(echo "$(now) - $t0" | bc -l); break; fi
    sleep 0.02
  done
  if [ "$wait_demo" = yes ]; then
    local limit=$((SECONDS + 300))
    until grep -q "Generated demo data reconsideration-2023" "$log"; do
      [ $SECONDS -lt $limit ] || { echo "no demo-year log line within 300 s" >&2; break; }
      sleep 0.1
    done
    demo=$(echo "$(now) - $t0" | bc -l)
  fi
  local rss; rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  grep -E "Started [A-Za-z]+ in|Generated demo data|demo year" "$log" | sed 's/^/#   /' >&2 || true
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$log"
  echo "$listening $ready $demo $rss"
}

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), JAVA_OPTS='$JAVA_OPTS'"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A R
for round in $(seq 1 "$ROUNDS"); do
  read -r l r d m < <(run_once "$BARE" "$(mktemp -d)" no)
  echo "round $round bare: listening $l s, ready $r s, rss $m MiB"
  R[bare]+="$r "
  for spec in "$@"; do
    label=${spec%%=*}; jar=${spec#*=}
    dir=$(mktemp -d)
    read -r l r d m < <(run_once "$jar" "$dir" yes)
    echo "round $round $label first: listening $l s, ready $r s, demo year in $d s, rss $m MiB"
    R[$label.first]+="$r "; R[$label.demo]+="$d "
    read -r l r d m < <(run_once "$jar" "$dir" no)
    echo "round $round $label restart: listening $l s, ready $r s, rss $m MiB"
    R[$label.restart]+="$r "
    rm -rf "$dir"
  done
done
echo "# load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
bare=$(echo ${R[bare]} | tr ' ' '\n' | median)
printf 'bare ready: median %.2f s  [%s]\n' "$bare" "${R[bare]}"
for spec in "$@"; do
  label=${spec%%=*}
  f=$(echo ${R[$label.first]} | tr ' ' '\n' | median)
  d=$(echo ${R[$label.demo]} | tr ' ' '\n' | median)
  s=$(echo ${R[$label.restart]} | tr ' ' '\n' | median)
  printf '%s first start ready: median %.2f s (%.2f× bare) [%s]; demo year in: median %.2f s [%s]\n' "$label" "$f" \
    "$(echo "$f / $bare" | bc -l)" "${R[$label.first]}" "$d" "${R[$label.demo]}"
  printf '%s restart ready: median %.2f s, %.2f× bare  [%s]\n' "$label" "$s" "$(echo "$s / $bare" | bc -l)" "${R[$label.restart]}"
done
