package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.web.UserFacingException;

/** 保障中小企业款项支付条例 Arts. 9, 10, 17, 18 as {@link SmePaymentRules} applies them, one row per case. */
class SmePaymentRulesTest {

    @ParameterizedTest(name = "Art. 9: agreed {0} → {1} days")
    @CsvSource(nullValues = "null", value = {
        "null, 30",   // no term agreed: 30 days
        "1, 1",
        "30, 30",
        "45, 45",
        "60, 60",     // the longest a contract may agree
        "61, -1",     // refused
        "0, -1",
        "-5, -1"})
    void term(Integer agreed, int expected) {
        if (expected < 0) {
            assertThatThrownBy(() -> SmePaymentRules.term(agreed)).isInstanceOf(UserFacingException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "enterprises.payment.error.term");
        } else {
            assertThat(SmePaymentRules.term(agreed)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "Arts. 9, 10: from {0} + {1} days → due {2}")
    @CsvSource({
        "2025-01-31, 30, 2025-03-02",   // natural days across February
        "2024-01-31, 30, 2024-03-01",   // leap year
        "2025-12-15, 30, 2026-01-14",   // across the year end
        "2025-06-01, 60, 2025-07-31"})
    void dueOn(LocalDate from, int term, LocalDate due) {
        assertThat(SmePaymentRules.dueOn(from, term)).isEqualTo(due);
    }

    @ParameterizedTest(name = "overdue: due {0}, paid {1} in full {2}, today {3} → {4} days")
    @CsvSource(nullValues = "null", value = {
        "2025-03-02, 2025-03-02, true, 2025-06-01, 0",    // paid on the last day: on time
        "2025-03-02, 2025-03-01, true, 2025-06-01, 0",
        "2025-03-02, 2025-03-12, true, 2025-06-01, 10",   // paid 10 days late
        "2025-03-02, null, false, 2025-03-02, 0",         // unpaid, due today: not yet overdue
        "2025-03-02, null, false, 2025-03-03, 1",
        "2025-03-02, 2025-03-01, false, 2025-04-01, 30",  // part paid on time: the rest runs on
        "2025-03-02, null, false, 2025-02-01, 0"})        // not yet due
    void daysOverdue(LocalDate due, LocalDate paid, boolean full, LocalDate today, long days) {
        assertThat(SmePaymentRules.daysOverdue(due, paid, full, today)).isEqualTo(days);
    }

    @ParameterizedTest(name = "Art. 17: {0} yuan × {1} days at {2}% a year → {3}")
    @CsvSource(nullValues = "null", value = {
        "100000.00, 10, null, 500.00",    // 万分之五 a day
        "100000.00, 1, null, 50.00",
        "100000.00, 0, null, 0.00",
        "100000.00, 365, 3.65, 3650.00",  // the contract's annual rate
        "100000.00, 10, 3.65, 100.00",
        "0.00, 10, null, 0.00"})
    void interest(BigDecimal amount, long days, BigDecimal rate, BigDecimal interest) {
        assertThat(SmePaymentRules.interest(amount, days, rate, new BigDecimal("0.0005"))).isEqualByComparingTo(interest);
    }

    @ParameterizedTest(name = "Art. 18: due {0}, paid {1} in full {2} → overdue and unpaid at the end of {3}: {4}")
    @CsvSource(nullValues = "null", value = {
        "2025-11-01, null, false, 2025, true",
        "2025-11-01, 2026-01-05, true, 2025, true",   // paid only after the year end
        "2025-11-01, 2025-12-31, true, 2025, false",  // paid by the year end
        "2025-12-31, null, false, 2025, false",       // due on the last day: not yet overdue
        "2025-12-30, null, false, 2025, true",
        "2025-11-01, 2025-11-01, false, 2025, true",  // part paid
        "2026-01-10, null, false, 2025, false"})
    void overdueAtYearEnd(LocalDate due, LocalDate paid, boolean full, int year, boolean expected) {
        assertThat(SmePaymentRules.overdueUnpaidAtYearEnd(due, paid, full, year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Art. 18: the figures of {0} by {1}")
    @CsvSource({"2025, 2026-03-31", "2023, 2024-03-31"})
    void publishBy(int year, LocalDate by) {
        assertThat(SmePaymentRules.publishBy(year)).isEqualTo(by);
    }
}
