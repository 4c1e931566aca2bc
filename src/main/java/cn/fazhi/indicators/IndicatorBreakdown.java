package cn.fazhi.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One indicator's figure for a query together with its three breakdowns, all computed from the same records: by
 * month of the period (every month present), by sub-region (the first {@code codeLength} digits of the region code,
 * regions without records left out) and by category (largest first; empty without categories). For a count or a sum
 * each breakdown adds up to the value (records without a category are in no category).
 */
public record IndicatorBreakdown(BigDecimal value, Map<YearMonth, BigDecimal> months, Map<String, BigDecimal> regions,
        Map<String, BigDecimal> categories) {}
