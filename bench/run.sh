#!/usr/bin/env bash
# bench/run.sh - the whole Portcullis benchmark in one command: our server on H2 and PostgreSQL, the
# peers of shared/peers in the same run, the machine's ceilings, and a generated REPORT.md.
#
# Usage:  bench/run.sh                  (full run; prints its estimated wall time first)
#   Smoke: WARMUP=0 RUNS=1 DURATION=3s TOKENS_BEFORE_REINTROSPECT=2000 PEERS=oidc-provider bench/run.sh
#   Report again from the raw files:    python3 bench/report.py bench/results/<timestamp>
#
# What it does (server pinned to CPU $SERVER_CPU, wrk to CPU $WRK_CPU, wrk -t$THREADS -c$CONNS):
#   1. ceilings: shared/peers/crypto/SignBench.java (JDK) and bench/SignRate.java (JDK, and ACCP when it is
#      on the class path: the shaded jar, or ACCP_JAR) pinned to the server's CPU; later the HTTP-stack
#      ceiling: GET /health/alive of our server, an endpoint that does nothing.
#   2. ours, per storage in $STORAGES (h2: embedded default; postgres: a fresh database $PG_BENCH_DB):
#      $STARTS cold starts (launch to the first 200 from the token endpoint, fresh data dir each), then one
#      more fresh start under load: admin token, clients bench-jwt and bench-opaque (RFC 7591 JSON), and
#      bench.sh scenarios discovery, jwks, introspect (fresh server), token@jwt, token@opaque, then
#      >= $TOKENS_BEFORE_REINTROSPECT opaque tokens issued with wrk as fast as possible (counted from wrk's
#      2xx), then introspect@after-bulk; RSS (VmRSS, VmHWM) after the load.
#   3. peers in $PEERS through run-peer.sh (cold starts + bench.sh with run-all.sh's scenario list).
#   4. bench/report.py writes $OUT/REPORT.md.
#
# Knobs (environment; defaults in brackets):
#   WARMUP [60s] RUNS [3] DURATION [20s]  passed to bench.sh (--warmup --runs --duration), and used for the
#                                         HTTP ceiling with the same meaning
#   CONNS [32] THREADS [2] SERVER_CPU [1] WRK_CPU [0]
#   STORAGES ["h2 postgres"]  TOKENS_BEFORE_REINTROSPECT [1000000]
#   STARTS [3, or 1 when DURATION < 10s] (cold starts per server; the median is reported)
#   PEERS ["oidc-provider oidc-provider-jwt spring-as"]  INCLUDE_KEYCLOAK [0] (1 adds keycloak)
#   SKIP_PEERS [0] SKIP_OURS [0] SKIP_CEILINGS [0] SKIP_SIGN [0]
#   SIGN_SECONDS [10, or 2 when DURATION < 10s] (per signing case)
#   JAVA [java]  JAVA_OPTS ["-XX:+UseSerialGC -Xms512m -Xmx512m"]  (our server; recorded in the report)
#   SPRING_JAVA_OPTS [= JAVA_OPTS]  (spring-as peer, through run-peer.sh, so both JVMs get the same heap/GC)
#   JAR [bootstrap/target/portcullis.jar]  BUILD [0] (1: build the jar first, under the Maven lock)
#   ACCP_JAR [unset]  extra class path for SignRate (an ACCP jar), in addition to the server jar
#   PORT [4444]  START_TIMEOUT [180] (s to the first token)  OURS_SCOPE [unset] (scope for token calls)
#   RATE_LIMIT_TOKEN_PER_CLIENT [unset: off] (our server's portcullis.rate-limits.token.per-client, per second; a
#                  value far above the load, 1000000000, measures what the check costs the token path)
#   PG_HOST [127.0.0.1] PG_PORT [5432] PG_USER [postgres] PG_PASSWORD [unset] PG_ADMIN_DB [test]
#   PG_BENCH_DB [portcullis_bench] (dropped and created for every start, dropped at the end)
#   PEERS_DIR [<repo>/../shared/peers]  MVN_LOCK [/tmp/portcullis-mvn.lock]  OUT [bench/results/<timestamp>]
#   BULK_RATE_GUESS [1000] (opaque tokens/s on H2, only for the up-front estimate of the wall time; ~900/s was
#                   measured with a warm JIT on a busy machine)
#   ESTIMATE_ONLY [0] (1: print the estimate and exit)
#   WAIT_FOR_QUIET [0] (seconds to wait at most, before starting, for the 1-minute load average to drop below
#                  QUIET_LOAD [0.5]; this machine is shared, and other builds on the server's core skew everything)
# Processes: our server and peers are started by this script and stopped by their PIDs on exit (trap);
# nothing is killed by name. A peer that already runs (someone else's) is skipped, not stopped.
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$REPO/bench"
PEERS_DIR="$(cd "${PEERS_DIR:-$REPO/../shared/peers}" 2>/dev/null && pwd || echo "${PEERS_DIR:-$REPO/../shared/peers}")"

