#!/usr/bin/env bash
# 双随机 draw (issue 13): the published function fazhi-draw-v1 over 100,000 entities and 1,500 inspectors (target:
# a draw ≤ 1 s; its verification recomputes the same selection), against a baseline (the SM3 digest of the entity
# list) in the same run, then the Draws service (commit, draw, verify) on PostgreSQL and/or H2
# (cn.fazhi.bench.DrawBench). Not a test: prints key=value figures for docs/PERFORMANCE.md.
# Usage: bash bench/random-draw.sh [postgres|h2|both] [entities] [inspectors] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DBS=${1:-both}
ENTITIES=${2:-100000}
INSPECTORS=${3:-1500}
RUNS=${4:-5}
LIMIT=${BENCH_TIMEOUT:-900}
HEAP=${BENCH_HEAP:--Xmx2g}
PGDB=${BENCH_PGDB:-fazhi_bench_draw}

bench_test_classpath

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), heap $HEAP"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
for db in postgres h2; do
  [ "$DBS" = both ] || [ "$DBS" = "$db" ] || continue
  dir=$(mktemp -d)
  echo "## $db"
  if [ "$db" = postgres ]; then
    bench_pg_fresh "$PGDB"
    FAZHI_DATA_DIR=$dir FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" FAZHI_DB_USER=fazhi FAZHI_DB_PASSWORD=fazhi \
      timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.DrawBench "$ENTITIES" "$INSPECTORS" "$RUNS" || echo "FAILED or timed out: $db"
    bench_pg_drop "$PGDB"
  else
    FAZHI_DATA_DIR=$dir timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.DrawBench "$ENTITIES" "$INSPECTORS" "$RUNS" \
      || echo "FAILED or timed out: $db"
  fi
  rm -rf "$dir"
done
