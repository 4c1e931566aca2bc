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
import cn.fazhi.reconsideration.ReconsiderationCaseView;
import cn.fazhi.reconsideration.ReconsiderationCases;
import cn.fazhi.reconsideration.domain.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;


/**
 * The reconsideration case list as .xlsx, page and API: the same filters and data scope as the list
 * ({@link ReconsiderationCases#search}), written with FastExcel's streaming writer; identifiers and phones masked
 * (the case views carry them masked already).
 */
@Controller
@Tag(name = "reconsideration")
class ReconsiderationExportController {

    private static final String[] HEADERS = {"reconsideration.field.caseNumber", "reconsideration.field.status",
            "reconsideration.field.channel", "reconsideration.field.receivedOn", "reconsideration.field.learnedOn",
            "reconsideration.field.windowEndsOn", "reconsideration.export.column.applicants",
            "reconsideration.export.column.applicantIdentifiers", "reconsideration.export.column.applicantPhones",
            "reconsideration.field.respondentUnitId", "reconsideration.field.actDescription",
            "reconsideration.field.actDocumentNo", "reconsideration.field.procedure", "reconsideration.field.acceptedOn",
            "reconsideration.field.decisionType", "reconsideration.field.decidedOn",
            "reconsideration.list.overdueFlag", "reconsideration.field.handler"};

    private final ReconsiderationCases cases;
    private final MessageSource messages;
    private final AuditTrail audit;

    ReconsiderationExportController(ReconsiderationCases cases, MessageSource messages, AuditTrail audit) {
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/reconsideration/export")
    @PreAuthorize("hasAuthority('reconsideration:view')")
    void page(@RequestParam(required = false) String status, @RequestParam(required = false) String township,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean overdue,
            HttpServletResponse response) throws IOException {
        Status s = Arrays.stream(Status.values()).filter(v -> v.name().equals(status)).findFirst().orElse(null);
        write(cases.searchForExport(s, township, overdue, q), response, describe(s, township, overdue, q));
    }

    @GetMapping("/api/v1/reconsideration/cases/export")
    @PreAuthorize("hasAuthority('reconsideration:view')")
    @Operation(summary = "Export the searched cases (.xlsx)",
            description = "Same filters as the case search; only cases in the caller's scope; identifiers masked")
    void api(@RequestParam(required = false) Status status, @RequestParam(required = false) String township,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        write(cases.searchForExport(status, township, overdue, q), response, describe(status, township, overdue, q));
    }

    private static String describe(Status status, String township, boolean overdue, String q) {
        return "status=" + status + " township=" + township + " overdue=" + overdue + " text=" + (q != null && !q.isBlank());
    }

    private void write(List<ReconsiderationCaseView> found, HttpServletResponse response, String filters)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>(found.size());
        for (ReconsiderationCaseView c : found) {
            List<ReconsiderationCaseView.Party> applicants = c.parties().stream()
                    .filter(p -> "APPLICANT".equals(p.role())).toList();
            List<Object> line = new ArrayList<>();
            line.add(c.caseNumber());
            line.add(label("reconsideration.status." + c.status(), locale));
            line.add(label("reconsideration.channel." + c.channel(), locale));
            line.add(text(c.receivedOn()));
            line.add(text(c.learnedOn()));
            line.add(text(c.windowEndsOn()));
            line.add(applicants.stream().map(ReconsiderationCaseView.Party::name).collect(Collectors.joining("、")));
            line.add(applicants.stream().map(p -> p.idNumberMasked() != null && !p.idNumberMasked().isEmpty()
                    ? p.idNumberMasked() : p.uscc() == null ? "" : p.uscc()).filter(v -> !v.isEmpty())
                    .collect(Collectors.joining("、")));
            line.add(applicants.stream().map(ReconsiderationCaseView.Party::phoneMasked)
                    .filter(v -> v != null && !v.isEmpty()).collect(Collectors.joining("、")));
            line.add(c.respondentUnitName());
            line.add(c.actDescription());
            line.add(c.actDocumentNo());
            line.add(c.procedure() == null ? "" : label("reconsideration.procedure." + c.procedure(), locale));
            line.add(text(c.acceptedOn()));
            line.add(c.decisionType() == null ? "" : label("reconsideration.decision." + c.decisionType(), locale));
            line.add(text(c.decidedOn()));
            line.add(c.overdue() ? messages.getMessage("reconsideration.list.overdueFlag", null, locale) : "");
            line.add(text(c.handlerName()));
            rows.add(line);
        }
        XlsxList.write(messages, response, "reconsideration.export.fileName", "reconsideration.export.sheet", HEADERS,
                rows, audit, AuditEntry.of("reconsideration.case.exported", ReconsiderationCases.TYPE, null,
                        found.size() + " " + filters));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String text(Object value) {
        return XlsxList.text(value);
    }
}
