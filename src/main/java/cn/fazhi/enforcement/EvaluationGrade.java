package cn.fazhi.enforcement;

import java.math.BigDecimal;

/**
 * The grade of an evaluated file on the local 百分制 scale (LEGAL-RULES-2 §6.2, 广东省人民政府令第231号 Art. 16 as the
 * default: &lt;60 不合格, 60–&lt;75 合格, 75–&lt;90 良好, ≥90 优秀; the bounds are {@link FileReviewProperties} settings).
 * 优良 = 优秀 or 良好.
 */
public enum EvaluationGrade {
    EXCELLENT, GOOD, PASS, FAIL;

    public static EvaluationGrade of(BigDecimal score, FileReviewProperties scale) {
        if (score.compareTo(BigDecimal.valueOf(scale.excellentFrom())) >= 0) {
            return EXCELLENT;
        }
        if (score.compareTo(BigDecimal.valueOf(scale.goodFrom())) >= 0) {
            return GOOD;
        }
        if (score.compareTo(BigDecimal.valueOf(scale.failBelow())) >= 0) {
            return PASS;
        }
        return FAIL;
    }

    public boolean excellentOrGood() {
        return this == EXCELLENT || this == GOOD;
    }
}
