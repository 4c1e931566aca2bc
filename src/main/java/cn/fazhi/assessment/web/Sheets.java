package cn.fazhi.assessment.web;

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

import cn.fazhi.platform.imports.Spreadsheets;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/** Writes one list as an .xlsx download with labelled columns. */
final class Sheets {

    private Sheets() {}

    static String label(MessageSource messages, String key) {
        Locale l = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, l);
    }

    static void write(MessageSource messages, HttpServletResponse response, String titleKey, List<String> headers,
            List<List<Object>> rows) throws IOException {
        String title = label(messages, titleKey);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : headers) {
            head.add(List.of(label(messages, key)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }
}
