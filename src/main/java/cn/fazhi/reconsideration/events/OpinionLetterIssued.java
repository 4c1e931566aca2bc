package cn.fazhi.reconsideration.events;

/** An 意见书 was sent to the respondent (Art. 76). */
public record OpinionLetterIssued(long caseId, java.time.LocalDate issuedOn) {}
