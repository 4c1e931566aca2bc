package cn.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ReviewPeriod}: the configured period (国办发〔2018〕115号's time rule is unconfirmed, so a setting), except that a
 * major decision draft's reviewer gets at least 7 working days (《重大行政决策程序暂行条例》 Art. 26).
 */
class ReviewPeriodTest {

    @ParameterizedTest(name = "{0} with the setting at {1} working days: {2}")
    @CsvSource({
            "AGREEMENT, 15, 15",
            "CONTRACT, 5, 5",
            "PLAN, 1, 1",
            "OTHER, 30, 30",
            "DECISION, 15, 15",
            "DECISION, 7, 7",
            "DECISION, 5, 7",
            "DECISION, 1, 7"})
    void workingDays(ReviewType type, int setting, int expected) {
        assertThat(ReviewPeriod.workingDays(type, new LegalityProperties(setting))).isEqualTo(expected);
    }
}
