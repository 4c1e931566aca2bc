package cn.fazhi.reports.events;

/** A report moved from one status to another (status names of {@code cn.fazhi.reports.ReportStatus}). */
public record ReportStepTaken(long reportId, String step, String from, String to, String reason) {}
