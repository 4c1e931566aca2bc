package cn.fazhi.documents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.pdf.BaseFont;

import cn.fazhi.documents.DocumentProperties;

/**
 * The fonts a PDF embeds, loaded once per font file and shared: embedding is Identity-H with a subset of the glyphs
 * used, so a document carries only its own characters. A missing file fails with the Debian package to install.
 */
public final class PdfFonts {

    private final DocumentProperties.Fonts configured;
    private final Map<String, BaseFont> loaded = new ConcurrentHashMap<>();

    public PdfFonts(DocumentProperties.Fonts configured) {
        this.configured = configured;
    }

    public BaseFont get(Typeface typeface) {
        String font = typeface.configuredFont(configured);
        return loaded.computeIfAbsent(font, f -> load(typeface, f));
    }

    private static BaseFont load(Typeface typeface, String font) {
        Path file = Path.of(font.replaceFirst(",\\d+$", ""));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Font file " + file + " for " + typeface.docxName() + " (fazhi.documents.fonts."
                    + typeface.property() + ") is missing: " + installHint(file));
        }
        try {
            BaseFont base = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            base.setSubset(true);
            return base;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Font " + font + " for " + typeface.docxName() + " cannot be embedded", e);
        }
    }

    static String installHint(Path file) {
        String path = file.toString();
        String debianPackage = path.contains("/noto/") ? "fonts-noto-cjk" : path.contains("/wqy/") ? "fonts-wqy-zenhei" : null;
        return debianPackage == null
                ? "install the font or point the setting at an installed one"
                : "install the Debian package " + debianPackage + " (apt-get install " + debianPackage + ")";
    }
}
