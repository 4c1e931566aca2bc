package cn.fazhi.documents.internal;

import cn.fazhi.documents.DocumentProperties;

/**
 * The typefaces GB/T 9704-2012 assigns, with the name a DOCX asks for (the fonts installed on government PCs) and
 * the configured free font a PDF embeds instead.
 */
public enum Typeface {

    /** Body text and levels 3–4 headings, §5.2.2 and §7.3.3. */
    FANGSONG("仿宋_GB2312"),
    /** Title (§7.3.1) and the issuer mark (§7.2.4). */
    XIAOBIAOSONG("方正小标宋简体"),
    /** Level-1 headings "一、", §7.3.3. */
    HEITI("黑体"),
    /** Level-2 headings "（一）", §7.3.3. */
    KAITI("楷体_GB2312"),
    /** Page numbers: 4号半角宋体阿拉伯数字, §7.5. */
    SONG("宋体");

    private final String docxName;

    Typeface(String docxName) {
        this.docxName = docxName;
    }

    public String docxName() {
        return docxName;
    }

    public String configuredFont(DocumentProperties.Fonts fonts) {
        return switch (this) {
            case FANGSONG -> fonts.fangsong();
            case XIAOBIAOSONG -> fonts.xiaobiaosong();
            case HEITI -> fonts.heiti();
            case KAITI -> fonts.kaiti();
            case SONG -> fonts.song();
        };
    }

    /** The property name under {@code fazhi.documents.fonts}. */
    public String property() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Typeface forHeading(int level) {
        return switch (level) {
            case 1 -> HEITI;
            case 2 -> KAITI;
            default -> FANGSONG;
        };
    }
}
