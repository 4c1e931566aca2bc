package cn.fazhi.reported.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import cn.fazhi.platform.imports.Spreadsheets;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/** Writes a staff list as an .xlsx download: the title (a message key) names the file and the sheet. */
final class ReportedSheets {

    private ReportedSheets() {}

    static void write(HttpServletResponse response, MessageSource messages, Locale locale, String titleKey,
            String[] headerKeys, List<List<Object>> rows) throws IOException {
        String title = messages.getMessage(titleKey, null, titleKey, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : headerKeys) {
            head.add(List.of(messages.getMessage(key, null, key, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
