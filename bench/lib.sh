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
