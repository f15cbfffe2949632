-- wrk script of bench/grants.sh's jwt-bearer scenario: every request posts the next assertion of the file
-- BENCH_ASSERTIONS (one JWT per line), each thread taking its own share, so that no jti is sent twice. Every wrk
-- invocation of one file takes a slice of its own: BENCH_SLICE (0-based) of BENCH_SLICES, so a run never replays the
-- warm-up's assertions. The client authenticates with BENCH_AUTH (HTTP Basic). done() prints the same RESULT line as shared/peers' wrk-scenario.lua.

local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
  local slice, slices = tonumber(os.getenv("BENCH_SLICE") or "0"), tonumber(os.getenv("BENCH_SLICES") or "1")
  local mine, total = slice * threads + id, threads * slices
  assertions = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_ASSERTIONS")) do
    if n % total == mine then
      table.insert(assertions, line)
    end
    n = n + 1
  end
  next_one = 1
  wrk.method = "POST"
  wrk.headers["Accept"] = "application/json"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
end

function request()
  local assertion = assertions[next_one]
  next_one = next_one + 1
  if next_one > #assertions then next_one = 1 end -- only when the file is too short: replays, counted as non-2xx
  return wrk.format(nil, nil, nil,
    "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&scope=read&assertion=" .. assertion)
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.1f " ..
    "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d bytes=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout, summary.bytes))
end
