#!/usr/bin/env bash
# Builds Fazhi and starts it on the embedded default: H2 in ./data, demo data loaded on first start,
# http://localhost:8080. Set FAZHI_DATA_DIR, PORT or any variable in README "Configuration" to change it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests package
export FAZHI_DATA_DIR="${FAZHI_DATA_DIR:-$PWD/data}"
mkdir -p "$FAZHI_DATA_DIR"
echo "Fazhi starting on http://localhost:${PORT:-8080} (data in $FAZHI_DATA_DIR)"
exec java ${JAVA_OPTS:-} -jar target/fazhi.jar
