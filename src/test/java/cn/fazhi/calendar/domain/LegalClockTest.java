package cn.fazhi.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import cn.fazhi.calendar.ClockEntry;
import cn.fazhi.calendar.ClockState;
import cn.fazhi.calendar.ClockStatus;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Suspension (中止, e.g. 行政复议法 Art. 39), resumption and extension (延长, 行政复议法 Art. 62) of a legal clock, counted
 * on the bundled notices. While suspended, the days after the suspension day up to and including the resumption day do
 * not count.
 */
class LegalClockTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2023, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private final DayCounting counting = new DayCounting(BundledHolidays.calendar());

    private static LegalClock clock(String start, int amount, PeriodUnit unit) {
        return new LegalClock(1, "test", LocalDate.parse(start), new Period(amount, unit), 0, List.of());
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void suspensionShiftsANaturalDayDeadlineByExactlyTheSuspendedDays() {
        LegalClock clock = clock("2023-03-01", 30, PeriodUnit.DAYS);
        assertThat(clock.status(d("2023-03-02"), counting).deadline()).isEqualTo(d("2023-03-31"));

        clock.suspend(d("2023-03-10"), "中止", AT, "u", counting);
        clock.resume(d("2023-03-17"), "恢复", AT, "u");

        ClockStatus status = clock.status(d("2023-03-20"), counting);
        assertThat(status.daysSuspended()).isEqualTo(7);
        assertThat(status.deadline()).isEqualTo(d("2023-03-31").plusDays(7));
        assertThat(status.state()).isEqualTo(ClockState.RUNNING);
        assertThat(status.entries()).extracting(ClockEntry::kind)
                .containsExactly(ClockEntry.Kind.SUSPENDED, ClockEntry.Kind.RESUMED);
    }

    @Test
    void suspensionShiftsAWorkingDayDeadlineByTheWorkingDaysSuspended() {
        // 10 working days from Monday 2023-09-25: 09-26..28, then 10-07, 10-08 (make-up), 10-09..13 → 10-13.
        LegalClock clock = clock("2023-09-25", 10, PeriodUnit.WORKING_DAYS);
        assertThat(clock.status(d("2023-09-26"), counting).deadline()).isEqualTo(d("2023-10-13"));

        // Suspended on 10-09 (still counts), resumed 10-11: 10-10 and 10-11, two working days, do not count.
        clock.suspend(d("2023-10-09"), "中止", AT, "u", counting);
        clock.resume(d("2023-10-11"), "恢复", AT, "u");

        assertThat(clock.status(d("2023-10-12"), counting).deadline()).isEqualTo(d("2023-10-17"));
    }

    @Test
    void resumptionDayActsLikeAFreshStartDay() {
        LegalClock clock = clock("2023-09-25", 5, PeriodUnit.WORKING_DAYS);
        clock.suspend(d("2023-09-25"), "中止", AT, "u", counting);
        clock.resume(d("2023-10-09"), "恢复", AT, "u");

        assertThat(clock.status(d("2023-10-09"), counting).deadline())
                .isEqualTo(counting.deadline(d("2023-10-09"), 5, PeriodUnit.WORKING_DAYS).deadline())
                .isEqualTo(d("2023-10-16"));
    }

    @Test
    void monthPeriodAddsTheSuspendedCalendarDaysBeforeMovingOffARestDay() {
        LegalClock clock = clock("2023-01-31", 1, PeriodUnit.MONTHS);
        assertThat(clock.status(d("2023-02-01"), counting).deadline()).isEqualTo(d("2023-02-28"));

        clock.suspend(d("2023-02-10"), "中止", AT, "u", counting);
        clock.resume(d("2023-02-15"), "恢复", AT, "u");

        // 02-28 + 5 days = Sunday 03-05, moved to Monday 03-06.
        assertThat(clock.status(d("2023-02-16"), counting).deadline()).isEqualTo(d("2023-03-06"));
    }

    @Test
    void extensionIsAddedAfterTheUnrolledEnd() {
        // 行政复议法 Art. 62: 60 days, extended by at most 30. From 2024-03-01: 04-30, then 05-30.
        LegalClock clock = clock("2024-03-01", 60, PeriodUnit.DAYS);
        assertThat(clock.status(d("2024-03-02"), counting).deadline()).isEqualTo(d("2024-04-30"));
        clock.extend(new Period(30, PeriodUnit.DAYS), d("2024-04-20"), "案情复杂", AT, "u", counting);
        assertThat(clock.status(d("2024-04-21"), counting).deadline()).isEqualTo(d("2024-05-30"));

        // 60 days from 2023-08-01 end on 09-30, a holiday (deadline 10-07); the extension runs from 09-30: 10-30.
        LegalClock holidayEnd = clock("2023-08-01", 60, PeriodUnit.DAYS);
        assertThat(holidayEnd.status(d("2023-08-02"), counting).deadline()).isEqualTo(d("2023-10-07"));
        holidayEnd.extend(new Period(30, PeriodUnit.DAYS), d("2023-09-20"), "案情复杂", AT, "u", counting);
        assertThat(holidayEnd.status(d("2023-09-21"), counting).deadline()).isEqualTo(d("2023-10-30"));
    }

    @Test
    void anOpenSuspensionLeavesTheDeadlineUnknown() {
        LegalClock clock = clock("2023-03-01", 30, PeriodUnit.DAYS);
        clock.suspend(d("2023-03-10"), "中止", AT, "u", counting);

        ClockStatus status = clock.status(d("2023-03-14"), counting);
        assertThat(status.state()).isEqualTo(ClockState.SUSPENDED);
        assertThat(status.deadline()).isNull();
        assertThat(status.daysSuspended()).isEqualTo(4);
    }

    @Test
    void aClockExpiresTheDayAfterItsDeadline() {
        LegalClock clock = clock("2023-03-01", 30, PeriodUnit.DAYS);
        assertThat(clock.status(d("2023-03-31"), counting).state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.status(d("2023-04-01"), counting).state()).isEqualTo(ClockState.EXPIRED);
    }

    @Test
    void forbiddenTransitionsAreRefused() {
        LegalClock clock = clock("2023-03-01", 30, PeriodUnit.DAYS);
        refused(() -> clock.resume(d("2023-03-05"), "r", AT, "u"), 409, "calendar.clock.notSuspended");
        refused(() -> clock.suspend(d("2023-02-28"), "r", AT, "u", counting), 400, "calendar.clock.suspendBeforeLast");
        refused(() -> clock.suspend(d("2023-04-01"), "r", AT, "u", counting), 409, "calendar.clock.expiredOn");

        clock.suspend(d("2023-03-10"), "r", AT, "u", counting);
        refused(() -> clock.suspend(d("2023-03-11"), "r", AT, "u", counting), 409, "calendar.clock.alreadySuspended");
        refused(() -> clock.resume(d("2023-03-09"), "r", AT, "u"), 400, "calendar.clock.resumeBeforeSuspend");

        clock.resume(d("2023-03-12"), "r", AT, "u");
        refused(() -> clock.resume(d("2023-03-13"), "r", AT, "u"), 409, "calendar.clock.notSuspended");
        refused(() -> clock.suspend(d("2023-03-11"), "r", AT, "u", counting), 400, "calendar.clock.suspendBeforeLast");

        refused(() -> clock.extend(new Period(0, PeriodUnit.DAYS), d("2023-03-20"), "r", AT, "u", counting), 400,
                "calendar.clock.extensionZero");
        refused(() -> clock.extend(new Period(1201, PeriodUnit.MONTHS), d("2023-03-20"), "r", AT, "u", counting),
                400, "calendar.amount.outOfRange.MONTHS");
        // Deadline with the two suspended days: 04-02 (Sunday) → 04-03. Extending on 04-04 is too late.
        assertThat(clock.status(d("2023-03-20"), counting).deadline()).isEqualTo(d("2023-04-03"));
        refused(() -> clock.extend(new Period(10, PeriodUnit.DAYS), d("2023-04-04"), "r", AT, "u", counting), 409,
                "calendar.clock.expiredOn");
    }

    private static void refused(ThrowingCallable call, int status, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.status().value()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
