#!/usr/bin/env bash
# Annual report benchmark (issue 4): the 2023 report of 咸安区 over the generated demo year — live preview, DOCX + PDF
# of the whole report (target ≤ 5 s), the freeze with its record lists. Not a test: prints figures for
# docs/PERFORMANCE.md. Each run starts from an empty database (H2 file or a scratch PostgreSQL database), bounded by
# `timeout`; databases and files are removed afterwards.
# Usage: bash bench/reports.sh [h2|postgres|both] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DBS=${1:-both}
RUNS=${2:-9}
LIMIT=${BENCH_TIMEOUT:-900}
HEAP=${BENCH_HEAP:--Xmx1g}
PGDB=fazhi_bench_reports

bench_classpath


run() { # $1 db
  local db=$1 dir
  dir=$(mktemp -d)
  echo "## report on $db"
  if [ "$db" = postgres ]; then
    bench_pg_fresh "$PGDB"
    PORT=0 FAZHI_DATA_DIR=$dir FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB?reWriteBatchedInserts=true" \
      FAZHI_DB_USER=fazhi FAZHI_DB_PASSWORD=fazhi \
      timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.ReportBench "$RUNS" || echo "FAILED or timed out: $db"
    bench_pg_drop "$PGDB"
  else
    PORT=0 FAZHI_DATA_DIR=$dir timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.ReportBench "$RUNS" \
      || echo "FAILED or timed out: $db"
  fi
  rm -rf "$dir"
}

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), heap $HEAP"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ)"
for db in h2 postgres; do
  [ "$DBS" = both ] || [ "$DBS" = "$db" ] || continue
  run "$db"
done
