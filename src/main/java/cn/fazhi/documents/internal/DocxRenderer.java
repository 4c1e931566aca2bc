package cn.fazhi.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import cn.fazhi.documents.Block;
import cn.fazhi.documents.OfficialDocument;

/**
 * Prints an {@link OfficialDocument} as DOCX on the GB/T 9704-2012 grid (see {@link Layout}). Every run names its
 * East-Asian font the way Chinese government templates do (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体); where
 * a font is not installed, Word, WPS or LibreOffice substitute one (see docs/DOCUMENTS.md).
 */
public final class DocxRenderer {

    private static final String RED = "E60012";
    /** Footer distance from the page edge that puts the page number's 一字线 about 7 mm below the text block (§7.5). */
    private static final float FOOTER_MM = 25f;

    public byte[] render(OfficialDocument doc) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(docx).write(doc);
            docx.getProperties().getCoreProperties().setTitle(doc.title());
            docx.getProperties().getCoreProperties().setCreator("Fazhi");
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rendering; remembers a pending page break for the next paragraph. */
    private static final class Writer {

        private final XWPFDocument docx;
        private boolean breakBeforeNext;

        Writer(XWPFDocument docx) {
            this.docx = docx;
        }

        void write(OfficialDocument doc) {
            page();
            pageNumbers();
            head(doc);
            for (Block block : doc.blocks()) {
                block(block);
            }
            signature(doc);
        }