WARMUP="${WARMUP:-60s}" RUNS="${RUNS:-3}" DURATION="${DURATION:-20s}"
CONNS="${CONNS:-32}" THREADS="${THREADS:-2}" SERVER_CPU="${SERVER_CPU:-1}" WRK_CPU="${WRK_CPU:-0}"
STORAGES="${STORAGES:-h2 postgres}" TOKENS_BEFORE_REINTROSPECT="${TOKENS_BEFORE_REINTROSPECT:-1000000}"
STARTS="${STARTS:-auto}"
PEERS="${PEERS:-oidc-provider oidc-provider-jwt spring-as}" INCLUDE_KEYCLOAK="${INCLUDE_KEYCLOAK:-0}"
SKIP_PEERS="${SKIP_PEERS:-0}" SKIP_OURS="${SKIP_OURS:-0}" SKIP_CEILINGS="${SKIP_CEILINGS:-0}" SKIP_SIGN="${SKIP_SIGN:-0}"
SIGN_SECONDS="${SIGN_SECONDS:-auto}"
JAVA="${JAVA:-java}" JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xms512m -Xmx512m}"
export SPRING_JAVA_OPTS="${SPRING_JAVA_OPTS:-$JAVA_OPTS}"
JAR="${JAR:-$REPO/bootstrap/target/portcullis.jar}" BUILD="${BUILD:-0}" ACCP_JAR="${ACCP_JAR:-}"
PORT="${PORT:-4444}" START_TIMEOUT="${START_TIMEOUT:-180}" OURS_SCOPE="${OURS_SCOPE:-}"
PG_HOST="${PG_HOST:-127.0.0.1}" PG_PORT="${PG_PORT:-5432}" PG_USER="${PG_USER:-postgres}" PG_PASSWORD="${PG_PASSWORD:-}"
PG_ADMIN_DB="${PG_ADMIN_DB:-test}" PG_BENCH_DB="${PG_BENCH_DB:-portcullis_bench}"
MVN_LOCK="${MVN_LOCK:-/tmp/portcullis-mvn.lock}"
BULK_RATE_GUESS="${BULK_RATE_GUESS:-1000}" ESTIMATE_ONLY="${ESTIMATE_ONLY:-0}"
WAIT_FOR_QUIET="${WAIT_FOR_QUIET:-0}" QUIET_LOAD="${QUIET_LOAD:-0.5}"
STAMP="$(date +%Y%m%d-%H%M%S)" T_BEGIN="$(date +%s)"
OUT="${OUT:-$BENCH/results/$STAMP}"
[[ "$INCLUDE_KEYCLOAK" == 1 && " $PEERS " != *" keycloak "* ]] && PEERS="$PEERS keycloak"
export PEER_CPU="$SERVER_CPU"   # run-peer.sh pins peers here

