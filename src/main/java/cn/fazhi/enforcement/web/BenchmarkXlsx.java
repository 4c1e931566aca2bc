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

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;

/** Writes one of the discretion part's lists as an .xlsx sheet (headers from the bundle) and audits the export. */
final class BenchmarkXlsx {

    private BenchmarkXlsx() {}

    static void write(MessageSource messages, HttpServletResponse response, String fileNameKey, List<String> headerKeys,
            List<List<Object>> rows, AuditTrail audit, AuditEntry exported) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String name = messages.getMessage(fileNameKey, null, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : headerKeys) {
            head.add(List.of(messages.getMessage(key, null, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, name).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
        audit.record(exported);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
