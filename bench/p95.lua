-- wrk script: prints the 95th percentile latency in milliseconds (wrk's --latency table has no 95% row).
done = function(summary, latency, requests)
  io.write(string.format("p95_ms=%.3f\n", latency:percentile(95) / 1000))
end
