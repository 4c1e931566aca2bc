package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** A return visit (回访) to the parties was recorded. */
public record ReturnVisitRecorded(long disputeId, String caseNumber, LocalDate on) {}
