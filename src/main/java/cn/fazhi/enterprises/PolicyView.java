package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 惠企政策 as data: issuing unit, title, document number, summary, validity, benefit (text and cap in yuan),
 * application window, the unit that decides the applications, status (DRAFT, PUBLISHED, WITHDRAWN) and its eligibility
 * conditions (all must hold).
 */
public record PolicyView(long id, long issuerUnitId, String issuerName, String title, String docNumber, String summary,
        LocalDate validFrom, LocalDate validTo, String benefit, BigDecimal amountCap, LocalDate applyFrom,
        LocalDate applyTo, long deciderUnitId, String deciderName, String deciderRegionCode, String status,
        LocalDate publishedOn, LocalDate withdrawnOn, List<PolicyCondition> conditions, int version) {

    /** Published and valid on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return "PUBLISHED".equals(status) && !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** In force and inside the application window on {@code day}. */
    public boolean openOn(LocalDate day) {
        return inForceOn(day) && (applyFrom == null || !applyFrom.isAfter(day)) && (applyTo == null || !applyTo.isBefore(day));
    }

    /** The conditions as text, one per line (the staff form). */
    public String conditionsText() {
        return String.join("\n", conditions.stream().map(PolicyCondition::line).toList());
    }
}
