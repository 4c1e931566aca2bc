package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.documents.PdfInspection;
import cn.fazhi.documents.PdfInspection.TextRun;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.EditText;
import cn.fazhi.reports.ReportViews.Report;

/**
 * A whole report (the default template with the office's narrative written in, several pages) as DOCX and PDF: its text read back by POI and pdftotext, and
 * the PDF's layout measured from the file — A4, the 37 mm / 28 mm margins, 22 lines of at most 28 characters on a full
 * page, page numbers "— N —" alternating right and left. Uses 永安街道 in 2012, which nothing else uses.
 */
@IntegrationTest
class ReportDocumentsTest {

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = 297 * MM;
    private static final float LEFT = 28 * MM;
    private static final float PITCH = 28.95f;
    private static final String YONGAN = "421202003";

    @Autowired
    AnnualReports reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts userAccounts;

    /** The office's own narrative; each part the template leaves to the office gets a long paragraph of it. */
    private static final String NARRATIVE = "本街道坚持把法治政府建设摆在全局工作的重要位置，主要负责同志亲自部署、亲自推动，"
            + "分管负责同志具体抓落实，各站所按照职责分工认真组织实施，形成了上下联动、协调配合的工作格局。"
            + "全年多次召开专题会议研究法治建设重要事项，及时解决工作中遇到的困难和问题，推动各项任务落地见效。";

    static Report report;
    static byte[] pdf;
    static byte[] docx;

    @BeforeEach
    void draft() {
        if (report != null) {
            return;
        }
        long committee = jdbc.sql("SELECT id FROM mediation_committee WHERE region_code = :r").param("r", YONGAN)
                .query(Long.class).list().get(0);
        for (int i = 1; i <= 3; i++) {
            jdbc.sql("INSERT INTO dispute (case_number, number_scope, committee_id, channel, category, status, "
                            + "township_code, unit_id, received_on, summary, amount, accepted_on, agreement_effective_on, "
                            + "created_at, created_by) VALUES (:n, 'RPD', :c, 'WALK_IN', 'NEIGHBOUR', 'AGREED', :t, 22, :d, "
                            + "'fixture', 250000000, :d, :d, :at, 'test')")
                    .param("n", "RPD2012-" + i).param("c", committee).param("t", YONGAN)
                    .param("d", LocalDate.of(2012, i, 10)).param("at", OffsetDateTime.now()).update();
        }
        CurrentUser office = asUser(accounts.create("rpd", 4, "LAW_OFFICE"));
        Report drafted = reports.create(new Create(2012, YONGAN), office);
        // the office writes the year's narrative where the template asks for it; the figures stay placeholders
        String body = drafted.bodySource().replaceAll("【待填写：[^】]*】", NARRATIVE.repeat(3));
        report = reports.editText(drafted.id(), new EditText(drafted.titleSource(), body, drafted.signatureSource(),
                drafted.version()), office);
        docx = reports.docx(report.id(), office).body();
        pdf = reports.pdf(report.id(), office).body();
        try {
            java.nio.file.Path dir = java.nio.file.Paths.get("target", "documents");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve("annual-report.docx"), docx);
            java.nio.file.Files.write(dir.resolve("annual-report.pdf"), pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private CurrentUser asUser(String username) {
        return userAccounts.loadDetails(username).orElseThrow().user();
    }

    @Test
    void theDocxAndPdfCarryTheTextAndFiguresOfThePreview() throws Exception {
        String[] expected = {"永安街道2012年度法治政府建设工作报告", "一、推进法治政府建设的主要举措和成效",
                "全年受理人民调解案件3起，调解成功3件，调解成功率为100%，调解成功案件涉及金额7.50亿元", "五、其他需要报告的情况",
                "四、2013年度推进法治政府建设的主要安排", "永安街道人民政府"};
        assertThat(report.blocks().stream().map(ReportViews.Block::text).collect(Collectors.joining()))
                .contains(expected[2]).contains(NARRATIVE).doesNotContain("待填写");
        assertThat(ReportFiles.squeezed(ReportFiles.docxText(docx))).contains(expected);
        assertThat(ReportFiles.squeezed(ReportFiles.pdfText(pdf))).contains(expected);
    }

    @Test
    void pagesAreA4WithNumbersAlternatingRightAndLeft() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            Rectangle size = reader.getPageSize(page);
            assertThat(size.getWidth()).isCloseTo(595f, within(1f));
            assertThat(size.getHeight()).isCloseTo(842f, within(1f));
            List<TextRun> footer = PdfInspection.runs(reader, page).stream().filter(r -> r.y() < 30 * MM)
                    .sorted(Comparator.comparing(TextRun::x)).toList();
            assertThat(footer.stream().map(TextRun::text).collect(Collectors.joining(" ")).replaceAll("\\s+", " "))
                    .isEqualTo("— " + page + " —");
            if (page % 2 == 1) {
                assertThat(footer.get(footer.size() - 1).x() + 14).isCloseTo(LEFT + 156 * MM - 14, within(1f));
            } else {
                assertThat(footer.get(0).x()).isCloseTo(LEFT + 14, within(1f));
            }
        }
    }

    @Test
    void aFullPageHasTwentyTwoLinesOfAtMostTwentyEightCharactersInsideTheMargins() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        Map<Float, String> page2 = lines(reader, 2);
        assertThat(page2).hasSize(22);
        List<Float> baselines = List.copyOf(page2.keySet());
        float first = baselines.get(0);
        float last = baselines.get(baselines.size() - 1);
        assertThat((first - last) / PITCH).isCloseTo(21f, within(0.05f));
        // the first line's em box starts just under the 37 mm top margin, the last ends above the 35 mm bottom one
        assertThat((PAGE_HEIGHT - (first + 0.88f * 16)) / MM).isBetween(37f - 1, 37f + (PITCH - 16) / MM);
        assertThat(last - 0.12f * 16).isGreaterThanOrEqualTo(35 * MM - 0.5f);
        // 28 characters per line; Arabic digits and Latin letters are half-width (OpenPDF sets them proportionally)
        assertThat(page2.values()).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(28));
        assertThat(page2.values().stream().filter(line -> width(line) > 27).count()).isGreaterThan(10);
        // lines start at the 28 mm left margin or two characters in (first lines of paragraphs)
        List<Float> starts = PdfInspection.runs(reader, 2).stream().filter(r -> r.y() > 30 * MM)
                .collect(Collectors.groupingBy(r -> (float) Math.round(r.y() * 10) / 10,
                        Collectors.mapping(TextRun::x, Collectors.minBy(Float::compare))))
                .values().stream().map(x -> x.orElseThrow()).toList();
        assertThat(starts).allSatisfy(x -> assertThat(x).satisfiesAnyOf(
                v -> assertThat(v / MM).isCloseTo(28f, within(1f)),
                v -> assertThat(v).isCloseTo(LEFT + 2 * 15.75f, within(1f))));
        // page 1: the title, a blank line, then 20 body lines
        assertThat(lines(reader, 1)).hasSize(21).containsValue("永安街道2012年度法治政府建设工作报告");
    }

    /** A line's width in full-width characters: ASCII counts half. */
    private static double width(String line) {
        return line.codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1).sum();
    }

    /** Text lines of a page above the page number, top to bottom, keyed by baseline. */
    private static Map<Float, String> lines(PdfReader reader, int page) {
        return PdfInspection.lines(reader, page, 30 * MM);
    }
}
