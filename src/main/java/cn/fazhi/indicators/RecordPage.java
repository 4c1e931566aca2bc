package cn.fazhi.indicators;

import java.util.List;

/** One page of the records behind a figure. */
public record RecordPage(List<IndicatorRecord> items, long total, int page, int size) {}