BASE="http://127.0.0.1:$PORT"
ADMIN_ID="bench-admin"
LUA="$PEERS_DIR/wrk-scenario.lua"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
secs_of() {  # wrk-style duration (20s, 1m, 0, 500ms) -> seconds (float)
  awk -v d="$1" 'BEGIN{ if (d ~ /ms$/) {sub(/ms$/,"",d); print d/1000; exit}
    m=1; if (d ~ /h$/) m=3600; else if (d ~ /m$/) m=60; sub(/[smh]$/,"",d); print d*m }'
}
rand43() { python3 -c 'import secrets; print(secrets.token_urlsafe(32))'; }  # 43 chars, 256 bits
basic() { printf 'Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"; }      # ids/secrets here need no form-encoding
now_ns() { date +%s%N; }

# ---------------------------------------------------------------------------------------------- cleanup
OUR_PID="" OUR_DATA="" CUR_PEER="" CHILD="" PG_CREATED=0
stop_ours() {
  local p="$OUR_PID"
  [[ -n "$p" ]] || return 0
  if [[ -d "/proc/$p" ]] && tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -qF -- "$RUN_JAR"; then
    kill -TERM "$p" 2>/dev/null || true
    for _ in $(seq 1 200); do [[ -d "/proc/$p" ]] || break; sleep 0.1; done
    if [[ -d "/proc/$p" ]]; then log "our server $p ignored SIGTERM for 20 s: SIGKILL"; kill -KILL "$p" 2>/dev/null || true; fi
  fi
  OUR_PID=""
}
pg() { PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_ADMIN_DB" -v ON_ERROR_STOP=1 -Atqc "$1"; }
drop_pg() { pg "DROP DATABASE IF EXISTS $PG_BENCH_DB WITH (FORCE)" >/dev/null 2>&1 || pg "DROP DATABASE IF EXISTS $PG_BENCH_DB" >/dev/null 2>&1 || true; }
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$CHILD" && -d "/proc/$CHILD" ]]; then kill_tree "$CHILD"; fi
  stop_ours
  [[ -n "$OUR_DATA" && -d "$OUR_DATA" ]] && rm -rf "$OUR_DATA"
  if [[ -n "$CUR_PEER" ]]; then "$PEERS_DIR/run-peer.sh" stop "$CUR_PEER" >&2 || true; fi
  [[ "$PG_CREATED" == 1 ]] && drop_pg
  [[ -n "${JAR_DIR:-}" && -d "$JAR_DIR" ]] && rm -rf "$JAR_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# run a long child in the background and wait for it, so that a signal reaches the trap at once
run_child() { "$@" & CHILD=$!; wait "$CHILD"; local rc=$?; CHILD=""; return $rc; }
kill_tree() {  # TERM a PID and its descendants (by PID, children first)
  local c
  for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do kill_tree "$c"; done
  kill -TERM "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------- preflight
for c in wrk curl python3 taskset setsid awk "$JAVA"; do command -v "$c" >/dev/null || die "$c not found${c/wrk/ (apt-get install -y wrk)}"; done
[[ -x "$PEERS_DIR/bench.sh" && -x "$PEERS_DIR/run-peer.sh" && -f "$LUA" ]] || die "PEERS_DIR=$PEERS_DIR has no bench.sh/run-peer.sh/wrk-scenario.lua"
if [[ "$BUILD" == 1 ]]; then
  log "building the jar (under $MVN_LOCK)"
  (cd "$REPO" && flock "$MVN_LOCK" ./mvnw -B -q -o package -DskipTests) || die "build failed"
fi
if [[ "$SKIP_OURS" != 1 && "$ESTIMATE_ONLY" != 1 ]]; then
  [[ -f "$JAR" ]] || die "no jar at $JAR (./mvnw -B -q package -DskipTests, or BUILD=1)"
  if curl -s -o /dev/null -m 2 "$BASE/health/alive"; then die "something already answers on $BASE; stop it first"; fi
  if [[ " $STORAGES " == *" postgres "* ]]; then
    command -v psql >/dev/null || die "psql not found (PostgreSQL client)"
    pg 'select 1' >/dev/null || die "cannot reach PostgreSQL at $PG_HOST:$PG_PORT db $PG_ADMIN_DB as $PG_USER"
  fi
fi
WARMUP_S="$(secs_of "$WARMUP")" DURATION_S="$(secs_of "$DURATION")"
# run from a private copy of the jar: others rebuild bootstrap/target/portcullis.jar while a run goes on
JAR_DIR="" RUN_JAR="$JAR"
if [[ "$ESTIMATE_ONLY" != 1 && -f "$JAR" ]]; then
  JAR_DIR="$(mktemp -d /tmp/pcbench-jar.XXXXXX)"; RUN_JAR="$JAR_DIR/server-under-test.jar"; cp "$JAR" "$RUN_JAR"
fi
SMOKE=0; awk -v d="$DURATION_S" 'BEGIN{exit !(d < 10)}' && SMOKE=1   # DURATION < 10s: a smoke run
if [[ "$SIGN_SECONDS" == auto ]]; then SIGN_SECONDS=10; [[ $SMOKE == 1 ]] && SIGN_SECONDS=2; fi
if [[ "$STARTS" == auto ]]; then STARTS=3; [[ $SMOKE == 1 ]] && STARTS=1; fi

if [[ "$ESTIMATE_ONLY" == 1 ]]; then OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT; fi
mkdir -p "$OUT" || die "cannot create $OUT"
[[ "$ESTIMATE_ONLY" == 1 ]] || log "results: $OUT"

# ---------------------------------------------------------------------------------------------- estimate
estimate() {
  python3 - "$WARMUP_S" "$DURATION_S" "$RUNS" "$STARTS" "$TOKENS_BEFORE_REINTROSPECT" "$BULK_RATE_GUESS" \
      "$SIGN_SECONDS" "$SKIP_OURS" "$SKIP_PEERS" "$SKIP_CEILINGS" "$SKIP_SIGN" "$STORAGES" "$PEERS" <<'PY'
import sys
w, d, runs, starts, n, rate, sign = (float(x) for x in sys.argv[1:8])
skip_ours, skip_peers, skip_ceil, skip_sign = (x == "1" for x in sys.argv[8:12])
storages, peers = sys.argv[12].split(), sys.argv[13].split()
scen = (w + 1 if w > 0 else 0) + runs * (d + 1) + 3            # one bench.sh scenario
parts = []
if not skip_ceil and not skip_sign:
    parts.append(("signing ceilings", 7.6 * sign + 6 + 6.6 * sign + 6))
if not skip_ours and storages:
    if not skip_ceil:
        parts.append(("HTTP-stack ceiling", scen))
    for s in storages:
        cold = 20 if s == "h2" else 22
        parts.append((f"ours {s}", (starts + 1) * (cold + 4) + 5 + 6 * scen + n / rate * (1.0 if s == "h2" else 1.5) + 10))
if not skip_peers:
    boot = {"oidc-provider": 2, "oidc-provider-jwt": 2, "spring-as": 15, "spring-as-bcrypt": 15, "keycloak": 60}
    nscen = {"oidc-provider-jwt": 3, "spring-as-bcrypt": 2}
    for p in peers:
        b = boot.get(p, 10)
        parts.append((p, (starts + 1) * (b + 3) + nscen.get(p, 5) * scen + 3))
tot = sum(t for _, t in parts)
for name, t in parts:
    print(f"  {name:<22} ~{t/60:6.1f} min")
print(f"  {'TOTAL':<22} ~{tot/60:6.1f} min  (bulk issuance assumed at {rate:.0f} tokens/s on H2, 2/3 of that on PostgreSQL)")
if not skip_ours and storages and n >= 100000:
    slow = 500.0
    extra = sum(n / slow * (1.0 if s == "h2" else 1.5) - n / rate * (1.0 if s == "h2" else 1.5) for s in storages)
    print(f"  the {n:,.0f}-token bulk issuance dominates the uncertainty: at {slow:.0f} tokens/s it would add ~{extra/60:.0f} min "
          "(the run prints the real rate and the time left as it goes)")
PY
}
{
  echo "Estimated wall time (warm-up $WARMUP, $RUNS x $DURATION per scenario, $STARTS cold starts per server):"
  estimate
} | tee "$OUT/estimate.txt" >&2
[[ "$ESTIMATE_ONLY" == 1 ]] && exit 0
if [[ "$WAIT_FOR_QUIET" != 0 ]]; then
  quiet_deadline=$(( $(date +%s) + WAIT_FOR_QUIET ))
  until awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v q="$QUIET_LOAD" 'BEGIN{exit !(l < q)}'; do
    (( $(date +%s) > quiet_deadline )) && { log "load still $(cut -d' ' -f1 /proc/loadavg) after ${WAIT_FOR_QUIET}s: starting anyway"; break; }
    log "waiting for a quiet machine (load $(cut -d' ' -f1 /proc/loadavg), want < $QUIET_LOAD)"; sleep 30
  done
fi

# ---------------------------------------------------------------------------------------------- environment
{
  echo "date=$(date -Is)"
  echo "host_cpus=$(nproc)"
  echo "cpu_model=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
  echo "mem_total_kb=$(awk '/^MemTotal/{print $2}' /proc/meminfo)"
  echo "kernel=$(uname -r)"
  echo "loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java=$(command -v "$JAVA")"
  echo "java_version=$("$JAVA" -version 2>&1 | tr '\n' '|' | sed 's/|$//')"
  echo "java_opts=$JAVA_OPTS"
  echo "rate_limit_token_per_client=${RATE_LIMIT_TOKEN_PER_CLIENT:-off}"
  echo "java_effective=$(taskset -c "$SERVER_CPU" "$JAVA" $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null \
     | awk '($2 ~ /^Use(Serial|G1|Parallel|Z|Shenandoah)GC$/ && $4 == "true") {g=$2} $2=="MaxHeapSize"{mx=$4} $2=="InitialHeapSize"{ms=$4}
            END{printf "%s InitialHeapSize=%dMiB MaxHeapSize=%dMiB (pinned to one CPU)", g, ms/1048576, mx/1048576}')"
  echo "spring_java_opts=$SPRING_JAVA_OPTS"
  echo "node_version=$(node --version 2>/dev/null || echo n/a)"
  echo "wrk_version=$(wrk -v 2>&1 | head -1 | cut -c1-60)"
  echo "postgres_version=$( [[ " $STORAGES " == *" postgres "* && "$SKIP_OURS" != 1 ]] && pg 'show server_version' 2>/dev/null || echo n/a)"
  echo "git_rev=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null)$( [[ -n "$(git -C "$REPO" status --porcelain -- . ':!bench' 2>/dev/null)" ]] && echo ' (+ uncommitted changes)')"
  echo "jar=$JAR"
  echo "jar_sha256=$( [[ -f "$RUN_JAR" ]] && sha256sum "$RUN_JAR" | cut -c1-16 || echo n/a)"
  echo "jar_has_accp=$( [[ -f "$RUN_JAR" ]] && [[ "$(unzip -Z1 "$RUN_JAR" 2>/dev/null | grep -c 'corretto/crypto/provider/AmazonCorrettoCryptoProvider.class$')" != 0 ]] && echo yes || echo no)"
  echo "jar_mtime=$( [[ -f "$JAR" ]] && date -r "$JAR" -Is || echo n/a)"
  echo "peers_dir=$PEERS_DIR"
  echo "oidc_provider_version=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["dependencies"]["oidc-provider"])' "$PEERS_DIR/oidc-provider/package.json" 2>/dev/null || echo n/a)"
  echo "spring_boot_version=$(sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' "$PEERS_DIR/spring-as/pom.xml" 2>/dev/null | head -1)"
  echo "server_cpu=$SERVER_CPU"
  echo "wrk_cpu=$WRK_CPU"
  echo "wrk=-t$THREADS -c$CONNS"
  echo "warmup=$WARMUP"
  echo "runs=$RUNS"
  echo "duration=$DURATION"
  echo "starts=$STARTS"
  echo "storages=$STORAGES"
  echo "peers=$([[ "$SKIP_PEERS" == 1 ]] && echo none || echo "$PEERS")"
  echo "tokens_before_reintrospect=$TOKENS_BEFORE_REINTROSPECT"
  echo "ours_scope=$OURS_SCOPE"
} > "$OUT/env.txt"
"$JAVA" -version > "$OUT/java-version.txt" 2>&1
LOAD1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$LOAD1" 'BEGIN{exit !(l > 0.5)}'; then
  log "WARNING: load average is $LOAD1 before the run: other work on this machine will skew the numbers"
  ps -eo pid,psr,pcpu,comm --sort=-pcpu | head -6 > "$OUT/busy-at-start.txt"
fi

# ---------------------------------------------------------------------------------------------- wrk loop
# wrk_loop DIR SCEN URL: warm-up + RUNS measured runs of wrk with wrk-scenario.lua (BENCH_* exported by the
# caller), rows in DIR/runs.tsv in bench.sh's format. Used where bench.sh has no scenario (the HTTP ceiling).
CLK_TCK="$(getconf CLK_TCK)"
cpu_ticks() { [[ -r "/proc/$1/stat" ]] && sed -E 's/^.*\) //' "/proc/$1/stat" | awk '{print $12+$13}'; }
core_ticks() { awk -v c="cpu$1" '$1==c{busy=$2+$3+$4+$7+$8; tot=busy+$5+$6+$9; print busy, tot}' /proc/stat; }
rss_kb() { awk -v k="${2:-VmRSS}:" '$1==k{print $2}' "/proc/$1/status" 2>/dev/null; }
kv() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<" $2"; }
wrk_once() {  # wrk_once OUTFILE URL DURATION -> RESULT line
  taskset -c "$WRK_CPU" wrk -t"$THREADS" -c"$CONNS" -d"$3" --timeout 5s --latency -s "$LUA" "$2" > "$1" 2>&1 || true
  grep '^RESULT ' "$1" | tail -1
}
wrk_loop() {
  local dir="$1" scen="$2" url="$3" pid="$4" r res c0 c1 k0 k1
  mkdir -p "$dir"
  [[ -f "$dir/runs.tsv" ]] || printf 'label\tscenario\trun\trequests\tduration_s\trps\tp50_us\tp90_us\tp99_us\tmax_us\terr_status\terr_socket\tserver_cpu_s\tserver_rss_kb\tloadavg1\tnote\tother_pct_server_core\tsteal_pct_server_core\tbusy_pct_wrk_core\n' > "$dir/runs.tsv"
  echo "BENCH_METHOD=$BENCH_METHOD taskset -c $WRK_CPU wrk -t$THREADS -c$CONNS -d$DURATION --timeout 5s --latency -s $LUA $url" >> "$dir/commands.txt"
  if [[ "$WARMUP_S" != 0 ]]; then log "  $scen: warm-up $WARMUP"; wrk_once "$dir/wrk-$scen-warmup.txt" "$url" "$WARMUP" > /dev/null; fi
  for ((r = 1; r <= RUNS; r++)); do
    local load1; load1="$(cut -d' ' -f1 /proc/loadavg)"
    c0="$(cpu_ticks "$pid")"; k0="$(core_ticks "$SERVER_CPU")"
    res="$(wrk_once "$dir/wrk-$scen-run$r.txt" "$url" "$DURATION")"
    c1="$(cpu_ticks "$pid")"; k1="$(core_ticks "$SERVER_CPU")"
    local cpu_s other
    cpu_s="$(awk -v a="$c0" -v b="$c1" -v t="$CLK_TCK" 'BEGIN{printf "%.2f",(b-a)/t}')"
    other="$(awk -v a="$k0" -v b="$k1" -v s="$((c1 - c0))" 'BEGIN{split(a,x," "); split(b,y," "); dt=y[2]-x[2]; if (dt<=0) {print "-"; exit}
      o=(y[1]-x[1]-s)/dt*100; if (o<0) o=0; printf "%.1f", o}')"
    if [[ -z "$res" ]]; then
      printf '%s\t%s\t%d\t0\t0\t0\t0\t0\t0\t0\t0\t0\t%s\t%s\t%s\twrk-failed\t%s\t-\t-\n' ours "$scen" "$r" "$cpu_s" "$(rss_kb "$pid")" "$load1" "$other" >> "$dir/runs.tsv"
      continue
    fi
    local sock=$(( $(kv err_connect "$res") + $(kv err_read "$res") + $(kv err_write "$res") + $(kv err_timeout "$res") ))
    printf '%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\t%s\t-\t-\n' ours "$scen" "$r" \
      "$(kv requests "$res")" "$(kv duration_s "$res")" "$(kv rps "$res")" "$(kv p50_us "$res")" "$(kv p90_us "$res")" \
      "$(kv p99_us "$res")" "$(kv max_us "$res")" "$(kv err_status "$res")" "$sock" "$cpu_s" "$(rss_kb "$pid")" "$load1" "$other" >> "$dir/runs.tsv"
    log "  $scen run $r: $(kv rps "$res") req/s p50=$(kv p50_us "$res")us p99=$(kv p99_us "$res")us non2xx=$(kv err_status "$res") server-cpu=${cpu_s}s other-on-server-core=${other}%"
  done
}

# ---------------------------------------------------------------------------------------------- ceilings: signing
if [[ "$SKIP_CEILINGS" != 1 && "$SKIP_SIGN" != 1 ]]; then
  mkdir -p "$OUT/ceilings"
  log "signing ceiling: SignBench.java (JDK), $SIGN_SECONDS s per algorithm, pinned to CPU $SERVER_CPU"
  (cd "$PEERS_DIR/crypto" && taskset -c "$SERVER_CPU" "$JAVA" SignBench.java "$SIGN_SECONDS") > "$OUT/ceilings/signbench.txt" 2>&1 \
    || log "SignBench failed (see ceilings/signbench.txt)"
  cp_sign="$RUN_JAR${ACCP_JAR:+:$ACCP_JAR}"
  log "signing ceiling: SignRate.java (JDK and ACCP if on the class path), $SIGN_SECONDS s per case"
  echo "taskset -c $SERVER_CPU $JAVA -cp $cp_sign $BENCH/SignRate.java $SIGN_SECONDS" > "$OUT/ceilings/signrate.cmd"
  taskset -c "$SERVER_CPU" "$JAVA" -cp "$cp_sign" "$BENCH/SignRate.java" "$SIGN_SECONDS" > "$OUT/ceilings/signrate.txt" 2>&1 \
    || log "SignRate failed (see ceilings/signrate.txt)"
  grep -E '^(JDK|ACCP) ' "$OUT/ceilings/signrate.txt" >&2 || true
fi

# ---------------------------------------------------------------------------------------------- ours
# start_ours STORAGE LOGFILE: fresh data dir (and fresh database for postgres), server pinned to SERVER_CPU
start_ours() {
  local st="$1" logf="$2"
  OUR_DATA="$(mktemp -d /tmp/pcbench-data.XXXXXX)"
  local envv=(PORTCULLIS_DATA_DIR="$OUR_DATA/data" PORTCULLIS_ADMIN_CLIENT_ID="$ADMIN_ID" PORTCULLIS_ADMIN_CLIENT_SECRET="$ADMIN_SECRET"
              MICRONAUT_SERVER_PORT="$PORT")
  local unset_env=(-u DATASOURCES_DEFAULT_URL -u DATASOURCES_DEFAULT_USERNAME -u DATASOURCES_DEFAULT_PASSWORD -u DATASOURCES_DEFAULT_DIALECT
                   -u PORTCULLIS_STORAGE)
  [[ -n "${RATE_LIMIT_TOKEN_PER_CLIENT:-}" ]] && envv+=(PORTCULLIS_RATE_LIMITS_TOKEN_PER_CLIENT="$RATE_LIMIT_TOKEN_PER_CLIENT")
  if [[ "$st" == postgres ]]; then
    drop_pg; pg "CREATE DATABASE $PG_BENCH_DB" >/dev/null || die "cannot create database $PG_BENCH_DB"; PG_CREATED=1
    envv+=(DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_BENCH_DB" DATASOURCES_DEFAULT_USERNAME="$PG_USER"
           DATASOURCES_DEFAULT_PASSWORD="$PG_PASSWORD" DATASOURCES_DEFAULT_DIALECT=POSTGRES)
  fi
  # cwd = the fresh dir as well, so that the embedded default's relative ./data lands there too. No setsid: the
  # subshell execs env -> taskset -> java, so $! is the JVM's PID whatever the job control of the calling shell
  # shellcheck disable=SC2086
  ( cd "$OUR_DATA" && exec env "${unset_env[@]}" "${envv[@]}" taskset -c "$SERVER_CPU" "$JAVA" $JAVA_OPTS -jar "$RUN_JAR" ) \
    > "$logf" 2>&1 < /dev/null &
  OUR_PID=$!
}
admin_token_ok() {
  [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' -u "$ADMIN_ID:$ADMIN_SECRET" -d grant_type=client_credentials \
        -d scope=portcullis:admin "$BASE/oauth2/token" 2>/dev/null)" == 200 ]]
}
# wait_first_token -> 0 when a token came, 1 when the server died or timed out; sets T_FIRST_MS
wait_first_token() {
  local t0="$1" deadline=$(( $(date +%s) + START_TIMEOUT ))
  until admin_token_ok; do
    [[ -d "/proc/$OUR_PID" ]] || { log "our server exited during start-up"; return 1; }
    (( $(date +%s) > deadline )) && { log "no token from $BASE/oauth2/token after ${START_TIMEOUT}s"; return 1; }
    sleep 0.05
  done
  T_FIRST_MS=$(( ($(now_ns) - t0) / 1000000 ))
}
finish_ours() {  # stop the server, drop its data
  stop_ours
  [[ -n "$OUR_DATA" ]] && rm -rf "$OUR_DATA"; OUR_DATA=""
  if [[ "$PG_CREATED" == 1 ]]; then drop_pg; PG_CREATED=0; fi
}
storage_size() {  # bytes used by the store after the load
  if [[ "$1" == postgres ]]; then pg "select pg_database_size('$PG_BENCH_DB')" 2>/dev/null
  else du -sb "$OUR_DATA" 2>/dev/null | cut -f1; fi
}

# bulk_issue DIR TARGET: opaque tokens as fast as wrk can get them, in chunks, until >= TARGET 2xx
bulk_issue() {
  local dir="$1" target="$2" done_n=0 secs=0 chunk=5 i=0 res n
  mkdir -p "$dir"
  export BENCH_METHOD=POST BENCH_BODY="$TOKEN_BODY" BENCH_AUTH="$(basic bench-opaque "$OPAQUE_SECRET")"
  printf 'chunk\tduration_s\trequests\tnon2xx\tsocket_errors\tok\tcumulative_ok\n' > "$dir/bulk.tsv"
  local t0; t0="$(now_ns)"
  while (( done_n < target )); do
    i=$((i + 1))
    res="$(wrk_once "$dir/wrk-bulk-$i.txt" "$BASE/oauth2/token" "${chunk}s")"
    [[ -n "$res" ]] || { log "bulk: wrk gave no result (see $dir/wrk-bulk-$i.txt)"; break; }
    local req ns sk
    req="$(kv requests "$res")"; ns="$(kv err_status "$res")"
    sk=$(( $(kv err_connect "$res") + $(kv err_read "$res") + $(kv err_write "$res") + $(kv err_timeout "$res") ))
    n=$(( req - ns )); done_n=$(( done_n + n ))
    printf '%d\t%s\t%d\t%d\t%d\t%d\t%d\n' "$i" "$(kv duration_s "$res")" "$req" "$ns" "$sk" "$n" "$done_n" >> "$dir/bulk.tsv"
    log "  bulk chunk $i (${chunk}s): $n tokens ($(kv rps "$res") req/s, non2xx $ns), total $done_n / $target$( (( done_n < target )) && \
        awk -v l=$(( target - done_n )) -v r="$(kv rps "$res")" 'BEGIN{if (r>0) printf ", about %.0f s to go", l/r}')"
    (( n > 0 )) || { log "bulk: no successful token in a chunk, giving up"; break; }
    [[ -d "/proc/$OUR_PID" ]] || { log "bulk: server died"; break; }
    # size the next chunk from the observed rate (5 % over, at least 1 s, at most 120 s)
    chunk="$(awk -v left=$(( target - done_n )) -v rps="$(kv rps "$res")" 'BEGIN{c=int(left/rps*1.05)+1; if (c<2) c=2; if (c>120) c=120; print c}')"
  done
  secs="$(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN{printf "%.1f",(b-a)/1e9}')"
  echo "bulk_tokens=$done_n"; echo "bulk_wall_s=$secs"; echo "bulk_target=$target"
}

bench_sh() {  # bench_sh OUTDIR LABEL CLIENT_ID SECRET SCENARIOS -> bench.sh against our server
  local args=(--base "$BASE" --token-path /oauth2/token --introspect-path /oauth2/introspect --introspect-auth basic
              --jwks-path /.well-known/jwks.json --discovery-path /.well-known/openid-configuration
              --scenarios "$5" --runs "$RUNS" --duration "$DURATION" --warmup "$WARMUP" --threads "$THREADS"
              --connections "$CONNS" --wrk-cpu "$WRK_CPU" --server-pid "$OUR_PID" --label "$2" --out "$1")
  [[ -n "$3" ]] && args+=(--client-id "$3" --client-secret "$4")
  [[ -n "$OURS_SCOPE" ]] && args+=(--scope "$OURS_SCOPE")
  run_child "$PEERS_DIR/bench.sh" "${args[@]}" > "$1.stdout" 2> >(sed 's/^/    /' >&2) || log "bench.sh exited non-zero for $2 ($5)"
}

create_client() {  # create_client ID SECRET STRATEGY ADMIN_TOKEN -> 0 on 201
  local body code
  body="$(printf '{"client_id":"%s","client_secret":"%s","grant_types":["client_credentials"],"token_endpoint_auth_method":"client_secret_basic","scope":"read write","access_token_strategy":"%s"}' "$1" "$2" "$3")"
  code="$(curl -s -o "$SDIR/create-$1.json" -w '%{http_code}' -m 10 -X POST -H "Authorization: Bearer $4" \
          -H 'Content-Type: application/json' --data "$body" "$BASE/admin/clients")"
  echo "POST /admin/clients $1 ($3): HTTP $code" >> "$SDIR/setup.txt"
  [[ "$code" == 201 ]]
}

ours_storage() {
  local st="$1" i
  SDIR="$OUT/ours-$st"; mkdir -p "$SDIR"
  : > "$SDIR/meta.txt"; : > "$SDIR/setup.txt"
  ADMIN_SECRET="$(rand43)"
  TOKEN_BODY="grant_type=client_credentials"; [[ -n "$OURS_SCOPE" ]] && TOKEN_BODY+="&scope=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$OURS_SCOPE")"
  # cold starts
  printf 'start\tfirst_token_ms\trss_kb_after_start\n' > "$SDIR/coldstart.tsv"
  for ((i = 1; i <= STARTS; i++)); do
    log "ours/$st: cold start $i/$STARTS"
    local t0; t0="$(now_ns)"
    start_ours "$st" "$SDIR/server-coldstart-$i.log"
    if wait_first_token "$t0"; then
      printf '%d\t%d\t%s\n' "$i" "$T_FIRST_MS" "$(rss_kb "$OUR_PID")" >> "$SDIR/coldstart.tsv"
      log "ours/$st: first token after ${T_FIRST_MS} ms, RSS $(rss_kb "$OUR_PID") kB"
      finish_ours; sleep 1
    else
      printf '%d\tFAILED\t\n' "$i" >> "$SDIR/coldstart.tsv"
      tail -20 "$SDIR/server-coldstart-$i.log" | sed 's/^/    /' >&2
      finish_ours
      break
    fi
  done
  # the server under load
  log "ours/$st: start for the load"
  local t0; t0="$(now_ns)"
  start_ours "$st" "$SDIR/server.log"
  echo "pid=$OUR_PID" >> "$SDIR/meta.txt"
  local have_token=0
  if wait_first_token "$t0"; then
    have_token=1; echo "load_start_first_token_ms=$T_FIRST_MS" >> "$SDIR/meta.txt"
  else
    # no token endpoint yet: still measure what answers (health ceiling, discovery, jwks)
    local dl=$(( $(date +%s) + 60 ))
    until curl -s -o /dev/null -m 2 "$BASE/health/alive"; do
      if [[ ! -d "/proc/$OUR_PID" ]] || (( $(date +%s) > dl )); then
        log "ours/$st: server not alive; skipping"; echo "status=not-started" >> "$SDIR/meta.txt"; finish_ours; return; fi
      sleep 0.2
    done
    echo "status=no-token" >> "$SDIR/meta.txt"
  fi
  echo "affinity=$(taskset -pc "$OUR_PID" | sed 's/.*: //')" >> "$SDIR/meta.txt"
  local clients=0
  if [[ $have_token == 1 ]]; then
    local at
    at="$(curl -s -m 10 -u "$ADMIN_ID:$ADMIN_SECRET" -d grant_type=client_credentials -d scope=portcullis:admin "$BASE/oauth2/token" \
          | python3 -c 'import json,sys; print(json.load(sys.stdin).get("access_token",""))' 2>/dev/null)"
    JWT_SECRET="$(rand43)" OPAQUE_SECRET="$(rand43)"
    if [[ -n "$at" ]] && create_client bench-jwt "$JWT_SECRET" jwt "$at" && create_client bench-opaque "$OPAQUE_SECRET" opaque "$at"; then
      clients=1
      # which algorithm signs our access tokens (header of a bench-jwt token), and what an opaque one looks like
      curl -s -m 10 -u "bench-jwt:$JWT_SECRET" --data "$TOKEN_BODY" "$BASE/oauth2/token" > "$SDIR/sample-token-jwt.json"
      curl -s -m 10 -u "bench-opaque:$OPAQUE_SECRET" --data "$TOKEN_BODY" "$BASE/oauth2/token" > "$SDIR/sample-token-opaque.json"
      python3 - "$SDIR/sample-token-jwt.json" "$SDIR/sample-token-opaque.json" >> "$SDIR/meta.txt" <<'PY'
import base64, json, sys
def tok(p):
    try: return json.load(open(p)).get("access_token", "")
    except Exception: return ""
j, o = tok(sys.argv[1]), tok(sys.argv[2])
alg = "n/a"
if j.count(".") == 2:
    h = j.split(".")[0]; h += "=" * (-len(h) % 4)
    try:
        hd = json.loads(base64.urlsafe_b64decode(h)); alg = hd.get("alg", "n/a"); print(f"jwt_typ={hd.get('typ','')}")
    except Exception: pass
print(f"jwt_alg={alg}")
print(f"jwt_len={len(j)}")
print(f"opaque_is_jwt={'yes' if o.count('.') == 2 else 'no'}")
print(f"opaque_len={len(o)}")
PY
    else
      log "ours/$st: could not get an admin token or create the clients (see $SDIR/setup.txt)"
      echo "status=no-clients" >> "$SDIR/meta.txt"
    fi
  fi
  curl -s -m 5 "$BASE/.well-known/jwks.json" > "$SDIR/jwks.json" || true
  # HTTP-stack ceiling, once (first storage): an endpoint that does nothing
  if [[ "$SKIP_CEILINGS" != 1 && "$CEILING_DONE" == 0 ]]; then
    log "HTTP-stack ceiling: GET /health/alive"
    curl -s -m 5 "$BASE/health/alive" > "$OUT/ceilings/health-alive-body.txt" || true
    export BENCH_METHOD=GET BENCH_BODY="" BENCH_AUTH=""
    wrk_loop "$OUT/ceilings/http-alive" "health-alive" "$BASE/health/alive" "$OUR_PID"
    CEILING_DONE=1
  fi
  if [[ $clients == 1 ]]; then
    log "ours/$st: discovery, jwks, introspect (fresh server), client bench-opaque"
    bench_sh "$SDIR/bench-public" "ours-$st" bench-opaque "$OPAQUE_SECRET" "discovery,jwks,introspect"
    log "ours/$st: client_credentials, JWT access tokens (bench-jwt)"
    bench_sh "$SDIR/bench-token-jwt" "ours-$st" bench-jwt "$JWT_SECRET" "token@jwt"
    log "ours/$st: client_credentials, opaque access tokens (bench-opaque)"
    bench_sh "$SDIR/bench-token-opaque" "ours-$st" bench-opaque "$OPAQUE_SECRET" "token@opaque"
    log "ours/$st: issuing >= $TOKENS_BEFORE_REINTROSPECT opaque tokens"
    bulk_issue "$SDIR/bulk" "$TOKENS_BEFORE_REINTROSPECT" >> "$SDIR/meta.txt"
    echo "storage_bytes_after_bulk=$(storage_size "$st")" >> "$SDIR/meta.txt"
    log "ours/$st: introspection after the bulk issuance"
    bench_sh "$SDIR/bench-introspect-after" "ours-$st" bench-opaque "$OPAQUE_SECRET" "introspect@after-bulk"
  else
    log "ours/$st: no clients: only discovery and jwks"
    bench_sh "$SDIR/bench-public" "ours-$st" "" "" "discovery,jwks"
  fi
  echo "rss_after_load_kb=$(rss_kb "$OUR_PID")" >> "$SDIR/meta.txt"
  # the JCA provider the server says it signs with (its start-up log), for the signing-ceiling share
  echo "signing_provider=$(sed -nE 's/.*Signing tokens with the ([^ ]+) provider.*/\1/p' "$SDIR/server.log" | head -1)" >> "$SDIR/meta.txt"
  echo "hwm_after_load_kb=$(rss_kb "$OUR_PID" VmHWM)" >> "$SDIR/meta.txt"
  echo "server_threads=$(awk '/^Threads/{print $2}' "/proc/$OUR_PID/status" 2>/dev/null)" >> "$SDIR/meta.txt"
  local jcmd; jcmd="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd"; [[ -x "$jcmd" ]] || jcmd=jcmd
  "$jcmd" "$OUR_PID" GC.heap_info > "$SDIR/heap-after-load.txt" 2>&1 || true
  [[ -d "/proc/$OUR_PID" ]] || echo "status=died-during-load" >> "$SDIR/meta.txt"
  finish_ours
  log "ours/$st: done"
}

CEILING_DONE=0
if [[ "$SKIP_OURS" != 1 ]]; then
  mkdir -p "$OUT/ceilings"
  for st in $STORAGES; do
    case "$st" in h2|postgres) ours_storage "$st";; *) log "unknown storage $st, skipped";; esac
  done
