package cn.fazhi.legality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A legality review request (合法性审查) as the kernel steps it: a unit submits an agreement, contract or plan, the
 * bureau assigns it to itself or a legal adviser, and concludes it with the written opinion; the unit (or the bureau)
 * may withdraw it while open. The allowed steps are {@link #TABLE}; each method below guards itself with that table.
 * Fields are package-private: {@link LegalityReviewRepository} reads and writes them.
 */
public final class LegalityReview implements CaseAggregate<ReviewStatus> {

    /**
     * SUBMITTED → ASSIGNED (assign) → CONCLUDED (conclude); SUBMITTED | ASSIGNED → WITHDRAWN (withdraw). A submitted
     * request waits for the bureau to assign it, an assigned one for its opinion.
     */
    public static final Transitions<ReviewStatus> TABLE = Transitions.of(ReviewStatus.class)
            .todo("assign", "assigned", ReviewStatus.ASSIGNED, LegalityConfiguration.REVIEW, ReviewStatus.SUBMITTED)
            .todo("conclude", "concluded", ReviewStatus.CONCLUDED, LegalityConfiguration.REVIEW, ReviewStatus.ASSIGNED)
            .step("withdraw", "withdrawn", ReviewStatus.WITHDRAWN, LegalityConfiguration.SUBMIT, ReviewStatus.SUBMITTED,
                    ReviewStatus.ASSIGNED)
            .build();

    long id;
    String caseNumber;
    ReviewType type;
    String title;
    String counterpartyName;
    String counterpartyUscc;
    BigDecimal amount;
    String summary;
    long unitId;
    String regionCode;
    ReviewStatus status;
    LocalDate submittedOn;
    LocalDate dueOn;
    boolean dueProvisional;
    ReviewerKind reviewerKind;
    Long adviserId;
    LocalDate assignedOn;
    ReviewOutcome outcome;
    String findings;
    LocalDate concludedOn;
    LocalDate withdrawnOn;
    String withdrawReason;
    OffsetDateTime createdAt;
    String createdBy;
    int version;

    LegalityReview() {}

    /** A new request, submitted on {@code on} and due on {@code dueOn}; not yet stored (id 0). */
    static LegalityReview submitted(String caseNumber, ReviewType type, String title, String counterpartyName,
            String counterpartyUscc, BigDecimal amount, String summary, long unitId, String regionCode, LocalDate on,
            LocalDate dueOn, boolean dueProvisional, OffsetDateTime createdAt, String createdBy) {
        LegalityReview r = new LegalityReview();
        r.caseNumber = caseNumber;
        r.type = type;
        r.title = title;
        r.counterpartyName = counterpartyName;
        r.counterpartyUscc = counterpartyUscc;
        r.amount = amount;
        r.summary = summary;
        r.unitId = unitId;
        r.regionCode = regionCode;
        r.status = ReviewStatus.SUBMITTED;
        r.submittedOn = on;
        r.dueOn = dueOn;
        r.dueProvisional = dueProvisional;
        r.createdAt = createdAt;
        r.createdBy = createdBy;
        return r;
    }

    /** Assigns to the bureau, or to an adviser ({@code adviserId} given). */
    void assign(ReviewerKind kind, Long adviserId, LocalDate on) {
        TABLE.check("assign", status);
        if (kind == null) {
            throw UserFacingException.badRequest("legality.error.reviewerRequired");
        }
        if (kind == ReviewerKind.ADVISER && adviserId == null) {
            throw UserFacingException.badRequest("legality.error.adviserRequired");
        }
        this.reviewerKind = kind;
        this.adviserId = kind == ReviewerKind.ADVISER ? adviserId : null;
        this.assignedOn = on;
        this.status = ReviewStatus.ASSIGNED;
    }

    /** Concludes with the outcome and the findings (the text of the 法律审查意见书), dated {@code on}. */
    void conclude(ReviewOutcome outcome, String findings, LocalDate on) {
        TABLE.check("conclude", status);
        if (outcome == null) {
            throw UserFacingException.badRequest("legality.error.outcomeRequired");
        }
        if (on.isBefore(submittedOn)) {
            throw UserFacingException.badRequest("legality.error.concludedOn", submittedOn);
        }
        this.outcome = outcome;
        this.findings = findings;
        this.concludedOn = on;
        this.status = ReviewStatus.CONCLUDED;
    }

    void withdraw(String reason, LocalDate on) {
        TABLE.check("withdraw", status);
        this.withdrawReason = reason;
        this.withdrawnOn = on;
        this.status = ReviewStatus.WITHDRAWN;
    }

    /** Whether an adviser gave the opinion, which then also counts among the adviser's opinions. */
    boolean byAdviser() {
        return reviewerKind == ReviewerKind.ADVISER && adviserId != null;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    @Override
    public ReviewStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public long unitId() {
        return unitId;
    }

    public String regionCode() {
        return regionCode;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }
}
