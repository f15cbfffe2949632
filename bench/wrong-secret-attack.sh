#!/usr/bin/env bash
# What wrong secrets for one client cost everybody else: the token latency of a client with a generated secret,
# quiet and while $ATTACKERS connections send wrong secrets for a client with a chosen (PBKDF2) secret as fast as
# they are answered. One server on the embedded default (H2), its work on the event loop, as configured by default.
#
#   ./mvnw -B -q package -DskipTests && bench/wrong-secret-attack.sh            (JAR=... to measure another build)
#
# Server pinned to CPU $SERVER_CPU with $JAVA_OPTS; both wrk processes on CPU $WRK_CPU. The legitimate client runs
# with $CONNS connections for $DURATION after a $WARMUP warm-up, once quiet and once under attack; the attack starts
# 5 s before the measured run and ends after it. Results in bench/results/wrong-secret-attack-<timestamp>/.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR="${JAR:-bootstrap/target/portcullis.jar}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xms512m -Xmx512m}"
PORT="${PORT:-18482}"
SERVER_CPU="${SERVER_CPU:-1}" WRK_CPU="${WRK_CPU:-0}" CONNS="${CONNS:-2}" ATTACKERS="${ATTACKERS:-8}"
WARMUP="${WARMUP:-10s}" DURATION="${DURATION:-15s}"
BASE="http://127.0.0.1:$PORT"
OUT="bench/results/wrong-secret-attack-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
ADMIN_SECRET="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
log() { echo "[$(date +%T)] $*" >&2; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

DATA="$(mktemp -d /tmp/pcattack.XXXXXX)"
cp "$JAR" "$DATA/portcullis.jar"
( cd "$DATA" && exec env PORTCULLIS_ADMIN_CLIENT_SECRET="$ADMIN_SECRET" MICRONAUT_SERVER_PORT="$PORT" \
    taskset -c "$SERVER_CPU" "$JAVA" $JAVA_OPTS -jar portcullis.jar ) > "$OUT/server.log" 2>&1 < /dev/null &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -s -o /dev/null -m 1 "$BASE/health/ready"; do
  [[ -d /proc/$PID ]] || { tail -20 "$OUT/server.log"; exit 1; }; sleep 0.2
done
ADMIN="$(curl -s -u "portcullis-admin:$ADMIN_SECRET" -d grant_type=client_credentials -d scope=portcullis:admin "$BASE/oauth2/token" | json "['access_token']")"
register() { # body -> the created client's JSON
  curl -s -f -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$BASE/admin/clients" --data "$1"
}
LEGIT_SECRET="$(register '{"client_id":"bench-legit","grant_types":["client_credentials"],"scope":"read"}' | json "['client_secret']")"
register '{"client_id":"bench-target","client_secret":"a chosen secret, hashed with PBKDF2","grant_types":["client_credentials"],"scope":"read"}' > /dev/null

lua() { # file basic-credentials
  cat > "$1" <<LUA
wrk.method = "POST"
wrk.body = "grant_type=client_credentials&scope=read"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic $(printf %s "$2" | base64 -w0)"
LUA
}
lua "$OUT/legit.lua" "bench-legit:$LEGIT_SECRET"
lua "$OUT/attack.lua" "bench-target:a wrong guess"
legit() { taskset -c "$WRK_CPU" wrk -t1 -c"$CONNS" -d"$1" --timeout 10s --latency -s "$OUT/legit.lua" "$BASE/oauth2/token"; }

log "warm-up"
legit "$WARMUP" > /dev/null
log "quiet"
legit "$DURATION" | tee "$OUT/quiet.txt"
log "under attack ($ATTACKERS connections of wrong secrets)"
taskset -c "$WRK_CPU" wrk -t1 -c"$ATTACKERS" -d"$(( ${DURATION%s} + 10 ))s" --timeout 10s -s "$OUT/attack.lua" \
  "$BASE/oauth2/token" > "$OUT/attacker.txt" &
ATTACK=$!
sleep 5
legit "$DURATION" | tee "$OUT/attacked.txt"
wait $ATTACK
cat "$OUT/attacker.txt"

summary() { # file -> "req/s p50 p99"
  awk '/Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {print r, p50, p99}' "$1"
}
{
  echo "| legitimate client | req/s | p50 | p99 |"
  echo "|---|---|---|---|"
  read -r r a b < <(summary "$OUT/quiet.txt"); echo "| quiet | $r | $a | $b |"
  read -r r a b < <(summary "$OUT/attacked.txt"); echo "| $ATTACKERS connections of wrong secrets | $r | $a | $b |"
  echo
  echo "attacker: $(awk '/Requests\/sec/ {print $2 " wrong-secret requests/s"}' "$OUT/attacker.txt"), $(awk '/Non-2xx/ {print $5 " answered non-2xx"}' "$OUT/attacker.txt")"
} | tee "$OUT/summary.md"
