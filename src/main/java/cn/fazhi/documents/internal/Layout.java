package cn.fazhi.documents.internal;

import java.time.LocalDate;

/**
 * The page geometry and type sizes of GB/T 9704-2012, in the units both renderers need: points (1/72 inch) for
 * the PDF, twips (1/20 point) and half-points for the DOCX.
 * <p>
 * The grid of §5.2.3 (22 lines × 28 characters filling the 156 × 225 mm text block) is met this way: the line pitch
 * is 225 mm / 22 rounded down to whole twips (579 twips = 28.95 pt, exact line spacing), and the body stays at the
 * conventional 3号 = 16 pt with a character spacing of −0.25 pt, so 28 characters advance 28 × 15.75 = 441 pt — just
 * inside the 442.2 pt (156 mm) line and too short for a 29th. Shrinking the type to 15.8 pt would do the same but
 * leave the DOCX with a size no Word user would recognise as 3号.
 */
public final class Layout {

    /** A4 paper, GB/T 9704-2012 §5.1. */
    public static final float PAGE_WIDTH_MM = 210f;
    public static final float PAGE_HEIGHT_MM = 297f;

    /** 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, GB/T 9704-2012 §5.2.1. */
    public static final float TOP_MM = 37f;
    public static final float LEFT_MM = 28f;
    public static final float TEXT_WIDTH_MM = 156f;
    public static final float TEXT_HEIGHT_MM = 225f;
    public static final float RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - TEXT_WIDTH_MM;
    public static final float BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TEXT_HEIGHT_MM;

    /** 22 lines per page, 28 characters per line, GB/T 9704-2012 §5.2.3. */
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARACTERS_PER_LINE = 28;

    /** Exact line spacing in twips: the largest whole-twip pitch at which 22 lines fit into 225 mm. */
    public static final int LINE_PITCH_TWIPS = (int) Math.floor(twipsExact(TEXT_HEIGHT_MM) / LINES_PER_PAGE);
    public static final float LINE_PITCH = LINE_PITCH_TWIPS / 20f;

    /** 3号 body, GB/T 9704-2012 §5.2.2; 2号 title, §7.3.1; 4号 page numbers, §7.5. */
    public static final float BODY_SIZE = 16f;
    public static final float TITLE_SIZE = 22f;
    public static final float ISSUER_SIZE = 26f;
    public static final float PAGE_NUMBER_SIZE = 14f;

    /** Character spacing in twentieths of a point (DOCX {@code w:spacing}) and in points (PDF {@code Tc}). */
    public static final int CHARACTER_SPACING_TWENTIETHS = -5;
    public static final float CHARACTER_SPACING = CHARACTER_SPACING_TWENTIETHS / 20f;

    /** The advance of one full-width body character, the unit of "空二字" indents. */
    public static final float CHARACTER = BODY_SIZE + CHARACTER_SPACING;

    /** The page number's 一字线 lies 7 mm below the text block, GB/T 9704-2012 §7.5. */
    public static final float PAGE_NUMBER_GAP_MM = 7f;

    /** The red separator lies 4 mm below the document number, GB/T 9704-2012 §7.2.7. */
    public static final float SEPARATOR_GAP_MM = 4f;

    /** The 成文日期 is set with four characters of space on its right, GB/T 9704-2012 §7.3.5.1. */
    public static final int DATE_RIGHT_INDENT_CHARACTERS = 4;

    private Layout() {
    }

    public static float points(float mm) {
        return mm / 25.4f * 72f;
    }

    public static int twips(float mm) {
        return (int) Math.round(twipsExact(mm));
    }

    private static double twipsExact(float mm) {
        return mm / 25.4 * 1440;
    }

    /** Page number text with a 一字线 on each side, GB/T 9704-2012 §7.5. */
    public static String pageNumber(int page) {
        return "— " + page + " —";
    }

    /** 成文日期 in Arabic numerals, full year, month and day without leading zeros (GB/T 9704-2012 §7.3.5.4). */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Width of a text in full-width characters: ASCII counts half (半角), everything else one. */
    public static float widthInCharacters(String text) {
        return (float) text.codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1.0).sum();
    }
}
