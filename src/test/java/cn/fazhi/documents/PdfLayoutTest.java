package cn.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import cn.fazhi.documents.PdfInspection.TextRun;

/** The PDF as GB/T 9704-2012 lays it out, measured from the file. */
class PdfLayoutTest {

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = 297 * MM;
    private static final float LEFT = 28 * MM;
    private static final float PITCH = 28.95f;

    private final Documents documents = new Documents(DocumentProperties.defaults());

    @Test
    void pagesAreA4() throws IOException {
        PdfReader reader = new PdfReader(documents.pdf(SampleDocuments.longDecision(30)));
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            Rectangle size = reader.getPageSize(page);
            assertThat(size.getWidth()).isCloseTo(595f, within(1f));
            assertThat(size.getHeight()).isCloseTo(842f, within(1f));
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        PdfReader reader = new PdfReader(documents.pdf(SampleDocuments.mediationAgreement()));
        assertThat(PdfInspection.fontsNotEmbedded(reader)).isEmpty();
        assertThat(PdfInspection.fontNames(reader)).isNotEmpty()
                .allSatisfy(name -> assertThat(name).matches("/[A-Z]{6}\\+.*"))
                .anySatisfy(name -> assertThat(name).contains("NotoSerifCJKsc-Regular"))
                .anySatisfy(name -> assertThat(name).contains("NotoSerifCJKsc-Bold"))
                .anySatisfy(name -> assertThat(name).contains("NotoSansCJKsc-Bold"));
    }

    @Test
    void chineseTextCanBeExtracted() throws IOException {
        OfficialDocument agreement = SampleDocuments.mediationAgreement();
        String text = allText(new PdfReader(documents.pdf(agreement))).replaceAll("\\s", "");
        assertThat(text).contains("人民调解协议书", "咸安调〔2024〕12号", "张某某", "邻里纠纷（人身损害赔偿）",
                "一、纠纷简要情况", SampleDocuments.FIRST_TERM.replaceAll("\\s", ""), "甲方（签名）：",
                "咸安区温泉街道人民调解委员会", "2024年3月5日");
    }

    @Test
    void pagesAreNumberedWithDashesOnAlternatingSides() throws IOException {
        PdfReader reader = new PdfReader(documents.pdf(SampleDocuments.longDecision(30)));
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        float right = LEFT + 156 * MM;
        for (int page = 1; page <= 3; page++) {
            List<TextRun> footer = PdfInspection.runs(reader, page).stream().filter(r -> r.y() < 30 * MM)
                    .sorted(Comparator.comparing(TextRun::x)).toList();
            assertThat(footer.stream().map(TextRun::text).collect(Collectors.joining(" ")).replaceAll("\\s+", " "))
                    .isEqualTo("— " + page + " —");
            // the 一字线 lies 7 mm below the text block, which ends 35 mm above the bottom edge
            TextRun dash = footer.get(0);
            assertThat(dash.y() / MM + 0.38f * 14 / MM).isCloseTo(28f, within(1f));
            if (page % 2 == 1) {
                // the closing 一字线 is one 14 pt character wide and ends one character in from the right edge
                assertThat(footer.get(footer.size() - 1).x() + 14).isCloseTo(right - 14, within(1f));
            } else {
                assertThat(dash.x()).isCloseTo(LEFT + 14, within(1f));
            }
        }
    }

    @Test
    void textStartsAtTheTopLeftCornerOfTheTextBlock() throws IOException {
        PdfReader reader = new PdfReader(documents.pdf(SampleDocuments.plainPages()));
        Map<Float, String> lines = lines(reader, 1);
        float firstBaseline = lines.keySet().iterator().next();
        // first line: its 16 pt em box centred in the first 28.95 pt line under the 37 mm 天头
        float emBoxTop = PAGE_HEIGHT - (firstBaseline + 0.88f * 22);
        assertThat(emBoxTop / MM).isBetween(37f - 1, 37f + (PITCH - 22) / MM);
        // body lines start at the 28 mm 订口 (second lines of paragraphs) or two characters in (first lines)
        List<Float> starts = PdfInspection.runs(reader, 1).stream()
                .filter(r -> r.y() < firstBaseline - 1 && r.y() > 30 * MM).map(TextRun::x).toList();
        assertThat(starts).isNotEmpty().allSatisfy(x -> assertThat(x).satisfiesAnyOf(
                v -> assertThat(v / MM).isCloseTo(28f, within(1f)),
                v -> assertThat(v).isCloseTo(LEFT + 2 * 15.75f, within(1f))));
        assertThat(starts.stream().filter(x -> Math.abs(x / MM - 28f) < 1).count()).isGreaterThan(5);
    }

