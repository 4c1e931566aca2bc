package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the officers part ({@code fazhi.enforcement.officers.*}). Each is a rule rated medium, low or local in
 * LEGAL-RULES-2, so a setting rather than a constant.
 *
 * @param trainingHours            yearly hours of 业务知识和法律法规培训 an officer must reach: 60 by default
 *                                 (《法治政府建设实施纲要（2021－2025年）》(三十四), "每人每年接受不少于60学时").
 * @param certificateNumberPattern the format a certificate number must match (upper case after trimming). Hubei's
 *                                 format is not confirmed (LEGAL-RULES-2 §4, "Could not confirm" 2): by default any
 *                                 6–40 digits, capital letters or hyphens.
 * @param reviewerRatioPercent     the least share of 法制审核人员 among certified officers a unit should have
 *                                 (国办发〔2018〕118号 四(十一), "原则上……不少于本单位执法人员总数的5%"): 5.
 * @param examPassMark             the default pass mark of a qualification exam session (the provincial pass mark is
 *                                 not confirmed): 60; each session records its own.
 * @param publicBaseUrl            the address the QR code of a certificate points to (e.g. https://fazhi.xianan.gov.cn);
 *                                 empty: the address of the request that draws the code.
 * @param publicLookupFailures     unknown certificate numbers one client address may ask for per
 *                                 {@code publicLookupPeriod} before it is answered 429 (like the kernel's tracking).
 */
@ConfigurationProperties("fazhi.enforcement.officers")
public record OfficerProperties(@DefaultValue("60") BigDecimal trainingHours,
        @DefaultValue("[0-9A-Z-]{6,40}") String certificateNumberPattern,
        @DefaultValue("5") BigDecimal reviewerRatioPercent,
        @DefaultValue("60") BigDecimal examPassMark,
        @DefaultValue("") String publicBaseUrl,
        @DefaultValue("30") int publicLookupFailures,
        @DefaultValue("1m") Duration publicLookupPeriod) {

    public OfficerProperties {
        if (trainingHours.signum() < 0 || trainingHours.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException("fazhi.enforcement.officers.training-hours must be 0..1000");
        }
        Pattern.compile(certificateNumberPattern);
        if (reviewerRatioPercent.signum() < 0 || reviewerRatioPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("fazhi.enforcement.officers.reviewer-ratio-percent must be 0..100");
        }
        if (publicLookupFailures < 1) {
            throw new IllegalArgumentException("fazhi.enforcement.officers.public-lookup-failures must be positive");
        }
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
    }

    /** Whether {@code number} (normalised) has the configured format. */
    public boolean acceptsNumber(String number) {
        return number != null && number.matches(certificateNumberPattern);
    }
}
