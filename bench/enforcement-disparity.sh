#!/usr/bin/env bash
# 同案不同罚 detection at scale (issue 12, part D): 1,000,000 decided penalty cases loaded into enforcement_case by a
# bench-only generator (cn.fazhi.bench.DisparityBench), then the analysis of the whole year timed for the district and
# for one unit (target: ≤ 5 s over 1,000,000 decided cases). Not a test: prints key=value figures for the docs.
# Usage: bash bench/enforcement-disparity.sh [postgres|h2|both] [rows] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DBS=${1:-postgres}
ROWS=${2:-1000000}
RUNS=${3:-5}
LIMIT=${BENCH_TIMEOUT:-1800}
HEAP=${BENCH_HEAP:--Xmx3g}
PGDB=${BENCH_PGDB:-fazhi_bench_disparity}

bench_test_classpath

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), heap $HEAP"
echo "# postgres: $(psql_admin -d postgres -tAc 'SHOW server_version' 2>/dev/null || echo n/a)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
for db in postgres h2; do
  [ "$DBS" = both ] || [ "$DBS" = "$db" ] || continue
  dir=$(mktemp -d)
  echo "## $db, $ROWS rows"
  if [ "$db" = postgres ]; then
    bench_pg_fresh "$PGDB"
    FAZHI_DATA_DIR=$dir FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" FAZHI_DB_USER=fazhi FAZHI_DB_PASSWORD=fazhi \
      timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.DisparityBench "$ROWS" "$RUNS" || echo "FAILED or timed out: $db"
    bench_pg_drop "$PGDB"
  else
    FAZHI_DATA_DIR=$dir timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.DisparityBench "$ROWS" "$RUNS" \
      || echo "FAILED or timed out: $db"
  fi
  rm -rf "$dir"
done
