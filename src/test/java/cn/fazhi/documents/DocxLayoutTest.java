package cn.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The DOCX as GB/T 9704-2012 lays it out, read back with POI. */
class DocxLayoutTest {

    private final Documents documents = new Documents(DocumentProperties.defaults());

    private XWPFDocument open(OfficialDocument doc) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(documents.docx(doc)));
    }

    @Test
    void pageIsA4WithTheStandardMargins() throws IOException {
        try (XWPFDocument docx = open(SampleDocuments.mediationAgreement())) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1587));
            assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(1474));
            assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1984));
            // 22 lines of exact pitch fit into the 225 mm text block, a 23rd does not
            assertThat(section.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(579));
            int textHeight = 16838 - 2098 - 1984;
            assertThat(22 * 579).isLessThanOrEqualTo(textHeight);
            assertThat(23 * 579).isGreaterThan(textHeight);
        }
    }

    @Test
    void titleAndBodyUseTheStandardSizesAndFonts() throws IOException {
        try (XWPFDocument docx = open(SampleDocuments.mediationAgreement())) {
            XWPFParagraph title = docx.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("人民调解协议书");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.getRuns().get(0);
            assertThat(titleRun.getCTR().getRPr().getSzArray(0).getVal()).hasToString("44");
            assertThat(titleRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");

            XWPFParagraph body = paragraph(docx, SampleDocuments.FIRST_TERM);
            XWPFRun bodyRun = body.getRuns().get(0);
            assertThat(bodyRun.getCTR().getRPr().getSzArray(0).getVal()).hasToString("32");
            assertThat(bodyRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(bodyRun.getCharacterSpacing()).isEqualTo(-5);
            assertThat(body.getIndentationFirstLine()).isEqualTo(630);
            assertThat(body.getSpacingBetween()).isEqualTo(28.95);

            assertThat(eastAsiaFont(paragraph(docx, "一、纠纷简要情况"))).isEqualTo("黑体");
            assertThat(eastAsiaFont(paragraph(docx, "（一）调解过程"))).isEqualTo("楷体_GB2312");
            assertThat(eastAsiaFont(paragraph(docx, "1.履行方式"))).isEqualTo("仿宋_GB2312");
            assertThat(eastAsiaFont(paragraph(docx, "（1）司法确认"))).isEqualTo("仿宋_GB2312");
        }
    }

    @Test
    void oddAndEvenFootersCarryADashedPageField() throws IOException {
        try (XWPFDocument docx = open(SampleDocuments.longDecision(30))) {
            assertThat(docx.getEvenAndOddHeadings()).isTrue();
            XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
            XWPFFooter odd = policy.getDefaultFooter();
            XWPFFooter even = policy.getEvenPageFooter();
            assertThat(odd).isNotNull();
            assertThat(even).isNotNull();
            assertPageNumber(odd.getParagraphs().get(0), ParagraphAlignment.RIGHT);
            assertPageNumber(even.getParagraphs().get(0), ParagraphAlignment.LEFT);
            assertThat(odd.getParagraphs().get(0).getIndentationRight()).isEqualTo(280);
            assertThat(even.getParagraphs().get(0).getIndentationLeft()).isEqualTo(280);
        }
    }

    @Test
    void allTextRoundTrips() throws IOException {
        OfficialDocument agreement = SampleDocuments.mediationAgreement();
        try (XWPFDocument docx = open(agreement); XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            for (String line : documents.plainText(agreement).split("\n")) {
                assertThat(text).contains(line.contains("：") && !line.endsWith("：") ? line.split("：", 2)[1] : line);
            }
        }
    }

    @Test
    void issuerIsRedAndSeparatedByARedRule() throws IOException {
        try (XWPFDocument docx = open(SampleDocuments.longDecision(2))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("咸宁市咸安区人民政府");
            assertThat(paragraphs.get(0).getRuns().get(0).getColor()).isEqualTo("E60012");
            XWPFParagraph number = paragraphs.get(2);
            assertThat(number.getText()).isEqualTo("咸安政复决〔2024〕3号");
            assertThat(number.getCTP().getPPr().getPBdr().getBottom().xmlText()).contains("w:color=\"E60012\"");
            assertThat(paragraphs.get(4).getText()).isEqualTo("行政复议决定书");
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            assertThat(texts.subList(texts.size() - 2, texts.size()))
                    .containsExactly("咸宁市咸安区人民政府", "2024年10月9日");
        }
    }

    private static void assertPageNumber(XWPFParagraph p, ParagraphAlignment alignment) {
        assertThat(p.getAlignment()).isEqualTo(alignment);
        String xml = p.getCTP().xmlText();
        assertThat(xml).contains("w:fldCharType=\"begin\"").contains("PAGE").contains("w:fldCharType=\"end\"");
        String text = p.getRuns().stream().map(XWPFRun::text).collect(Collectors.joining());
        assertThat(text).startsWith("— ").endsWith(" —");
        assertThat(p.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
        assertThat(p.getRuns().get(0).getCTR().getRPr().getSzArray(0).getVal()).hasToString("28");
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    private static String eastAsiaFont(XWPFParagraph p) {
        return p.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }
}
