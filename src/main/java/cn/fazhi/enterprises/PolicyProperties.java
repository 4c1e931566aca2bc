package cn.fazhi.enterprises;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of policy applications (政策兑现) — no national period exists: the 优化营商环境条例 (国务院令第722号) requires
 * governments to honour their policy commitments (Art. 31) and policies to reach 市场主体 "全面、及时" (Art. 24) without a
 * day count (LEGAL-RULES-2 §10), so the clocks are local settings.
 *
 * @param reviewWorkingDays working days after submission (or resubmission) within which the deciding unit decides
 * @param paymentDays       calendar days after a grant within which the amount is paid
 * @param returnsAllowed    how many times an application may be returned for correction
 * @param warnDays          how many days ahead an open clock is warned
 */
@ConfigurationProperties("fazhi.enterprises.policies")
public record PolicyProperties(@DefaultValue("15") int reviewWorkingDays, @DefaultValue("30") int paymentDays,
        @DefaultValue("1") int returnsAllowed, @DefaultValue("3") int warnDays) {

    public PolicyProperties {
        if (reviewWorkingDays < 1 || paymentDays < 1 || returnsAllowed < 0 || warnDays < 0) {
            throw new IllegalArgumentException(
                    "fazhi.enterprises.policies: review-working-days and payment-days ≥ 1, returns-allowed and warn-days ≥ 0");
        }
    }
}
