#!/usr/bin/env bash
# The one-form register (一套表) at the seed's size: on a fresh PostgreSQL database (default) or, with BENCH_DB=h2, an
# H2 file database. The test context's demo generates FAZHI_ONEFORM_PERSONS persons (780,000) with batched JDBC
# inserts (timed); then OneformBenchTest writes a .csv of BENCH_ROWS further persons (780,000) and imports it all or
# nothing (≤ 10 min), produces a derived form over the whole register (≤ 5 s: the 80-and-over count and the 低保
# roster, median of 3) and searches 200 persons by ID number through the blind index (p95 ≤ 50 ms, with SELECT 1 as
# the baseline in the same run). One line per run in target/bench-oneform.txt, copied to bench/results/.
# Usage: [BENCH_MVN_LOCK=/tmp/mvn.lock] [BENCH_DB=postgres|h2] bench/oneform.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_require mvn maven
PERSONS="${FAZHI_ONEFORM_PERSONS:-780000}"
ROWS="${BENCH_ROWS:-780000}"
DB="${BENCH_DB:-postgres}"
if [ "$DB" = postgres ]; then
  bench_require psql postgresql-client
  PGDB=fazhi_oneform_bench
  export PGPASSWORD="${PGPASSWORD:-fazhi}"
  if ! bench_pg_fresh "$PGDB" 2>/dev/null; then
    psql -h 127.0.0.1 -U fazhi -d postgres -q -c "DROP DATABASE IF EXISTS $PGDB" -c "CREATE DATABASE $PGDB" \
      || bench_fail "cannot create database $PGDB on 127.0.0.1:5432"
  fi
  export FAZHI_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB?reWriteBatchedInserts=true"
  export FAZHI_TEST_DB_USER=fazhi FAZHI_TEST_DB_PASSWORD=fazhi
else
  rm -f target/oneform-bench-h2.*
  export FAZHI_TEST_DB_URL="jdbc:h2:file:$PWD/target/oneform-bench-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
  export FAZHI_TEST_DB_USER=sa FAZHI_TEST_DB_PASSWORD=
fi
bench_mvn test -Dfazhi.test.db="$DB" -Dtest=OneformBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfazhi.bench.oneform=true -Dfazhi.bench.rows="$ROWS" -Dfazhi.oneform.demo.persons="$PERSONS"
mkdir -p bench/results
tail -n 1 target/bench-oneform.txt | tee -a bench/results/oneform.txt
if [ "$DB" = postgres ]; then bench_pg_drop "$PGDB"; else rm -f target/oneform-bench-h2.*; fi
