package cn.fazhi.services.web;

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
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/** The applications list as .xlsx: one row per application, headers from the bundle. */
final class ApplicationXlsx {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADERS = {"caseNumber", "item", "unit", "channel", "applicant", "receivedOn",
        "acceptedOn", "promisedDue", "legalDue", "decidedOn", "status", "overdue"};

    private ApplicationXlsx() {}

    static void write(MessageSource messages, HttpServletResponse response, List<List<Object>> rows) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("nav.services.applications", null, locale);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : HEADERS) {
            head.add(List.of(messages.getMessage("services.application.field." + key, null, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }
}
