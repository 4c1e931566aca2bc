package cn.fazhi.normative;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The full text of an uploaded DOCX (POI) or PDF (OpenPDF) file, for a document's text. Refuses, with a message for
 * the user, an empty file, one larger than {@code fazhi.normative.max-upload-megabytes}, another type, an encrypted one
 * (a DOCX with a password is an OLE2 container, a PDF with an open password cannot be read) and one without text.
 */
@Component
public class TextExtraction {

    private final NormativeProperties settings;

    TextExtraction(NormativeProperties settings) {
        this.settings = settings;
    }

    /** Reads {@code content} ({@code size} bytes as the upload declared) and returns its text. */
    public String extract(String filename, long size, InputStream content) {
        if (filename == null || content == null || size <= 0) {
            throw UserFacingException.badRequest("normative.upload.error.empty");
        }
        if (size > settings.maxUploadMegabytes() * 1024L * 1024L) {
            throw UserFacingException.badRequest("normative.upload.error.tooLarge", settings.maxUploadMegabytes());
        }
        String name = filename.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".pdf")) {
            throw UserFacingException.badRequest("normative.upload.error.type");
        }
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw UserFacingException.badRequest("normative.upload.error.unreadable");
        }
        if (bytes.length == 0) {
            throw UserFacingException.badRequest("normative.upload.error.empty");
        }
        return name.endsWith(".docx") ? docx(bytes) : pdf(bytes);
    }

    private static String docx(byte[] bytes) {
        try {
            if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
                throw UserFacingException.badRequest("normative.upload.error.encrypted");
            }
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                return clean(extractor.getText());
            }
        } catch (IOException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    private static String pdf(byte[] bytes) {
        try {
            PdfReader reader = new PdfReader(bytes);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(unwrap(extractor.getTextFromPage(page))).append('\n');
                }
                return clean(text.toString());
            } finally {
                reader.close();
            }
        } catch (BadPasswordException e) {
            throw UserFacingException.badRequest("normative.upload.error.encrypted");
        } catch (IOException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    /**
     * A PDF page's text as paragraphs: a PDF only knows printed lines, so a paragraph comes out broken wherever the
     * layout wrapped it, which splits words and phrases for search. Lines are stripped, blank lines and page numbers
     * ("— 1 —", GB/T 9704 §7.5) dropped, and a line about as long as the page's longest line that does not end a
     * sentence is joined to the next (width: a Chinese character counts two) (without a space between Chinese characters).
     */
    static String unwrap(String page) {
        java.util.List<String> lines = page == null ? java.util.List.of() : page.lines()
                .map(l -> l.replace('\u3000', ' ').strip())
                .filter(l -> !l.isEmpty() && !l.matches("[—\\-－]\\s*\\d+\\s*[—\\-－]"))
                .toList();
        int longest = lines.stream().mapToInt(TextExtraction::width).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(line);
            if (i + 1 == lines.size()) {
                break;
            }
            boolean wrapped = longest >= 20 && width(line) >= longest - 4 && "。！？；：!?;:”」』".indexOf(line.charAt(line.length() - 1)) < 0;
            if (!wrapped) {
                out.append('\n');
            } else if (!cjk(line.charAt(line.length() - 1)) && !cjk(lines.get(i + 1).charAt(0))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Printed width: a Chinese character is as wide as two Latin ones. */
    private static int width(String line) {
        return line.chars().map(c -> cjk((char) c) ? 2 : 1).sum();
    }

    private static boolean cjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
    }

    private static UserFacingException rethrow(Exception e) {
        return e instanceof UserFacingException u ? u : UserFacingException.badRequest("normative.upload.error.unreadable");
    }

    private static String clean(String text) {
        String t = text == null ? "" : text.replace("\r", "").strip();
        if (t.isEmpty()) {
            throw UserFacingException.badRequest("normative.upload.error.noText");
        }
        return t;
    }
}
