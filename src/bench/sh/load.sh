#!/usr/bin/env bash
# The service under load on dataset M: start-up time and RSS, then reads at fixed request rates with autocannon
# (npm registry), idle and while a planning run is solving. Only loopback traffic; every run is bounded in time.
#
# Environment: BENCH_PORT (8097), BENCH_DATA_DIR (/var/tmp/certplan-bench-M; M is imported at its first start),
# BENCH_RATES ("50 200 800"), BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_WARMUP_SECONDS (20 per endpoint),
# BENCH_URLS (extra "name=path" pairs read with the planner's token, space-separated). Tokens are signed with the
# service's own local key (make token), a planner's for the planner reads and a client's for the portal.
# Writes load.csv and service.csv to BENCH_OUT (docs/benchmarks/quick); the service log is target/benchmarks/service.log.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT=${BENCH_PORT:-8097}
DATA=${BENCH_DATA_DIR:-/var/tmp/certplan-bench-M}
RATES=${BENCH_RATES:-"50 200 800"}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-10}
BASE="http://127.0.0.1:$PORT"
OUT=${BENCH_OUT:-docs/benchmarks/quick}
LOG=target/benchmarks/service.log
TOOLS=target/bench-tools
mkdir -p "$OUT" target/benchmarks "$TOOLS"

load1() { cut -d' ' -f1 /proc/loadavg; }
rss_mib() { # RSS of the JVM and of its embedded mariadbd, in MiB
  local java=$(( $(awk '/VmRSS/{print $2}' /proc/"$1"/status) / 1024 )) db=0 child
  for child in $(pgrep -P "$1" || true); do db=$(( db + $(awk '/VmRSS/{print $2}' /proc/"$child"/status 2>/dev/null || echo 0) / 1024 )); done
  echo "$java $db"
}

if ! command -v npm >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "load: autocannon needs Node.js and npm (Debian: apt-get install nodejs npm)" >&2; exit 1
  fi
fi
if [[ ! -x "$TOOLS/node_modules/.bin/autocannon" ]]; then
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" autocannon@8 >/dev/null
fi
AUTOCANNON="$TOOLS/node_modules/.bin/autocannon"
./mvnw -B -q package -Dmaven.test.skip=true # what `make run` starts

PID=""
stop_service() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"; for _ in $(seq 60); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
  fi
  PID=""
}
trap stop_service EXIT

# start the service and wait until it is ready; READY_SECONDS: how long that took
READY_SECONDS=""
STARTED=""
since_start() { awk -v a="$(date +%s.%N)" -v b="$STARTED" 'BEGIN{printf "%.1f", a - b}'; }
start_service() {
  STARTED=$(date +%s.%N)
  CERTPLAN_DATA_DIR="$DATA" CERTPLAN_DEMO=M QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT=0 CERTPLAN_EMBEDDED_DB_PORT=0 \
    CERTPLAN_SOLVER_TIME_LIMIT=PT600S QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=900s java -XX:+UseParallelGC -jar target/quarkus-app/quarkus-run.jar >>"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 3000); do
    if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then
      READY_SECONDS=$(since_start); return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "service died, see $LOG" >&2; exit 1; }
    sleep 0.2
  done
  echo "service not ready after 10 minutes, see $LOG" >&2; exit 1
}

: >"$LOG"
echo "metric,value,load1" >"$OUT/service.csv"
if [[ ! -d "$DATA/mariadb" ]]; then
  start_service
  until grep -q "Demo data M" "$LOG"; do sleep 1; done
  echo "first start: creates the database and imports dataset M,$(since_start) s,$(load1)" >>"$OUT/service.csv"
  stop_service
fi
start_service
echo "start-up to ready (java -jar; M already in the database),$READY_SECONDS s,$(load1)" >>"$OUT/service.csv"
sleep 10
read -r jvm db < <(rss_mib "$PID")
echo "RSS idle: JVM,$jvm MiB,$(load1)" >>"$OUT/service.csv"
echo "RSS idle: embedded mariadbd,$db MiB,$(load1)" >>"$OUT/service.csv"

