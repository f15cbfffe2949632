#!/usr/bin/env bash
# The grants side by side in one run of one server: client_credentials, jwt-bearer (RFC 7523, a fresh signed
# assertion per request) and token-exchange (RFC 8693 downscoping, with and without client credentials), each with
# JWT access tokens, on the embedded default (H2) unless DATASOURCES_* say otherwise.
#
#   ./mvnw -B -q package -DskipTests && bench/grants.sh
#
# Server pinned to CPU $SERVER_CPU with $JAVA_OPTS, wrk -t$THREADS -c$CONNS on CPU $WRK_CPU; per scenario one
# $WARMUP warm-up and $RUNS runs of $DURATION; medians. Results in bench/results/grants-<timestamp>/.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR="${JAR:-bootstrap/target/portcullis.jar}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xms512m -Xmx512m}"
PORT="${PORT:-18481}"
SERVER_CPU="${SERVER_CPU:-1}" WRK_CPU="${WRK_CPU:-0}" THREADS="${THREADS:-2}" CONNS="${CONNS:-32}"
WARMUP="${WARMUP:-15s}" RUNS="${RUNS:-3}" DURATION="${DURATION:-15s}"
ASSERTIONS="${ASSERTIONS:-120000}"   # split into RUNS+1 slices, each more than one wrk invocation sends
LUA_FIXED=../shared/peers/wrk-scenario.lua
BASE="http://127.0.0.1:$PORT"
OUT="bench/results/grants-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
ADMIN_SECRET="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
log() { echo "[$(date +%T)] $*" >&2; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

DATA="$(mktemp -d /tmp/pcgrants.XXXXXX)"
cp "$JAR" "$DATA/portcullis.jar"
( cd "$DATA" && exec env PORTCULLIS_ADMIN_CLIENT_SECRET="$ADMIN_SECRET" MICRONAUT_SERVER_PORT="$PORT" \
    PORTCULLIS_GRANTS_JWT_BEARER_AUDIENCES=https://api.box.com/oauth2/token \
    taskset -c "$SERVER_CPU" "$JAVA" $JAVA_OPTS -jar portcullis.jar ) > "$OUT/server.log" 2>&1 < /dev/null &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -s -o /dev/null -m 1 "$BASE/health/ready"; do
  [[ -d /proc/$PID ]] || { tail -20 "$OUT/server.log"; exit 1; }; sleep 0.2
done
ADMIN="$(curl -s -u "portcullis-admin:$ADMIN_SECRET" -d grant_type=client_credentials -d scope=portcullis:admin "$BASE/oauth2/token" | json "['access_token']")"
SECRET="bench-grants-secret-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
curl -s -f -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$BASE/admin/clients" --data \
  "{\"client_id\":\"bench-grants\",\"client_secret\":\"$SECRET\",\"grant_types\":[\"client_credentials\",\"urn:ietf:params:oauth:grant-type:jwt-bearer\",\"urn:ietf:params:oauth:grant-type:token-exchange\"],\"token_endpoint_auth_method\":\"client_secret_basic\",\"scope\":\"read write\",\"access_token_strategy\":\"jwt\"}"
BASIC="Basic $(printf 'bench-grants:%s' "$SECRET" | base64 -w0)"

log "signing $ASSERTIONS assertions"
java bench/Assertions.java "$ASSERTIONS" "$DATA/assertions.txt" https://bench-issuer.example bench-user https://api.box.com/oauth2/token
curl -s -f -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  "$BASE/admin/trust/grants/jwt-bearer/issuers" --data \
  "{\"issuer\":\"https://bench-issuer.example\",\"subject\":\"bench-user\",\"scope\":[\"read\"],\"jwk\":$(cat "$DATA/assertions.txt.jwk"),\"expires_at\":\"2099-01-01T00:00:00Z\"}"
SUBJECT="$(curl -s -u "bench-grants:$SECRET" -d grant_type=client_credentials -d 'scope=read write' "$BASE/oauth2/token" | json "['access_token']")"
EXCHANGE="grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aaccess_token&subject_token=$SUBJECT&scope=read"

# scenario NAME LUA [ENV...]: warm-up and RUNS runs, RESULT lines into $OUT/NAME.txt
scenario() {
  local name="$1" lua="$2"; shift 2
  log "$name"
  env "$@" BENCH_SLICE=0 BENCH_SLICES=$((RUNS + 1)) taskset -c "$WRK_CPU" wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" --timeout 5s -s "$lua" "$BASE/oauth2/token" > /dev/null
  for ((r = 1; r <= RUNS; r++)); do
    env "$@" BENCH_SLICE=$r BENCH_SLICES=$((RUNS + 1)) taskset -c "$WRK_CPU" wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout 5s --latency -s "$lua" "$BASE/oauth2/token" \
      | grep '^RESULT' >> "$OUT/$name.txt"
  done
}
scenario client_credentials "$LUA_FIXED" BENCH_METHOD=POST BENCH_AUTH="$BASIC" BENCH_BODY="grant_type=client_credentials&scope=read"
scenario jwt-bearer bench/wrk-assertions.lua BENCH_AUTH="$BASIC" BENCH_ASSERTIONS="$DATA/assertions.txt" BENCH_THREADS="$THREADS"
scenario token-exchange-no-credentials "$LUA_FIXED" BENCH_METHOD=POST BENCH_BODY="$EXCHANGE"
scenario token-exchange-basic "$LUA_FIXED" BENCH_METHOD=POST BENCH_AUTH="$BASIC" BENCH_BODY="$EXCHANGE"

python3 - "$OUT" <<'PY' | tee "$OUT/REPORT.md"
import re, statistics, sys, pathlib
out = pathlib.Path(sys.argv[1])
print("| scenario | req/s (median of runs) | runs | p50 ms | p99 ms | non-2xx |")
print("|---|---:|---|---:|---:|---:|")
for name in ["client_credentials", "jwt-bearer", "token-exchange-no-credentials", "token-exchange-basic"]:
    rows = [dict(kv.split("=") for kv in line.split()[1:]) for line in (out / f"{name}.txt").read_text().splitlines()]
    rps = [float(r["rps"]) for r in rows]
    med = sorted(rows, key=lambda r: float(r["rps"]))[len(rows) // 2]
    print(f"| {name} | {statistics.median(rps):,.0f} | {' · '.join(f'{x:,.0f}' for x in rps)} | "
          f"{int(med['p50_us'])/1000:.2f} | {int(med['p99_us'])/1000:.2f} | {sum(int(r['err_status']) for r in rows)} |")
PY
