package cn.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.audit.AuditQuery;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.web.UserFacingException;

/** The clock ledger through its facade: stored entries, recomputed deadlines, audit rows, guarded transitions. */
@IntegrationTest
class LegalClocksTest {

    @Autowired
    LegalClocks clocks;

    @Autowired
    LegalCalendar calendar;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @Test
    void aReconsiderationClockIsSuspendedResumedAndExtended() {
        // 行政复议法 Art. 62: 60 days from acceptance, extended by 30. An extension is granted "today", so the clock
        // starts 20 days ago; the exact arithmetic on fixed dates is in LegalClockTest.
        LocalDate today = LocalDate.now(clock);
        LocalDate accepted = today.minusDays(20);
        long id = clocks.start("reconsideration", "2024-001", "审理期限", accepted, 60, PeriodUnit.DAYS);
        assertThat(clocks.status(id, today).deadline()).isEqualTo(rolled(accepted.plusDays(60)));

        clocks.suspend(id, accepted.plusDays(5), "申请人因不可抗力不能参加");
        ClockStatus suspended = clocks.status(id, accepted.plusDays(8));
        assertThat(suspended.state()).isEqualTo(ClockState.SUSPENDED);
        assertThat(suspended.deadline()).isNull();
        assertThat(suspended.daysSuspended()).isEqualTo(3);

        clocks.resume(id, accepted.plusDays(15), "障碍消除");
        assertThat(clocks.status(id, today).deadline()).isEqualTo(rolled(accepted.plusDays(60 + 10)));

        clocks.extend(id, 30, PeriodUnit.DAYS, "案情复杂，经负责人批准延长");
        ClockStatus status = clocks.status(id, today);
        LocalDate deadline = rolled(accepted.plusDays(60 + 10 + 30));
        assertThat(status.deadline()).isEqualTo(deadline);
        assertThat(status.state()).isEqualTo(ClockState.RUNNING);
        assertThat(status.daysSuspended()).isEqualTo(10);
        assertThat(status.entries()).extracting(ClockEntry::kind).containsExactly(ClockEntry.Kind.SUSPENDED,
                ClockEntry.Kind.RESUMED, ClockEntry.Kind.EXTENDED);
        assertThat(status.entries().get(2).amount()).isEqualTo(30);
        assertThat(status.entries().get(2).onDate()).isEqualTo(today);
        assertThat(clocks.status(id, deadline).state()).isEqualTo(ClockState.RUNNING);
        assertThat(clocks.status(id, deadline.plusDays(1)).state()).isEqualTo(ClockState.EXPIRED);

        for (String action : new String[] {"calendar.clock.started", "calendar.clock.suspended",
                "calendar.clock.resumed", "calendar.clock.extended"}) {
            assertThat(audit.search(new AuditQuery(null, action, "legal_clock", String.valueOf(id), null, null, 0, 10)))
                    .as(action).hasSize(1);
        }
    }

    /** The raw end moved off a rest day: a zero-day period from it. */
    private LocalDate rolled(LocalDate rawEnd) {
        return calendar.deadline(rawEnd, 0, PeriodUnit.DAYS).deadline();
    }

    @Test
    void forbiddenTransitionsAreConflicts() {
        long id = clocks.start("penalty", "2024-007", "听证申请期限", LocalDate.of(2024, 4, 30), 5,
                PeriodUnit.WORKING_DAYS);
        assertThat(clocks.status(id, LocalDate.of(2024, 4, 30)).deadline()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertRefused(() -> clocks.resume(id, LocalDate.of(2024, 5, 6), "r"), "calendar.clock.notSuspended", 409);
        clocks.suspend(id, LocalDate.of(2024, 5, 6), "r");
        assertRefused(() -> clocks.suspend(id, LocalDate.of(2024, 5, 7), "r"), "calendar.clock.alreadySuspended", 409);
        assertRefused(() -> clocks.status(-1, LocalDate.of(2024, 5, 7)), "calendar.clock.notFound", 404);
        assertRefused(() -> clocks.start("penalty", "x", "n", LocalDate.of(2024, 5, 7), -1, PeriodUnit.DAYS),
                "calendar.amount.outOfRange.DAYS", 400);
        assertRefused(() -> clocks.suspend(id, LocalDate.of(2024, 5, 7), " "), "calendar.param.required", 400);
    }

    private static void assertRefused(Runnable call, String key, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.status().value()).isEqualTo(status);
        });
    }
}
