package cn.fazhi.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads a report's files back with tools other than the ones that wrote them: POI for DOCX, poppler for PDF. */
final class ReportFiles {

    private ReportFiles() {}

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** The PDF's text as {@code pdftotext} (Debian package poppler-utils) reads it. */
    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf);
            Process process;
            try {
                process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new IllegalStateException("pdftotext is missing: apt-get install poppler-utils", e);
            }
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pdftotext failed: " + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Text without whitespace, so figures and sentences broken over lines are still found. */
    /** The text without white space and without the page numbers of the official document's footer (—1—). */
    static String squeezed(String text) {
        return text.replaceAll("\\s", "").replaceAll("—\\d+—", "");
    }
}
