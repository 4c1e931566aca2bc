package cn.fazhi.enforcement.filereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.enforcement.EvaluationGrade;
import cn.fazhi.enforcement.FileReviewProperties;

/** The grade scale (LEGAL-RULES-2 §6.2, 广东 Art. 16 as the default; the bounds are settings). */
class EvaluationGradeTest {

    static final FileReviewProperties GUANGDONG = new FileReviewProperties(60, 75, 90, 5, 2, 30, 7);
    static final FileReviewProperties STRICTER = new FileReviewProperties(70, 80, 95, 5, 2, 30, 7);

    @ParameterizedTest(name = "{0} → {1} (default), {2} (70/80/95)")
    @CsvSource({
        "0,      FAIL,      FAIL",
        "59.99,  FAIL,      FAIL",
        "60,     PASS,      FAIL",
        "74.5,   PASS,      PASS",
        "75,     GOOD,      PASS",
        "89.99,  GOOD,      GOOD",
        "90,     EXCELLENT, GOOD",
        "95,     EXCELLENT, EXCELLENT",
        "100,    EXCELLENT, EXCELLENT"})
    void scale(BigDecimal score, EvaluationGrade byDefault, EvaluationGrade stricter) {
        assertThat(EvaluationGrade.of(score, GUANGDONG)).isEqualTo(byDefault);
        assertThat(EvaluationGrade.of(score, STRICTER)).isEqualTo(stricter);
    }

    @org.junit.jupiter.api.Test
    void boundsOutOfOrderAreRefusedAtStartup() {
        assertThatThrownBy(() -> new FileReviewProperties(80, 75, 90, 5, 2, 30, 7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
