package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** What callers send to {@link Policies} and {@link PolicyApplications}. */
public final class PolicyCommands {

    private PolicyCommands() {}

    /** One condition over the API (the page sends {@code conditionsText}, one per line). */
    public record Condition(String attribute, String operator, String value) {}

    /**
     * A policy to create or edit (a DRAFT or PUBLISHED one; {@code version} required to edit). Conditions either as
     * {@code conditions} or as {@code conditionsText}.
     */
    public record Save(Long issuerUnitId, String title, String docNumber, String summary,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, String benefit, BigDecimal amountCap,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate applyFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate applyTo, Long deciderUnitId,
            List<Condition> conditions, String conditionsText, Integer version) {}

    /** The policy list's filters: keyword, status, deciding unit. */
    public record Query(String q, String status, Long deciderUnitId) {

        public static Query none() {
            return new Query(null, null, null);
        }
    }

    /**
     * An application: the policy, the benefit requested (text and amount in yuan), the enterprise's statement and the
     * list of materials; {@code enterpriseId} only when desk staff file on the enterprise's behalf.
     */
    public record Apply(Long policyId, Long enterpriseId, String benefitRequested, BigDecimal amountRequested,
            String statement, String materials) {}

    /** The application list's filters. */
    public record ApplicationQuery(String q, PolicyApplicationStatus status, Long policyId, Integer year,
            Boolean overdue) {

        public static ApplicationQuery none() {
            return new ApplicationQuery(null, null, null, null, null);
        }
    }

    /**
     * A step on an application: {@code reason} (return, refuse), {@code amount} (grant, in yuan), {@code text}
     * (an optional note; a resubmission's corrected statement), {@code on} (defaults to today), {@code version}.
     */
    public record Step(String reason, BigDecimal amount, String text,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Integer version) {}
}