        /** A4 (§5.1), 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (§5.2.1), 22 lines of exact pitch (§5.2.3). */
        private void page() {
            CTBody body = docx.getDocument().getBody();
            CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(Layout.twips(Layout.PAGE_WIDTH_MM)));
            size.setH(BigInteger.valueOf(Layout.twips(Layout.PAGE_HEIGHT_MM)));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(Layout.twips(Layout.TOP_MM)));
            margins.setBottom(BigInteger.valueOf(Layout.twips(Layout.BOTTOM_MM)));
            margins.setLeft(BigInteger.valueOf(Layout.twips(Layout.LEFT_MM)));
            margins.setRight(BigInteger.valueOf(Layout.twips(Layout.RIGHT_MM)));
            margins.setHeader(BigInteger.valueOf(Layout.twips(15f)));
            margins.setFooter(BigInteger.valueOf(Layout.twips(FOOTER_MM)));
            margins.setGutter(BigInteger.ZERO);
            CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
            grid.setType(STDocGrid.LINES);
            grid.setLinePitch(BigInteger.valueOf(Layout.LINE_PITCH_TWIPS));
        }

        /**
         * Page numbers (§7.5): "— PAGE —" in 4号宋体; odd pages right-aligned one character in, even pages
         * left-aligned one character in (different odd and even footers).
         */
        private void pageNumbers() {
            docx.setEvenAndOddHeadings(true);
            pageNumber(docx.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
            pageNumber(docx.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        }

        private void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
            XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphArray(0);
            p.setAlignment(alignment);
            int oneCharacter = Math.round(Layout.PAGE_NUMBER_SIZE * 20);
            if (alignment == ParagraphAlignment.RIGHT) {
                p.setIndentationRight(oneCharacter);
            } else {
                p.setIndentationLeft(oneCharacter);
            }
            pageNumberRun(p, "— ");
            pageNumberRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            pageNumberRun(p, null).getCTR().addNewInstrText().setStringValue(" PAGE ");
            pageNumberRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            pageNumberRun(p, "1");
            pageNumberRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            pageNumberRun(p, " —");
        }

        private XWPFRun pageNumberRun(XWPFParagraph p, String text) {
            XWPFRun run = p.createRun();
            font(run, Typeface.SONG, Layout.PAGE_NUMBER_SIZE);
            if (text != null) {
                run.setText(text);
            }
            return run;
        }

        /** 版头 and title as in the PDF: issuer (§7.2.4), number (§7.2.5), red separator (§7.2.7), title (§7.3.1). */
        private void head(OfficialDocument doc) {
            if (doc.issuer() != null) {
                XWPFRun issuer = run(paragraph(ParagraphAlignment.CENTER), doc.issuer(), Typeface.XIAOBIAOSONG,
                        Layout.ISSUER_SIZE);
                issuer.setColor(RED);
                blankLine();
                XWPFParagraph number = paragraph(ParagraphAlignment.CENTER);
                if (doc.documentNumber() != null) {
                    run(number, doc.documentNumber(), Typeface.FANGSONG, Layout.BODY_SIZE);
                }
                CTBorder line = number.getCTP().getPPr().addNewPBdr().addNewBottom();
                line.setVal(STBorder.SINGLE);
                line.setSz(BigInteger.valueOf(8));
                line.setColor(RED);
                line.setSpace(BigInteger.valueOf(Math.round(Layout.points(Layout.SEPARATOR_GAP_MM))));
                blankLine();
                run(paragraph(ParagraphAlignment.CENTER), doc.title(), Typeface.XIAOBIAOSONG, Layout.TITLE_SIZE);
            } else {
                run(paragraph(ParagraphAlignment.CENTER), doc.title(), Typeface.XIAOBIAOSONG, Layout.TITLE_SIZE);
                if (doc.documentNumber() != null) {
                    run(paragraph(ParagraphAlignment.CENTER), doc.documentNumber(), Typeface.FANGSONG, Layout.BODY_SIZE);
                }
            }
            blankLine();
        }

        private void block(Block block) {
            if (block instanceof Block.Heading h) {
                run(indented(), h.text(), Typeface.forHeading(h.level()), Layout.BODY_SIZE);
            } else if (block instanceof Block.Paragraph p) {
                run(indented(), p.text(), Typeface.FANGSONG, Layout.BODY_SIZE);
            } else if (block instanceof Block.Fields f) {
                table(f);
            } else if (block instanceof Block.SignatureLines s) {
                signatureLines(s);
            } else if (block instanceof Block.PageBreak) {
                breakBeforeNext = true;
            }
        }

        private void table(Block.Fields fields) {
            if (breakBeforeNext) {
                paragraph(ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
                breakBeforeNext = false;
            }
            float labelCharacters = fields.rows().stream().map(r -> Layout.widthInCharacters(r.label()))
                    .max(Float::compare).orElse(4f) + 1;
            int width = Layout.twips(Layout.TEXT_WIDTH_MM);
            int labelWidth = Math.round(Math.min(labelCharacters, 10) * Layout.CHARACTER * 20);
            XWPFTable table = docx.createTable(fields.rows().size(), 2);
            table.setWidthType(TableWidthType.DXA);
            table.setWidth(Integer.toString(width));
            for (int i = 0; i < fields.rows().size(); i++) {
                Block.Field row = fields.rows().get(i);
                cell(table.getRow(i).getCell(0), row.label(), labelWidth, ParagraphAlignment.CENTER);
                cell(table.getRow(i).getCell(1), row.value(), width - labelWidth, ParagraphAlignment.LEFT);
            }
        }

        private void cell(XWPFTableCell cell, String text, int width, ParagraphAlignment alignment) {
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(Integer.toString(width));
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            grid(p, alignment);
            run(p, text, Typeface.FANGSONG, Layout.BODY_SIZE);
        }

        private void signatureLines(Block.SignatureLines lines) {
            float widest = lines.parties().stream().map(Layout::widthInCharacters).max(Float::compare).orElse(0f);
            int signatureBlank = Math.max(3, (int) (Layout.CHARACTERS_PER_LINE - 2 - widest - 1 - 10 - 1));
            for (String party : lines.parties()) {
                blankLine();
                XWPFParagraph p = indented();
                int blank = signatureBlank + Math.round(widest - Layout.widthInCharacters(party));
                run(p, party + "：", Typeface.FANGSONG, Layout.BODY_SIZE);
                run(p, "\u3000".repeat(blank), Typeface.FANGSONG, Layout.BODY_SIZE).setUnderline(UnderlinePatterns.SINGLE);
                run(p, "\u3000\u3000日期：", Typeface.FANGSONG, Layout.BODY_SIZE);
                run(p, "\u3000".repeat(5), Typeface.FANGSONG, Layout.BODY_SIZE).setUnderline(UnderlinePatterns.SINGLE);
            }
        }

        /** 落款 as in the PDF (§7.3.5.1): date right with four characters of space, organ centred over the date. */
        private void signature(OfficialDocument doc) {
            if (doc.signatureOrgan() == null && doc.signedOn() == null) {
                return;
            }
            blankLine();
            blankLine();
            float dateIndent = Layout.DATE_RIGHT_INDENT_CHARACTERS * Layout.CHARACTER;
            String date = doc.signedOn() == null ? null : Layout.date(doc.signedOn());
            if (doc.signatureOrgan() != null) {
                float shift = date == null ? 0
                        : (Layout.widthInCharacters(date) - Layout.widthInCharacters(doc.signatureOrgan())) / 2
                                * Layout.CHARACTER;
                XWPFParagraph organ = paragraph(ParagraphAlignment.RIGHT);
                organ.setKeepNext(true);
                organ.setIndentationRight(Math.round(Math.max(0, dateIndent + shift) * 20));
                run(organ, doc.signatureOrgan(), Typeface.FANGSONG, Layout.BODY_SIZE);
            }
            if (date != null) {
                XWPFParagraph line = paragraph(ParagraphAlignment.RIGHT);
                line.setIndentationRight(Math.round(dateIndent * 20));
                run(line, date, Typeface.FANGSONG, Layout.BODY_SIZE);
            }
        }

        /** First line indented two characters (空二字), justified. */
        private XWPFParagraph indented() {
            XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(Math.round(2 * Layout.CHARACTER * 20));
            return p;
        }

        private void blankLine() {
            paragraph(ParagraphAlignment.LEFT);
        }

        private XWPFParagraph paragraph(ParagraphAlignment alignment) {
            XWPFParagraph p = docx.createParagraph();
            grid(p, alignment);
            if (breakBeforeNext) {
                p.setPageBreak(true);
                breakBeforeNext = false;
            }
            return p;
        }

        private static void grid(XWPFParagraph p, ParagraphAlignment alignment) {
            p.setAlignment(alignment);
            p.setSpacingBetween(Layout.LINE_PITCH, LineSpacingRule.EXACT);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
        }

        private static XWPFRun run(XWPFParagraph p, String text, Typeface typeface, float size) {
            XWPFRun run = p.createRun();
            font(run, typeface, size);
            run.setCharacterSpacing(Layout.CHARACTER_SPACING_TWENTIETHS);
            run.setText(text);
            return run;
        }

        private static void font(XWPFRun run, Typeface typeface, float size) {
            for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                run.setFontFamily(typeface.docxName(), range);
            }
            run.setFontSize(size);
        }
    }
}
