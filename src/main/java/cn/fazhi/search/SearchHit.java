package cn.fazhi.search;

import java.util.List;
import java.util.Map;

/**
 * One hit: the text's reference, title and link, its stored keyword fields, its score and highlighted snippets. The
 * {@code titleHtml} and {@code snippetHtml} are HTML-escaped text with {@code <mark>} around the matches, safe to
 * insert as markup.
 */
public record SearchHit(String type, String id, String title, String link, Map<String, List<String>> keywords,
        float score, String titleHtml, String snippetHtml) {}