token() { CERTPLAN_DATA_DIR="$DATA" QUARKUS_HTTP_PORT="$PORT" ROLE="$1" CLIENT="${2:-}" make -s --no-print-directory token; } # role [client id]
PLANNER=$(token planner)
CURL_AUTH=(-H "Authorization: Bearer $PLANNER")
CLIENT=$(curl -fs "${CURL_AUTH[@]}" "$BASE/api/v1/clients?size=1&page=5" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
declare -A TOKENS=([planner]="$PLANNER" [client]="$(token client "$CLIENT")")
FROM=$(date -u +%Y-%m-01)
TO=$(date -u -d "$FROM +1 month -1 day" +%F)
# name=role=path; role "none" sends no token
ENDPOINTS=("health=none=/q/health/live" "portal-audits=client=/api/v1/portal/audits"
  "dashboard-summary=planner=/api/v1/dashboard/summary" "client-audits=planner=/api/v1/audits?clientId=$CLIENT"
  "month-audits=planner=/api/v1/audits?from=$FROM&to=$TO&size=50")
for extra in ${BENCH_URLS:-}; do ENDPOINTS+=("${extra%%=*}=planner=${extra#*=}"); done
auth() { [[ "$1" == none ]] || echo "Authorization=Bearer ${TOKENS[$1]}"; } # role → autocannon header

echo "endpoint,path,solving,rate,seconds,connections,requests,throughput,p50ms,p99ms,maxms,non2xx,errors,load1" >"$OUT/load.csv"
measure() { # endpoint (name=role=path) solving rate(0 = as fast as possible)
  local name=${1%%=*} role path json rate_args=() header=()
  role=${1#*=}; path=${role#*=}; role=${role%%=*}
  [[ "$3" != 0 ]] && rate_args=(--overallRate "$3")
  [[ "$role" != none ]] && header=(-H "$(auth "$role")")
  json=$("$AUTOCANNON" -j -c "$CONNECTIONS" -d "$SECONDS_PER_RUN" "${rate_args[@]}" "${header[@]}" "$BASE$path" 2>/dev/null)
  node -e '
    const r = JSON.parse(process.argv[1]); const [name, path, solving, rate, secs, conns, load] = process.argv.slice(2);
    console.log([name, path.replace(/,/g, ";"), solving, rate == 0 ? "max" : rate, secs, conns, r.requests.total,
      r.requests.average, r.latency.p50, r.latency.p99, r.latency.max, r.non2xx, r.errors, load].join(","));
  ' "$json" "$name" "$path" "$2" "$3" "$SECONDS_PER_RUN" "$CONNECTIONS" "$(load1)" | tee -a "$OUT/load.csv"
}
run_all() { # solving
  local e
  for e in "${ENDPOINTS[@]}"; do
    for rate in $RATES; do measure "$e" "$1" "$rate"; done
  done
  measure "${ENDPOINTS[0]}" "$1" 0
}

for e in "${ENDPOINTS[@]}"; do # every read must answer 2xx before it is measured, then a warm-up (cold JIT)
  role=${e#*=}; path=${role#*=}; role=${role%%=*}; header=()
  [[ "$role" != none ]] && header=(-H "$(auth "$role")")
  curl -fs "${header[@]/#Authorization=/Authorization: }" -o /dev/null "$BASE$path" || { echo "load: $path does not answer 2xx" >&2; exit 1; }
  "$AUTOCANNON" -c "$CONNECTIONS" -d "${BENCH_WARMUP_SECONDS:-20}" "${header[@]}" "$BASE$path" >/dev/null 2>&1
done
run_all idle

HFROM=$(date -u -d "$(date -u +%Y-%m-01) +1 month" +%F)
HTO=$(date -u -d "$HFROM +1 year -1 day" +%F)
RUN=$(curl -fs "${CURL_AUTH[@]}" -X POST "$BASE/api/v1/planning-runs" -H 'Content-Type: application/json' \
  -d "{\"from\":\"$HFROM\",\"to\":\"$HTO\",\"mode\":\"FULL\",\"timeLimit\":\"PT600S\"}" | sed -E 's/.*"id":([0-9]+).*/\1/')
for _ in $(seq 120); do
  curl -fs "${CURL_AUTH[@]}" "$BASE/api/v1/planning-runs/$RUN" | grep -q '"status":"SOLVING"' && break; sleep 1
done
sleep 15 # past the snapshot and the construction heuristic: local search is running
read -r jvm db < <(rss_mib "$PID")
echo "RSS while solving M: JVM,$jvm MiB,$(load1)" >>"$OUT/service.csv"
echo "RSS while solving M: embedded mariadbd,$db MiB,$(load1)" >>"$OUT/service.csv"
run_all solving
read -r jvm db < <(rss_mib "$PID")
echo "RSS after the load while solving: JVM,$jvm MiB,$(load1)" >>"$OUT/service.csv"
curl -fs "${CURL_AUTH[@]}" -X DELETE "$BASE/api/v1/planning-runs/$RUN" >/dev/null || true
echo "load: results in $OUT/load.csv and $OUT/service.csv"
