#!/usr/bin/env bash
# Issue 4's as-of query benchmark: builds what it needs, then for each size starts a fresh local
# Kafka and a fresh query service, loads that many synthetic events and times the as-of queries.
#
#   benchmarks/run.sh                      # 10 000 and 1 000 000 events, H2
#   benchmarks/run.sh 10000 200000         # other sizes
#   benchmarks/run.sh --db=postgres 10000  # the read model on 127.0.0.1:5432 (user postgres, trust),
#                                          # a fresh database per size, dropped afterwards
#   benchmarks/run.sh --requests=1000 ...  # timed requests per query kind (default 500)
#
# To time the queries again on a database a run left behind, without loading it again (a fresh
# query service on the unchanged H2 file, no broker); --h2-options=;CACHE_SIZE=... tries settings:
#
#   java -jar benchmarks/target/benchmarks.jar --requery=benchmarks/target/runs/<size>-<millis>
#
# The report is printed and written to benchmarks/target/report.md; each run's broker, database and
# service log stay under benchmarks/target/runs/.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl benchmarks -am package -DskipTests

args=("$@")
has_size=false
for arg in "${args[@]+"${args[@]}"}"; do
  [[ "$arg" != --* ]] && has_size=true
done
if [[ "$has_size" == false ]]; then
  args+=(10000 1000000)
fi

exec java -Xmx1g -jar benchmarks/target/benchmarks.jar --root="$PWD" "${args[@]}"
