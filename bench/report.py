#!/usr/bin/env python3
"""bench/report.py RESULTS_DIR - write RESULTS_DIR/REPORT.md from the raw files bench/run.sh left there.

Reads: env.txt, estimate.txt, ceilings/{signbench.txt,signrate.txt,http-alive/runs.tsv},
ours-<storage>/{meta.txt,coldstart.tsv,bench-*/runs.tsv,bulk/bulk.tsv},
peer-<name>/{meta.txt,coldstart.tsv,bench/runs.tsv,bench/wrk-token-*.txt}.
Every number is a median over the measured runs of bench.sh (per column independently, as bench.sh's own
summary does); ratios are ours' median req/s divided by the peer's.
"""
import csv
import glob
import os
import re
import statistics
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
STORAGE_NAMES = {"h2": "ours, H2", "postgres": "ours, PostgreSQL"}
PEER_FORMAT = {"oidc-provider": "opaque", "oidc-provider-jwt": "JWT RS256", "spring-as": "JWT RS256",
               "spring-as-bcrypt": "JWT RS256", "keycloak": "JWT RS256"}


def read_kv(path):
    d = {}
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                d[k] = v  # later lines win (status= may be appended)
    return d


def read_tsv(path):
    if not os.path.exists(path):
        return []
    return list(csv.DictReader(open(path), delimiter="\t"))


def med(xs):
    return statistics.median(xs) if xs else None


def stats(rows):
    """Per-scenario medians from bench.sh-style runs.tsv rows."""
    ok = [r for r in rows if not r.get("note") and int(r.get("requests") or 0) > 0]
    if not ok:
        notes = sorted({r.get("note") or "no-result" for r in rows})
        return {"failed": ", ".join(notes) or "no-result"}
    def f(k):
        return [float(r[k]) for r in ok if r.get(k) not in (None, "", "-")]
    cpu = [float(r["server_cpu_s"]) * 1e6 / int(r["requests"]) for r in ok if r.get("server_cpu_s") not in (None, "", "-")]
    other = f("other_pct_server_core")
    return {
        "rps": med(f("rps")), "rps_min": min(f("rps")), "rps_max": max(f("rps")),
        "p50": med([x / 1000 for x in f("p50_us")]), "p99": med([x / 1000 for x in f("p99_us")]),
        "non2xx": int(sum(f("err_status"))), "sock": int(sum(f("err_socket"))),
        "cpu_us": med(cpu), "other_max": max(other) if other else None, "runs": len(ok),
        "requests": int(sum(f("requests"))),
    }


def load_runs(pattern):
    rows = []
    for p in sorted(glob.glob(pattern)):
        rows += read_tsv(p)
    by = {}
    for r in rows:
        by.setdefault(r["scenario"], []).append(r)
    return by


def fmt(x, spec=",.0f", none="–"):
    return none if x is None else format(x, spec)


def wrk_ok_count(paths):
    n = 0
    for p in paths:
        for line in open(p):
            if line.startswith("RESULT "):
                kv = dict(t.split("=", 1) for t in line.split()[1:])
                n += int(kv["requests"]) - int(kv["err_status"])
    return n


env = read_kv(os.path.join(OUT, "env.txt"))

# ------------------------------------------------------------------ servers
servers = []  # (key, display, kind, data)
for st in env.get("storages", "h2 postgres").split():
    d = os.path.join(OUT, f"ours-{st}")
    if not os.path.isdir(d):
        continue
    servers.append({
        "key": f"ours-{st}", "name": STORAGE_NAMES.get(st, f"ours, {st}"), "ours": True, "storage": st,
        "meta": read_kv(os.path.join(d, "meta.txt")), "cold": read_tsv(os.path.join(d, "coldstart.tsv")),
        "scen": {k: stats(v) for k, v in load_runs(os.path.join(d, "bench-*", "runs.tsv")).items()},
        "bulk": read_tsv(os.path.join(d, "bulk", "bulk.tsv")), "dir": d,
    })
for d in sorted(glob.glob(os.path.join(OUT, "peer-*"))):
    peer = os.path.basename(d)[5:]
    token_files = glob.glob(os.path.join(d, "bench", "wrk-token-*.txt"))
    servers.append({
        "key": peer, "name": peer, "ours": False, "meta": read_kv(os.path.join(d, "meta.txt")),
        "cold": read_tsv(os.path.join(d, "coldstart.tsv")),
        "scen": {k: stats(v) for k, v in load_runs(os.path.join(d, "bench", "runs.tsv")).items()},
        "tokens_before_after": wrk_ok_count(token_files) if token_files else None, "dir": d,
    })
