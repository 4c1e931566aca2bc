#!/usr/bin/env bash
# Dispatch suggestions from the 权责清单 (Responsibilities.suggest, issue 14 target: p95 ≤ 50 ms with ~5,000 powers),
# on H2 and, when FAZHI_TEST_DB_URL is set, on PostgreSQL: fills the published list to 5,000 powers, times 2,000
# suggestions for 12345-like texts (half with a category code) against the baseline measured in the same run (the
# first version's full scan of the list per call), prints p50/p95 and their ratio (also appended to
# target/bench-responsibilities.txt) and removes the rows it added.
# Usage: [BENCH_MVN_LOCK=/tmp/mvn.lock] bench/responsibilities-suggest.sh [powers]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_require mvn maven
POWERS="${1:-5000}"
DB=h2
if [ -n "${FAZHI_TEST_DB_URL:-}" ]; then DB=postgres; fi
bench_mvn test -Dfazhi.test.db="$DB" -Dtest=PowerSuggestionBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfazhi.bench.suggestions=true -Dfazhi.bench.powers="$POWERS"
tail -n 1 target/bench-responsibilities.txt
