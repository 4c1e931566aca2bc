package cn.fazhi.reports.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fazhi.platform.web.UserFacingException;

/**
 * A report template or report text: one block per line. {@code # } starts a level-1 heading (一、, 黑体),
 * {@code ## } level 2 (（一）, 楷体), {@code ### } level 3 (1., 仿宋); any other non-blank line is a paragraph.
 * Inside a line, {@code {{indicator.id:format}}} stands for an indicator's figure (format optional, see
 * {@link FigureFormat}), {@code {{a.id + b.id:format}}} for the sum of several indicators' figures (one printed
 * figure, e.g. documents declared void plus those abolished), {@code {{indicator.id@previous:format}}} for the
 * figure of the year before the report's (e.g. "即办件比例由上年的54.6%提升到90.2%"), and {@code {{year}}},
 * {@code {{next_year}}}, {@code {{region}}} for the report's year, the following year and the region's name.
 */
public record TemplateText(List<Line> lines) {

    /**
     * Opens a paragraph the office writes itself each year ("【待填写：what to write】"): the built-in template marks its
     * narrative parts so, and a report shows how many are left.
     */
    public static final String TO_WRITE = "【待填写";

    /** Placeholder names that are the report's own values rather than indicators. */
    public static final Set<String> VARIABLES = Set.of("year", "next_year", "region");

    /** The suffix of a term that stands for the figure of the year before the report's. */
    public static final String PREVIOUS = "@previous";

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{\\s*([A-Za-z0-9_.]+(?:@previous)?(?:\\s*\\+\\s*[A-Za-z0-9_.]+(?:@previous)?)*)\\s*"
                    + "(?::\\s*([A-Za-z0-9_]+)\\s*)?}}");
    private static final int MAX_LENGTH = 200_000;

    public TemplateText {
        lines = List.copyOf(lines);
    }

    /** One block: level 0 is a paragraph, 1–3 a heading. */
    public record Line(int level, List<Piece> pieces) {
        public Line {
            pieces = List.copyOf(pieces);
        }
    }

    public sealed interface Piece {}

    public record Literal(String text) implements Piece {}

    /**
     * {@code format} is null where the template gives none (the indicator's unit decides). {@code name} is one
     * indicator id or variable, or a sum of indicator ids written {@code a+b} (no spaces).
     */
    public record Placeholder(String name, FigureFormat format) implements Piece {
        public boolean isVariable() {
            return VARIABLES.contains(name);
        }

        /** The indicator ids whose figures this placeholder prints: one, or the terms of a sum. */
        public List<String> terms() {
            return List.of(name.split("\\+"));
        }

        public boolean isSum() {
            return name.indexOf('+') >= 0;
        }
    }

    /**
     * Parses a whole text.
     *
     * @throws UserFacingException {@code reports.error.textRequired}, {@code reports.error.textTooLong},
     *                             {@code reports.error.placeholderUnclosed} or {@code reports.error.formatUnknown}
     */
    public static TemplateText parse(String body) {
        if (body == null || body.isBlank()) {
            throw UserFacingException.badRequest("reports.error.textRequired");
        }
        if (body.length() > MAX_LENGTH) {
            throw UserFacingException.badRequest("reports.error.textTooLong", MAX_LENGTH);
        }
        List<Line> lines = new ArrayList<>();
        for (String raw : body.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int level = 0;
            if (line.startsWith("### ")) {
                level = 3;
            } else if (line.startsWith("## ")) {
                level = 2;
            } else if (line.startsWith("# ")) {
                level = 1;
            }
            String text = line.substring(level == 0 ? 0 : level + 1).strip();
            if (text.isEmpty()) {
                continue;
            }
            lines.add(new Line(level, pieces(text)));
        }
        if (lines.isEmpty()) {
            throw UserFacingException.badRequest("reports.error.textRequired");
        }
        return new TemplateText(lines);
    }

    /** Parses a single line such as a title or signature (no heading markers). */
    public static List<Piece> parseLine(String text) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest("reports.error.textRequired");
        }
        return pieces(text.strip());
    }

    static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            literal(pieces, text.substring(at, m.start()));
            String name = m.group(1).replaceAll("\\s+", "");
            if (name.indexOf('+') >= 0) {
                for (String term : name.split("\\+")) {
                    if (VARIABLES.contains(term)) {
                        throw UserFacingException.badRequest("reports.error.sumOfVariable", m.group(), term);
                    }
                }
            }
            pieces.add(new Placeholder(name, m.group(2) == null ? null : FigureFormat.of(name, m.group(2))));
            at = m.end();
        }
        literal(pieces, text.substring(at));
        return pieces;
    }

    private static void literal(List<Piece> pieces, String text) {
        int open = text.indexOf("{{");
        if (open >= 0) {
            int end = Math.min(text.length(), open + 40);
            throw UserFacingException.badRequest("reports.error.placeholderUnclosed", text.substring(open, end));
        }
        if (!text.isEmpty()) {
            pieces.add(new Literal(text));
        }
    }

    /** The indicator id of a placeholder's term ({@code a.b@previous} → {@code a.b}). */
    public static String indicatorOf(String term) {
        return term.endsWith(PREVIOUS) ? term.substring(0, term.length() - PREVIOUS.length()) : term;
    }

    /** How many years before the report's a term's figure is counted for: 1 for {@code @previous}, else 0. */
    public static int yearsBack(String term) {
        return term.endsWith(PREVIOUS) ? 1 : 0;
    }

    /**
     * The figures the text cites, in order of first use: indicator ids, each with {@link #PREVIOUS} where the text
     * cites the figure of the year before.
     */
    public Set<String> indicatorIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Line line : lines) {
            ids.addAll(indicatorIds(line.pieces()));
        }
        return ids;
    }

    public static Set<String> indicatorIds(List<Piece> pieces) {
        Set<String> ids = new LinkedHashSet<>();
        for (Piece piece : pieces) {
            if (piece instanceof Placeholder p && !p.isVariable()) {
                ids.addAll(p.terms());
            }
        }
        return ids;
    }
}
