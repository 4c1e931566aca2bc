#!/usr/bin/env bash
# 12345 hotline at scale (issue 14, part hotline): 1,000,000 tickets of 2023 with their dispatches and 5,000 published
# powers of the 权责清单 loaded by a bench-only generator (cn.fazhi.bench.HotlineBench); then the dispatch suggestion
# (权责清单 + the category's year of history) timed (target p95 ≤ 50 ms) and all six hotline indicators of LEGAL-RULES-2
# (b) for the year (target ≤ 1 s together). Not a test: prints key=value figures for the docs.
# Usage: bash bench/hotline.sh [postgres|h2|both] [rows] [runs] [powers]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DBS=${1:-postgres}
ROWS=${2:-1000000}
RUNS=${3:-5}
POWERS=${4:-5000}
LIMIT=${BENCH_TIMEOUT:-1800}
HEAP=${BENCH_HEAP:--Xmx3g}
PGDB=${BENCH_PGDB:-fazhi_bench_hotline}

bench_test_classpath

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), heap $HEAP"
echo "# postgres: $(psql_admin -d postgres -tAc 'SHOW server_version' 2>/dev/null || echo n/a)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
for db in postgres h2; do
  [ "$DBS" = both ] || [ "$DBS" = "$db" ] || continue
  dir=$(mktemp -d)
  echo "## $db, $ROWS tickets"
  if [ "$db" = postgres ]; then
    bench_pg_fresh "$PGDB"
    FAZHI_DATA_DIR=$dir FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" FAZHI_DB_USER=fazhi FAZHI_DB_PASSWORD=fazhi \
      timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.HotlineBench "$ROWS" "$RUNS" "$POWERS" || echo "FAILED or timed out: $db"
    bench_pg_drop "$PGDB"
  else
    FAZHI_DATA_DIR=$dir timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.HotlineBench "$ROWS" "$RUNS" "$POWERS" \
      || echo "FAILED or timed out: $db"
  fi
  rm -rf "$dir"
done
