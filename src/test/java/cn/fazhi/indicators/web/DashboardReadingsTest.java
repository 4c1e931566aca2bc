package cn.fazhi.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.cases.DueItems;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The dashboard's kept readings: kept per period, region and effective scope, served at once when old while a newer
 * one is computed in the background, and always computed when the cache is off (the test profile's setting).
 */
@IntegrationTest
class DashboardReadingsTest {

    @Autowired
    Indicators indicators;
    @Autowired
    DueItems dueItems;
    @Autowired
    Clock clock;
    @Autowired
    cn.fazhi.cases.CaseNumbers caseNumbers;
    @Autowired
    DashboardReadings configured;

    private static final IndicatorQuery DISTRICT_2023 = IndicatorQuery.year(2023, "421202",
            new DataScope(ScopeLevel.DISTRICT, 1, "421202"));

    @Test
    void aKeptReadingIsServedUntilOldThenReplacedByABackgroundComputation() throws Exception {
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        DashboardReadings readings = new DashboardReadings(indicators, dueItems, caseNumbers, clock, Duration.ofMinutes(1),
                nanos::get);
        DashboardReadings.Reading first = readings.read(DISTRICT_2023);
        assertThat(first.figures()).isEqualTo(indicators.breakdowns(DISTRICT_2023, 9));
        assertThat(readings.read(DISTRICT_2023)).isSameAs(first);
        // Another district-wide user (another unit) shares the reading; a unit-level user does not
        assertThat(readings.read(IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 7, "421202"))))
                .isSameAs(first);
        DashboardReadings.Reading unit = readings.read(IndicatorQuery.year(2023, "421202",
                new DataScope(ScopeLevel.UNIT, 6, "421202")));
        assertThat(unit).isNotSameAs(first);
        assertThat(readings.read(IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.UNIT, 7, "421202"))))
                .isNotSameAs(unit);

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        // Older than the refresh time: still served at once, and a newer reading is computed in the background
        assertThat(readings.read(DISTRICT_2023)).isSameAs(first);
        DashboardReadings.Reading next = first;
        for (int i = 0; i < 100 && next == first; i++) {
            Thread.sleep(100);
            next = readings.read(DISTRICT_2023);
        }
        assertThat(next).isNotSameAs(first);
        assertThat(next.computedAt()).isAfterOrEqualTo(first.computedAt());
        assertThat(next.figures()).isEqualTo(first.figures());
    }

    @Test
    void withTheCacheOffEveryReadIsComputed() {
        DashboardReadings.Reading first = configured.read(DISTRICT_2023);
        assertThat(configured.read(DISTRICT_2023)).isNotSameAs(first);
    }
}
