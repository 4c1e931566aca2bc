package cn.fazhi.indicators.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.DueItems;
import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorBreakdown;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * What the dashboard shows for a period, a region and a data scope — every indicator with its breakdowns, and the
 * overdue deadlines of the region — kept for a short time so that a leader's page is drawn from a reading rather than
 * from some twenty aggregate queries over the year's records.
 *
 * <p>A reading is recomputed in the background once it is older than {@code fazhi.indicators.dashboard-refresh}
 * (default one minute; {@code 0} turns the cache off): the request that finds it older still gets it at once, and the
 * page says when it was computed. Readings unused for {@code 10 ×} that time are dropped. The district-wide readings of
 * the current and the previous year are computed when the application starts and kept fresh, so a leader's first visit
 * finds them ready. Each node keeps its own readings. The records pages, the API and the annual report always compute
 * from the records at the moment of the request.
 */
@Component
class DashboardReadings {

    private static final Logger log = LoggerFactory.getLogger(DashboardReadings.class);

    /** A reading: the figures (in the registry's order), the region's overdue deadlines, and when it was computed. */
    record Reading(Map<Indicator, IndicatorBreakdown> figures, List<DueItem> overdue, Instant computedAt) {}

    /** What a reading depends on: the period, the region and the scope's effective condition. */
    private record Key(LocalDate from, LocalDate to, String region, ScopeLevel level, long unitId, String scopeRegion) {

        static Key of(IndicatorQuery query) {
            DataScope scope = query.scope();
            // Only a unit-level scope depends on the user's unit; wider scopes are the same for everyone in the region.
            return new Key(query.from(), query.to(), query.regionCode(), scope.level(),
                    scope.level() == ScopeLevel.UNIT ? scope.unitId() : 0, scope.regionCode());
        }

        IndicatorQuery query() {
            return new IndicatorQuery(from, to, region, new DataScope(level, unitId, scopeRegion));
        }
    }

    private final Indicators indicators;
    private final DueItems dueItems;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final LoadingCache<Key, Reading> cache;

    @Autowired
    DashboardReadings(Indicators indicators, DueItems dueItems, CaseNumbers caseNumbers, Clock clock,
            @Value("${fazhi.indicators.dashboard-refresh:1m}") Duration refresh) {
        this(indicators, dueItems, caseNumbers, clock, refresh, Ticker.systemTicker());
    }

    /** @param ticker the time by which readings age (a test's own) */
    DashboardReadings(Indicators indicators, DueItems dueItems, CaseNumbers caseNumbers, Clock clock, Duration refresh,
            Ticker ticker) {
        this.indicators = indicators;
        this.caseNumbers = caseNumbers;
        this.dueItems = dueItems;
        this.clock = clock;
        this.cache = refresh.isZero() || refresh.isNegative() ? null
                : Caffeine.newBuilder().maximumSize(500).refreshAfterWrite(refresh)
                        .expireAfterAccess(refresh.multipliedBy(10)).executor(background).ticker(ticker)
                        .build(this::compute);
    }

    /**
     * Background refreshes and the start-up computation run on their own thread, one at a time, so they never wait
     * behind the indicator queries they start and never load the database with more than one reading at once.
     */
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-refresh");
        thread.setDaemon(true);
        return thread;
    });

    /** The reading for {@code query}: a kept one when there is one, otherwise computed now. */
    Reading read(IndicatorQuery query) {
        Key key = Key.of(query);
        return cache == null ? compute(key) : cache.get(key);
    }

    private Reading compute(Key key) {
        IndicatorQuery query = key.query();
        Map<Indicator, IndicatorBreakdown> figures = indicators.breakdowns(query, 9);
        List<DueItem> overdue = new ArrayList<>();
        for (DueItem item : dueItems.summary(query.scope()).overdue()) {
            if (item.regionCode() != null && item.regionCode().startsWith(query.regionCode())) {
                overdue.add(item);
            }
        }
        return new Reading(figures, List.copyOf(overdue), Instant.now(clock));
    }

    /**
     * At start-up, computes the district-wide readings of this year and the last in the background; a request for one
     * of them meanwhile waits for that computation rather than starting its own.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmAtStart() {
        if (cache != null) {
            background.execute(() -> warmKeys().forEach(key -> {
                try {
                    cache.get(key);
                } catch (RuntimeException e) {
                    log.warn("Could not compute the dashboard reading {}: {}", key, e.toString());
                }
            }));
        }
    }

    /** Keeps the district-wide readings of this year and the last fresh, read or not (recomputed in the background). */
    @Scheduled(fixedDelayString = "${fazhi.indicators.dashboard-warm-every:1m}",
            initialDelayString = "${fazhi.indicators.dashboard-warm-every:1m}")
    void warm() {
        if (cache != null) {
            warmKeys().forEach(cache::refresh);
        }
    }

    /** The district-wide readings kept fresh: the year the dashboard opens on, this year and the last. */
    private List<Key> warmKeys() {
        int year = LocalDate.now(clock).getYear();
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 0, Regions.DISTRICT_CODE);
        return java.util.stream.IntStream.of(defaultYear(LocalDate.now(clock)), year, year - 1).distinct()
                .mapToObj(y -> Key.of(IndicatorQuery.year(y, Regions.DISTRICT_CODE, district))).toList();
    }

    /**
     * The year the dashboard shows without {@code ?year}: the current year once its first quarter is over and a case has
     * been numbered in it — before that a year of a few weeks would stand for "this year" (issue 10, point 18) — else the
     * latest earlier year with a numbered case (e.g. the 2023 demo year), else the current year; never one before the
     * selector's first year. One small query on the case-number sequences of every case type, not an indicator
     * computation; district-wide (a default, it reveals no figure).
     */
    int defaultYear(LocalDate today) {
        int thisYear = today.getYear();
        boolean firstQuarterOver = !today.isBefore(LocalDate.of(thisYear, 4, 1));
        return caseNumbers.latestYear(IndicatorPageController.FIRST_YEAR, firstQuarterOver ? thisYear : thisYear - 1)
                .orElse(thisYear);
    }
}
