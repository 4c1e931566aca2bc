package cn.fazhi.responsibilities.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import cn.fazhi.responsibilities.PowerIssues;
import cn.fazhi.responsibilities.PowerRow;
import cn.fazhi.responsibilities.PowerView;

/** The .xlsx sheets of the 权责清单: the powers (the import columns first, so an export can be imported back) and the issues. */
final class PowerXlsx {

    static final String[] POWER_HEADERS = {"responsibilities.field.code", "responsibilities.field.type",
        "responsibilities.field.name", "responsibilities.field.basis", "responsibilities.field.unit",
        "responsibilities.field.effectiveFrom", "responsibilities.field.duties", "responsibilities.field.accountability",
        "responsibilities.field.versionNo", "responsibilities.field.effectiveTo", "responsibilities.field.publishedOn",
        "responsibilities.field.state"};
    static final String[] ISSUE_HEADERS = {"responsibilities.issues.column.kind", "responsibilities.issues.column.code",
        "responsibilities.issues.column.name", "responsibilities.issues.column.unit",
        "responsibilities.issues.column.reason", "responsibilities.issues.column.evidence"};

    private PowerXlsx() {}

    static void powers(MessageSource messages, HttpServletResponse response, List<PowerRow> items) throws IOException {
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (PowerRow p : items) {
            rows.add(List.of(p.code(), type(messages, p.powerType(), l), p.name(), p.basis(), p.unitName(),
                    p.effectiveFrom().toString(), nz(p.duties()), nz(p.accountability()), p.versionNo(),
                    p.effectiveTo() == null ? "" : p.effectiveTo().toString(),
                    p.publishedOn() == null ? "" : p.publishedOn().toString(),
                    messages.getMessage("responsibilities.state." + p.state(), null, l)));
        }
        write(messages, response, "responsibilities.list.title", POWER_HEADERS, rows);
    }

    static void issues(MessageSource messages, HttpServletResponse response, List<PowerIssues.Overlap> overlaps,
            List<PowerIssues.Gap> gaps, LocalDate on) throws IOException {
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (PowerIssues.Overlap o : overlaps) {
            StringBuilder evidence = new StringBuilder();
            for (PowerView p : o.powers()) {
                evidence.append(evidence.isEmpty() ? "" : "；").append(p.code()).append(' ').append(p.name())
                        .append('（').append(p.basis()).append('）');
            }
            rows.add(List.of(messages.getMessage("responsibilities.issues.overlap", null, l), o.powers().get(0).code(),
                    o.name(), String.valueOf(o.powers().stream().map(PowerView::unitId).distinct().count()),
                    messages.getMessage("responsibilities.issues.overlapReason", new Object[] {o.powers().size()}, l),
                    evidence.toString()));
        }
        for (PowerIssues.Gap g : gaps) {
            rows.add(List.of(messages.getMessage("responsibilities.claimed." + g.matter().kind(), null,
                    g.matter().kind(), l), nz(g.matter().code()), g.matter().name(), nz(g.unitName()),
                    messages.getMessage("responsibilities.gap." + g.reason(), null, l), evidence(messages, g, on, l)));
        }
        write(messages, response, "responsibilities.issues.title", ISSUE_HEADERS, rows);
    }

    /** The evidence of a gap in words: the day and codes looked up, the missing ones, the closest power. */
    static String evidence(MessageSource messages, PowerIssues.Gap g, LocalDate on, Locale l) {
        String looked = messages.getMessage("responsibilities.gap.lookedUp", new Object[] {on.toString(),
                g.lookedUp().isEmpty() ? messages.getMessage("common.none", null, l) : String.join("、", g.lookedUp())},
                l);
        String closest = g.closest() == null ? messages.getMessage("responsibilities.gap.noClosest", null, l)
                : messages.getMessage("responsibilities.gap.closest", new Object[] {g.closest().powerName(),
                        g.closest().powerCode(), g.closest().matched()}, l);
        return looked + " " + closest;
    }

    static String type(MessageSource messages, String code, Locale l) {
        return messages.getMessage("responsibilities.type." + code, null, code, l);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void write(MessageSource messages, HttpServletResponse response, String titleKey, String[] headers,
            List<List<Object>> rows) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage(titleKey, null, locale);
        response.setContentType(cn.fazhi.platform.imports.Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : headers) {
            head.add(List.of(messages.getMessage(key, null, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }
}
