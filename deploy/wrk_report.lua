-- wrk script for deploy/bench.py: optional list of paths to cycle through (WRK_PATHS file,
-- one path a line), and a one-line JSON summary at the end with the 50th and 95th percentiles.
local paths = {}
local counter = 0
local file = os.getenv("WRK_PATHS")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then paths[#paths + 1] = line end
  end
end

request = function()
  if #paths == 0 then return wrk.format() end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "seconds": %.3f, "bytes": %d, "p50_ms": %.3f, "p95_ms": %.3f, ' ..
    '"p99_ms": %.3f, "connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\n',
    summary.requests, summary.duration / 1e6, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
