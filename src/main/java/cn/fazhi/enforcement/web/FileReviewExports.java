package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enforcement.EvaluationCampaignView;
import cn.fazhi.enforcement.EvaluationFileView;
import cn.fazhi.enforcement.PrecheckFinding;
import cn.fazhi.enforcement.PrecheckView;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;

/** The evaluation lists as .xlsx (headers and labels from the bundle, never codes), each export audited. */
@Component
class FileReviewExports {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;
    private final AuditTrail audit;

    FileReviewExports(MessageSource messages, AuditTrail audit) {
        this.messages = messages;
        this.audit = audit;
    }

    void results(EvaluationCampaignView c, List<EvaluationFileView> files, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationFileView f : files) {
            rows.add(List.of(f.unitName(), f.caseNumber(), text(f.closedOn()), f.score() == null ? "" : f.score().toPlainString(),
                    f.grade() == null ? "" : label("enforcement.filereview.grade." + f.grade()), f.reviewers()));
        }
        write(response, "enforcement.filereview.export.results", new String[] {"enforcement.filereview.field.unit",
                "enforcement.filereview.field.caseNumber", "enforcement.filereview.field.closedOn",
                "enforcement.filereview.field.score", "enforcement.filereview.field.grade",
                "enforcement.filereview.field.reviewers"}, rows);
        audit.record(AuditEntry.of("enforcement.filereview.exported", "enforcement_evaluation_campaign", c.id(),
                rows.size() + " files"));
    }

    void prechecks(List<PrecheckView> files, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (PrecheckView v : files) {
            if (v.findings().isEmpty()) {
                rows.add(List.of(v.unitName(), v.caseNumber(), text(v.closedOn()), label("enforcement.filereview.noFindings"),
                        "", "", ""));
            }
            for (PrecheckFinding f : v.findings()) {
                rows.add(List.of(v.unitName(), v.caseNumber(), text(v.closedOn()),
                        label("enforcement.filereview.kind." + f.kind()), f.subject() == null ? "" : f.subject(),
                        text(f.onDay()), label(f.ruleKey())));
            }
        }
        write(response, "enforcement.filereview.export.prechecks", new String[] {"enforcement.filereview.field.unit",
                "enforcement.filereview.field.caseNumber", "enforcement.filereview.field.closedOn",
                "enforcement.filereview.field.kind", "enforcement.filereview.field.subject",
                "enforcement.filereview.field.day", "enforcement.filereview.field.rule"}, rows);
        audit.record(AuditEntry.of("enforcement.filereview.exported", "enforcement_precheck_finding", "list",
                rows.size() + " rows"));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private void write(HttpServletResponse response, String titleKey, String[] headerKeys, List<List<Object>> rows)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage(titleKey, null, locale);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : headerKeys) {
            head.add(List.of(messages.getMessage(key, null, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }
}
