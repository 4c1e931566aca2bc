package cn.fazhi.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fazhi.platform.FazhiProperties;

/** Another node's edit is seen within the TTL; a local edit at once. */
class HolidayCacheTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2023, 10, 1);

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HolidayRepository repository = mock(HolidayRepository.class);
    private final ManualClock clock = new ManualClock();
    private final HolidayCache cache = new HolidayCache(repository, clock,
            new FazhiProperties(null, null, null, null, new FazhiProperties.Calendar(Duration.ofSeconds(30))));

    @Test
    void reloadsAfterTheTtlAndAtOnceAfterALocalChange() {
        HolidayDay holiday = new HolidayDay(NATIONAL_DAY, "国庆节", true, 2023);
        when(repository.noticeYears()).thenReturn(List.of(2023));
        when(repository.allDays()).thenReturn(List.of(), List.of(holiday), List.of());

        assertThat(cache.current().listed(NATIONAL_DAY)).isNull();
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.current().listed(NATIONAL_DAY)).as("within the TTL").isNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.current().listed(NATIONAL_DAY)).as("TTL passed").isEqualTo(holiday);

        cache.invalidate();
        assertThat(cache.current().listed(NATIONAL_DAY)).as("after a local change").isNull();
        verify(repository, times(3)).allDays();
    }
}
