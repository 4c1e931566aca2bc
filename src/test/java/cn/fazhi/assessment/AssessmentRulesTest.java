package cn.fazhi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.web.UserFacingException;

/** The assessment's rules, table by table: weights sum to 100, entries only without a record and with evidence, bands. */
class AssessmentRulesTest {

    static List<BigDecimal> weights(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(" ")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "'40 30 30', ",
        "'33.33 33.33 33.34', ",
        "'100', ",
        "'40 30 20', assessment.error.weightsSum",
        "'50 60', assessment.error.weightsSum",
        "'0 100', assessment.error.weight",
        "'-10 110', assessment.error.weight",
        "'33.333 66.667', assessment.error.weight",
        "'', assessment.error.noCriteria"})
    void weightsMustSumTo100(String w, String error) {
        if (error == null) {
            AssessmentRules.checkWeights(weights(w));
        } else {
            assertThatThrownBy(() -> AssessmentRules.checkWeights(weights(w))).isInstanceOf(UserFacingException.class)
                    .extracting("messageKey").isEqualTo(error);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "MANUAL,       false, true,  0.8, ",
        "MANUAL,       true,  true,  1,   ",
        "duties.shufa, false, true,  1,   ",
        "duties.shufa, true,  true,  1,   assessment.error.recordExists",
        "duties.shufa, false, false, 1,   assessment.error.evidenceRequired",
        "MANUAL,       false, false, 1,   assessment.error.evidenceRequired",
        "MANUAL,       false, true,  1.2, assessment.error.attainment",
        "MANUAL,       false, true,  -0.1, assessment.error.attainment",
        "MANUAL,       false, true,  ,    assessment.error.attainment"})
    void anEntryOnlyWithoutARecordAndWithEvidence(String source, boolean record, boolean evidence, BigDecimal a,
            String error) {
        if (error == null) {
            AssessmentRules.checkEntry(source, record, evidence, a);
        } else {
            assertThatThrownBy(() -> AssessmentRules.checkEntry(source, record, evidence, a))
                    .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo(error);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 78, TOP", "16, 78, TOP", "17, 78, UPPER", "39, 78, UPPER", "40, 78, MIDDLE", "63, 78, MIDDLE",
        "64, 78, LOWER", "78, 78, LOWER", "1, 1, TOP", "2, 4, UPPER"})
    void bands(int rank, int of, AssessmentRules.Band band) {
        assertThat(AssessmentRules.band(rank, of)).isEqualTo(band);
    }
}
