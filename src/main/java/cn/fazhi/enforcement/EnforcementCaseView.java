package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A penalty case as pages and the API show it: party names and masked numbers only; its acts, extensions and the
 * major-catalogue entries it matches; the 90-day clock ({@code overdue} when undecided after its due day).
 */
public record EnforcementCaseView(long id, String caseNumber, String procedureKind, PenaltyStatus status, long unitId,
        String unitName, String regionCode, PenaltyPartyKind partyKind, String partyName, String partyIdentifier,
        String partyPhone, String violationCode, String violationName, String summary, LocalDate actOn,
        LocalDate actEndedOn, LocalDate discoveredOn, boolean graveHarm, LocalDate limitationEndsOn, LocalDate filedOn,
        LocalDate decisionDueOn, int extensions, boolean markedMajor, boolean complexCase, LocalDate notifiedOn,
        Set<PenaltyKind> intendedKinds, BigDecimal intendedFine, String noticeFacts, String noticeReasons,
        String noticeBasis, String noticeRights, boolean hearingTriggered, LocalDate hearingRequestDeadline,
        LocalDate statementOn, String statementText, LocalDate hearingRequestedOn, LocalDate hearingNoticedOn,
        LocalDate hearingOn, Long hearingPresiderId, String hearingRecord, LocalDate reviewSubmittedOn,
        Long reviewerOfficerId, PenaltyReviewOutcome reviewOutcome, String reviewOpinion, LocalDate reviewPassedOn,
        LocalDate discussionOn, String discussionAttendees, String discussionConclusion, LocalDate deviationApprovedOn,
        String deviationApprovedBy, BigDecimal deviationFine, String deviationReason, Set<PenaltyKind> penaltyKinds,
        Long benchmarkId, Long benchmarkLevelId, BigDecimal fineAmount, BigDecimal confiscationAmount,
        String decisionText, String decisionNumber, LocalDate decidedOn, boolean majorRequired, boolean outsideRange,
        LocalDate servedOn, PenaltyServiceMethod serviceMethod, boolean partyAbsent, LocalDate paymentDueOn,
        LocalDate paidOn, BigDecimal lateFee, BigDecimal lateFeeToday, LocalDate closedOn, LocalDate annulledOn,
        PenaltyAnnulGround annulGround, String annulReason, boolean overdue, List<ActView> acts,
        List<ExtensionView> extensionRecords, List<String> majorReasons, int version) {

    /** An investigative act with its officers and the certificate each showed. */
    public record ActView(long id, PenaltyActKind kind, LocalDate on, boolean certificatesShown, String notes,
            List<ActOfficer> officers, String recordedBy) {}

    public record ActOfficer(long officerId, String name, String certificateNumber) {}

    public record ExtensionView(LocalDate approvedOn, String approvedBy, String reason, LocalDate previousDue,
            LocalDate newDue) {}

    /** One row of the list. */
    public record Row(long id, String caseNumber, String procedureKind, PenaltyStatus status, String unitName,
            String partyName, String violationName, LocalDate filedOn, LocalDate decisionDueOn, LocalDate decidedOn,
            BigDecimal fineAmount, boolean overdue) {}
}
