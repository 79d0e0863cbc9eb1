#!/usr/bin/env bash
# Loads the County Durham demo timeline (2017 to 2023) into a running command service, through
# its public HTTP API. Safe to run twice: every command carries an idempotency key, so a second
# run records nothing new.
#
#   ./load-durham-demo.sh [commandServiceUrl]     (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")"

JAR=demo-data/target/durham-demo.jar
if [[ ! -f "$JAR" ]]; then
  echo "Building $JAR ..."
  ./mvnw -q -pl demo-data -am package -DskipTests
fi
exec java -jar "$JAR" "${1:-http://localhost:8080}"