order = {"oidc-provider": 1, "oidc-provider-jwt": 2, "spring-as": 3, "spring-as-bcrypt": 4, "keycloak": 5}
servers.sort(key=lambda s: (0 if s["ours"] else 1, 0 if s.get("storage") == "h2" else 1, order.get(s["key"], 9)))
ours = [s for s in servers if s["ours"]]
peers = [s for s in servers if not s["ours"]]

# ------------------------------------------------------------------ ceilings
http_ceiling = stats(read_tsv(os.path.join(OUT, "ceilings", "http-alive", "runs.tsv"))) \
    if os.path.exists(os.path.join(OUT, "ceilings", "http-alive", "runs.tsv")) else None
if http_ceiling and "failed" in http_ceiling:
    http_ceiling = None
signrate = {}  # (provider, alg) -> sign/s
signrate_info = []
p = os.path.join(OUT, "ceilings", "signrate.txt")
if os.path.exists(p):
    for line in open(p):
        if line.startswith("SIGNRATE "):
            kv = dict(t.split("=", 1) for t in line.split()[1:] if "=" in t)
            if "sign_per_s" in kv:
                signrate[(kv["provider"], kv["alg"])] = float(kv["sign_per_s"])
        elif line.startswith("SIGNRATE_INFO "):
            signrate_info.append(line[len("SIGNRATE_INFO "):].strip())
signbench = []
p = os.path.join(OUT, "ceilings", "signbench.txt")
if os.path.exists(p):
    for line in open(p):
        m = re.match(r"(\S+) \((.*?)\)\s+sign\s+(\d+)/s \(\s*([\d.]+) us\)\s+verify\s+(\d+)/s", line)
        if m:
            signbench.append(m.groups())
our_alg = next((s["meta"].get("jwt_alg") for s in ours if s["meta"].get("jwt_alg") not in (None, "", "n/a")), None)
our_prov = next((s["meta"].get("signing_provider") for s in ours if s["meta"].get("signing_provider")), None)
our_prov_key = None if not our_prov else ("ACCP" if "Corretto" in our_prov else "JDK")

L = []
w = L.append
w(f"# Portcullis benchmark — {env.get('date', '?')[:16].replace('T', ' ')}")
w("")
w("Generated by `bench/run.sh` (raw files beside this report; regenerate with `python3 bench/report.py <dir>`).")
w("")
w("## Setup")
w("")
w(f"- Machine: {env.get('host_cpus', '?')} CPUs ({env.get('cpu_model', '?')}), "
  f"{int(env.get('mem_total_kb', 0) or 0) / 1048576:.0f} GiB, Linux {env.get('kernel', '?')}; "
  f"load average {env.get('loadavg_start', '?')} at the start, {env.get('loadavg_end', '?')} at the end.")
w(f"- Servers pinned to CPU {env.get('server_cpu', '1')} (`taskset`), {env.get('wrk_version', 'wrk').split(' [')[0].replace('wrk debian/', 'wrk ')} "
  f"pinned to CPU {env.get('wrk_cpu', '0')}, `wrk {env.get('wrk', '')}`, `--timeout 5s`; per scenario one warm-up run of "
  f"{env.get('warmup', '?')}, then {env.get('runs', '?')} measured runs of {env.get('duration', '?')}; medians of the runs. "
  "Scenarios run through shared/peers `bench.sh` (ours and the peers alike).")
w(f"- JDK: `{env.get('java_version', '?').split('|')[0]}` ({'; '.join(env.get('java_version', '').split('|')[1:])}).")
w(f"- Our JVM flags: `{env.get('java_opts', '')}` → {env.get('java_effective', '?')}. "
  f"Spring AS peer: `{env.get('spring_java_opts', '') or '(JVM defaults)'}`.")
w(f"- Ours: commit {env.get('git_rev', '?')}, jar sha256 {env.get('jar_sha256', '?')}… built {env.get('jar_mtime', '?')}; "
  f"storages: {env.get('storages', '?')} (H2: embedded default in a fresh data dir; PostgreSQL {env.get('postgres_version', '?')} "
  "on loopback, a fresh database per start). Fresh data for every start.")
if our_alg:
    w(f"- Our access tokens (client `bench-jwt`) are signed with **{our_alg}** (from a token's JOSE header)"
      + (f", JCA provider **{our_prov}** (the server's start-up log)" if our_prov else "")
      + f"; ACCP in the jar: {env.get('jar_has_accp', '?')}.")
