package cn.fazhi.reconsideration.events;

/** The application was accepted, or deemed accepted when the review period ran out (Art. 30). */
public record ApplicationAccepted(long caseId, java.time.LocalDate acceptedOn, String procedure, boolean deemed) {}
