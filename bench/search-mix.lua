-- wrk script for bench/search.sh: rotates over Chinese queries against the public search API and reports p95.
local queries = {"行政复议", "征地补偿 标准", "食品安全", "申请", "垃圾分类", "森林防火", "就业创业补贴", "医疗保险",
                 "告知承诺", "信访事项", "被申请人", "政府网站 公开"}
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  local encoded = q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/api/v1/public/normative/search?q=" .. encoded .. "&size=10")
end
done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.2f\np95_ms=%.2f\np99_ms=%.2f\nrps=%.1f\nerrors=%d\nnon2xx=%d\nrequests=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status, summary.requests))
end