peer_list = env.get("peers", "none").split()
peer_desc = []
if any(p.startswith("oidc-provider") for p in peer_list):
    peer_desc.append(f"oidc-provider {env.get('oidc_provider_version', '?')} on Node {env.get('node_version', '?')} "
                     "(in-memory adapter; `oidc-provider-jwt`: RS256 JWT access tokens)")
if any(p.startswith("spring-as") for p in peer_list):
    peer_desc.append(f"Spring Authorization Server on Spring Boot {env.get('spring_boot_version', '?')} "
                     "(in-memory stores, RS256 JWTs, plain-text secret compare)")
if "keycloak" in peer_list:
    peer_desc.append("Keycloak (start-dev, realm bench)")
w(f"- Peers (shared/peers `run-peer.sh`, same pinning): {', '.join(peer_list) or 'none'}" +
  (" — " + "; ".join(peer_desc) if peer_desc else "") + ".")
if env.get("warmup") in ("0", "0s"):
    w("- **No warm-up** (a smoke run): the JIT compilers were cold, and the order of the scenarios decides much of the "
      "numbers (the HTTP ceiling runs first); do not quote them.")
w("- Clients: ours `bench-jwt` (`access_token_strategy: jwt`) and `bench-opaque` (`opaque`), created through "
  "`POST /admin/clients` with 43-character random secrets (the fast hash); `client_secret_basic` everywhere.")
w("")

# ------------------------------------------------------------------ ceilings section
w("## Ceilings of this machine")
w("")
if http_ceiling:
    c = http_ceiling
    w(f"- **HTTP-stack ceiling**: `GET /health/alive` of our server (a tiny JSON body, no storage, no security work): "
      f"**{fmt(c['rps'])} req/s** (p50 {fmt(c['p50'], '.2f')} ms, p99 {fmt(c['p99'], '.2f')} ms, "
      f"{fmt(c['cpu_us'])} µs CPU/request, non-2xx {c['non2xx']}). No endpoint of ours can beat this on one core; "
      "the share of it is the column *of ceiling* below.")
else:
    w("- HTTP-stack ceiling: not measured in this run.")
if signrate or signbench:
    w(f"- **Signing ceiling** (one thread on CPU {env.get('server_cpu', '1')}, `bench/SignRate.java`, and shared/peers "
      "`crypto/SignBench.java` for the JDK):")
    w("")
    w("| algorithm | JDK sign/s (SignRate) | ACCP sign/s (SignRate) | JDK sign/s (SignBench) |")
    w("|---|---:|---:|---:|")
    sb = {g[0]: g for g in signbench}
    for alg in ("ES256", "RS256", "PS256", "EdDSA"):
        jdk, accp = signrate.get(("JDK", alg)), signrate.get(("ACCP", alg))
        b = sb.get(alg)
        if jdk is None and accp is None and b is None:
            continue
        mark = f" (ours{', ' + our_prov_key if our_prov_key else ''})" if alg == our_alg else ""
        w(f"| {alg}{mark} | {fmt(jdk)} | {fmt(accp, none='n/a')} | {fmt(float(b[2])) if b else '–'} |")
    w("")
    if signrate_info:
        w("SignRate: " + "; ".join(i for i in signrate_info if not i.startswith("java.")) + ".")
        w("")
w("")

# ------------------------------------------------------------------ scenario tables
def ceiling_cell(s, scen, kind):
    st = s["scen"].get(scen)
    if not st or "failed" in st or st.get("rps") is None:
        return "–"
    if kind == "sign":
        alg = our_alg or "ES256"
        parts = []
        provs = ("JDK", "ACCP") if our_prov_key != "ACCP" else ("ACCP", "JDK")
        for prov in provs:
            r = signrate.get((prov, alg))
            if r:
                cell = f"{st['rps'] / r * 100:.0f} % of {prov} {alg}"
                parts.append(f"**{cell}**" if prov == our_prov_key else cell)
        return ", ".join(parts) or "–"
    if http_ceiling:
        return f"{st['rps'] / http_ceiling['rps'] * 100:.0f} % of HTTP"
    return "–"


