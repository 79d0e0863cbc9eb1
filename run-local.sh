#!/usr/bin/env bash
# Runs the whole ledger on this machine with embedded defaults: a real Kafka broker (local-kafka),
# the command service and the query service. No Docker, no installed Kafka or database.
#
#   ./run-local.sh            build if the sources changed, then start everything
#   ./run-local.sh --rebuild  build even if the jars look up to date
#
# Settings (environment): LEDGER_DATA_DIR (default ./data), KAFKA_PORT (9092),
# KAFKA_CONTROLLER_PORT (9093), COMMAND_PORT (8080), QUERY_PORT (8081), JAVA_HOME.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Resolved against the caller's directory before the cd below, so that a relative
# LEDGER_DATA_DIR means what the caller meant.
DATA="${LEDGER_DATA_DIR:-$ROOT/data}"
mkdir -p "$DATA"
DATA="$(cd "$DATA" && pwd)"
cd "$ROOT"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
COMMAND_PORT="${COMMAND_PORT:-8080}"
QUERY_PORT="${QUERY_PORT:-8081}"

KAFKA_JAR="local-kafka/target/local-kafka.jar"
COMMAND_JAR="command-service/target/command-service.jar"
QUERY_JAR="query-service/target/query-service.jar"
# The modules whose code ends up in the jars above: a change in any of them means a rebuild.
BUILD_MODULES=(shared-events local-kafka command-service query-service)

LOGS="$DATA/logs"
KAFKA_LOG="$LOGS/kafka.log"
COMMAND_LOG="$LOGS/command-service.log"
QUERY_LOG="$LOGS/query-service.log"

# Axon (in the services) otherwise tries to phone home, and writes ~/.axoniq, on every start.
JAVA_OPTS=(-Daxoniq.update-checker.disabled=true)

KAFKA_READY_TIMEOUT=60
HEALTH_TIMEOUT=90
STOP_TIMEOUT=20

REBUILD=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) REBUILD=true ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

die() {
  echo "run-local: $*" >&2
  exit 1
}

# ---------------------------------------------------------------- checks that need nothing running

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="$(command -v java || true)"
fi
[[ -n "$JAVA" ]] || die "java was not found. Install a JDK 17 or newer, or set JAVA_HOME."

# 'java -version' says "17.0.15" on current JDKs and "1.8.0_402" on old ones.
java_version="$("$JAVA" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
java_major="${java_version%%[.+-]*}"
if [[ "$java_major" == 1 ]]; then
  java_major="$(echo "$java_version" | cut -d. -f2)"
fi
if ! [[ "$java_major" =~ ^[0-9]+$ ]] || (( java_major < 17 )); then
  die "Java 17 or newer is needed; $JAVA is version '${java_version:-unknown}'."
fi

command -v curl >/dev/null || die "curl was not found; it is needed to wait for the services to be healthy."

