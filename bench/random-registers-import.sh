#!/usr/bin/env bash
# The 100,000-row import of the register of inspection targets (检查对象名录库), on H2 and, when FAZHI_TEST_DB_URL is
# set, on PostgreSQL: writes a file of 100,000 valid entities, imports it (all new), imports it again (all updates),
# prints both times (also appended to target/bench-registers-import.txt) and removes the rows.
# Usage: [BENCH_MVN_LOCK=/tmp/mvn.lock] bench/random-registers-import.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_require mvn maven
ROWS="${1:-100000}"
DB=h2
if [ -n "${FAZHI_TEST_DB_URL:-}" ]; then DB=postgres; fi
bench_mvn test -Dfazhi.test.db="$DB" -Dtest=TargetRegisterImportBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfazhi.bench.registers=true -Dfazhi.bench.rows="$ROWS"
tail -n 1 target/bench-registers-import.txt
