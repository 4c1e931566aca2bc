package cn.fazhi.reports.events;

/** A report became public on the portal. */
public record ReportPublished(long reportId, int year, String regionCode) {}
