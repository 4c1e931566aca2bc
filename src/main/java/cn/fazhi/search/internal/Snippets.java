package cn.fazhi.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/**
 * Marks a query's terms in a hit's title and body without re-analysing the text. A query term matches the index as a
 * CJK bigram phrase, i.e. as a contiguous run of the same characters, so the places to mark are the term's literal
 * occurrences (case-insensitive; letters and digits at a term's edge must not continue into the text, as the
 * tokenizer keeps Latin words whole). A term that contains punctuation or spaces is marked by its letter-and-digit
 * runs. The cost is a string scan per term: independent of the index size and of the analyzers.
 */
final class Snippets {

    /** Most match positions considered when choosing a fragment. */
    private static final int MAX_MATCHES = 256;

    private final List<String> needles;

    private Snippets(List<String> needles) {
        this.needles = needles;
    }

    /** The needles of a query text, split as {@code SearchIndex.textQuery} splits it; null when it has none. */
    static Snippets of(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            return null;
        }
        List<String> needles = QueryWords.of(queryText);
        return needles.isEmpty() ? null : new Snippets(needles);
    }

    /** The whole text with every match marked, HTML-escaped; null when nothing matches. */
    String markAll(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<int[]> matches = matches(text);
        return matches.isEmpty() ? null : render(text, 0, text.length(), matches);
    }

    /**
     * A fragment of about {@code chars} characters around the matches, chosen to hold the most distinct terms, with
     * the matches marked and an ellipsis where the text is cut; HTML-escaped; null when nothing matches.
     */
    String fragment(String text, int chars) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<int[]> matches = matches(text);
        if (matches.isEmpty()) {
            return null;
        }
        int lead = chars / 4;
        int bestStart = 0;
        int bestTerms = -1;
        for (int[] first : matches) {
            int from = Math.max(0, first[0] - lead);
            Set<Integer> terms = new java.util.HashSet<>();
            for (int[] m : matches) {
                if (m[0] >= from && m[1] <= from + chars) {
                    terms.add(m[2]);
                }
            }
            if (terms.size() > bestTerms) {
                bestTerms = terms.size();
                bestStart = from;
            }
        }
        int end = Math.min(text.length(), bestStart + chars);
        int start = Math.max(0, Math.min(bestStart, end - chars));
        // never cut a surrogate pair
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        String body = render(text, start, end, matches);
        return (start > 0 ? "…" : "") + body + (end < text.length() ? "…" : "");
    }

    /** Non-overlapping matches {start, end, needle index}, in text order, at most {@link #MAX_MATCHES}. */
    List<int[]> matches(String text) {
        List<int[]> found = new ArrayList<>();
        for (int n = 0; n < needles.size(); n++) {
            String needle = needles.get(n);
            List<int[]> own = occurrences(text, needle, n);
            if (own.isEmpty()) {
                for (String run : needle.split("[^\\p{L}\\p{N}]+")) {
                    if (!run.isEmpty() && !run.equals(needle)) {
                        own.addAll(occurrences(text, run, n));
                    }
                }
            }
            found.addAll(own);
        }
        found.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        List<int[]> merged = new ArrayList<>();
        int reached = 0;
        for (int[] m : found) {
            if (m[0] >= reached) {
                merged.add(m);
                reached = m[1];
                if (merged.size() == MAX_MATCHES) {
                    break;
                }
            }
        }
        return merged;
    }

    private static List<int[]> occurrences(String text, String needle, int index) {
        List<int[]> out = new ArrayList<>();
        int length = needle.length();
        boolean wordStart = isWordChar(needle.charAt(0));
        boolean wordEnd = isWordChar(needle.charAt(length - 1));
        for (int i = 0; i + length <= text.length() && out.size() < MAX_MATCHES; i++) {
            if (text.regionMatches(true, i, needle, 0, length)
                    && !(wordStart && i > 0 && isWordChar(text.charAt(i - 1)))
                    && !(wordEnd && i + length < text.length() && isWordChar(text.charAt(i + length)))) {
                out.add(new int[] {i, i + length, index});
                i += length - 1;
            }
        }
        return out;
    }

    /** Latin letters and digits, which the tokenizer keeps together as one word (Han characters pair up instead). */
    private static boolean isWordChar(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }

    private static String render(String text, int start, int end, List<int[]> matches) {
        SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
        StringBuilder out = new StringBuilder(end - start + 32);
        int at = start;
        for (int[] m : matches) {
            if (m[0] < start || m[1] > end) {
                continue;
            }
            out.append(encoder.encodeText(text.substring(at, m[0]))).append("<mark>")
                    .append(encoder.encodeText(text.substring(m[0], m[1]))).append("</mark>");
            at = m[1];
        }
        return out.append(encoder.encodeText(text.substring(at, end))).toString();
    }
}
