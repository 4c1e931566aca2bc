package cn.fazhi.indicators.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRequests;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.indicators.RecordPage;
import cn.fazhi.platform.scope.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The indicators over REST: figures and the records behind them, within the caller's data scope. */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "indicators", description = "统计指标：由业务记录计算的数据及其对应记录")
class IndicatorApiController {

    static final int PAGE_SIZE = 50;

    private final Indicators indicators;
    private final IndicatorRequests requests;
    private final Caller caller;

    IndicatorApiController(Indicators indicators, IndicatorRequests requests, Caller caller) {
        this.indicators = indicators;
        this.requests = requests;
        this.caller = caller;
    }

    /** A figure in a list. */
    record Figure(String id, String name, String unit, BigDecimal value) {}

    /**
     * One figure with its definition and, for a figure no record here proves (a reported figure), its provenance
     * (null otherwise).
     */
    record FigureDetail(String id, String name, String unit, BigDecimal value, String definition, String provenance) {}

    @GetMapping
    @PreAuthorize("hasAuthority('indicators:read')")
    @Operation(summary = "全部指标", description = "某年（year）或某期间（from、to，含两端）某区域（区6位、乡镇9位）的全部指标值；"
            + "区域缺省为本人数据范围；超出本人数据范围的区域返回 404")
    List<Figure> all(@Parameter(description = "年份，如 2023") @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @Parameter(description = "区域代码，如 421202") @RequestParam(required = false) String region, Locale locale) {
        IndicatorQuery query = requests.query(year, from, to, region, caller.scope());
        return indicators.values(query).entrySet().stream().map(e -> requests.read(e.getKey(), e.getValue(), locale))
                .map(r -> new Figure(r.id(), r.name(), r.unit().name(), r.value())).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('indicators:read')")
    @Operation(summary = "单个指标", description = "指标值及其定义（统计什么、按哪个日期计）；未知指标返回 404")
    FigureDetail one(@PathVariable String id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region, Locale locale) {
        Indicator indicator = requests.indicator(id);
        IndicatorQuery query = requests.query(year, from, to, region, caller.scope());
        return new FigureDetail(indicator.id(), indicators.name(indicator, locale), indicator.unit().name(),
                indicator.value(query), indicators.definition(indicator, locale), indicator.provenance(query));
    }

    @GetMapping("/{id}/records")
    @PreAuthorize("hasAuthority('indicators:read')")
    @Operation(summary = "指标对应记录", description = "构成该指标值的记录（案号、类别、计入日期、区域、金额、案件页面），"
            + "按计入日期倒序，每页 50 条，page 从 0 开始；category 可按类别筛选")
    RecordPage records(@PathVariable String id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page) {
        Indicator indicator = requests.indicator(id);
        IndicatorQuery query = requests.query(year, from, to, region, caller.scope());
        if (page < 0 || page > 100_000) {
            throw cn.fazhi.platform.web.UserFacingException.badRequest("indicators.error.page");
        }
        return indicator.records(query, category == null || category.isBlank() ? null : category.strip(), page,
                PAGE_SIZE);
    }
}
