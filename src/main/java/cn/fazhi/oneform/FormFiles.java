package cn.fazhi.oneform;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.documents.Block;
import cn.fazhi.documents.Documents;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * A produced form as a file: .xlsx (the rows of each group followed by its subtotal row, then the total) or PDF
 * through {@link Documents} (Chinese fonts embedded): a heading per group with its count, its rows, and the totals.
 */
@Component
public class FormFiles {

    private final Documents documents;
    private final MessageSource messages;
    private final OneformProperties properties;

    FormFiles(Documents documents, MessageSource messages, OneformProperties properties) {
        this.documents = documents;
        this.messages = messages;
        this.properties = properties;
    }

    public void xlsx(FormOutput form, OutputStream out, Locale locale) {
        List<List<String>> head = form.headers().stream().map(List::of).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (FormOutput.Group g : form.groups()) {
            if (form.summary()) {
                rows.add(List.of(g.name(), g.count(), g.male(), g.female()));
                continue;
            }
            rows.addAll(g.rows().stream().map(r -> (List<Object>) new ArrayList<Object>(r)).toList());
            rows.add(List.of(messages.getMessage("oneform.form.subtotal", new Object[] {g.name(), g.count()}, locale)));
        }
        rows.add(List.of(messages.getMessage("oneform.form.total", new Object[] {form.total()}, locale)));
        ExcelWriter writer = FastExcel.write(out).excelType(ExcelTypeEnum.XLSX).autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, sheetName(form.title())).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }

    public byte[] pdf(FormOutput form, Locale locale) {
        if (form.total() > properties.pdfMaxRows() && !form.summary()) {
            throw UserFacingException.badRequest("oneform.error.pdfTooLarge", form.total(), properties.pdfMaxRows());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(messages.getMessage("oneform.form.producedOn",
                new Object[] {form.producedOn().toString(), form.total()}, locale)));
        if (form.summary()) {
            List<Block.Field> fields = new ArrayList<>();
            for (FormOutput.Group g : form.groups()) {
                fields.add(new Block.Field(g.name(), messages.getMessage("oneform.form.counts",
                        new Object[] {g.count(), g.male(), g.female()}, locale)));
            }
            fields.add(new Block.Field(messages.getMessage("oneform.form.all", null, locale),
                    String.valueOf(form.total())));
            blocks.add(new Block.Fields(fields));
        } else {
            String heads = String.join(" | ", form.headers());
            for (FormOutput.Group g : form.groups()) {
                blocks.add(new Block.Heading(2, messages.getMessage("oneform.form.subtotal",
                        new Object[] {g.name(), g.count()}, locale)));
                List<Block.Field> fields = new ArrayList<>();
                fields.add(new Block.Field("#", heads));
                int n = 0;
                for (List<String> r : g.rows()) {
                    fields.add(new Block.Field(String.valueOf(++n), String.join(" | ", r)));
                }
                blocks.add(new Block.Fields(fields));
            }
        }
        return documents.pdf(OfficialDocument.of(form.title(), blocks));
    }

    private static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", "");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
