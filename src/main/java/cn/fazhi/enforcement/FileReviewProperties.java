package cn.fazhi.enforcement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Case-file evaluation settings ({@code fazhi.enforcement.filereview.*}). No national scoring standard for 案卷评查
 * exists (LEGAL-RULES-2 §6.2): the grade scale, the number of files drawn, the reviewers required and the
 * rectification period are local rules, so they are settings with Guangdong's figures (广东省人民政府令第231号) as
 * defaults.
 *
 * @param failBelow          a score below this is 不合格 (广东 Art. 16: 60)
 * @param goodFrom           from this score 良好 (广东 Art. 16: 75); 合格 between {@code failBelow} and this
 * @param excellentFrom      from this score 优秀 (广东 Art. 16: 90)
 * @param perUnit            files drawn per unit by default when a campaign does not say
 * @param minReviewers       reviewers who must score a file independently before it has a score (广东 Arts. 8–10: 2)
 * @param rectificationDays  natural days a unit has to correct and report (广东 Arts. 20–22: 30日)
 * @param precheckLookbackDays the daily pre-check job re-checks the files closed in this many past days
 */
@ConfigurationProperties("fazhi.enforcement.filereview")
public record FileReviewProperties(@DefaultValue("60") int failBelow, @DefaultValue("75") int goodFrom,
        @DefaultValue("90") int excellentFrom, @DefaultValue("5") int perUnit, @DefaultValue("2") int minReviewers,
        @DefaultValue("30") int rectificationDays, @DefaultValue("7") int precheckLookbackDays) {

    public FileReviewProperties {
        if (!(0 < failBelow && failBelow <= goodFrom && goodFrom <= excellentFrom && excellentFrom <= 100)) {
            throw new IllegalArgumentException("fazhi.enforcement.filereview: need 0 < fail-below <= good-from <= excellent-from <= 100");
        }
        if (perUnit < 1 || perUnit > 1000 || minReviewers < 1 || minReviewers > 10 || rectificationDays < 1
                || rectificationDays > 365 || precheckLookbackDays < 0 || precheckLookbackDays > 366) {
            throw new IllegalArgumentException("fazhi.enforcement.filereview: a setting is out of range");
        }
    }
}
