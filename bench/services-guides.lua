-- wrk script for bench/services-guides.sh: rotates over Chinese words against the portal's guide search (the list
-- page with its search box and filters) and reports p95.
local queries = {"q=许可", "q=食品经营", "q=养老保险", "q=登记", "q=补贴&online=true", "q=证明", "instant=true",
                 "q=医疗&level=TOWNSHIP", "q=林木采伐", "q=就业", "q=户口", "q=建设工程"}
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  local encoded = q:gsub("[^%w=&]", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/public/services/guides?" .. encoded)
end
done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.2f\np95_ms=%.2f\np99_ms=%.2f\nrps=%.1f\nerrors=%d\nnon2xx=%d\nrequests=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status, summary.requests))
end
