package cn.fazhi.search.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A query text as the words that must all occur: split on white space and on every punctuation mark (Chinese or
 * Latin: "调解协议、司法确认" is two words), and on a function word (的、和、与、及) standing between two runs of at least
 * two Han characters ("行政机关的负责人" is 行政机关 + 负责人, while 目的 or 的确 stay whole). Splitting only ever
 * relaxes a phrase into words that it contains, so a text with the typed phrase still matches (and ranks first, see
 * {@link #phrase}).
 */
final class QueryWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?<=\\p{IsHan}{2})[的和与及](?=\\p{IsHan}{2})");

    private QueryWords() {}

    /** The distinct words of {@code text}, in order; empty when it holds no letter or digit. */
    static List<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            for (String part : SEPARATORS.split(text)) {
                for (String word : FUNCTION_WORD.split(part)) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    /**
     * The words joined as one phrase (function words between them dropped, "行政机关负责人"), for ranking texts that
     * hold the words together first; null when there is only one word.
     */
    static String phrase(List<String> words) {
        return words.size() < 2 ? null : String.join("", words);
    }
}
