package cn.fazhi.reconsideration.events;

/** The respondent's answer and evidence arrived (Arts. 48, 54). */
public record AnswerReceived(long caseId, java.time.LocalDate receivedOn) {}
