#!/usr/bin/env bash
# 普法 (issue 16 part C), on H2 and, when FAZHI_TEST_DB_URL is set, on PostgreSQL: times the balance of the 78 roster
# units of 2023 (普法责任制落实情况, publicity.units_short, the assessment source) and the two portal pages (published
# duty lists, 法治副校长 by school) against a static asset served in the same run; prints p50/p95 and the ratios (also
# appended to target/bench-publicity.txt and bench/results/publicity.txt).
# Usage: [BENCH_MVN_LOCK=/tmp/mvn.lock] [FAZHI_TEST_DB_URL=... FAZHI_TEST_DB_USER=... FAZHI_TEST_DB_PASSWORD=...] \
#        bench/publicity.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_require mvn maven
DB=h2
if [ -n "${FAZHI_TEST_DB_URL:-}" ]; then DB=postgres; fi
echo "# machine: $(nproc) cores, $(java -version 2>&1 | head -1), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
bench_mvn test -Dfazhi.test.db="$DB" -Dtest=PublicityBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfazhi.bench.publicity=true
tail -n 1 target/bench-publicity.txt
mkdir -p bench/results
tail -n 1 target/bench-publicity.txt >> bench/results/publicity.txt
