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

import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.services.ItemRow;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/** Writes items (a list or a catalogue) as an .xlsx sheet titled {@code titleKey}, with headers from the bundle. */
final class ItemXlsx {

    private static final String[] HEADERS = {"services.item.code", "services.item.name", "services.item.type",
        "services.item.unit", "services.item.level", "services.item.delegated", "services.item.legalDays",
        "services.item.promisedDays", "services.item.online", "services.item.powerCode", "services.item.effectiveFrom",
        "services.item.publishedOn"};

    private ItemXlsx() {}

    static void write(MessageSource messages, HttpServletResponse response, String titleKey, List<ItemRow> items)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage(titleKey, null, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : HEADERS) {
            head.add(List.of(messages.getMessage(key, null, locale)));
        }
        String yes = messages.getMessage("common.yes", null, locale);
        String no = messages.getMessage("common.no", null, locale);
        List<List<Object>> rows = new ArrayList<>();
        for (ItemRow i : items) {
            rows.add(List.of(i.code(), i.name(), messages.getMessage("services.type." + i.type(), null, locale),
                    i.unitName(), messages.getMessage("services.level." + i.level(), null, locale), i.delegated() ? yes : no,
                    i.legalDays() == null ? "" : i.legalDays(), i.promisedDays(), i.online() ? yes : no,
                    i.powerCode() == null ? "" : i.powerCode(), i.effectiveFrom().toString(),
                    i.publishedOn() == null ? "" : i.publishedOn().toString()));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }
}