def table(title, rows, ceiling_kind, note=None, extra=None):
    """rows: list of (server, scenario label in its runs.tsv)."""
    w(f"### {title}")
    w("")
    if note:
        w(note)
        w("")
    hdr = "| server | req/s (median) | min–max | ours ÷ peer | of ceiling | p50 ms | p99 ms | non-2xx | socket err | CPU µs/req |"
    sep = "|---|---:|---:|---|---|---:|---:|---:|---:|---:|"
    if extra:
        hdr += f" {extra[0]} |"
        sep += "---:|"
    w(hdr)
    w(sep)
    ours_rates = [(s, s["scen"].get(sc)) for s, sc in rows if s["ours"]]
    for s, sc in rows:
        st = s["scen"].get(sc)
        ex = f" {extra[1](s)} |" if extra else ""
        if st is None:
            continue
        if "failed" in st:
            w(f"| {s['name']} | FAILED ({st['failed']}) | | | | | | | | |" + ex)
            continue
        ratio = "–"
        if not s["ours"]:
            parts = []
            for o, ost in ours_rates:
                if ost and "failed" not in ost and ost.get("rps") and st.get("rps"):
                    parts.append(f"{STORAGE_NAMES.get(o['storage'], o['name']).replace('ours, ', '')} ×{ost['rps'] / st['rps']:.2f}")
            ratio = ", ".join(parts) or "–"
        ceil = ceiling_cell(s, sc, ceiling_kind) if s["ours"] else ""
        w(f"| {s['name']} | {fmt(st['rps'])} | {fmt(st['rps_min'])}–{fmt(st['rps_max'])} | {ratio} | {ceil} | "
          f"{fmt(st['p50'], '.2f')} | {fmt(st['p99'], '.2f')} | {st['non2xx']} | {st['sock']} | {fmt(st['cpu_us'])} |" + ex)
    if not any(s["scen"].get(sc) is not None for s, sc in rows):
        w("| (not measured in this run) | | | | | | | | | |")
    w("")


def peer_rows(scen, pred=lambda s: True):
    return [(s, scen) for s in peers if pred(s)]


w("## Results")
w("")
w("*ours ÷ peer*: our median req/s divided by the peer's (H2 and PostgreSQL). *of ceiling*: our median req/s as a "
  "share of the HTTP-stack ceiling, or of one core's signing rate for the algorithm that signs our access tokens. "
  "*CPU µs/req*: the server process's CPU time (user+system, all threads) per request. p50/p99: wrk's latency "
  "percentiles with 32 connections (queueing included).")
w("")
table("client_credentials, JWT access tokens",
      [(s, "token@jwt") for s in ours] + peer_rows("token", lambda s: PEER_FORMAT.get(s["key"], "JWT").startswith("JWT")),
      "sign", note="Ours: client `bench-jwt`; peers: their JWT variants (RS256). A JWT is signed per request, so one core's "
      "signing rate bounds this scenario.")
table("client_credentials, opaque access tokens",
      [(s, "token@opaque") for s in ours] + peer_rows("token", lambda s: PEER_FORMAT.get(s["key"]) == "opaque"),
      "http", note="Ours: client `bench-opaque` (a random token, a keyed hash stored per token); oidc-provider: opaque "
      "tokens in its in-process memory adapter.")
table("Token introspection (RFC 7662), fresh server",
      [(s, "introspect") for s in ours] + peer_rows("introspect"), "http",
      note="One valid token introspected over and over by its own client (`client_secret_basic`); ours with an opaque "
      "token of `bench-opaque`. Runs right after start, before the token scenarios.")


def tokens_before(s):
    if s["ours"]:
        m = s["meta"]
        if "bulk_tokens" not in m:
            return "–"
        earlier = 0
        for scen in ("token@opaque", "token@jwt"):
            files = glob.glob(os.path.join(s["dir"], "bench-token-*", f"wrk-{scen}-*.txt"))
            earlier += wrk_ok_count(files) if files else 0
        return f"{int(m['bulk_tokens']):,} (+{earlier:,} earlier)"
    n = s.get("tokens_before_after")
    return f"{n:,}" if n is not None else "–"


table("Token introspection after many issued tokens",
      [(s, "introspect@after-bulk") for s in ours] + peer_rows("introspect@after-token-load"), "http",
      note=f"Ours: after at least {int(env.get('tokens_before_reintrospect', '0') or 0):,} opaque tokens issued as fast as "
      "possible (plus those of the token scenarios); peers: after their token scenario only (as in run-all.sh). "
      "oidc-provider's memory adapter keeps at most 1,000 entries (LRU); Spring AS keeps every authorization in memory.",
      extra=("tokens issued before", tokens_before))
table("JWKS", [(s, "jwks") for s in ours] + peer_rows("jwks"), "http")
table("Discovery (OpenID Provider metadata)", [(s, "discovery") for s in ours] + peer_rows("discovery"), "http")

