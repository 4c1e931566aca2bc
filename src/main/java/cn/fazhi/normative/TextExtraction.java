package cn.fazhi.normative;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import cn.fazhi.platform.web.UserFacingException;

/** The full text of an uploaded DOCX (POI) or PDF (OpenPDF) file, for pasting into a document's text. */
public final class TextExtraction {

    private TextExtraction() {}

    public static String extract(String filename, byte[] content) {
        if (filename == null || content == null || content.length == 0) {
            throw UserFacingException.badRequest("normative.upload.error.empty");
        }
        String name = filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".docx")) {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
                        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                    return clean(extractor.getText());
                }
            }
            if (name.endsWith(".pdf")) {
                PdfReader reader = new PdfReader(content);
                try {
                    PdfTextExtractor extractor = new PdfTextExtractor(reader);
                    StringBuilder text = new StringBuilder();
                    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                        text.append(extractor.getTextFromPage(page)).append('\n');
                    }
                    return clean(text.toString());
                } finally {
                    reader.close();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw UserFacingException.badRequest("normative.upload.error.unreadable");
        }
        throw UserFacingException.badRequest("normative.upload.error.type");
    }

    private static String clean(String text) {
        String t = text == null ? "" : text.replace("\r", "").strip();
        if (t.isEmpty()) {
            throw UserFacingException.badRequest("normative.upload.error.noText");
        }
        return t;
    }
}
