package cn.fazhi.normative;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the register ({@code fazhi.normative.*}). None of these is a confirmed national rule
 * (docs/LEGAL-RULES.md, NOR-5 to NOR-7 and U2–U3): the ≤5-year validity and "evaluate 6 months before expiry"
 * are a local practice seen in one unidentified city's rules; no national 备案 deadline for 规范性文件 was found
 * (30 days is the rule for 法规/规章, 《法规规章备案审查条例》 Art. 4).
 *
 * @param maxValidityYears          longest validity period accepted (有效期)
 * @param defaultValidityYears      validity when the draft gives none
 * @param evaluationMonthsBeforeExpiry how many months before expiry the evaluation falls due (warning)
 * @param filingDays                days after publication by which the document should be filed (备案)
 * @param maxUploadMegabytes        largest DOCX/PDF accepted for text extraction (below the multipart limit, so a
 *                                  larger file is refused with a message rather than by the servlet container)
 */
@ConfigurationProperties("fazhi.normative")
public record NormativeProperties(@DefaultValue("5") int maxValidityYears, @DefaultValue("5") int defaultValidityYears,
        @DefaultValue("6") int evaluationMonthsBeforeExpiry, @DefaultValue("30") int filingDays,
        @DefaultValue("20") int maxUploadMegabytes) {}
