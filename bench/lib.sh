# Shared pieces of the bench scripts; each script sources this file after `cd` to the project root.
# Every step that can fail on a fresh machine says what failed and why instead of exiting silently.

bench_fail() { echo "bench: $*" >&2; exit 1; }

# bench_require CMD [PACKAGE]: stop with the Debian package to install when a tool is missing.
bench_require() {
  command -v "$1" >/dev/null 2>&1 || bench_fail "'$1' not found; install it first: apt-get install -y ${2:-$1}"
}

# bench_mvn ARGS...: a Maven call that works on a fresh machine. It runs offline first (fast, no network); when
# something is not yet in the local repository (~/.m2) it resolves online once. On failure Maven's output is shown.
bench_mvn() {
  local log
  log=$(mktemp)
  # BENCH_MVN_LOCK=/tmp/mvn.lock: every Maven call waits for that lock (a machine shared by several builds).
  local lock=()
  [ -n "${BENCH_MVN_LOCK:-}" ] && lock=(flock "$BENCH_MVN_LOCK")
  if "${lock[@]}" mvn -B -ntp -q -o "$@" >"$log" 2>&1; then rm -f "$log"; return 0; fi
  echo "bench: offline Maven run incomplete (mvn -o $*); resolving online once" >&2
  if "${lock[@]}" mvn -B -ntp -q "$@" >"$log" 2>&1; then rm -f "$log"; return 0; fi
  tail -40 "$log" >&2
  rm -f "$log"
  bench_fail "Maven failed: mvn $* (output above; is Maven Central reachable?)"
}

# bench_classpath: compiles main and test classes and sets CP to them plus every test-scope dependency.
bench_classpath() {
  bench_require mvn maven
  bench_mvn test-compile
  bench_mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
  [ -s target/bench-cp.txt ] || bench_fail "target/bench-cp.txt is empty after dependency:build-classpath"
  CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
}

# bench_jar: builds target/fazhi.jar unless it exists.
bench_jar() {
  bench_require mvn maven
  [ -f target/fazhi.jar ] || bench_mvn -DskipTests package
  [ -f target/fazhi.jar ] || bench_fail "target/fazhi.jar was not built"
}

# psql_admin ARGS...: psql as the database superuser (the postgres OS account when running as root).
psql_admin() {
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"
  else
    psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U postgres "$@"
  fi
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# bench_test_classpath: CP for a bench main class under src/test/java — Maven's (bench_classpath) unless
# BENCH_SKIP_MVN=1, in which case the compiled classes of the last test run and the test class path surefire recorded
# in its report (a machine whose local repository lacks the dependency plugin's own dependencies offline, or whose
# Maven is busy).
bench_test_classpath() {
  if [ "${BENCH_SKIP_MVN:-0}" = 1 ]; then
    local report
    report=$(ls -t target/surefire-reports-*/TEST-*.xml 2>/dev/null | head -1)
    [ -n "$report" ] || bench_fail "BENCH_SKIP_MVN=1 needs a surefire report under target/ (run a test first)"
    CP=$(grep -o 'name="surefire.test.class.path" value="[^"]*"' "$report" | sed 's/.*value="//; s/"$//')
    [ -n "$CP" ] || bench_fail "no surefire.test.class.path in $report"
  else
    bench_classpath
  fi
}

# bench_pg_fresh DB / bench_pg_drop DB: an empty database DB owned by the role fazhi (created if missing), and its end.
bench_pg_fresh() {
  psql_admin -d postgres >/dev/null 2>&1 <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$1' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS $1;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fazhi') THEN
    CREATE ROLE fazhi LOGIN PASSWORD 'fazhi';
  END IF;
END \$\$;
CREATE DATABASE $1 OWNER fazhi;
SQL
}
bench_pg_drop() { psql_admin -d postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1 || true; }
