package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.documents.Documents;

/**
 * Every instrument kind renders as a GB/T 9704 document, DOCX and PDF, read back with other tools (POI; poppler's
 * pdftotext): the issuing office, the number, the title of the kind, the addressee, the content and the deadline.
 */
@IntegrationTest
class LetterDocumentsTest {

    @Autowired LetterDocuments letters;
    @Autowired Documents documents;

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyKindRendersAsDocxAndPdf(LetterKind kind) throws Exception {
        boolean working = kind == LetterKind.NOTICE || kind == LetterKind.DECISION;
        LetterView l = new LetterView(1, 2, "咸安执监〔2024〕7号", "咸安执监X〔2024〕3号", kind, 5, "咸安区市场监督管理局", "421202",
                "咸安区司法局", "经核查，你单位对同一商户重复检查。\n请立即整改。", LocalDate.of(2024, 3, 4), working ? 10 : 30,
                working ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS, LocalDate.of(2024, 3, 18), null, null, null, null,
                false, false);
        var doc = letters.document(l);
        String title = switch (kind) {
            case SUGGESTION -> "行政执法监督建议书";
            case NOTICE -> "行政执法监督通知书";
            case OPINION -> "行政执法监督意见书";
            case DECISION -> "行政执法监督决定书";
        };
        for (String text : new String[] {docxText(documents.docx(doc)), pdfText(documents.pdf(doc))}) {
            String s = text.replaceAll("\\s", "");
            assertThat(s).contains(title, "咸安执监X〔2024〕3号", "咸安区市场监督管理局：", "重复检查", "2024年3月18日",
                    working ? "10个工作日" : "30日", "咸安区司法局");
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** The PDF's text as {@code pdftotext} (poppler-utils) reads it. */
    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("letter", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
