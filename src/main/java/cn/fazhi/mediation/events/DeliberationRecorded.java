package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** The village's joint deliberation (合议共管) on a village-contract dispute was recorded. */
public record DeliberationRecorded(long disputeId, String caseNumber, LocalDate on) {}
