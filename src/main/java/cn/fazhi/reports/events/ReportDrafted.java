package cn.fazhi.reports.events;

/** The system drafted a report for a year and region from the default template. */
public record ReportDrafted(long reportId, int year, String regionCode) {}
