package cn.fazhi.supervision.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/** Writes one of the oversight part's lists as an .xlsx sheet with headers from the bundle, and audits the export. */
final class OversightXlsx {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private OversightXlsx() {}

    static void write(MessageSource messages, HttpServletResponse response, String fileNameKey, String sheetKey,
            String[] headerKeys, List<List<Object>> rows, AuditTrail audit, AuditEntry exported) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.getMessage(fileNameKey, null, locale) + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : headerKeys) {
            head.add(List.of(messages.getMessage(key, null, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, messages.getMessage(sheetKey, null, locale)).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
        audit.record(exported);
    }
}