    @Test
    void aFullPageHoldsTwentyTwoLinesOfTwentyEightCharacters() throws IOException {
        PdfReader reader = new PdfReader(documents.pdf(SampleDocuments.plainPages()));
        Map<Float, String> lines = lines(reader, 1);
        // title, blank line, then 20 body lines: 21 printed lines filling 22 line positions
        assertThat(lines).hasSize(21);
        List<Float> baselines = List.copyOf(lines.keySet());
        float first = baselines.get(0);
        float last = baselines.get(baselines.size() - 1);
        assertThat((first - last) / PITCH).isCloseTo(21f, within(0.05f));
        // the last line's characters stay inside the 225 mm block: above 35 mm from the bottom edge
        assertThat(last - 0.12f * 16).isGreaterThanOrEqualTo(35 * MM - 0.5f);
        List<String> body = lines.values().stream().skip(1).toList();
        assertThat(body).allSatisfy(line -> assertThat(line.length()).isIn(26, 28));
        assertThat(body.stream().filter(line -> line.length() == 28)).hasSize(10);
        assertThat(allText(reader)).contains(SampleDocuments.PLAIN.substring(10, 10 + 54).substring(26));
    }

    @Test
    void aParagraphMayStartOnTheLastLineOfThePage() throws IOException {
        List<Block> oneLiners = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            oneLiners.add(new Block.Paragraph("第" + (i + 1) + "项"));
        }
        PdfReader reader = new PdfReader(documents.pdf(OfficialDocument.of("清单", oneLiners)));
        // title, blank line and 20 one-line paragraphs fill the 22 lines of page 1
        assertThat(lines(reader, 1)).hasSize(21).containsValue("第20项");
        assertThat(lines(reader, 2).values()).first().isEqualTo("第21项");
    }

    @Test
    void issuerNumberTitleAndSignatureFollowTheStandardOrder() throws IOException {
        PdfReader reader = new PdfReader(documents.pdf(SampleDocuments.longDecision(3)));
        List<String> lines = List.copyOf(lines(reader, 1).values());
        assertThat(lines.subList(0, 3)).containsExactly("咸宁市咸安区人民政府", "咸安政复决〔2024〕3号", "行政复议决定书");
        assertThat(lines.subList(lines.size() - 2, lines.size()))
                .containsExactly("咸宁市咸安区人民政府", "2024年10月9日");
    }

    @Test
    void noLineStartsWithClosingPunctuation() throws IOException {
        String text = "申请人称，" + "被申请人作出的处罚决定认定事实不清".repeat(3) + "，证据不足，适用依据错误，程序违法，请求予以撤销。";
        OfficialDocument doc = OfficialDocument.of("标题", List.of(new Block.Paragraph(text.repeat(3))));
        Map<Float, String> lines = lines(new PdfReader(documents.pdf(doc)), 1);
        assertThat(lines.values()).hasSizeGreaterThan(4)
                .noneSatisfy(line -> assertThat(line).matches("^[，。、；：？！）》].*"));
    }

    @Test
    void aMissingFontFileNamesTheDebianPackage() {
        String missing = "/usr/share/fonts/opentype/noto/NoSuchFont.ttc,2";
        DocumentProperties.Fonts fonts = DocumentProperties.defaults().fonts();
        Documents withoutFont = new Documents(new DocumentProperties(new DocumentProperties.Fonts(missing,
                fonts.xiaobiaosong(), fonts.heiti(), fonts.kaiti(), fonts.song())));
        assertThatThrownBy(() -> withoutFont.pdf(SampleDocuments.mediationAgreement()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install fonts-noto-cjk")
                .hasMessageContaining("fazhi.documents.fonts.fangsong");
    }

    /** Text lines of a page without the page number, top to bottom, keyed by baseline. */
    static Map<Float, String> lines(PdfReader reader, int page) {
        return PdfInspection.lines(reader, page, 30 * MM);
    }

    static String allText(PdfReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
