package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A policy application (政策兑现) as the kernel's aggregate (case type {@code policy_application}). The deciding unit
 * accepts it, returns it for correction (at most {@code returns-allowed} times, a setting), grants it with an amount (not
 * above the policy's cap) or refuses it with reasons, and records the payment; the enterprise (or the desk on its
 * behalf) resubmits a returned one. Fields are package-private: {@link PolicyApplicationRepository} reads and writes them.
 */
public final class PolicyApplication implements CaseAggregate<PolicyApplicationStatus> {

    public static final Transitions<PolicyApplicationStatus> TABLE = Transitions.of(PolicyApplicationStatus.class)
            .todo("accept", "accepted", PolicyApplicationStatus.ACCEPTED, Enterprises.HANDLE,
                    PolicyApplicationStatus.SUBMITTED)
            .step("return", "returned", PolicyApplicationStatus.RETURNED, Enterprises.HANDLE,
                    PolicyApplicationStatus.SUBMITTED, PolicyApplicationStatus.ACCEPTED)
            .step("resubmit", "resubmitted", PolicyApplicationStatus.SUBMITTED, Enterprises.MANAGE,
                    PolicyApplicationStatus.RETURNED)
            .todo("grant", "granted", PolicyApplicationStatus.GRANTED, Enterprises.HANDLE,
                    PolicyApplicationStatus.ACCEPTED)
            .step("refuse", "refused", PolicyApplicationStatus.REFUSED, Enterprises.HANDLE,
                    PolicyApplicationStatus.SUBMITTED, PolicyApplicationStatus.ACCEPTED)
            .todo("pay", "paid", PolicyApplicationStatus.PAID, Enterprises.HANDLE, PolicyApplicationStatus.GRANTED)
            .build();

    /** The deciding unit's steps (only on the applications of the policies it decides). */
    static final java.util.Set<String> DECIDER_STEPS = java.util.Set.of("accept", "return", "grant", "refuse", "pay");

    long id;
    String caseNumber;
    PolicyApplicationStatus status;
    long policyId;
    long enterpriseId;
    long unitId;
    String regionCode;
    String statement;
    LocalDate submittedOn;
    LocalDate lastSubmittedOn;
    boolean eligible;
    String explanation;
    LocalDate reviewDue;
    LocalDate acceptedOn;
    LocalDate returnedOn;
    String returnReason;
    int returnCount;
    LocalDate decidedOn;
    Boolean decidedOnTime;
    BigDecimal grantedAmount;
    String decisionReason;
    LocalDate paymentDue;
    LocalDate paidOn;
    Boolean paidOnTime;
    int version;

    PolicyApplication() {}

    static PolicyApplication in(PolicyApplicationStatus status) {
        PolicyApplication a = new PolicyApplication();
        a.status = status;
        a.caseNumber = "test";
        a.submittedOn = LocalDate.of(2024, 3, 4);
        a.lastSubmittedOn = a.submittedOn;
        a.reviewDue = LocalDate.of(2024, 3, 25);
        return a;
    }

    void accept(LocalDate on) {
        TABLE.check("accept", status);
        this.acceptedOn = notBefore(on, lastSubmittedOn);
        this.status = PolicyApplicationStatus.ACCEPTED;
    }

    void returnForCorrection(String reason, LocalDate on, int returnsAllowed) {
        TABLE.check("return", status);
        if (returnCount >= returnsAllowed) {
            throw UserFacingException.conflict("policies.error.returnedOnce", returnsAllowed);
        }
        this.returnReason = required(reason, "policies.error.reasonRequired");
        this.returnedOn = notBefore(on, lastSubmittedOn);
        this.returnCount++;
        this.acceptedOn = null;
        this.status = PolicyApplicationStatus.RETURNED;
    }

    void resubmit(String corrected, LocalDate on, LocalDate newReviewDue, boolean nowEligible, String nowExplanation) {
        TABLE.check("resubmit", status);
        if (corrected != null && !corrected.isBlank()) {
            this.statement = required(corrected, "policies.error.statement");
        }
        this.lastSubmittedOn = notBefore(on, returnedOn);
        this.reviewDue = newReviewDue;
        this.eligible = nowEligible;
        this.explanation = nowExplanation;
        this.status = PolicyApplicationStatus.SUBMITTED;
    }

    void grant(BigDecimal amount, BigDecimal cap, LocalDate on, LocalDate payBy) {
        TABLE.check("grant", status);
        if (amount == null || amount.signum() <= 0) {
            throw UserFacingException.badRequest("policies.error.grantAmount");
        }
        if (cap != null && amount.compareTo(cap) > 0) {
            throw UserFacingException.badRequest("policies.error.aboveCap", PolicyMatcher.plain(cap));
        }
        decide(on);
        this.grantedAmount = amount;
        this.paymentDue = payBy;
        this.status = PolicyApplicationStatus.GRANTED;
    }

    void refuse(String reason, LocalDate on) {
        TABLE.check("refuse", status);
        this.decisionReason = required(reason, "policies.error.reasonRequired");
        decide(on);
        this.status = PolicyApplicationStatus.REFUSED;
    }

    void pay(LocalDate on) {
        TABLE.check("pay", status);
        this.paidOn = notBefore(on, decidedOn);
        this.paidOnTime = !on.isAfter(paymentDue);
        this.status = PolicyApplicationStatus.PAID;
    }

    private void decide(LocalDate on) {
        this.decidedOn = notBefore(on, acceptedOn != null ? acceptedOn : lastSubmittedOn);
        this.decidedOnTime = !on.isAfter(reviewDue);
    }

    private static LocalDate notBefore(LocalDate on, LocalDate earliest) {
        if (on == null || (earliest != null && on.isBefore(earliest))) {
            throw UserFacingException.badRequest("policies.error.tooEarly", earliest);
        }
        return on;
    }

    static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = text.strip();
        if (v.length() > 2000) {
            throw UserFacingException.badRequest("policies.error.tooLong", 2000);
        }
        return v;
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
    public PolicyApplicationStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
