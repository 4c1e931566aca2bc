#!/usr/bin/env bash
# Mediation scale benchmark (issue: spreadsheet import/export). Not a test: prints figures for docs/PERFORMANCE.md.
#  1. import: a generated 100,000-row .xlsx imported through the real import service (DisputeImports), heap used and
#     RSS sampled every 500 ms, on an H2 file database and on a scratch PostgreSQL database; on PostgreSQL each round
#     (BENCH_IMPORT_ROUNDS, default 3) then measures COPY of the very rows the import wrote (disputes, parties,
#     timeline entries: read out, deleted, copied back into the same tables) — the import's baseline in the same run;
#  2. list: 1,000,000 disputes bulk-inserted, then the list query (Disputes.search) filtered by township and status,
#     ≥ 200 runs with varied filters and pages, p95; then the V22 indexes dropped for a baseline sample.
# Each run starts from an empty database and is bounded by `timeout`; databases and files are removed afterwards.
# Usage: bash bench/mediation.sh [import|list|all] [h2|postgres|both]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
WHAT=${1:-all}
DBS=${2:-both}
LIMIT=${BENCH_TIMEOUT:-600}
HEAP=${BENCH_HEAP:--Xmx1g}
OUT=bench/results; mkdir -p "$OUT"
PGDB=${BENCH_PGDB:-fazhi_bench_mediation}

bench_classpath


run() { # $1 mode, $2 db
  local mode=$1 db=$2 dir
  dir=$(mktemp -d)
  echo "## $mode on $db"
  if [ "$db" = postgres ]; then
    bench_pg_fresh "$PGDB"
    FAZHI_DATA_DIR=$dir FAZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB?reWriteBatchedInserts=true" \
      FAZHI_DB_USER=fazhi FAZHI_DB_PASSWORD=fazhi \
      timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.MediationBench "$mode" || echo "FAILED or timed out: $mode $db"
    bench_pg_drop "$PGDB"
  else
    FAZHI_DATA_DIR=$dir timeout "$LIMIT" java $HEAP -cp "$CP" cn.fazhi.bench.MediationBench "$mode" \
      || echo "FAILED or timed out: $mode $db"
    echo "h2_file_mib=$(du -sm "$dir" | cut -f1)"
  fi
  rm -rf "$dir"
}

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), heap $HEAP"
echo "# postgres: $(psql_admin -d postgres -tAc 'SHOW server_version' 2>/dev/null || echo n/a)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ)"
for mode in import list; do
  [ "$WHAT" = all ] || [ "$WHAT" = "$mode" ] || continue
  for db in h2 postgres; do
    [ "$DBS" = both ] || [ "$DBS" = "$db" ] || continue
    run "$mode" "$db"
  done
done
