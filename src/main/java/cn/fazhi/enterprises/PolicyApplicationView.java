package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A policy application as pages and the API show it: the policy, the enterprise, the deciding unit, what was asked,
 * the eligibility explanation stored at submission, the clocks (review, payment) with whether each is overdue, and the
 * outcome.
 */
public record PolicyApplicationView(long id, String caseNumber, PolicyApplicationStatus status, long policyId,
        String policyTitle, long enterpriseId, String enterpriseName, String uscc, long unitId, String unitName,
        String regionCode, String channel, String benefitRequested, BigDecimal amountRequested, String statement,
        String materials, LocalDate submittedOn, LocalDate lastSubmittedOn, boolean eligible, String explanation,
        LocalDate reviewDue, LocalDate acceptedOn, LocalDate returnedOn, String returnReason, int returnCount,
        LocalDate decidedOn, Boolean decidedOnTime, BigDecimal grantedAmount, String decisionReason,
        LocalDate paymentDue, LocalDate paidOn, Boolean paidOnTime, int version, boolean reviewOverdue,
        boolean paymentOverdue) {}
