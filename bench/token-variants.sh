#!/usr/bin/env bash
# What one change costs the token endpoint: client_credentials (HTTP Basic, JWT access tokens) against several
# variants of the server, each a jar plus environment, started fresh in turn and measured in interleaved rounds
# (A B C, A B C, ...) so that drift of the machine spreads over all of them alike.
#
#   bench/token-variants.sh 'before|/tmp/before.jar|' 'after|bootstrap/target/portcullis.jar|' \
#       'limited|bootstrap/target/portcullis.jar|PORTCULLIS_RATE_LIMITS_TOKEN_PER_CLIENT=1000000'
#
# Each argument is LABEL|JAR|ENV, ENV a space-separated list of NAME=value for the server. STORAGE=postgres runs
# every variant on a fresh PostgreSQL database $PG_DB (dropped and created for each start) instead of H2.
# Server pinned to CPU $SERVER_CPU with $JAVA_OPTS, wrk -t$THREADS -c$CONNS on CPU $WRK_CPU; per start one
# $WARMUP warm-up, then $DURATION per round. Results in bench/results/variants-<timestamp>/REPORT.md.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 1 ] || { sed -n '2,12p' "$0"; exit 2; }
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xms512m -Xmx512m}"
PORT="${PORT:-18482}"
SERVER_CPU="${SERVER_CPU:-1}" WRK_CPU="${WRK_CPU:-0}" THREADS="${THREADS:-2}" CONNS="${CONNS:-32}"
WARMUP="${WARMUP:-20s}" ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-15s}"
STORAGE="${STORAGE:-h2}"
PG_HOST="${PG_HOST:-127.0.0.1}" PG_PORT="${PG_PORT:-5432}" PG_USER="${PG_USER:-postgres}" PG_DB="${PG_DB:-portcullis_variants}"
LUA=../shared/peers/wrk-scenario.lua
BASE="http://127.0.0.1:$PORT"
OUT="bench/results/variants-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
log() { echo "[$(date +%T)] $*" >&2; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
pg() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d test -Atqc "$1"; }

PID=""
DATA=""
stop() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi
  if [ -n "$DATA" ]; then rm -rf "$DATA"; DATA=""; fi
}
trap 'stop; [ "$STORAGE" = postgres ] && pg "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true' EXIT

# start LABEL JAR ENV: a fresh server with a fresh client; sets BASIC
start() {
  local label="$1" jar="$2" extra="$3" admin_secret secret admin
  admin_secret="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  DATA="$(mktemp -d /tmp/pcvariants.XXXXXX)"
  cp "$jar" "$DATA/portcullis.jar"
  local storage_env=()
  if [ "$STORAGE" = postgres ]; then
    pg "DROP DATABASE IF EXISTS $PG_DB" >/dev/null; pg "CREATE DATABASE $PG_DB" >/dev/null
    storage_env=(DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" DATASOURCES_DEFAULT_USERNAME="$PG_USER"
                 DATASOURCES_DEFAULT_DIALECT=POSTGRES)
  fi
  # shellcheck disable=SC2086
  ( cd "$DATA" && exec env PORTCULLIS_ADMIN_CLIENT_SECRET="$admin_secret" MICRONAUT_SERVER_PORT="$PORT" "${storage_env[@]}" $extra \
      taskset -c "$SERVER_CPU" "$JAVA" $JAVA_OPTS -jar portcullis.jar ) > "$OUT/server-$label.log" 2>&1 < /dev/null &
  PID=$!
  until curl -s -o /dev/null -m 1 "$BASE/health/ready"; do
    [[ -d /proc/$PID ]] || { tail -20 "$OUT/server-$label.log"; exit 1; }; sleep 0.2
  done
  admin="$(curl -s -u "portcullis-admin:$admin_secret" -d grant_type=client_credentials -d scope=portcullis:admin "$BASE/oauth2/token" | json "['access_token']")"
  secret="bench-variants-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  curl -s -f -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$BASE/admin/clients" --data \
    "{\"client_id\":\"bench-variants\",\"client_secret\":\"$secret\",\"grant_types\":[\"client_credentials\"],\"token_endpoint_auth_method\":\"client_secret_basic\",\"scope\":\"read\",\"access_token_strategy\":\"jwt\"}"
  BASIC="Basic $(printf 'bench-variants:%s' "$secret" | base64 -w0)"
}

measure() {
  BENCH_METHOD=POST BENCH_AUTH="$BASIC" BENCH_BODY="grant_type=client_credentials&scope=read" \
    taskset -c "$WRK_CPU" wrk -t"$THREADS" -c"$CONNS" -d"$1" --timeout 5s --latency -s "$LUA" "$BASE/oauth2/token"
}

for ((round = 1; round <= ROUNDS; round++)); do
  for variant in "$@"; do
    IFS='|' read -r label jar extra <<<"$variant"
    log "round $round: $label"
    start "$label" "$jar" "$extra"
    measure "$WARMUP" > /dev/null
    measure "$DURATION" | grep '^RESULT' | sed "s/^RESULT/RESULT label=$label round=$round/" >> "$OUT/results.txt"
    stop
  done
done

python3 - "$OUT" "$STORAGE" "$@" <<'PY' | tee "$OUT/REPORT.md"
import re, statistics, sys, pathlib
out, storage, variants = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
rows = []
for line in (out / "results.txt").read_text().splitlines():
    # RESULT label=<label, may hold spaces> round=<n> key=value ...
    label, rest = re.match(r"RESULT label=(.*?) round=(.*)$", line).groups()
    row = dict(kv.split("=", 1) for kv in ("round=" + rest).split())
    row["label"] = label
    rows.append(row)
labels = [v.split("|")[0] for v in variants]
base = None
print(f"storage: {storage}\n")
print("| variant | req/s (median of rounds) | rounds | change | p50 ms | p99 ms | non-2xx |")
print("|---|---:|---|---:|---:|---:|---:|")
for label in labels:
    mine = [r for r in rows if r["label"] == label]
    rps = [float(r["rps"]) for r in mine]
    med = statistics.median(rps)
    base = base or med
    mid = sorted(mine, key=lambda r: float(r["rps"]))[len(mine) // 2]
    print(f"| {label} | {med:,.0f} | {' · '.join(f'{x:,.0f}' for x in rps)} | {100 * (med / base - 1):+.1f} % | "
          f"{int(mid['p50_us'])/1000:.2f} | {int(mid['p99_us'])/1000:.2f} | {sum(int(r['err_status']) for r in mine)} |")
PY
