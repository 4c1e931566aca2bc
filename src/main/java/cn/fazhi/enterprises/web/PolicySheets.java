package cn.fazhi.enterprises.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/** Writes a staff list as one .xlsx sheet (headers already translated) to the response. */
final class PolicySheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PolicySheets() {}

    static void write(HttpServletResponse response, String title, List<String> headers, List<List<Object>> rows)
            throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String h : headers) {
            head.add(List.of(h));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }
}
