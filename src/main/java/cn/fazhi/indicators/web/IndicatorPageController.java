package cn.fazhi.indicators.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.fazhi.cases.DueItem;
import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorBreakdown;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRequests;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.indicators.RecordPage;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff pages of the indicators: the records behind a figure ({@code /indicators/{id}/records}, linked from the
 * dashboard and the annual report) and the dashboard (驾驶舱) with every figure of a year and region, its trend by
 * month, its breakdown by township and by category, and the overdue deadlines by unit.
 */
@Controller
class IndicatorPageController {

    static final int PAGE_SIZE = 50;
    /** The first year the year selector offers. */
    static final int FIRST_YEAR = 2023;

    private final Indicators indicators;
    private final IndicatorRequests requests;
    private final Caller caller;
    private final Regions regions;
    private final Units units;
    private final DashboardReadings readings;
    private final MessageSource messages;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final java.time.Clock clock;

    IndicatorPageController(Indicators indicators, IndicatorRequests requests, Caller caller, Regions regions,
            Units units, DashboardReadings readings, MessageSource messages, java.time.Clock clock) {
        this.indicators = indicators;
        this.requests = requests;
        this.caller = caller;
        this.regions = regions;
        this.units = units;
        this.readings = readings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/indicators/{id}/records")
    @PreAuthorize("hasAuthority('indicators:read')")
    String records(@PathVariable String id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Indicator indicator = requests.indicator(id);
        IndicatorQuery query = requests.query(year, from, to, region, caller.scope());
        String cat = category == null || category.isBlank() ? null : category.strip();
        String evidence = cat == null ? indicator.evidenceHref(query) : null;
        if (evidence != null) {
            // a figure no record here proves (a reported figure) drills down to what stands behind it
            return "redirect:" + evidence;
        }
        RecordPage records = indicator.records(query, cat, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("indicator", indicator);
        // A drill-down into one category shows that slice's figure, not the whole figure it came from (issue 10, point 19)
        model.addAttribute("reading", cat == null ? requests.read(indicator, query, locale)
                : requests.read(indicator, indicator.byCategory(query).getOrDefault(cat, BigDecimal.ZERO), locale));
        model.addAttribute("definition", indicators.definition(indicator, locale));
        model.addAttribute("query", query);
        model.addAttribute("regionName", regionName(query.regionCode()));
        model.addAttribute("category", cat);
        model.addAttribute("categoryLabel", cat == null ? null
                : messages.getMessage(String.valueOf(indicator.categoryLabelKey(cat)), null, cat, locale));
        model.addAttribute("records", records);
        model.addAttribute("regionNames", regionNames());
        model.addAttribute("lastPage", Math.max(0, (records.total() - 1) / PAGE_SIZE));
        model.addAttribute("pageLink", recordsLink(indicator.id(), query.from(), query.to(), query.regionCode(), cat)
                + "&page=");
        return "indicators/records";
    }

    @GetMapping("/dashboard")
    @PreAuthorize("hasAuthority('indicators:read')")
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            Model model, Locale locale) {
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null ? defaultYear(LocalDate.now(clock)) : year;
        IndicatorQuery query = requests.query(shown, null, null, region, caller.scope());
        List<Map<String, Object>> figures = new ArrayList<>();
        Map<String, String> regionNames = regionNames();
        // A kept reading (one grouped query per count or sum, a rate from its parts; issue 4, performance)
        DashboardReadings.Reading reading0 = readings.read(query);
        for (Map.Entry<Indicator, IndicatorBreakdown> entry : reading0.figures().entrySet()) {
            Indicator indicator = entry.getKey();
            IndicatorBreakdown breakdown = entry.getValue();
            IndicatorRequests.Reading reading = requests.read(indicator, breakdown.value(), locale);
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("id", indicator.id());
            figure.put("name", reading.name());
            figure.put("unit", indicator.unit() == IndicatorUnit.YUAN && reading.value() != null
                    && reading.value().compareTo(BigDecimal.valueOf(10_000)) >= 0 ? "" : reading.unitLabel());
            figure.put("value", reading.value());
            figure.put("display", display(reading.value(), indicator.unit(), locale));
            figure.put("records", recordsLink(indicator.id(), query.from(), query.to(), query.regionCode(), null));
            Map<String, Object> months = new LinkedHashMap<>();
            breakdown.months().forEach((m, v) -> months.put(m.toString(), v));
            figure.put("months", months);
            Map<String, Object> byRegion = new LinkedHashMap<>();
            if (query.regionCode().length() == 6) {
                breakdown.regions().forEach((code, v) -> byRegion.put(code, v));
            }
            figure.put("regions", byRegion);
            List<Map<String, Object>> categories = new ArrayList<>();
            breakdown.categories().forEach((code, v) -> categories.add(Map.of("code", code, "value", v,
                    "name", messages.getMessage(String.valueOf(indicator.categoryLabelKey(code)), null, code, locale))));
            figure.put("categories", categories);
            figures.add(figure);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("figures", figures);
        data.put("regionNames", regionNames);
        data.put("recordsBase", "/indicators/");
        data.put("year", shown);
        data.put("region", query.regionCode());
        model.addAttribute("figures", figures);
        model.addAttribute("areas", areas(figures, locale));
        model.addAttribute("data", JSON.writeValueAsString(data));
        model.addAttribute("query", query);
        model.addAttribute("year", shown);
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        if (!years.contains(shown)) {
            years.add(shown);
        }
        model.addAttribute("years", years);
        model.addAttribute("regionOptions", regionOptions());
        model.addAttribute("regionName", regionName(query.regionCode()));
        model.addAttribute("overdue", overdueByUnit(reading0.overdue()));
        model.addAttribute("computedAt", java.time.LocalDateTime.ofInstant(reading0.computedAt(), clock.getZone()));
        return "indicators/dashboard";
    }

    /**
     * The figures grouped by business area — the first part of the indicator id ({@code mediation},
     * {@code reconsideration}, …), labelled {@code indicators.area.<area>} — in the registry's order; an area whose
     * figures are all zero (or have no value) is marked {@code zero}, and the page folds it and lists it last.
     */
    private List<Map<String, Object>> areas(List<Map<String, Object>> figures, Locale locale) {
        Map<String, List<Map<String, Object>>> byArea = new LinkedHashMap<>();
        for (Map<String, Object> figure : figures) {
            String id = (String) figure.get("id");
            byArea.computeIfAbsent(id.contains(".") ? id.substring(0, id.indexOf('.')) : id, k -> new ArrayList<>())
                    .add(figure);
        }
        List<Map<String, Object>> areas = new ArrayList<>();
        byArea.forEach((area, members) -> areas.add(Map.of("id", area,
                "name", messages.getMessage("indicators.area." + area, null, area, locale),
                "figures", members,
                "zero", members.stream().map(f -> (BigDecimal) f.get("value"))
                        .allMatch(v -> v == null || v.signum() == 0))));
        // the areas with figures first, the folded ones after them
        areas.sort(java.util.Comparator.comparing(a -> (Boolean) a.get("zero")));
        return areas;
    }

    /** The year {@code /dashboard} shows without {@code ?year} ({@link DashboardReadings#defaultYear}). */
    int defaultYear(LocalDate today) {
        return readings.defaultYear(today);
    }

    /** The overdue deadlines of a reading (the caller's scope and the region), grouped by the owning unit. */
    private List<UnitOverdue> overdueByUnit(List<DueItem> overdue) {
        Map<Long, List<DueItem>> byUnit = new TreeMap<>();
        for (DueItem item : overdue) {
            byUnit.computeIfAbsent(item.unitId(), k -> new ArrayList<>()).add(item);
        }
        List<UnitOverdue> result = new ArrayList<>();
        byUnit.forEach((unitId, items) -> result.add(new UnitOverdue(
                units.find(unitId).map(UnitView::name).orElse(String.valueOf(unitId)), items)));
        result.sort((a, b) -> Integer.compare(b.items().size(), a.items().size()));
        return result;
    }

    /** A unit and its overdue deadlines. */
    record UnitOverdue(String unit, List<DueItem> items) {}

    private List<RegionView> regionOptions() {
        String scope = caller.scope().regionCode();
        List<RegionView> options = new ArrayList<>();
        regions.find(requests.defaultRegion(caller.scope())).ifPresent(options::add);
        if (scope.length() == 6) {
            options.addAll(regions.townships());
        }
        return options;
    }

    private Map<String, String> regionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        regions.districtRegions().forEach(r -> names.put(r.code(), r.name()));
        return names;
    }

    private String regionName(String code) {
        return regions.find(code).map(RegionView::name).orElse(code);
    }

    static String recordsLink(String id, LocalDate from, LocalDate to, String region, String category) {
        return UriComponentsBuilder.fromPath("/indicators/{id}/records").queryParam("from", from)
                .queryParam("to", to).queryParam("region", region)
                .queryParamIfPresent("category", java.util.Optional.ofNullable(category))
                .buildAndExpand(id).encode().toUriString();
    }

    /** A figure for display: counts as integers, percentages with one decimal, large amounts in 亿元 / 万元. */
    private String display(BigDecimal value, IndicatorUnit unit, Locale locale) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case COUNT -> String.format(locale, "%,d", value.longValue());
            case PERCENT -> value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
            case YUAN -> value.compareTo(BigDecimal.valueOf(100_000_000)) >= 0
                    ? messages.getMessage("indicators.amount.hundredMillion", new Object[] {value.movePointLeft(8)
                            .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()}, locale)
                    : value.compareTo(BigDecimal.valueOf(10_000)) >= 0
                            ? messages.getMessage("indicators.amount.tenThousand", new Object[] {value.movePointLeft(4)
                                    .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()}, locale)
                            : String.format(locale, "%,.2f", value);
        };
    }
}
