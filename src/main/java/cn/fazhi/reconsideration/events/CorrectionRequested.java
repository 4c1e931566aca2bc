package cn.fazhi.reconsideration.events;

/** 补正 was requested, every missing item listed at once (Art. 31). */
public record CorrectionRequested(long caseId, java.time.LocalDate noticeOn, String items) {}
