package cn.fazhi.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.web.UserFacingException;

/** The 述法 rules, table by table: timeliness against the deadline, the plan's dates, a report's content, grades. */
class ShufaRulesTest {

    static LocalDate d(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-02-27, 2026-02-28, 2026-03-10, ON_TIME",
        "2026-02-28, 2026-02-28, 2026-03-10, ON_TIME",
        "2026-03-01, 2026-02-28, 2026-03-10, LATE",
        ",           2026-02-28, 2026-02-28, MISSING",
        ",           2026-02-28, 2026-03-01, OVERDUE"})
    void timeliness(String submitted, String deadline, String today, ShufaRules.Timeliness expected) {
        assertThat(ShufaRules.timeliness(d(submitted), d(deadline), d(today))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2026, 2025, 2026-02-28, 2026-03-10, ",
        "2026, 2025, 2026-02-28, , ",
        "2026, 2024, 2026-02-28, , duties.error.year",
        "2026, 2025, , , duties.error.deadlineRequired",
        "2026, 2025, 2025-12-31, , duties.error.deadlineYear",
        "2026, 2025, 2026-02-28, 2026-02-27, duties.error.meetingBeforeDeadline"})
    void plans(int year, int reported, String deadline, String meeting, String error) {
        if (error == null) {
            ShufaRules.checkPlan(year, reported, d(deadline), d(meeting));
        } else {
            assertThatThrownBy(() -> ShufaRules.checkPlan(year, reported, d(deadline), d(meeting)))
                    .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo(error);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "text, false, 2026-03-01, ",
        "    , true,  2026-03-01, ",
        "    , false, 2026-03-01, duties.error.reportEmpty",
        "text, false, 2026-03-03, duties.error.submittedOn",
        "text, false,           , duties.error.submittedOn"})
    void reports(String body, boolean file, String on, String error) {
        LocalDate today = LocalDate.of(2026, 3, 2);
        if (error == null) {
            ShufaRules.checkReport(body, file, d(on), today);
        } else {
            assertThatThrownBy(() -> ShufaRules.checkReport(body, file, d(on), today))
                    .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo(error);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-01, GOOD, 1",
        "2026-03-01, FAIRLY_GOOD, 0.85",
        "2026-03-01, FAIR, 0.7",
        "2026-03-01, POOR, 0.5",
        "2026-03-01, , 0.6",
        ", , 0"})
    void attainment(String on, ShufaRules.Grade grade, BigDecimal expected) {
        assertThat(ShufaRules.attainment(d(on), grade)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"EXCELLENT", "''", "good"})
    void unknownGradesAreRefused(String code) {
        assertThatThrownBy(() -> ShufaRules.grade(code)).isInstanceOf(UserFacingException.class)
                .extracting("messageKey").isEqualTo("duties.error.grade");
    }
}
