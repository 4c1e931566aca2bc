package cn.fazhi.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search: words that must all occur (the text is split on white space, punctuation and function words such as 的;
 * texts holding the words as one phrase rank first — see docs/SEARCH.md),
 * optional types, exact keyword filters, date conditions, and paging.
 *
 * @param publicOnly only texts the public portal may show (the public API always sets it)
 */
public record SearchQuery(String text, List<String> types, Map<String, String> keywords, List<DateCondition> dates,
        boolean publicOnly, int page, int size) {

    public static final int MAX_SIZE = 50;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        types = types == null ? List.of() : List.copyOf(types);
        keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
        dates = dates == null ? List.of() : List.copyOf(dates);
        page = Math.max(0, page);
        size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
    }

    /**
     * A condition on a date field: on or after {@code from} and on or before {@code to} (either open). When the text
     * has no such date, {@code missingMatches} decides (e.g. "no expiry date" counts as still valid).
     */
    public record DateCondition(String field, LocalDate from, LocalDate to, boolean missingMatches) {}
}
