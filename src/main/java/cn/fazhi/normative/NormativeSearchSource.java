package cn.fazhi.normative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.search.SearchSource;
import cn.fazhi.search.SearchText;

/**
 * The register's texts for the search index: every document, public once issued. Filter fields: {@code unit},
 * {@code year} (of publication), {@code status}, {@code tag}; dates {@code published}, {@code effective} and
 * {@code until} (the day it stopped being in force, absent while in force).
 */
@Component
class NormativeSearchSource implements SearchSource {

    private final JdbcClient jdbc;

    NormativeSearchSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String type() {
        return NormativeDocuments.TYPE;
    }

    @Override
    public List<SearchText> load(Collection<String> ids) {
        List<Long> numeric = new ArrayList<>();
        for (String id : ids) {
            if (id.matches("\\d{1,18}")) {
                numeric.add(Long.parseLong(id));
            }
        }
        if (numeric.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + NormativeDocuments.COLUMNS + " FROM normative_document d WHERE d.id IN (:ids)")
                .param("ids", numeric).query(NormativeDocuments::map).list().stream().map(NormativeSearchSource::text).toList();
    }

    @Override
    public void forEach(Consumer<SearchText> sink) {
        jdbc.sql("SELECT " + NormativeDocuments.COLUMNS + " FROM normative_document d ORDER BY d.id")
                .query(NormativeDocuments::map).stream().forEach(row -> sink.accept(text(row)));
    }

    static SearchText text(NormativeDocuments.Row r) {
        Map<String, List<String>> keywords = new HashMap<>();
        keywords.put("unit", List.of(Long.toString(r.unitId())));
        keywords.put("status", List.of(r.status().name()));
        if (r.number() != null) {
            keywords.put("number", List.of(r.number()));
        }
        if (r.publishedOn() != null) {
            keywords.put("year", List.of(Integer.toString(r.publishedOn().getYear())));
        }
        keywords.put("tag", r.tagList());
        Map<String, java.time.LocalDate> dates = new HashMap<>();
        dates.put("published", r.publishedOn());
        dates.put("effective", r.effectiveOn());
        dates.put("until", r.inForceUntil());
        boolean issued = r.status().issued();
        String body = (r.number() == null ? "" : r.number() + "\n") + r.body();
        return new SearchText(NormativeDocuments.TYPE, Long.toString(r.id()), r.title(), body, keywords, dates, issued,
                r.unitId(), r.regionCode(), issued ? "/public/normative/" + r.id() : "/normative/documents/" + r.id());
    }
}
