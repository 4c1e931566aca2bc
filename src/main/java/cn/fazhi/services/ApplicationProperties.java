package cn.fazhi.services;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Applications settings. {@code visit-days}: working days to visit the applicant after a bad rating with a real
 * name, and {@code rectify-days}: natural days to rectify it — the national periods are not confirmed (LEGAL-RULES-2
 * §8: 德州 5 工作日, often quoted 15; low, local); {@code bad-score}: a score at or below it is a bad rating (差评:
 * 不满意 2, 非常不满意 1); {@code warn-days}: how many days ahead a clock is warned.
 */
@ConfigurationProperties("fazhi.services.applications")
public record ApplicationProperties(@DefaultValue("5") int visitDays, @DefaultValue("15") int rectifyDays,
        @DefaultValue("2") int badScore, @DefaultValue("3") int warnDays) {

    public ApplicationProperties {
        if (visitDays < 1 || rectifyDays < 1 || badScore < 1 || badScore > 4 || warnDays < 0) {
            throw new IllegalArgumentException("fazhi.services.applications: visit-days ≥ 1, rectify-days ≥ 1, "
                    + "bad-score 1–4, warn-days ≥ 0");
        }
    }
}
