package cn.fazhi.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.FinalText;
import com.lowagie.text.pdf.parser.ParsedText;
import com.lowagie.text.pdf.parser.ParsedTextImpl;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.lowagie.text.pdf.parser.TextAssembler;
import com.lowagie.text.pdf.parser.Word;

/** Reads back what a PDF holds: text with its position, and how its fonts are stored. Pure Java (OpenPDF). */
public final class PdfInspection {

    /** A word of shown text; x and y where its baseline starts, in points from the bottom left of the page. */
    public record TextRun(String text, float x, float y) {}

    private PdfInspection() {
    }

    public static List<TextRun> runs(PdfReader reader, int page) {
        Collector collector = new Collector();
        try {
            new PdfTextExtractor(reader, collector).getTextFromPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.runs;
    }

    /** Text lines of a page above {@code minY} points (e.g. above the page number), top to bottom, keyed by baseline. */
    public static java.util.Map<Float, String> lines(PdfReader reader, int page, float minY) {
        java.util.Map<Float, String> lines = new java.util.TreeMap<>((a, b) -> Float.compare(b, a));
        runs(reader, page).stream()
                .filter(r -> r.y() > minY)
                .collect(java.util.stream.Collectors.groupingBy(r -> (float) Math.round(r.y() * 10) / 10,
                        java.util.TreeMap::new, java.util.stream.Collectors.mapping(TextRun::text,
                                java.util.stream.Collectors.joining())))
                .forEach((y, text) -> lines.put(y, text.replaceAll("\\s", "")));
        lines.values().removeIf(String::isEmpty);
        return lines;
    }

    /** Names of the fonts on every page whose descriptor carries no FontFile, FontFile2 or FontFile3. */
    public static List<String> fontsNotEmbedded(PdfReader reader) {
        List<String> missing = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
            if (fonts == null) {
                continue;
            }
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                PdfDictionary described = font;
                PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                if (descendants != null) {
                    described = descendants.getAsDict(0);
                }
                PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
                boolean embedded = descriptor != null && (descriptor.contains(PdfName.FONTFILE)
                        || descriptor.contains(PdfName.FONTFILE2) || descriptor.contains(PdfName.FONTFILE3));
                if (!embedded) {
                    missing.add(String.valueOf(font.getAsName(PdfName.BASEFONT)));
                }
            }
        }
        return missing;
    }

    public static List<String> fontNames(PdfReader reader) {
        List<String> names = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (PdfName key : fonts.getKeys()) {
                names.add(String.valueOf(fonts.getAsDict(key).getAsName(PdfName.BASEFONT)));
            }
        }
        return names;
    }

    private static final class Collector implements TextAssembler {

        private final List<TextRun> runs = new ArrayList<>();
        private int words;

        @Override
        public void process(ParsedText text, String contextName) {
            text.getAsPartialWords().forEach(this::renderText);
        }

        @Override
        public void renderText(ParsedTextImpl text) {
            if (!text.getText().isBlank()) {
                runs.add(new TextRun(text.getText(), text.getStartPoint().get(0), text.getStartPoint().get(1)));
            }
        }

        @Override
        public void process(Word word, String contextName) {
            renderText(word);
        }

        @Override
        public void process(FinalText text, String contextName) {
        }

        @Override
        public void renderText(FinalText text) {
        }

        @Override
        public FinalText endParsingContext(String contextName) {
            return new FinalText("");
        }

        @Override
        public String getWordId() {
            return "word" + words++;
        }

        @Override
        public void setPage(int page) {
        }

        @Override
        public void reset() {
            runs.clear();
        }
    }
}
