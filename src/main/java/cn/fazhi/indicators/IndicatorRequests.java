package cn.fazhi.indicators;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Service;

import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Turns what a page or API caller asked for (a year, or a from/to period; a region) into an {@link IndicatorQuery}
 * within the caller's data scope, refusing with a message in the user's language what cannot be answered: no or a
 * reversed period, a period longer than {@value #MAX_YEARS} years, an unknown region, or a region outside the caller's
 * scope (a township's staff ask for their township, not for the district or another township).
 */
@Service
public class IndicatorRequests {

    static final int MAX_YEARS = 10;
    private static final int FIRST_YEAR = 2000;

    private final Regions regions;
    private final Indicators indicators;

    IndicatorRequests(Regions regions, Indicators indicators) {
        this.regions = regions;
        this.indicators = indicators;
    }

    public IndicatorQuery query(Integer year, LocalDate from, LocalDate to, String region, DataScope scope) {
        LocalDate start;
        LocalDate end;
        if (year != null) {
            if (from != null || to != null || year < FIRST_YEAR || year > 2100) {
                throw UserFacingException.badRequest("indicators.error.period");
            }
            start = LocalDate.of(year, 1, 1);
            end = LocalDate.of(year, 12, 31);
        } else {
            if (from == null || to == null || to.isBefore(from) || from.getYear() < FIRST_YEAR
                    || to.isAfter(from.plusYears(MAX_YEARS))) {
                throw UserFacingException.badRequest("indicators.error.period");
            }
            start = from;
            end = to;
        }
        String code = region == null || region.isBlank() ? defaultRegion(scope) : region.strip();
        if (!code.matches("\\d{6}|\\d{9}|\\d{12}") || regions.find(code).isEmpty()) {
            throw UserFacingException.badRequest("indicators.error.region");
        }
        if (!code.startsWith(scope.regionCode())) {
            throw UserFacingException.notFound("indicators.error.regionOutsideScope");
        }
        return new IndicatorQuery(start, end, code, scope);
    }

    /** The caller's own region: their township, or the district. */
    public String defaultRegion(DataScope scope) {
        return scope.regionCode().length() > 9 ? scope.regionCode().substring(0, 9) : scope.regionCode();
    }

    public Indicator indicator(String id) {
        return indicators.find(id).orElseThrow(() -> UserFacingException.notFound("indicators.error.unknown"));
    }

    /** One indicator's figure for the query with its name and unit label in {@code locale}. */
    public Reading read(Indicator indicator, IndicatorQuery query, Locale locale) {
        return new Reading(indicator.id(), indicators.name(indicator, locale), indicators.unitLabel(indicator, locale),
                indicator.unit(), indicator.value(query));
    }

    /** One indicator's figure already computed ({@link Indicators#values}) with its name and unit label. */
    public Reading read(Indicator indicator, java.math.BigDecimal value, Locale locale) {
        return new Reading(indicator.id(), indicators.name(indicator, locale), indicators.unitLabel(indicator, locale),
                indicator.unit(), value);
    }

    /** A figure as pages and the API show it. */
    public record Reading(String id, String name, String unitLabel, IndicatorUnit unit, java.math.BigDecimal value) {}
}
