package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the help desk's register, desk code, rating and SME payments ({@code fazhi.enterprises.desk}).
 *
 * @param publicBaseUrl      the portal's address printed in the desk code (empty: the address of the request drawing it)
 * @param certifications     the certification codes the register accepts (labels {@code enterprises.cert.<code>})
 * @param leadUnitId         the lead unit of the business environment (区发改局): issues the rectifications of bad
 *                           ratings and answers for the desk service in general
 * @param badScore           a rating at or below this score raises a rectification problem (no national rule: a setting)
 * @param rectifyDays        days the responsible unit has to rectify after a bad rating
 * @param defaultDailyRate   late-payment interest per day when the contract agreed none (Art. 17: 万分之五)
 */
@ConfigurationProperties("fazhi.enterprises.desk")
public record EnterpriseDeskProperties(@DefaultValue("") String publicBaseUrl,
        @DefaultValue({"HIGH_TECH", "SPECIALISED", "TECH_SME", "GAZELLE", "LITTLE_GIANT"}) List<String> certifications,
        @DefaultValue("44") long leadUnitId, @DefaultValue("2") int badScore, @DefaultValue("30") int rectifyDays,
        @DefaultValue("0.0005") BigDecimal defaultDailyRate) {

    public EnterpriseDeskProperties {
        if (badScore < 1 || badScore > 4 || rectifyDays < 1 || defaultDailyRate.signum() <= 0) {
            throw new IllegalArgumentException("fazhi.enterprises.desk: 1 ≤ bad-score ≤ 4, rectify-days ≥ 1, rate > 0");
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        certifications = List.copyOf(certifications);
    }
}
