package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;

/**
 * Every clock of the 行政许可法 on the legal calendar of 2024 (清明 4–6 April with Sunday 7 April worked, 劳动节 1–5
 * May with Sunday 28 April worked, 国庆 1–7 October with Saturday 12 October worked), one row per case.
 */
@IntegrationTest
class LicenceClocksTest {

    @Autowired LicenceClocks clocks;

    /** Art. 32(1)(四): the 补正 notice within 5 working days. */
    @ParameterizedTest
    @CsvSource({
        "2024-03-04, 2024-03-11",  // Mon + 5 working days: the next Monday
        "2024-04-01, 2024-04-09",  // 清明 off, Sunday 7 April worked
        "2024-03-08, 2024-03-15",  // Friday: the weekend skipped
    })
    void theCorrectionNoticeIsDueInFiveWorkingDays(String received, String due) {
        assertThat(clocks.correctionDue(LocalDate.parse(received))).isEqualTo(due);
    }

    /** Art. 32(1)(四): no notice in time → deemed accepted; a notice given stops it. */
    @ParameterizedTest
    @CsvSource({
        "2024-03-04, , 2024-03-11, false",
        "2024-03-04, , 2024-03-12, true",
        "2024-03-04, 2024-03-06, 2024-04-30, false",
        "2024-04-01, , 2024-04-09, false",
        "2024-04-01, , 2024-04-10, true",
    })
    void anApplicationLeftWithoutANoticeIsDeemedAccepted(String received, String notice, String today, boolean deemed) {
        assertThat(clocks.deemedAccepted(LocalDate.parse(received), notice == null ? null : LocalDate.parse(notice),
                LocalDate.parse(today))).isEqualTo(deemed);
    }

    /** Art. 42(1) 20 (+10), Art. 42(2) 45 (+15), Art. 45 excluded days added. */
    @ParameterizedTest
    @CsvSource({
        "2024-03-04, false, false, 0, 2024-04-01",
        "2024-03-04, false, true, 0, 2024-04-16",
        "2024-03-04, false, false, 5, 2024-04-09",
        "2024-03-04, true, false, 0, 2024-05-09",
        "2024-03-04, true, true, 0, 2024-05-29",
    })
    void theDecisionIsDueInTheLegalWorkingDays(String accepted, boolean joint, boolean extended, int excluded,
            String due) {
        assertThat(clocks.decisionDue(LocalDate.parse(accepted), joint, extended, excluded)).isEqualTo(due);
    }

    /** Art. 45: the working days after the written notice up to the day it resumed. */
    @ParameterizedTest
    @CsvSource({
        "2024-04-03, 2024-04-09, 3",  // 4–6 April off, 7 (Sunday, worked), 8, 9
        "2024-03-04, 2024-03-04, 0",
        "2024-03-08, 2024-03-11, 1",  // Friday to Monday: the Monday only
    })
    void aSuspensionExcludesItsWorkingDays(String from, String to, int days) {
        assertThat(clocks.excludedDays(LocalDate.parse(from), LocalDate.parse(to))).isEqualTo(days);
    }

    /** Art. 44 (10 working days) and the promised time (0 = the day itself). */
    @ParameterizedTest
    @CsvSource({
        "certificate, 2024-09-30, 0, 2024-10-18",  // 国庆 off, Saturday 12 October worked
        "promised, 2024-03-04, 0, 2024-03-04",
        "promised, 2024-03-04, 3, 2024-03-07",
        "promised, 2024-04-26, 3, 2024-04-30",      // Sunday 28 April worked
    })
    void theCertificateAndThePromisedTime(String clock, String from, int days, String due) {
        LocalDate start = LocalDate.parse(from);
        LocalDate actual = clock.equals("certificate") ? clocks.certificateDue(start) : clocks.promisedDue(start, days, 0);
        assertThat(actual).isEqualTo(due);
    }

    /** Art. 50(2): undecided when the licence expires → deemed granted the day after. */
    @ParameterizedTest
    @CsvSource({"2024-06-30, 2024-06-30, false", "2024-06-30, 2024-07-01, true", ", 2024-07-01, false"})
    void aRenewalUndecidedAtExpiryIsDeemedGranted(String expires, String today, boolean deemed) {
        assertThat(clocks.deemedRenewed(expires == null ? null : LocalDate.parse(expires), LocalDate.parse(today)))
                .isEqualTo(deemed);
    }
}
