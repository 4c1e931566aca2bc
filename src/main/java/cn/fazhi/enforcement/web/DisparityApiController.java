package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enforcement.Disparities;
import cn.fazhi.enforcement.DisparityAnalysis;
import cn.fazhi.enforcement.DisparityFlag;
import cn.fazhi.enforcement.DisparityPeer;
import cn.fazhi.enforcement.EnforcementPermissions;
import cn.fazhi.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** 同案不同罚 detection over REST: the same rule, scope and filters as the page. */
@RestController
@RequestMapping("/api/v1/enforcement/disparities")
@Tag(name = "enforcement-disparities", description = "同案不同罚分析：超出裁量幅度或明显偏离同类案件的处罚决定（不按罚款数额对单位排名）")
class DisparityApiController {

    private final Disparities disparities;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditTrail audit;

    DisparityApiController(Disparities disparities, CurrentUsers currentUsers, MessageSource messages, AuditTrail audit) {
        this.disparities = disparities;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.audit = audit;
    }

    /** A flag with its explanation in words. */
    record FlagBody(DisparityFlag flag, List<String> explanation) {}

    /** The analysis with each flag explained. */
    record AnalysisBody(LocalDate from, LocalDate to, long decisions, long groups, int flagged, double threshold,
            int minGroupSize, long millis, List<FlagBody> flags) {}

    /** One flag (null when the case is not flagged) and its peers. */
    record DetailBody(FlagBody flag, long peersTotal, List<DisparityPeer> peers) {}

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "同案不同罚分析", description = "同一违法行为、同一裁量阶次、期间内作出的决定为一组：罚款超出该阶次幅度，"
            + "或组内不少于 n 件且 |罚款−中位数|/(1.4826×MAD) 超过 k 的，列出并说明；unitId 仅监督人员可用，其他人只见本单位")
    AnalysisBody analyse(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId) {
        DisparityAnalysis a = run(disparities, currentUsers, from, to, unitId);
        return new AnalysisBody(a.from(), a.to(), a.decisions(), a.groups(), a.flags().size(), a.threshold(),
                a.minGroupSize(), a.millis(), a.flags().stream().map(f -> body(f, a.threshold())).toList());
    }

    @GetMapping("/{caseId}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "一件决定的比对情况及同组案件", description = "不在本人数据范围内或期间内未作出决定的案件返回 404；其他单位案件不显示案号")
    DetailBody detail(@PathVariable long caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate[] period = period(from, to);
        Disparities.Detail d = disparities.detail(caseId, period[0], period[1], currentUsers.scope());
        return new DetailBody(d.flag() == null ? null : body(d.flag(), d.threshold()), d.peersTotal(), d.peers());
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "导出同案不同罚分析结果 (.xlsx)")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId, HttpServletResponse response) throws IOException {
        exportTo(run(disparities, currentUsers, from, to, unitId), messages, audit, response);
    }

    private FlagBody body(DisparityFlag f, double threshold) {
        Locale locale = LocaleContextHolder.getLocale();
        return new FlagBody(f, f.explanations(threshold).stream()
                .map(e -> messages.getMessage(e.key(), e.args().toArray(), locale)).toList());
    }

    /** The period (this year by default) and the unit filter: only a supervisor chooses a unit. */
    static DisparityAnalysis run(Disparities disparities, CurrentUsers currentUsers, LocalDate from, LocalDate to,
            Long unitId) {
        LocalDate[] period = period(from, to);
        Long unit = currentUsers.can(EnforcementPermissions.SUPERVISE) ? unitId : null;
        return disparities.analyse(period[0], period[1], unit, currentUsers.scope());
    }

    static LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now();
        LocalDate f = from == null ? (to == null ? today.withDayOfYear(1) : to.withDayOfYear(1)) : from;
        LocalDate t = to == null ? (from == null ? today : from.withDayOfYear(from.lengthOfYear())) : to;
        return new LocalDate[] {f, t};
    }

    static void exportTo(DisparityAnalysis a, MessageSource messages, AuditTrail audit, HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (DisparityFlag f : a.flags()) {
            rows.add(List.of(f.caseNumber(), f.unitName(), BenchmarkXlsx.text(f.decidedOn()), f.violationCode(),
                    BenchmarkXlsx.text(f.violationName()),
                    messages.getMessage("enforcement.discretion.level." + f.level(), null, locale),
                    f.fine().toPlainString(), String.join("；", f.explanations(a.threshold()).stream()
                            .map(e -> messages.getMessage(e.key(), e.args().toArray(), locale)).toList())));
        }
        BenchmarkXlsx.write(messages, response, "enforcement.discretion.export.disparities",
                List.of("enforcement.discretion.field.caseNumber", "enforcement.discretion.field.unit",
                        "enforcement.discretion.field.decidedOn", "enforcement.discretion.column.violationCode",
                        "enforcement.discretion.column.violationName", "enforcement.discretion.column.level",
                        "enforcement.discretion.field.fine", "enforcement.discretion.field.explanation"),
                rows, audit, AuditEntry.of("enforcement.disparity.exported", "enforcement_case", null,
                        a.from() + ".." + a.to() + " flags=" + a.flags().size()));
    }
}
