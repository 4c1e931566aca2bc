package cn.fazhi.reconsideration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A reconsideration case as staff see it: personal identifiers masked, the statutory clocks with their deadlines,
 * and which steps are possible now ({@code allowedActions}; permissions are checked separately). {@code lastAcceptableDay}
 * is the Art. 21 cut-off (null when the act's date is unknown); {@code beyondCutoff} says the application came later;
 * {@code actKind} the kind of the contested act ({@code ActKind} name), null when not recorded.
 */
public record ReconsiderationCaseView(long id, String caseNumber, String status, String channel, LocalDate receivedOn,
        LocalDate learnedOn, LocalDate windowEndsOn, boolean late, String actDescription, LocalDate actDate,
        String actDocumentNo, String actCategory, BigDecimal actAmount, String requests, long respondentUnitId,
        String respondentUnitName, String regionCode, String applicantName, String procedure, LocalDate acceptedOn,
        boolean deemedAccepted, String notAcceptedReasons, String competentOrgan, String correctionItems,
        LocalDate correctionNoticeOn, LocalDate correctionReplyOn, LocalDate copyServedOn, LocalDate answerReceivedOn,
        LocalDate hearingOn, LocalDate hearingNoticeOn, boolean hearingHeld, Boolean hearingHeadAttended,
        String hearingHeadName, String decisionType, Integer decisionArticle, LocalDate decidedOn,
        String decisionSummary, String terminationGround, String suspensionReason, boolean decisionExtended,
        LocalDate opinionIssuedOn, String opinionContent, LocalDate opinionRepliedOn, List<Party> parties,
        List<ClockView> clocks, boolean overdue, boolean reviewPeriodOver, Set<String> allowedActions, int version,
        boolean rightsNotified, LocalDate rightsLearnedOn, boolean immovableProperty, LocalDate lastAcceptableDay,
        boolean beyondCutoff, LocalDate decisionServedOn, SuitView suit, Long handlerId, String handlerName,
        String actKind) {

    /**
     * The period to sue that applies now: {@code article} is a message key (行政复议法 Art. 34 or 行政诉讼法 Art. 45),
     * {@code from} the day it starts (service of the decision, or the last day of the reconsideration period) and
     * {@code deadline} its last day; both null while the decision has not been served.
     */
    public record SuitView(String article, LocalDate from, LocalDate deadline, boolean provisional) {}

    /** A party with masked identifiers. */
    public record Party(String role, String kind, String name, String idNumberMasked, String uscc, String phoneMasked,
            String townshipCode, String address) {}

    /**
     * One statutory clock: {@code name} is a message key; {@code deadline} is null while suspended; {@code state}
     * RUNNING, SUSPENDED, EXPIRED or DONE (the step it guards has happened).
     */
    public record ClockView(String name, LocalDate startDate, LocalDate deadline, String state, boolean provisional,
            long daysSuspended) {}
}
