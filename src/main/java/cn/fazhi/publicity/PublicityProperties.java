package cn.fazhi.publicity;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of 普法 ({@code fazhi.publicity}), local policy choices with no national figure: the minimum number of
 * activities a roster unit holds in a year whatever its list plans ({@code minimum-activities}, default 2), the share
 * of its planned count below which a unit is named as doing too little ({@code fulfilment-threshold}, default 0.8), and
 * the 法治副校长's term in years ({@code vice-principal-term-years}, default 3: the national text was not read; Shanghai's
 * rule says 3 years, LEGAL-RULES-2 §11.4).
 */
@ConfigurationProperties("fazhi.publicity")
public record PublicityProperties(Integer minimumActivities, BigDecimal fulfilmentThreshold,
        Integer vicePrincipalTermYears) {

    public PublicityProperties {
        minimumActivities = minimumActivities == null ? 2 : minimumActivities;
        fulfilmentThreshold = fulfilmentThreshold == null ? new BigDecimal("0.8") : fulfilmentThreshold;
        vicePrincipalTermYears = vicePrincipalTermYears == null ? 3 : vicePrincipalTermYears;
        if (minimumActivities < 0 || fulfilmentThreshold.signum() < 0 || fulfilmentThreshold.compareTo(BigDecimal.ONE) > 0
                || vicePrincipalTermYears < 1) {
            throw new IllegalArgumentException("invalid fazhi.publicity settings");
        }
    }
}
