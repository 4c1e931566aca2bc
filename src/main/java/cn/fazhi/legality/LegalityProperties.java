package cn.fazhi.legality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Legality settings ({@code fazhi.legality.*}).
 *
 * @param reviewWorkingDays working days a reviewer has for an agreement, contract or plan, counted from the day after
 *        submission with the legal calendar. No national rule for these reviews was confirmed (docs/LEGAL-RULES.md
 *        U1: the unverified "不少于5个、最长不超过15个工作日" of 国办发〔2018〕115号), so this is a
 *        setting, 15 by default. {@link ReviewPeriod} applies it (decision drafts: never below Art. 26's 7 days).
 */
@ConfigurationProperties("fazhi.legality")
public record LegalityProperties(@DefaultValue("15") int reviewWorkingDays) {

    public LegalityProperties {
        if (reviewWorkingDays < 1 || reviewWorkingDays > 120) {
            throw new IllegalArgumentException("fazhi.legality.review-working-days must be 1..120");
        }
    }
}
