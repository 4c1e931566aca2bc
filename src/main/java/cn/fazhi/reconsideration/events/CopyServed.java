package cn.fazhi.reconsideration.events;

/** The application copy was sent to the respondent (Arts. 48, 54). */
public record CopyServed(long caseId, java.time.LocalDate servedOn) {}