fi

# ---------------------------------------------------------------------------------------------- peers
# The scenario list per peer is run-all.sh's scenarios_for (taken from that file, so it stays in step).
scen_fn="$(sed -n '/^scenarios_for()[[:space:]]*{/,/^}/p' "$PEERS_DIR/run-all.sh" 2>/dev/null)"
if [[ -n "$scen_fn" ]] && eval "$scen_fn" 2>/dev/null && declare -F scenarios_for >/dev/null; then :; else
  log "could not read scenarios_for from run-all.sh; using the built-in copy"
  scenarios_for() {
    case "$1" in
      oidc-provider-jwt) echo "discovery,jwks,token";;
      spring-as-bcrypt) echo "introspect,token";;
      *) echo "discovery,jwks,introspect,token,introspect@after-token-load";;
    esac
  }
fi

peer_prepared() {
  case "$1" in
    oidc-provider|oidc-provider-jwt) [[ -d "$PEERS_DIR/oidc-provider/node_modules/oidc-provider" ]];;
    spring-as|spring-as-bcrypt) [[ -f "$PEERS_DIR/spring-as/target/spring-as-peer.jar" ]];;
    keycloak) [[ -x "$(ls -d "$PEERS_DIR"/keycloak/keycloak-*/bin/kc.sh 2>/dev/null | head -1)" ]];;
    *) true;;
  esac
}

