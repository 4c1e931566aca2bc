package cn.fazhi.normative;

import static cn.fazhi.normative.NormativeStatus.ABOLISHED;
import static cn.fazhi.normative.NormativeStatus.AMENDED;
import static cn.fazhi.normative.NormativeStatus.COLLECTIVE_DECISION;
import static cn.fazhi.normative.NormativeStatus.DRAFTING;
import static cn.fazhi.normative.NormativeStatus.EXPIRED;
import static cn.fazhi.normative.NormativeStatus.FILED;
import static cn.fazhi.normative.NormativeStatus.IN_FORCE;
import static cn.fazhi.normative.NormativeStatus.LEGALITY_REVIEW;
import static cn.fazhi.normative.NormativeStatus.PUBLIC_COMMENT;
import static cn.fazhi.normative.NormativeStatus.PUBLISHED;
import static cn.fazhi.normative.NormativeStatus.VOID;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A normative document (行政规范性文件) as the kernel steps it: drafted, put to public comment, reviewed for legality,
 * decided collectively, signed and published, filed, in force, evaluated — and ended by a later document (amended,
 * abolished), by a cleanup (abolished, void) or by its validity (expired). {@link #TABLE} is the one table of these
 * moves; every method below guards itself with it. Fields are package-private: {@link NormativeDocumentRepository}
 * reads and writes them.
 */
public final class NormativeDocument implements CaseAggregate<NormativeStatus> {

    /** Ends a document may have while it is issued and not yet ended (a cleanup's outcomes apply to these). */
    private static final NormativeStatus[] ENDABLE = {PUBLISHED, FILED, IN_FORCE, EXPIRED};

    /**
     * The steps. System steps (entry into force, expiry, amendment by a later document) carry the issuing permission:
     * they are taken by the daily job ({@code systemStep}) or inside a person's step on another document.
     */
    public static final Transitions<NormativeStatus> TABLE = Transitions.of(NormativeStatus.class)
            .step("edit", "edited", null, NormativeConfiguration.DRAFT, DRAFTING)
            .step("openComment", "commentOpened", PUBLIC_COMMENT, NormativeConfiguration.DRAFT, DRAFTING)
            .step("addComment", "commentRecorded", null, NormativeConfiguration.DRAFT, PUBLIC_COMMENT)
            .step("answerComment", "commentAnswered", null, NormativeConfiguration.DRAFT, DRAFTING, PUBLIC_COMMENT,
                    LEGALITY_REVIEW, COLLECTIVE_DECISION)
            .todo("submitReview", "submittedForReview", LEGALITY_REVIEW, NormativeConfiguration.DRAFT, PUBLIC_COMMENT)
            .todo("passReview", "reviewPassed", COLLECTIVE_DECISION, NormativeConfiguration.REVIEW, LEGALITY_REVIEW)
            .step("failReview", "reviewFailed", null, NormativeConfiguration.REVIEW, LEGALITY_REVIEW)
            .step("returnToDrafting", "returned", DRAFTING, NormativeConfiguration.DRAFT, PUBLIC_COMMENT, LEGALITY_REVIEW,
                    COLLECTIVE_DECISION)
            .todo("decide", "decided", null, NormativeConfiguration.ISSUE, COLLECTIVE_DECISION)
            .step("sign", "signed", PUBLISHED, NormativeConfiguration.ISSUE, COLLECTIVE_DECISION)
            .todo("file", "filed", FILED, NormativeConfiguration.ISSUE, PUBLISHED)
            .step("enterIntoForce", "inForce", IN_FORCE, NormativeConfiguration.ISSUE, FILED)
            .step("evaluate", "evaluated", null, NormativeConfiguration.ISSUE, IN_FORCE)
            .step("expire", "expired", EXPIRED, NormativeConfiguration.ISSUE, IN_FORCE)
            .step("amend", "amended", AMENDED, NormativeConfiguration.ISSUE, IN_FORCE)
            .step("abolish", "abolished", ABOLISHED, NormativeConfiguration.CLEANUP, PUBLISHED, FILED, IN_FORCE, EXPIRED)
            .step("void", "voided", VOID, NormativeConfiguration.CLEANUP, PUBLISHED, FILED, IN_FORCE, EXPIRED)
            .step("markAmendmentDue", "amendmentDue", null, NormativeConfiguration.CLEANUP, ENDABLE[0], ENDABLE[1],
                    ENDABLE[2], ENDABLE[3])
            .build();

    long id;
    long unitId;
    String regionCode;
    String agencyCode;
    Integer docYear;
    Integer docSeq;
    String number;
    String title;
    String body;
    String tags;
    NormativeStatus status;
    LocalDate commentFrom;
    LocalDate commentTo;
    ReviewBody reviewBy;
    String reviewer;
    ReviewResult reviewResult;
    String reviewFindings;
    LocalDate reviewedOn;
    String decisionMeeting;
    LocalDate decidedOn;
    LocalDate signedOn;
    LocalDate publishedOn;
    LocalDate effectiveOn;
    Integer validityYears;
    LocalDate expiresOn;
    String filedWith;
    LocalDate filedOn;
    LocalDate evaluatedOn;
    String evaluation;
    LocalDate inForceUntil;
    boolean amendmentDue;
    boolean demo;
    OffsetDateTime createdAt;
    String createdBy;
    int version;

    NormativeDocument() {}

    /** A new draft by {@code unitId}; not yet stored (id 0). */
    static NormativeDocument drafted(long unitId, String regionCode, String title, String body, String tags,
            int validityYears, OffsetDateTime createdAt, String createdBy) {
        NormativeDocument d = new NormativeDocument();
        d.unitId = unitId;
        d.regionCode = regionCode;
        d.title = title;
        d.body = body;
        d.tags = tags;
        d.validityYears = validityYears;
        d.status = DRAFTING;
        d.createdAt = createdAt;
        d.createdBy = createdBy;
        return d;
    }

    void edit(String title, String body, String tags, int validityYears) {
        TABLE.check("edit", status);
        this.title = title;
        this.body = body;
        this.tags = tags;
        this.validityYears = validityYears;
    }

    void openComment(LocalDate from, LocalDate to) {
        TABLE.check("openComment", status);
        if (from == null || to == null || to.isBefore(from)) {
            throw UserFacingException.badRequest("normative.error.commentPeriod");
        }
        this.commentFrom = from;
        this.commentTo = to;
        this.status = PUBLIC_COMMENT;
    }

    /** To legality review once the comment period is over; an earlier review's record is cleared. */
    void submitForReview(LocalDate today) {
        TABLE.check("submitReview", status);
        if (!today.isAfter(commentTo)) {
            throw UserFacingException.conflict("normative.error.commentNotOver", commentTo);
        }
        clearReview();
        this.status = LEGALITY_REVIEW;
    }

    /**
     * Records the review. Passed: on to collective decision. Failed: stays in review with the findings (it can only
     * go back to drafting, or be reviewed again) and cannot be signed.
     */
    void review(ReviewBody by, String reviewer, ReviewResult result, String findings, LocalDate on) {
        TABLE.check(result == ReviewResult.PASSED ? "passReview" : "failReview", status);
        this.reviewBy = by;
        this.reviewer = reviewer;
        this.reviewResult = result;
        this.reviewFindings = findings;
        this.reviewedOn = on;
        if (result == ReviewResult.PASSED) {
            this.status = COLLECTIVE_DECISION;
        }
    }

    void returnToDrafting() {
        TABLE.check("returnToDrafting", status);
        this.decisionMeeting = null;
        this.decidedOn = null;
        this.status = DRAFTING;
    }

    void decide(String meeting, LocalDate on) {
        TABLE.check("decide", status);
        if (reviewedOn != null && on.isBefore(reviewedOn)) {
            throw UserFacingException.badRequest("normative.error.decisionDate");
        }
        this.decisionMeeting = meeting;
        this.decidedOn = on;
    }

    /** Signs and publishes with the document number; refused when the review did not pass or no decision is recorded. */
    void sign(DocumentNumber number, LocalDate signedOn, LocalDate publishedOn, LocalDate effectiveOn) {
        TABLE.check("sign", status);
        if (reviewResult != ReviewResult.PASSED) {
            throw UserFacingException.conflict("normative.error.reviewNotPassed");
        }
        if (decidedOn == null) {
            throw UserFacingException.conflict("normative.error.noDecision");
        }
        if (signedOn.isBefore(decidedOn) || publishedOn.isBefore(signedOn) || effectiveOn.isBefore(publishedOn)) {
            throw UserFacingException.badRequest("normative.error.signDates");
        }
        if (number.year() != signedOn.getYear()) {
            throw UserFacingException.badRequest("normative.error.numberYear", number.year(), signedOn.getYear());
        }
        this.agencyCode = number.agencyCode();
        this.docYear = number.year();
        this.docSeq = number.sequence();
        this.number = number.formatted();
        this.signedOn = signedOn;
        this.publishedOn = publishedOn;
        this.effectiveOn = effectiveOn;
        this.expiresOn = effectiveOn.plusYears(validityYears).minusDays(1);
        this.status = PUBLISHED;
    }

    void file(String filedWith, LocalDate filedOn) {
        TABLE.check("file", status);
        if (publishedOn != null && filedOn.isBefore(publishedOn)) {
            throw UserFacingException.badRequest("normative.error.filingDate");
        }
        this.filedWith = filedWith;
        this.filedOn = filedOn;
        this.status = FILED;
    }

    void enterIntoForce() {
        TABLE.check("enterIntoForce", status);
        this.status = IN_FORCE;
    }

    void evaluate(LocalDate on, String conclusion) {
        TABLE.check("evaluate", status);
        this.evaluatedOn = on;
        this.evaluation = conclusion;
    }

    /** Ends the document ({@code amend}, {@code abolish}, {@code void} or {@code expire}); kept if it already stopped. */
    void end(String step, LocalDate until) {
        Transitions.Step<NormativeStatus> s = TABLE.check(step, status);
        if (s.to() == null || s.to() == DRAFTING) {
            throw new IllegalArgumentException(step + " does not end a document");
        }
        if (inForceUntil == null) {
            this.inForceUntil = until;
        }
        this.status = s.to();
    }

    /** The step that ends a document as {@code target}. */
    static String endStep(NormativeStatus target) {
        return switch (target) {
            case AMENDED -> "amend";
            case ABOLISHED -> "abolish";
            case VOID -> "void";
            case EXPIRED -> "expire";
            default -> throw new IllegalArgumentException(target + " is not an end");
        };
    }

    void markAmendmentDue(boolean due) {
        TABLE.check("markAmendmentDue", status);
        this.amendmentDue = due;
    }

    private void clearReview() {
        this.reviewBy = null;
        this.reviewer = null;
        this.reviewResult = null;
        this.reviewFindings = null;
        this.reviewedOn = null;
    }

    /**
     * A document of a generated register, issued with its number and dates after a passed review and a collective
     * decision, filed, and in force (or expired, when its validity ended before {@code today}).
     */
    static NormativeDocument issued(long unitId, String regionCode, DocumentNumber number, String title, String body,
            String tags, LocalDate publishedOn, int validityYears, LocalDate today, OffsetDateTime createdAt) {
        NormativeDocument d = drafted(unitId, regionCode, title, body, tags, validityYears, createdAt, "system");
        d.demo = true;
        d.openComment(publishedOn.minusDays(70), publishedOn.minusDays(40));
        d.submitForReview(publishedOn.minusDays(35));
        d.review(ReviewBody.JUSTICE_BUREAU, "区司法局", ReviewResult.PASSED,
                "经审核，未发现违法设定行政许可、行政处罚、行政强制等内容，同意提交审议。", publishedOn.minusDays(30));
        d.decide("区人民政府常务会议", publishedOn.minusDays(15));
        d.sign(number, publishedOn.minusDays(5), publishedOn, publishedOn.plusDays(30));
        d.file("咸宁市人民政府", publishedOn.plusDays(20));
        d.enterIntoForce();
        if (d.expiresOn.isBefore(today)) {
            d.end("expire", d.expiresOn.plusDays(1));
        }
        return d;
    }

    @Override
    public long id() {
        return id;
    }

    /** The document number once signed; a draft is named by its register id. */
    @Override
    public String caseNumber() {
        return number != null ? number : "#" + id;
    }

    @Override
    public NormativeStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public LocalDate commentTo() {
        return commentTo;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public boolean amendmentDue() {
        return amendmentDue;
    }
}
