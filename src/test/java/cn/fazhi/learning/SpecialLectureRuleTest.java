package cn.fazhi.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 《法治政府建设与责任落实督察工作规定》 Art. 7(五) (党委理论学习中心组), Art. 8(七) (政府常务会议), Art. 9(九) (部门领导班子):
 * "每年至少举办2次法治专题讲座".
 */
class SpecialLectureRuleTest {

    @ParameterizedTest(name = "{0} special law lectures: meets {1}, short by {2}, attainment {3}")
    @CsvSource({
        "0, false, 2, 0.00",
        "1, false, 1, 0.50",
        "2, true, 0, 1.00",
        "3, true, 0, 1.00",
        "12, true, 0, 1.00"})
    void atLeastTwoSpecialLawLecturesAYear(long lectures, boolean meets, long shortBy, String attainment) {
        assertThat(SpecialLectureRule.meets(lectures)).isEqualTo(meets);
        assertThat(SpecialLectureRule.shortBy(lectures)).isEqualTo(shortBy);
        assertThat(SpecialLectureRule.attainment(lectures)).isEqualByComparingTo(new BigDecimal(attainment));
    }

    @ParameterizedTest(name = "{0}, special law {1}: counts {2}")
    @CsvSource({
        "CENTRAL_GROUP, true, true",
        "GOV_STANDING, true, true",
        "UNIT_LEADERSHIP, true, true",
        "OTHER, true, false",
        "CENTRAL_GROUP, false, false",
        "UNIT_LEADERSHIP, false, false"})
    void onlySpecialLawLecturesOfTheStudyBodiesCount(LectureKind kind, boolean specialLaw, boolean counts) {
        assertThat(SpecialLectureRule.counts(kind, specialLaw)).isEqualTo(counts);
    }
}
