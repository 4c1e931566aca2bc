package cn.fazhi.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the documents module, bound from {@code fazhi.documents}. Each font is a file path, followed for a
 * TrueType/OpenType collection by {@code ,index} of the face to use (index 2 is the Simplified Chinese face of the
 * Noto CJK collections). See docs/DOCUMENTS.md for why these fonts stand in for the ones GB/T 9704-2012 names.
 */
@ConfigurationProperties("fazhi.documents")
public record DocumentProperties(@DefaultValue Fonts fonts) {

    static final String NOTO = "/usr/share/fonts/opentype/noto/";

    /**
     * PDF fonts by the role GB/T 9704-2012 gives them.
     *
     * @param fangsong     body text, 仿宋 (default Noto Serif CJK SC Regular)
     * @param xiaobiaosong titles and the issuer mark, 小标宋 (default Noto Serif CJK SC Bold)
     * @param heiti        level-1 headings, 黑体 (default Noto Sans CJK SC Bold)
     * @param kaiti        level-2 headings, 楷体 (default Noto Serif CJK SC Regular: Debian's stack has no 楷体)
     * @param song         page numbers, 宋体 (default Noto Serif CJK SC Regular)
     */
    public record Fonts(
            @DefaultValue(NOTO + "NotoSerifCJK-Regular.ttc,2") String fangsong,
            @DefaultValue(NOTO + "NotoSerifCJK-Bold.ttc,2") String xiaobiaosong,
            @DefaultValue(NOTO + "NotoSansCJK-Bold.ttc,2") String heiti,
            @DefaultValue(NOTO + "NotoSerifCJK-Regular.ttc,2") String kaiti,
            @DefaultValue(NOTO + "NotoSerifCJK-Regular.ttc,2") String song) {
    }

    /** The defaults, for use outside a Spring context. */
    public static DocumentProperties defaults() {
        String serif = NOTO + "NotoSerifCJK-Regular.ttc,2";
        return new DocumentProperties(
                new Fonts(serif, NOTO + "NotoSerifCJK-Bold.ttc,2", NOTO + "NotoSansCJK-Bold.ttc,2", serif, serif));
    }
}
