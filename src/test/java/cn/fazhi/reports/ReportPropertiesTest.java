package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report's deadlines (docs/LEGAL-RULES.md REP-1, REP-2: 督察工作规定 Art. 23 — report by 1 March; Art. 24 —
 * public before 1 April) fall in the year after the one reported on, and are settings.
 */
class ReportPropertiesTest {

    static Stream<Arguments> deadlines() {
        return Stream.of(
                // submission-due, publication-due, report year, expected submission, expected publication
                Arguments.of("03-01", "03-31", 2023, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)),
                Arguments.of("03-01", "03-31", 2027, LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 31)),
                Arguments.of("01-31", "03-31", 2023, LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 31)),
                Arguments.of("02-29", "03-31", 2023, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31)),
                Arguments.of("02-29", "03-31", 2024, LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31)));
    }

    @ParameterizedTest(name = "{0}/{1}, report {2} → {3}, {4}")
    @MethodSource("deadlines")
    void deadlinesFallInTheFollowingYear(String submission, String publication, int year, LocalDate expectedSubmission,
            LocalDate expectedPublication) {
        ReportProperties settings = new ReportProperties(submission, publication, "XA-YFZQB");
        assertThat(settings.submissionDeadline(year)).isEqualTo(expectedSubmission);
        assertThat(settings.publicationDeadline(year)).isEqualTo(expectedPublication);
    }

    static Stream<Arguments> tracked() {
        return Stream.of(
                // today, until (due-soon horizon), report years whose district report is expected
                Arguments.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5), List.of(2023)),
                Arguments.of(LocalDate.of(2024, 2, 27), LocalDate.of(2024, 3, 1), List.of(2023)),
                Arguments.of(LocalDate.of(2024, 12, 24), LocalDate.of(2024, 12, 27), List.of(2023)),
                Arguments.of(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2), List.of(2023, 2024)),
                Arguments.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 7), List.of(2024)));
    }

    @ParameterizedTest(name = "{0} until {1} → {2}")
    @MethodSource("tracked")
    void lastYearsReportIsTrackedThroughoutThisYear(LocalDate today, LocalDate until, List<Integer> expected) {
        assertThat(new ReportProperties("03-01", "03-31", "XA-YFZQB").trackedYears(today, until)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3-1", "2024-03-01", "13-01", "03-32", ""})
    void malformedSettingsStopTheStart(String value) {
        assertThatThrownBy(() -> new ReportProperties(value, "03-31", "XA-YFZQB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MM-dd");
    }
}
