#!/usr/bin/env bash
# Policy matching for the enterprise help desk (issue 15 target: one enterprise against 1,000 policies, p95 ≤ 50 ms),
# on H2 and, when FAZHI_TEST_DB_URL is set, on PostgreSQL: fills the published policies up to 1,000 (1–5 conditions
# each over every attribute), times 2,000 matches of one enterprise with their explanations (PolicyMatcher.matchAll,
# the in-memory copy) against the baseline measured in the same run (the same match reading the policies from the
# database per call), prints p50/p95 and their ratio (also appended to target/bench-enterprises-policies.txt and to
# bench/results/enterprises-policies.txt) and removes the rows it added.
# Usage: [BENCH_MVN_LOCK=/tmp/mvn.lock] [FAZHI_TEST_DB_URL=... FAZHI_TEST_DB_USER=... FAZHI_TEST_DB_PASSWORD=...] \
#        bench/enterprises-policies.sh [policies]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_require mvn maven
POLICIES="${1:-1000}"
DB=h2
if [ -n "${FAZHI_TEST_DB_URL:-}" ]; then DB=postgres; fi
echo "# machine: $(nproc) cores, $(java -version 2>&1 | head -1), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
bench_mvn test -Dfazhi.test.db="$DB" -Dtest=PolicyMatcherBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfazhi.bench.policies=true -Dfazhi.bench.policies.count="$POLICIES"
tail -n 1 target/bench-enterprises-policies.txt
mkdir -p bench/results
tail -n 1 target/bench-enterprises-policies.txt >> bench/results/enterprises-policies.txt
