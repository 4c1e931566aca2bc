#!/usr/bin/env bash
# Assessment benchmark (issue 16): computing the scores of every unit of a year (the 78 units of the 2023 roster, every
# AssessmentSource read, scores ranked and rewritten) must take ≤ 5 s. Not a test: prints figures for the docs.
# Starts the application with the generated 2023 demo year (H2 file database by default; BENCH_DB=postgres for a
# scratch PostgreSQL database), then times Assessments.compute ROUNDS times after three warm-up rounds, and in the same
# run the baselines SELECT 1 and one indicator value (assessment.units.scored 2023): medians, p95 and the ratio.
# Usage: bash bench/assessment-scores.sh [ROUNDS]   (BENCH_SKIP_MVN=1: reuse the last test run's classes)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${1:-20}
LIMIT=${BENCH_TIMEOUT:-900}
HEAP=${BENCH_HEAP:--Xmx2g}
DB=${BENCH_DB:-h2}
PGDB=${BENCH_PGDB:-fazhi_bench_assessment}
OUT=bench/results; mkdir -p "$OUT"
bench_test_classpath
result="$OUT/assessment-scores-$DB-$(date -u +%Y%m%dT%H%MZ).txt"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
{
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), database: $DB"
  if [ "$DB" = postgres ]; then
    bench_pg_fresh "$PGDB"
    FAZHI_DATA_DIR=$dir FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" FAZHI_DB_USER=fazhi FAZHI_DB_PASSWORD=fazhi \
      FAZHI_DEMO_YEAR_2023=true timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.AssessmentBench "$ROUNDS" \
      || echo "FAILED or timed out"
    bench_pg_drop "$PGDB"
  else
    FAZHI_DATA_DIR=$dir FAZHI_DEMO_YEAR_2023=true timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.AssessmentBench \
      "$ROUNDS" || echo "FAILED or timed out"
  fi
} | tee "$result"
median=$(grep '^compute_ms_median=' "$result" | cut -d= -f2)
[ -n "$median" ] || bench_fail "no compute figure (see $result)"
awk -v m="$median" 'BEGIN { if (m > 5000) { print "FAIL: median " m " ms > 5 s"; exit 1 } else print "OK: median " m " ms <= 5 s" }'
