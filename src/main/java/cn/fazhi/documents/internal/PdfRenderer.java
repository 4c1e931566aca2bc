package cn.fazhi.documents.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import cn.fazhi.documents.Block;
import cn.fazhi.documents.OfficialDocument;

/**
 * Prints an {@link OfficialDocument} as PDF on the GB/T 9704-2012 grid (see {@link Layout}).
 * <p>
 * OpenPDF sets a line's baseline one leading below the top of the line; the top margin is raised by {@link #RAISE} so
 * that each 3号 character sits centred in its 28.95 pt line, the first line's characters starting just below the
 * 37 mm 天头 (§5.2.1) and the 22nd line's just above the 35 mm bottom edge of the text block.
 */
public final class PdfRenderer {

    /** Ideographic em box of the Noto CJK fonts: from 0.12 em below the baseline to 0.88 em above it. */
    private static final float EM_BOX_CENTRE = 0.38f;

    /** How far the baseline lies above the bottom of its line when the em box is centred in the line. */
    static final float RAISE = Layout.LINE_PITCH / 2 - EM_BOX_CENTRE * Layout.BODY_SIZE;

    private static final Color RED = new Color(0xE6, 0x00, 0x12);

    private final PdfFonts fonts;

    public PdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(OfficialDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, Layout.points(Layout.LEFT_MM), Layout.points(Layout.RIGHT_MM),
                Layout.points(Layout.TOP_MM) - RAISE, Layout.points(Layout.BOTTOM_MM));
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageNumbers(fonts.get(Typeface.SONG)));
            pdf.addTitle(doc.title());
            pdf.addCreator("Fazhi");
            pdf.open();
            Flow flow = new Flow(pdf, writer);
            head(doc, flow);
            for (Block block : doc.blocks()) {
                block(block, flow);
            }
            signature(doc, flow);
            writer.setPageEmpty(false);
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed for " + doc.title(), e);
        }
        return out.toByteArray();
    }

    /**
     * 版头 and title: the red 发文机关标志 centred (§7.2.4), the 发文字号 centred below it (§7.2.5), the red separator
     * 4 mm under the number (§7.2.7), then the 2号小标宋 title centred two lines further down (§7.3.1) and one blank
     * line before the body. Without an issuer the title comes first and the number is centred beneath it.
     */
    private void head(OfficialDocument doc, Flow pdf) {
        if (doc.issuer() != null) {
            Font issuer = font(Typeface.XIAOBIAOSONG, Layout.ISSUER_SIZE);
            issuer.setColor(RED);
            pdf.add(centred(doc.issuer(), issuer));
            blankLine(pdf);
            if (doc.documentNumber() != null) {
                pdf.add(centred(doc.documentNumber(), font(Typeface.FANGSONG, Layout.BODY_SIZE)));
            }
            float y = pdf.y() - 0.12f * Layout.BODY_SIZE - Layout.points(Layout.SEPARATOR_GAP_MM);
            PdfContentByte canvas = pdf.canvas();
            canvas.saveState();
            canvas.setColorStroke(RED);
            canvas.setLineWidth(1f);
            canvas.moveTo(pdf.left(), y);
            canvas.lineTo(pdf.right(), y);
            canvas.stroke();
            canvas.restoreState();
            blankLine(pdf);
            blankLine(pdf);
            pdf.add(centred(doc.title(), font(Typeface.XIAOBIAOSONG, Layout.TITLE_SIZE)));
        } else {
            pdf.add(centred(doc.title(), font(Typeface.XIAOBIAOSONG, Layout.TITLE_SIZE)));
            if (doc.documentNumber() != null) {
                pdf.add(centred(doc.documentNumber(), font(Typeface.FANGSONG, Layout.BODY_SIZE)));
            }
        }
        blankLine(pdf);
    }

    private void block(Block block, Flow pdf) {
        if (block instanceof Block.Heading h) {
            pdf.add(indented(h.text(), font(Typeface.forHeading(h.level()), Layout.BODY_SIZE)));
        } else if (block instanceof Block.Paragraph p) {
            pdf.add(indented(p.text(), body()));
        } else if (block instanceof Block.Fields f) {
            pdf.add(table(f));
        } else if (block instanceof Block.SignatureLines s) {
            signatureLines(s, pdf);
        } else if (block instanceof Block.PageBreak) {
            pdf.newPage();
        }
    }

    /** Paragraphs and headings: first line indented two characters (空二字), justified. */
    private Paragraph indented(String text, Font font) {
        Paragraph p = line(text, font);
        p.setFirstLineIndent(2 * Layout.CHARACTER);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    private PdfPTable table(Block.Fields fields) {
        float labelCharacters = fields.rows().stream().map(r -> Layout.widthInCharacters(r.label()))
                .max(Float::compare).orElse(4f) + 1;
        float labelWidth = Math.min(labelCharacters, 10) * Layout.CHARACTER;
        float width = Layout.points(Layout.TEXT_WIDTH_MM);
        PdfPTable table = new PdfPTable(2);
        table.setTotalWidth(new float[] { labelWidth, width - labelWidth });
        table.setLockedWidth(true);
        table.setSplitLate(false);
        for (Block.Field row : fields.rows()) {
            table.addCell(cell(row.label(), Element.ALIGN_CENTER));
            table.addCell(cell(row.value(), Element.ALIGN_LEFT));
        }
        return table;
    }

    /** A table cell whose lines stay on the page grid: one line pitch per line, the em box centred in it. */
    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(chunk(text, body())));
        cell.setLeading(Layout.LINE_PITCH, 0);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(-RAISE);
        cell.setPaddingBottom(RAISE);
        cell.setPaddingLeft(Layout.CHARACTER / 4);
        cell.setPaddingRight(Layout.CHARACTER / 4);
        cell.setBorderWidth(0.75f);
        return cell;
    }

    /**
     * One line per party: "甲方（签名）：＿＿＿＿　　日期：＿＿＿", the blanks sized so that every line fits the 28-character
     * line and the dates align; a blank line before each party leaves room to sign and seal.
     */
    private void signatureLines(Block.SignatureLines lines, Flow pdf) {
        float widest = lines.parties().stream().map(Layout::widthInCharacters).max(Float::compare).orElse(0f);
        int signatureBlank = Math.max(3, (int) (Layout.CHARACTERS_PER_LINE - 2 - widest - 1 - 10 - 1));
        for (String party : lines.parties()) {
            blankLine(pdf);
            Paragraph p = new Paragraph(Layout.LINE_PITCH);
            p.setFirstLineIndent(2 * Layout.CHARACTER);
            p.add(chunk(party + "：", body()));
            p.add(underlined("\u3000".repeat(signatureBlank + Math.round(widest - Layout.widthInCharacters(party)))));
            p.add(chunk("\u3000\u3000日期：", body()));
            p.add(underlined("\u3000".repeat(5)));
            pdf.add(p);
        }
    }

    /**
     * 落款 of a sealed document (§7.3.5.1): 成文日期 right-aligned with four characters of space on its right, the
     * 发文机关署名 centred over the date; up to two blank lines above leave room for the seal. The blank lines shrink
     * rather than push the 落款 alone onto a new page (§7.3.5.3 has the spacing adjusted instead).
     */
    private void signature(OfficialDocument doc, Flow pdf) {
        if (doc.signatureOrgan() == null && doc.signedOn() == null) {
            return;
        }
        int lines = (doc.signatureOrgan() == null ? 0 : 1) + (doc.signedOn() == null ? 0 : 1);
        int free = pdf.linesLeft();
        for (int i = 0; i < Math.min(2, free - lines); i++) {
            blankLine(pdf);
        }
        float dateIndent = Layout.DATE_RIGHT_INDENT_CHARACTERS * Layout.CHARACTER;
        String date = doc.signedOn() == null ? null : Layout.date(doc.signedOn());
        if (doc.signatureOrgan() != null) {
            float shift = date == null ? 0 : (width(date) - width(doc.signatureOrgan())) / 2;
            Paragraph organ = line(doc.signatureOrgan(), body());
            organ.setAlignment(Element.ALIGN_RIGHT);
            organ.setIndentationRight(Math.max(0, dateIndent + shift));
            pdf.add(organ);
        }
        if (date != null) {
            Paragraph line = line(date, body());
            line.setAlignment(Element.ALIGN_RIGHT);
            line.setIndentationRight(dateIndent);
            pdf.add(line);
        }
    }

    private float width(String text) {
        return fonts.get(Typeface.FANGSONG).getWidthPoint(text, Layout.BODY_SIZE)
                + text.codePointCount(0, text.length()) * Layout.CHARACTER_SPACING;
    }

    private Paragraph centred(String text, Font font) {
        Paragraph p = line(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private void blankLine(Flow pdf) {
        pdf.add(line("\u3000", body()));
    }

    private Paragraph line(String text, Font font) {
        Paragraph p = new Paragraph(Layout.LINE_PITCH);
        p.add(chunk(text, font));
        return p;
    }

    private Chunk underlined(String blank) {
        Chunk c = chunk(blank, body());
        c.setUnderline(0.75f, -3f);
        return c;
    }

    private Chunk chunk(String text, Font font) {
        Chunk c = new Chunk(text, font);
        c.setCharacterSpacing(Layout.CHARACTER_SPACING);
        c.setSplitCharacter(ChineseLineBreaks.INSTANCE);
        return c;
    }

    private Font body() {
        return font(Typeface.FANGSONG, Layout.BODY_SIZE);
    }

    private Font font(Typeface typeface, float size) {
        return new Font(fonts.get(typeface), size);
    }

    /**
     * The text block of the current page, filled line by line through a {@link ColumnText}: unlike
     * {@link Document#add}, which wants room for a second line before it starts a paragraph, it sets a paragraph's
     * first line on the 22nd line of the grid when that line is free.
     */
    private static final class Flow {

        private final Document pdf;
        private final PdfWriter writer;
        private final ColumnText column;

        Flow(Document pdf, PdfWriter writer) {
            this.pdf = pdf;
            this.writer = writer;
            this.column = new ColumnText(writer.getDirectContent());
            column.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), pdf.top());
        }

        void add(Element element) {
            column.addElement(element);
            while (ColumnText.hasMoreText(column.go())) {
                newPage();
            }
        }

        void newPage() {
            writer.setPageEmpty(false);
            pdf.newPage();
            column.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), pdf.top());
        }

        /** Baseline of the last line set. */
        float y() {
            return column.getYLine();
        }

        int linesLeft() {
            return (int) Math.floor((column.getYLine() - pdf.bottom()) / Layout.LINE_PITCH);
        }

        float left() {
            return pdf.left();
        }

        float right() {
            return pdf.right();
        }

        PdfContentByte canvas() {
            return writer.getDirectContent();
        }
    }

    /**
     * Page numbers (§7.5): "— N —" in 4号宋体, the 一字线 7 mm below the text block; odd pages right-aligned one
     * character in from the right edge of the text block, even pages left-aligned one character in from its left.
     */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final Font font;
        /** Widens the font's proportional "—" to the full-width 一字线 a Chinese page number uses. */
        private final float dashScaling;

        PageNumbers(BaseFont base) {
            this.font = new Font(base, Layout.PAGE_NUMBER_SIZE);
            this.dashScaling = Layout.PAGE_NUMBER_SIZE / base.getWidthPoint("—", Layout.PAGE_NUMBER_SIZE);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            float left = Layout.points(Layout.LEFT_MM);
            float right = left + Layout.points(Layout.TEXT_WIDTH_MM);
            float dashLine = Layout.points(Layout.BOTTOM_MM - Layout.PAGE_NUMBER_GAP_MM);
            float baseline = dashLine - EM_BOX_CENTRE * Layout.PAGE_NUMBER_SIZE;
            boolean odd = page % 2 == 1;
            Phrase number = new Phrase();
            for (String part : Layout.pageNumber(page).split("(?<=—)|(?=—)")) {
                Chunk chunk = new Chunk(part, font);
                if (part.equals("—")) {
                    chunk.setHorizontalScaling(dashScaling);
                }
                number.add(chunk);
            }
            ColumnText.showTextAligned(writer.getDirectContent(), odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                    number, odd ? right - Layout.PAGE_NUMBER_SIZE : left + Layout.PAGE_NUMBER_SIZE, baseline, 0);
        }
    }

    /**
     * Where a line may break: between Chinese characters and at spaces, but never before closing punctuation or after
     * opening punctuation (避头尾), so no line starts with "，" or ends with "（".
     */
    static final class ChineseLineBreaks implements SplitCharacter {

        static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

        private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—·,.;:?!)]%";
        private static final String NO_LINE_END = "（《「『【〔“‘([";

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char c = charAt(current, cc, ck);
            char next = current + 1 < end ? charAt(current + 1, cc, ck) : ' ';
            if (NO_LINE_END.indexOf(c) >= 0 || NO_LINE_START.indexOf(next) >= 0) {
                return false;
            }
            return c <= ' ' || c == '-' || wide(c) || wide(next);
        }

        private static char charAt(int i, char[] cc, PdfChunk[] ck) {
            return ck == null ? cc[i] : (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
        }

        private static boolean wide(char c) {
            return c >= 0x2E80 && c < 0xA000 || c >= 0xF900 && c < 0xFB00 || c >= 0xFE30 && c < 0xFE50
                    || c >= 0xFF00 && c < 0xFFF0;
        }
    }
}
