package cn.fazhi.reconsideration.events;

/** A hearing was fixed and the parties notified (Arts. 50–51). */
public record HearingScheduled(long caseId, java.time.LocalDate hearingOn, java.time.LocalDate noticeOn) {}