port_in_use() {
  local port="$1"
  if command -v ss >/dev/null; then
    [[ -n "$(ss -Htln "sport = :$port" 2>/dev/null)" ]] && return 0
  fi
  # Without ss: anything that accepts a connection on the loopback address holds the port.
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

for entry in "Kafka broker:$KAFKA_PORT" "Kafka controller:$KAFKA_CONTROLLER_PORT" \
             "command service:$COMMAND_PORT" "query service:$QUERY_PORT"; do
  name="${entry%:*}"
  port="${entry##*:}"
  if port_in_use "$port"; then
    die "Port $port (for the $name) is already in use. Stop whatever holds it (is another run-local.sh still running?), or choose another port with KAFKA_PORT, KAFKA_CONTROLLER_PORT, COMMAND_PORT or QUERY_PORT."
  fi
done

# ---------------------------------------------------------------- build

# True when some input file is newer than the oldest jar, or a jar is missing. A second run
# then starts in seconds instead of waiting for Maven.
needs_build() {
  local oldest="" jar
  for jar in "$KAFKA_JAR" "$COMMAND_JAR" "$QUERY_JAR"; do
    [[ -f "$jar" ]] || return 0
    if [[ -z "$oldest" || "$jar" -ot "$oldest" ]]; then
      oldest="$jar"
    fi
  done
  local inputs=(pom.xml) module
  for module in "${BUILD_MODULES[@]}"; do
    [[ -f "$module/pom.xml" ]] && inputs+=("$module/pom.xml")
    [[ -d "$module/src" ]] && inputs+=("$module/src")
  done
  [[ -n "$(find "${inputs[@]}" -newer "$oldest" -print -quit)" ]]
}

if $REBUILD || needs_build; then
  echo "Building (./mvnw -q -DskipTests -pl local-kafka,command-service,query-service -am package); this takes a minute or two the first time..."
  ./mvnw -q -DskipTests -pl local-kafka,command-service,query-service -am package || die "The build failed; see Maven's output above."
else
  echo "The jars are up to date with the sources: not building (use --rebuild to force it)."
fi
for jar in "$KAFKA_JAR" "$COMMAND_JAR" "$QUERY_JAR"; do
  [[ -f "$jar" ]] || die "$jar is missing after the build."
done

# ---------------------------------------------------------------- process handling

mkdir -p "$DATA/kafka" "$LOGS"

KAFKA_PID=""
COMMAND_PID=""
QUERY_PID=""
STOPPING=false

# Messages while stopping: stdout may be gone by then (see stop_all), which is no reason to complain.
say() {
  echo "$@" 2>/dev/null
}

is_running() {
  [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null
}

# Stops the given processes together: SIGTERM first, so that the services finish their work and
# the broker closes its logs cleanly (a killed broker must recover its logs at the next start);
# SIGKILL for whatever still runs after STOP_TIMEOUT.
stop_processes() {
  local label="$1" pid running
  shift
  running=()
  for pid in "$@"; do
    is_running "$pid" && running+=("$pid")
  done
  (( ${#running[@]} > 0 )) || return 0
  say "Stopping the $label..."
  kill -TERM "${running[@]}" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while (( SECONDS < deadline )); do
    running=()
    for pid in "$@"; do
      is_running "$pid" && running+=("$pid")
    done
    (( ${#running[@]} > 0 )) || break
    sleep 0.2
  done
  if (( ${#running[@]} > 0 )); then
    say "Still running after ${STOP_TIMEOUT}s: killing pid ${running[*]}."
    kill -KILL "${running[@]}" 2>/dev/null || true
  fi
  for pid in "$@"; do
    [[ -n "$pid" ]] && { wait "$pid" 2>/dev/null || true; }
  done
}

# The services go first: they still talk to Kafka while they shut down.
stop_all() {
  $STOPPING && return 0
  STOPPING=true
  # A second Ctrl-C must not abandon the children halfway (the SIGKILL timeout bounds the wait), nor
  # may a closed stdout (Ctrl-C also ends the 'tee' in './run-local.sh | tee') end this function early.
  trap '' INT TERM HUP PIPE
  set +e
  stop_processes "services" "$COMMAND_PID" "$QUERY_PID"
  stop_processes "Kafka broker" "$KAFKA_PID"
}

# shellcheck disable=SC2317  # called through the trap below
on_signal() {
  say
  stop_all
  say "Stopped. The data is kept in $DATA."
  exit 0
}

# HUP: a closed terminal window should stop everything in order too.
trap on_signal INT TERM HUP
trap stop_all EXIT

show_log_tail() {
  local name="$1" log="$2"
  echo "---- last lines of $log ($name) ----" >&2
  tail -n 40 "$log" >&2 || true
  echo "----" >&2
}

fail_with_log() {
  local name="$1" log="$2"
  shift 2
  echo "run-local: $*" >&2
  show_log_tail "$name" "$log"
  stop_all
  exit 1
}

# Logs are appended across runs; each run starts with a marker line.
start_marker() {
  echo "==== run-local.sh $(date '+%Y-%m-%d %H:%M:%S') ====" >>"$1"
}

# ---------------------------------------------------------------- Kafka

start_marker "$KAFKA_LOG"
kafka_log_start=$(wc -l <"$KAFKA_LOG")
echo "Starting Kafka on 127.0.0.1:$KAFKA_PORT (data in $DATA/kafka)..."
"$JAVA" "${JAVA_OPTS[@]}" -jar "$KAFKA_JAR" \
  --port "$KAFKA_PORT" --controller-port "$KAFKA_CONTROLLER_PORT" --data-dir "$DATA/kafka" \
  >>"$KAFKA_LOG" 2>&1 &
KAFKA_PID=$!

# Only this run's part of the log counts: an earlier run's READY line is in the same file.
kafka_ready() {
  awk -v from="$kafka_log_start" 'NR > from && /^LOCAL KAFKA READY / { found = 1 } END { exit !found }' "$KAFKA_LOG"
}
deadline=$((SECONDS + KAFKA_READY_TIMEOUT))
until kafka_ready; do
  is_running "$KAFKA_PID" || fail_with_log "Kafka broker" "$KAFKA_LOG" "Kafka stopped during its start."
  (( SECONDS < deadline )) || fail_with_log "Kafka broker" "$KAFKA_LOG" "Kafka was not ready within ${KAFKA_READY_TIMEOUT}s."
  sleep 0.5
done
echo "Kafka is ready."

# ---------------------------------------------------------------- services

start_service() {
  local jar="$1" port="$2" log="$3"
  start_marker "$log"
  "$JAVA" "${JAVA_OPTS[@]}" -jar "$jar" \
    --server.port="$port" \
    --spring.kafka.bootstrap-servers="127.0.0.1:$KAFKA_PORT" \
    --ledger.data-dir="$DATA" \
    >>"$log" 2>&1 &
}

echo "Starting the command service (port $COMMAND_PORT) and the query service (port $QUERY_PORT)..."
start_service "$COMMAND_JAR" "$COMMAND_PORT" "$COMMAND_LOG"
COMMAND_PID=$!
start_service "$QUERY_JAR" "$QUERY_PORT" "$QUERY_LOG"
QUERY_PID=$!

healthy() {
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/actuator/health" || true)" == 200 ]]
}

# Every process is checked on each round: a service that dies during its start must stop the
# wait at once, with its log, rather than after the full timeout.
check_alive() {
  is_running "$KAFKA_PID" || fail_with_log "Kafka broker" "$KAFKA_LOG" "Kafka stopped unexpectedly."
  is_running "$COMMAND_PID" || fail_with_log "command service" "$COMMAND_LOG" "The command service stopped during its start."
  is_running "$QUERY_PID" || fail_with_log "query service" "$QUERY_LOG" "The query service stopped during its start."
}

deadline=$((SECONDS + HEALTH_TIMEOUT))
until healthy "$COMMAND_PORT" && healthy "$QUERY_PORT"; do
  check_alive
  if (( SECONDS >= deadline )); then
    healthy "$COMMAND_PORT" || show_log_tail "command service" "$COMMAND_LOG"
    healthy "$QUERY_PORT" || show_log_tail "query service" "$QUERY_LOG"
    stop_all
    die "The services were not healthy within ${HEALTH_TIMEOUT}s (see the logs above)."
  fi
  sleep 1
done

cat <<EOF

The partnership ledger is running.

  Command service   http://127.0.0.1:$COMMAND_PORT
      Swagger UI    http://127.0.0.1:$COMMAND_PORT/swagger-ui.html
      OpenAPI       http://127.0.0.1:$COMMAND_PORT/v3/api-docs
  Query service     http://127.0.0.1:$QUERY_PORT
      Swagger UI    http://127.0.0.1:$QUERY_PORT/swagger-ui.html
      OpenAPI       http://127.0.0.1:$QUERY_PORT/v3/api-docs
  Kafka bootstrap   127.0.0.1:$KAFKA_PORT

  Data folder       $DATA
  Logs              $KAFKA_LOG
                    $COMMAND_LOG
                    $QUERY_LOG

Press Ctrl-C to stop.
EOF

# ---------------------------------------------------------------- run until told to stop

# Polled rather than 'wait -n', which older bash (macOS) lacks. Ctrl-C ends the sleep at once and
# on_signal takes over. One part alone is no working system, so when any of them exits the rest
# is stopped too.
while is_running "$KAFKA_PID" && is_running "$COMMAND_PID" && is_running "$QUERY_PID"; do
  sleep 1
done

report_if_stopped() {
  if ! is_running "$2"; then
    echo "run-local: the $1 stopped unexpectedly." >&2
    show_log_tail "$1" "$3"
  fi
}
report_if_stopped "Kafka broker" "$KAFKA_PID" "$KAFKA_LOG"
report_if_stopped "command service" "$COMMAND_PID" "$COMMAND_LOG"
report_if_stopped "query service" "$QUERY_PID" "$QUERY_LOG"
stop_all
exit 1
