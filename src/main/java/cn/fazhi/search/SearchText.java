package cn.fazhi.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One searchable text as a module contributes it.
 *
 * @param type       the contributing source's type (e.g. {@code normative})
 * @param id         the record's id within that type
 * @param title      shown as the hit's title
 * @param body       the full text
 * @param keywords   exact-match filter fields, each possibly several values (e.g. {@code unit → 3}, {@code tag → 教育})
 * @param dates      date filter fields (e.g. {@code published}); an absent date is "none"
 * @param publicText whether the public portal may find it
 * @param unitId     the owning unit (staff data scope)
 * @param regionCode the owning region (staff data scope)
 * @param link       where the record is shown: the public page when public, else the staff page
 */
public record SearchText(String type, String id, String title, String body, Map<String, List<String>> keywords,
        Map<String, LocalDate> dates, boolean publicText, long unitId, String regionCode, String link) {

    public SearchText {
        if (type == null || !type.matches("[a-z][a-z_]{1,31}") || id == null || id.isBlank()) {
            throw new IllegalArgumentException("invalid search text reference");
        }
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
        dates = dates == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(dates));
        regionCode = regionCode == null ? "" : regionCode;
    }
}
