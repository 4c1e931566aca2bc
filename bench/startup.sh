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
# Also reported: the CPU time (user + system) the JVM had used when it became ready — steadier than wall time on a
# machine shared with other work.
# BENCH_CDS=1: every jar, the bare one included, is first extracted (java -Djarmode=tools extract) and given an AppCDS
# archive by a training run that exits after the context refresh (-XX:ArchiveClassesAtExit,
# -Dspring.context.exit=onRefresh; Spring Boot's documented production set-up), then launched from the extracted jar
# with -XX:SharedArchiveFile. No JIT flags.
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

# prepare LABEL JAR: sets LAUNCH[LABEL] to the java arguments that start it (with BENCH_CDS=1: extracted + CDS archive)
declare -A LAUNCH
prepare() {
  local label=$1 jar=$2 dir name
  if [ "${BENCH_CDS:-0}" != 1 ]; then LAUNCH[$label]="-jar $jar"; return; fi
  dir=$(mktemp -d); name=$(basename "$jar")
  java -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >/dev/null || bench_fail "could not extract $jar"
  FAZHI_DATA_DIR=$(mktemp -d) java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$dir/app/$name" --server.port=0 >"$dir/training.log" 2>&1 || true
  [ -s "$dir/app.jsa" ] || { tail -20 "$dir/training.log" >&2; bench_fail "no CDS archive for $jar"; }
  LAUNCH[$label]="-XX:SharedArchiveFile=$dir/app.jsa -jar $dir/app/$name"
  echo "# $label: extracted to $dir/app, CDS archive $(du -m "$dir/app.jsa" | cut -f1) MiB"
}

# cpu_s PID: user + system CPU seconds of the process so far
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# run_once LABEL DATA_DIR WAIT_DEMO → prints "listening ready demo_done rss_mib cpu_s" (seconds from launch; demo_done
# = - if not waited; cpu_s at ready)
run_once() {
  local label=$1 data=$2 wait_demo=$3 log t0 pid listening=- ready=- demo=- code cpu=-
  log=$(mktemp)
  t0=$(now)
  # shellcheck disable=SC2086
  FAZHI_DATA_DIR=$data java $JAVA_OPTS ${LAUNCH[$label]} --server.port=$PORT --management.endpoint.health.probes.enabled=true \
    >"$log" 2>&1 &
  pid=$!
  while :; do
    kill -0 $pid 2>/dev/null || { tail -30 "$log" >&2; bench_fail "$label died during start-up"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null || true)
    if [ "$listening" = - ] && [ "$code" != 000 ] && [ -n "$code" ]; then listening=$(echo "$(now) - $t0" | bc -l); fi
    if [ "$code" = 200 ]; then ready=$(echo "$(now) - $t0" | bc -l); cpu=$(cpu_s $pid); break; fi
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
  echo "$listening $ready $demo $rss $cpu"
}

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), JAVA_OPTS='$JAVA_OPTS'"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
prepare bare "$BARE"
for spec in "$@"; do prepare "${spec%%=*}" "${spec#*=}"; done
declare -A R C
for round in $(seq 1 "$ROUNDS"); do
  read -r l r d m c < <(run_once bare "$(mktemp -d)" no)
  echo "round $round bare: listening $l s, ready $r s, cpu $c s, rss $m MiB"
  R[bare]+="$r "; C[bare]+="$c "
  for spec in "$@"; do
    label=${spec%%=*}
    dir=$(mktemp -d)
    read -r l r d m c < <(run_once "$label" "$dir" yes)
    echo "round $round $label first: listening $l s, ready $r s, cpu $c s, demo year in $d s, rss $m MiB"
    R[$label.first]+="$r "; R[$label.demo]+="$d "
    read -r l r d m c < <(run_once "$label" "$dir" no)
    echo "round $round $label restart: listening $l s, ready $r s, cpu $c s, rss $m MiB"
    R[$label.restart]+="$r "; C[$label.restart]+="$c "
    rm -rf "$dir"
  done
done
echo "# load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
bare=$(echo ${R[bare]} | tr ' ' '\n' | median)
barecpu=$(echo ${C[bare]} | tr ' ' '\n' | median)
printf 'bare ready: median %.2f s  [%s]; cpu at ready: median %.2f s [%s]\n' "$bare" "${R[bare]}" "$barecpu" "${C[bare]}"
for spec in "$@"; do
  label=${spec%%=*}
  f=$(echo ${R[$label.first]} | tr ' ' '\n' | median)
  d=$(echo ${R[$label.demo]} | tr ' ' '\n' | median)
  s=$(echo ${R[$label.restart]} | tr ' ' '\n' | median)
  printf '%s first start ready: median %.2f s (%.2f× bare) [%s]; demo year in: median %.2f s [%s]\n' "$label" "$f" \
    "$(echo "$f / $bare" | bc -l)" "${R[$label.first]}" "$d" "${R[$label.demo]}"
  printf '%s restart ready: median %.2f s, %.2f× bare  [%s]\n' "$label" "$s" "$(echo "$s / $bare" | bc -l)" "${R[$label.restart]}"
  c=$(echo ${C[$label.restart]} | tr ' ' '\n' | median)
  printf '%s restart cpu at ready: median %.2f s, %.2f× bare  [%s]\n' "$label" "$c" "$(echo "$c / $barecpu" | bc -l)" "${C[$label.restart]}"
done
