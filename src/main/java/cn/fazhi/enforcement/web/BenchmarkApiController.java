package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enforcement.BenchmarkCommands;
import cn.fazhi.enforcement.BenchmarkView;
import cn.fazhi.enforcement.Benchmarks;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.imports.Spreadsheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Discretion benchmarks (裁量基准) over REST: the same permissions as the pages. */
@RestController
@RequestMapping("/api/v1/enforcement/benchmarks")
@Tag(name = "enforcement-benchmarks", description = "行政处罚裁量基准：录入、导入、发布、导出（国办发〔2022〕27号）")
class BenchmarkApiController {

    private final Benchmarks benchmarks;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditTrail audit;

    BenchmarkApiController(Benchmarks benchmarks, CurrentUsers currentUsers, MessageSource messages, AuditTrail audit) {
        this.benchmarks = benchmarks;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查询裁量基准", description = "按违法行为编码、名称或文号检索；published=true 仅已发布；分页（page 从 0 起）")
    Benchmarks.Page search(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean published,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return benchmarks.search(q, published, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看裁量基准及其裁量阶次")
    BenchmarkView one(@PathVariable long id) {
        return benchmarks.get(id);
    }

    @GetMapping("/in-force")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "某违法行为在某日有效的已发布基准", description = "处罚决定选择适用的裁量阶次时使用")
    List<BenchmarkView> inForce(@RequestParam String violationCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return benchmarks.inForce(violationCode, on == null ? LocalDate.now() : on);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "新增裁量基准", description = "下级基准不得超出上级已发布基准的裁量阶次或幅度（27号 二(五)），否则 400 并说明理由")
    BenchmarkView create(@Validated @RequestBody BenchmarkCommands.Create c) {
        return benchmarks.create(c, currentUsers.require());
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "发布裁量基准", description = "《行政处罚法》第三十四条：裁量基准应当向社会公布；发布时再次与上级基准比对")
    BenchmarkView publish(@PathVariable long id, @Validated @RequestBody BenchmarkCommands.Publish c) {
        return benchmarks.publish(id, c.version());
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "撤回已发布的裁量基准")
    BenchmarkView withdraw(@PathVariable long id, @Validated @RequestBody BenchmarkCommands.Publish c) {
        return benchmarks.withdraw(id, c.version());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "从 .xlsx 导入裁量基准", description = "每行一个裁量阶次；任何一行有误则整个文件不导入，逐行列出原因")
    Map<String, Integer> importFile(@RequestParam(name = "file", required = false) MultipartFile file) {
        int n = Spreadsheets.fromUpload(file, (name, path) -> benchmarks.importFile(name, path, currentUsers.require()));
        return Map.of("imported", n);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "导出裁量基准 (.xlsx)", description = "与查询相同的条件；每行一个裁量阶次，列与导入模板相同")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean published,
            HttpServletResponse response) throws IOException {
        exportTo(benchmarks, messages, audit, q, published, response);
    }

    /** The export shared with the page: the import template's columns, one row per level. */
    static void exportTo(Benchmarks benchmarks, MessageSource messages, AuditTrail audit, String q, Boolean published,
            HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<BenchmarkView> found = benchmarks.all(q, published);
        List<List<Object>> rows = new ArrayList<>();
        for (BenchmarkView b : found) {
            for (BenchmarkView.Level l : b.levels()) {
                rows.add(List.of(b.violationCode(), b.violationName(), b.legalBasis(), b.penaltyBasis(),
                        messages.getMessage("enforcement.discretion.issuer." + b.issuerLevel(), null, locale),
                        BenchmarkXlsx.text(b.documentNumber()), BenchmarkXlsx.text(b.effectiveFrom()),
                        BenchmarkXlsx.text(b.effectiveTo()),
                        messages.getMessage("enforcement.discretion.level." + l.kind(), null, locale), l.circumstances(),
                        l.minFine() == null ? "" : l.minFine().toPlainString(),
                        l.maxFine() == null ? "" : l.maxFine().toPlainString(), BenchmarkXlsx.text(l.otherMeasures()),
                        messages.getMessage(b.published() ? "enforcement.discretion.published" : "enforcement.discretion.draft",
                                null, locale)));
            }
        }
        List<String> headers = new ArrayList<>(Benchmarks.importColumns().stream().map(Spreadsheets.Column::key).toList());
        headers.add("enforcement.discretion.column.state");
        BenchmarkXlsx.write(messages, response, "enforcement.discretion.export.benchmarks", headers, rows, audit,
                AuditEntry.of("enforcement.benchmark.exported", "enforcement_benchmark", null,
                        found.size() + " q=" + (q != null && !q.isBlank()) + " published=" + published));
    }
}
