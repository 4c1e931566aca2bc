package cn.fazhi.reconsideration.events;

/** The applicant's 补正 arrived; the acceptance review starts again (Art. 31). */
public record CorrectionReceived(long caseId, java.time.LocalDate receivedOn) {}