# ------------------------------------------------------------------ cold start and memory
w("## Cold start and memory")
w("")
w("Cold start: from launching the process to the first HTTP 200 from the token endpoint (client_credentials, "
  "polled every 50 ms; ours with the admin client, fresh data dir and database each time, so key generation and the "
  "schema migration are included). RSS: VmRSS of the server process.")
w("")
w("| server | cold start ms, median (min–max) | starts | RSS after start (median) | RSS after the load | peak RSS (VmHWM) |")
w("|---|---:|---:|---:|---:|---:|")
for s in servers:
    ok = [int(r["first_token_ms"]) for r in s["cold"] if r.get("first_token_ms", "").isdigit()]
    failed = [r for r in s["cold"] if not r.get("first_token_ms", "").isdigit()]
    rss0 = [int(r["rss_kb_after_start"]) for r in s["cold"] if (r.get("rss_kb_after_start") or "").isdigit()]
    cs = f"{med(ok):,.0f} ({min(ok):,}–{max(ok):,})" if ok else "FAILED" if failed else "–"
    mib = lambda kb: f"{float(kb) / 1024:,.0f} MiB" if kb not in (None, "") and re.fullmatch(r"[\d.]+", str(kb)) else "–"
    w(f"| {s['name']} | {cs} | {len(ok)}{f' ({len(failed)} failed)' if failed else ''} | "
      f"{mib(med(rss0)) if rss0 else '–'} | {mib(s['meta'].get('rss_after_load_kb'))} | {mib(s['meta'].get('hwm_after_load_kb'))} |")
w("")
w(f"Our heap is fixed by `{env.get('java_opts', '')}`, so our RSS mostly reflects that choice.")
w("")

# ------------------------------------------------------------------ bulk issuance
if any(s["bulk"] for s in ours):
    w("## Bulk issuance before the second introspection")
    w("")
    w("| server | opaque tokens issued | wall time s | tokens/s | non-2xx | socket err | store size after |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    for s in ours:
        if not s["bulk"]:
            continue
        n = int(s["meta"].get("bulk_tokens", 0) or 0)
        secs = float(s["meta"].get("bulk_wall_s", 0) or 0)
        wrk_secs = sum(float(r["duration_s"]) for r in s["bulk"])
        non2xx = sum(int(r["non2xx"]) for r in s["bulk"])
        sock = sum(int(r["socket_errors"]) for r in s["bulk"])
        size = s["meta"].get("storage_bytes_after_bulk", "")
        size_s = f"{int(size) / 1048576:,.0f} MiB" if size.isdigit() else "–"
        w(f"| {s['name']} | {n:,} | {secs:,.0f} | {n / wrk_secs if wrk_secs else 0:,.0f} | {non2xx} | {sock} | {size_s} |")
    w("")

# ------------------------------------------------------------------ noise and status
w("## Noise and failures")
w("")
noisy = []
for s in servers + ([{"name": "HTTP ceiling", "scen": {"health-alive": http_ceiling}}] if http_ceiling else []):
    for sc, st in s["scen"].items():
        if st and "failed" not in st and st.get("other_max") is not None and st["other_max"] > 5:
            noisy.append(f"{s['name']} {sc} ({st['other_max']:.0f} %)")
if noisy:
    w("Other processes used more than 5 % of the server's core during: " + ", ".join(noisy) +
      ". Those numbers are pessimistic; rerun on a quiet machine before quoting them.")
else:
    w("No measured run saw more than 5 % of the server's core used by other processes.")
w("")
bad = []
for s in servers:
    stt = s["meta"].get("status")
    if stt:
        bad.append(f"{s['name']}: {stt}")
    for sc, st in s["scen"].items():
        if st and "failed" in st:
            bad.append(f"{s['name']} {sc}: {st['failed']}")
        elif st and (st["non2xx"] or st["sock"]):
            bad.append(f"{s['name']} {sc}: {st['non2xx']} non-2xx, {st['sock']} socket errors")
w(("Problems: " + "; ".join(bad) + ".") if bad else "Every scenario answered 2xx only, without socket errors.")
w("")
w("## Raw files")
w("")
w("`env.txt` (machine, JDK, flags, knobs), `estimate.txt`, `ceilings/` (SignBench, SignRate, the HTTP ceiling's wrk "
  "output), `ours-<storage>/` (server logs, `coldstart.tsv`, `meta.txt`, one bench.sh directory per step with "
  "`runs.tsv`, `commands.txt` and every wrk output, `bulk/`), `peer-<name>/` (the same through run-peer.sh).")

open(os.path.join(OUT, "REPORT.md"), "w").write("\n".join(L) + "\n")
print(os.path.join(OUT, "REPORT.md"))