bench_peer() {
  local peer="$1" i pf
  local pdir="$OUT/peer-$peer"; mkdir -p "$pdir"
  pf="$PEERS_DIR/.run/$peer.pid"
  if "$PEERS_DIR/run-peer.sh" status "$peer" >/dev/null 2>&1; then
    log "peer $peer is already running (not started by us): skipped"; echo "status=already-running" > "$pdir/meta.txt"; return
  fi
  if ! peer_prepared "$peer"; then
    # first start installs/builds it (npm install, or Maven for spring-as/keycloak: under the shared Maven lock);
    # this start is not counted as a cold start
    log "peer $peer: preparing (first start, not measured)"
    CUR_PEER="$peer"
    flock -o "$MVN_LOCK" "$PEERS_DIR/run-peer.sh" start "$peer" > "$pdir/prepare.txt" 2>&1 || { log "peer $peer failed to prepare/start (see $pdir/prepare.txt)"; }
    "$PEERS_DIR/run-peer.sh" stop "$peer" >> "$pdir/prepare.txt" 2>&1; CUR_PEER=""
    sleep 2
  fi
  printf 'start\tfirst_token_ms\trss_kb_after_start\n' > "$pdir/coldstart.tsv"
  for ((i = 1; i <= STARTS; i++)); do
    CUR_PEER="$peer"
    if ! "$PEERS_DIR/run-peer.sh" start "$peer" >> "$pdir/run-peer.txt" 2>&1; then
      log "peer $peer failed to start (see $pdir/run-peer.txt)"; "$PEERS_DIR/run-peer.sh" stop "$peer" >> "$pdir/run-peer.txt" 2>&1; CUR_PEER=""
      echo "status=failed-to-start" > "$pdir/meta.txt"; return
    fi
    local s rss
    s="$(cat "$PEERS_DIR/.run/$peer.startup")"; rss="$(rss_kb "$(head -1 "$pf")")"
    printf '%d\t%s\t%s\n' "$i" "$(awk -v s="$s" 'BEGIN{printf "%d", s*1000}')" "$rss" >> "$pdir/coldstart.tsv"
    log "peer $peer: cold start $i/$STARTS: first token after ${s}s, RSS $rss kB"
    "$PEERS_DIR/run-peer.sh" stop "$peer" >> "$pdir/run-peer.txt" 2>&1; CUR_PEER=""
    sleep 2
  done
  CUR_PEER="$peer"
  "$PEERS_DIR/run-peer.sh" start "$peer" >> "$pdir/run-peer.txt" 2>&1 || { log "peer $peer failed to start"; echo "status=failed-to-start" > "$pdir/meta.txt"; return; }
  local pid; pid="$(head -1 "$pf")"
  { echo "pid=$pid"; echo "affinity=$(taskset -pc "$pid" | sed 's/.*: //')"; echo "scenarios=$(scenarios_for "$peer")"; } > "$pdir/meta.txt"
  local args; args="$("$PEERS_DIR/run-peer.sh" info "$peer" | cut -d' ' -f2-)"
  log "peer $peer: bench.sh $(scenarios_for "$peer")"
  # shellcheck disable=SC2086
  run_child "$PEERS_DIR/bench.sh" $args --scenarios "$(scenarios_for "$peer")" --runs "$RUNS" --duration "$DURATION" \
    --warmup "$WARMUP" --connections "$CONNS" --threads "$THREADS" --wrk-cpu "$WRK_CPU" --label "$peer" --out "$pdir/bench" \
    > "$pdir/bench.stdout" 2> >(sed 's/^/    /' >&2) || log "bench.sh exited non-zero for $peer"
  { echo "rss_after_load_kb=$(rss_kb "$pid")"; echo "hwm_after_load_kb=$(rss_kb "$pid" VmHWM)"; } >> "$pdir/meta.txt"
  cp "$PEERS_DIR/.run/$peer.log" "$pdir/server.log" 2>/dev/null || true
  "$PEERS_DIR/run-peer.sh" stop "$peer" >> "$pdir/run-peer.txt" 2>&1; CUR_PEER=""
  sleep 3
}

if [[ "$SKIP_PEERS" != 1 ]]; then
  for peer in $PEERS; do
    log "=== peer $peer ==="
    bench_peer "$peer"
  done
fi

echo "loadavg_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/env.txt"
echo "date_end=$(date -Is)" >> "$OUT/env.txt"

# ---------------------------------------------------------------------------------------------- report
echo "wall_s=$(( $(date +%s) - T_BEGIN ))" >> "$OUT/env.txt"
python3 "$BENCH/report.py" "$OUT" || die "report generation failed"
log "done in $(( ($(date +%s) - T_BEGIN + 30) / 60 )) min ($(grep TOTAL "$OUT/estimate.txt" | sed 's/^ *TOTAL *//; s/ *(.*//') estimated); report: $OUT/REPORT.md"
