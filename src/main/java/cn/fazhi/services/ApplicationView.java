package cn.fazhi.services;

import java.time.LocalDate;

/**
 * An application as pages and the API show it: personal numbers masked only. {@code overdue}: past the promised time
 * today (or decided after it); {@code legalOverdue}: past the legal time.
 */
public record ApplicationView(long id, String caseNumber, ApplicationStatus status, long itemId, String itemName,
        boolean licence, boolean instantItem, String level, long unitId, String unitName, long receivedUnitId,
        String regionCode, String channel, String applicantKind, String applicantName, String applicantId, String phone,
        String agentName, String agentId, String materials, LocalDate receivedOn, LocalDate correctionDue,
        LocalDate correctionOn, String correctionItems, LocalDate acceptedOn, boolean deemedAccepted,
        String notAcceptedGround, String notAcceptedNote, LocalDate legalDue, LocalDate promisedDue, boolean extended,
        String extensionReason, int excludedDays, LocalDate decidedOn, boolean onTheSpot, String outcome,
        String refusalReason, String remedyNotice, LocalDate certificateDue, LocalDate servedOn, boolean renewal,
        LocalDate licenceExpiresOn, boolean deemedRenewed, String overdueReason, LocalDate overduePublishedOn,
        boolean overdue, boolean legalOverdue, int version) {}
