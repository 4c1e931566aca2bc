package cn.fazhi.reconsideration.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.reconsideration.LitigationCaseView;
import cn.fazhi.reconsideration.LitigationCases;
import cn.fazhi.reconsideration.domain.LitigationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The litigation list as .xlsx, page and API: the same filters and data scope as the list
 * ({@link LitigationCases#search}); the plaintiff's identifier masked; each suit's hearings with who appeared.
 */
@Controller
@Tag(name = "litigation")
class LitigationExportController {

    private static final String[] HEADERS = {"litigation.field.internalNumber", "reconsideration.field.status",
            "litigation.field.court", "litigation.field.instance", "litigation.field.courtCaseNumber",
            "litigation.field.plaintiffName", "litigation.field.plaintiffIdNumber", "litigation.field.defendantUnitId",
            "litigation.field.subject", "litigation.field.filedOn", "litigation.export.column.hearings", "litigation.field.outcome",
            "litigation.field.outcomeOn", "litigation.field.performanceDeadline", "litigation.field.completedOn",
            "reconsideration.field.handler"};

    private final LitigationCases cases;
    private final MessageSource messages;
    private final AuditTrail audit;

    LitigationExportController(LitigationCases cases, MessageSource messages, AuditTrail audit) {
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/litigation/export")
    @PreAuthorize("hasAuthority('litigation:view')")
    void page(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean mine, HttpServletResponse response) throws IOException {
        LitigationStatus s = Arrays.stream(LitigationStatus.values()).filter(v -> v.name().equals(status)).findFirst()
                .orElse(null);
        write(mine ? cases.searchMine(s, q) : cases.search(s, q), response, describe(s, mine, q));
    }

    @GetMapping("/api/v1/litigation/cases/export")
    @PreAuthorize("hasAuthority('litigation:view')")
    @Operation(summary = "Export the searched suits (.xlsx)",
            description = "Same filters as the suit search; only suits in the caller's scope; identifiers masked")
    void api(@RequestParam(required = false) LitigationStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean mine, HttpServletResponse response) throws IOException {
        write(mine ? cases.searchMine(status, q) : cases.search(status, q), response, describe(status, mine, q));
    }

    private static String describe(LitigationStatus status, boolean mine, String q) {
        return "status=" + status + " mine=" + mine + " text=" + (q != null && !q.isBlank());
    }

    private void write(List<LitigationCaseView> found, HttpServletResponse response, String filters) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>(found.size());
        for (LitigationCaseView c : found) {
            List<Object> line = new ArrayList<>();
            line.add(c.internalNumber());
            line.add(label("litigation.status." + c.status(), locale));
            line.add(c.court());
            line.add(label("litigation.instance." + c.instance(), locale));
            line.add(XlsxList.text(c.courtCaseNumber()));
            line.add(c.plaintiffName());
            line.add(XlsxList.text(c.plaintiffIdMasked()));
            line.add(c.defendantUnitName());
            line.add(c.subject());
            line.add(XlsxList.text(c.filedOn()));
            line.add(c.hearings().stream().map(h -> h.hearingOn() + " " + label("litigation.appearance." + h.appearance(),
                    locale) + (h.headName() == null ? "" : " " + h.headName())).collect(Collectors.joining("；")));
            line.add(c.outcome() == null ? "" : label("litigation.outcome." + c.outcome(), locale));
            line.add(XlsxList.text(c.outcomeOn()));
            line.add(XlsxList.text(c.performanceDeadline()));
            line.add(XlsxList.text(c.performanceCompletedOn()));
            line.add(XlsxList.text(c.handlerName()));
            rows.add(line);
        }
        XlsxList.write(messages, response, "litigation.export.fileName", "litigation.export.sheet", HEADERS, rows, audit,
                AuditEntry.of("litigation.case.exported", LitigationCases.TYPE, null, found.size() + " " + filters));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
