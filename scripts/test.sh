#!/usr/bin/env bash
# Runs the whole Fazhi test suite twice: on the embedded H2 database, then on PostgreSQL at 127.0.0.1:5432.
# Prepares what the tests need and says what it installs:
#   - Debian packages: chromium chromium-driver fonts-noto-cjk fonts-wqy-zenhei poppler-utils wrk python3 (browser tests,
#     Chinese fonts, PDF checks, benchmarks, the independent draw verifier tools/verify-draw.py);
#   - PostgreSQL: used where it already runs on 127.0.0.1:5432, the installed cluster started where it does not,
#     Debian's postgresql installed where it is missing. A database fazhi_test and a role fazhi are (re)created.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

PACKAGES=(chromium chromium-driver fonts-noto-cjk fonts-wqy-zenhei poppler-utils wrk python3)
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  log "Debian packages present: ${PACKAGES[*]}"
fi

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! command -v pg_isready >/dev/null 2>&1 || ! pg_up; then
  if command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(pg_lsclusters -h 2>/dev/null)" ]; then
    read -r ver name _ < <(pg_lsclusters -h | head -n 1)
    log "Starting the installed PostgreSQL cluster $ver/$name"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || as_root pg_ctlcluster "$ver" "$name" start
  else
    log "Installing PostgreSQL (Debian package postgresql)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
    read -r ver name _ < <(pg_lsclusters -h | head -n 1)
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || true
  fi
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
pg_up || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }

log "Preparing database fazhi_test (role fazhi; superuser so the audit test can bypass its trigger to prove the chain)"
psql_admin() {
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"
  else
    psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U postgres "$@"
  fi
}
psql_admin -d postgres <<'SQL'
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'fazhi_test' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS fazhi_test;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fazhi') THEN
    CREATE ROLE fazhi LOGIN SUPERUSER PASSWORD 'fazhi';
  ELSE
    -- a role made earlier by hand (e.g. for a benchmark) may lack what the tests need
    ALTER ROLE fazhi LOGIN SUPERUSER PASSWORD 'fazhi';
  END IF;
END $$;
CREATE DATABASE fazhi_test OWNER fazhi;
SQL

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
MVN=(mvn -B -ntp)

log "Test suite on H2 (embedded)"
"${MVN[@]}" test -Dfazhi.test.db=h2

log "Test suite on PostgreSQL 127.0.0.1:5432/fazhi_test"
FAZHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/fazhi_test FAZHI_TEST_DB_USER=fazhi FAZHI_TEST_DB_PASSWORD=fazhi \
  "${MVN[@]}" surefire:test -Dfazhi.test.db=postgres

log "Both runs passed"
python3 - <<'PY' 2>/dev/null || true
import glob, xml.etree.ElementTree as ET
for db in ("h2", "postgres"):
    t = f = e = s = 0
    for path in glob.glob(f"target/surefire-reports-{db}/TEST-*.xml"):
        r = ET.parse(path).getroot()
        t += int(r.get("tests")); f += int(r.get("failures")); e += int(r.get("errors")); s += int(r.get("skipped"))
    print(f"{db}: {t - f - e - s} passed, {f + e} failed, {s} skipped")
PY
