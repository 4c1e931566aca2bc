package cn.fazhi.responsibilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published list held in memory for dispatch suggestions: every published version (with its dates, so any day
 * can be asked), by code and by two-character word of its name (an inverted index). Rebuilt when the published list
 * changed — {@link #invalidate} after a publication, and a cheap stamp (count, highest id, sum of row versions of the
 * published rows) checked on each use, so a list published on another node or by a demo generation is seen too.
 * The words of the responsible unit's own name (e.g. 温泉街道 in 温泉街道查封、扣押涉案物品) are not indexed: a place or a
 * body named in a ticket is not the matter, and would otherwise send every ticket from 温泉街道 to that township.
 */
@Component
class PowerIndex {

    /** One published version. */
    record Entry(long id, String code, long unitId, String name, String basis, LocalDate from, LocalDate to) {

        boolean inForce(LocalDate on) {
            return !from.isAfter(on) && (to == null || to.isAfter(on));
        }
    }

    /** A power whose name shares words with a text: the words shared (common ones left out), in text order. */
    record TextHit(Entry entry, List<String> words) {}

    private record Snapshot(String stamp, Map<String, List<Entry>> byCode, Map<String, List<Entry>> byWord,
            Set<String> common) {}

    private final JdbcClient jdbc;
    private final ResponsibilitiesProperties properties;
    private final cn.fazhi.organisation.Units units;
    private volatile Snapshot snapshot;

    PowerIndex(JdbcClient jdbc, ResponsibilitiesProperties properties, cn.fazhi.organisation.Units units) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.units = units;
    }

    void invalidate() {
        snapshot = null;
    }

    /** The published version of {@code code} in force on {@code on}, if any. */
    Entry inForce(String code, LocalDate on) {
        for (Entry e : current().byCode().getOrDefault(code, List.of())) {
            if (e.inForce(on)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The powers in force on {@code on} whose names share at least {@code text-min-words} uncommon two-character words
     * with {@code text}, most words first (then by code).
     */
    List<TextHit> textHits(String text, LocalDate on) {
        Snapshot s = current();
        Set<String> words = Responsibilities.bigrams(text);
        words.removeAll(s.common());
        Map<Entry, List<String>> shared = new HashMap<>();
        for (String w : words) {
            for (Entry e : s.byWord().getOrDefault(w, List.of())) {
                if (e.inForce(on)) {
                    shared.computeIfAbsent(e, k -> new ArrayList<>(4)).add(w);
                }
            }
        }
        List<TextHit> out = new ArrayList<>();
        shared.forEach((e, w) -> {
            if (w.size() >= properties.textMinWords()) {
                out.add(new TextHit(e, w));
            }
        });
        out.sort(Comparator.comparingInt((TextHit h) -> h.words().size()).reversed()
                .thenComparing(h -> h.entry().code()));
        return out;
    }

    private Snapshot current() {
        String stamp = jdbc.sql("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(version), 0) FROM power_item "
                + "WHERE published_on IS NOT NULL").query((rs, i) -> rs.getLong(1) + "/" + rs.getLong(2) + "/"
                        + rs.getLong(3)).single();
        Snapshot s = snapshot;
        if (s != null && s.stamp().equals(stamp)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s == null || !s.stamp().equals(stamp)) {
                s = build(stamp);
                snapshot = s;
            }
            return s;
        }
    }

    private Snapshot build(String stamp) {
        List<Entry> entries = jdbc.sql("SELECT id, code, unit_id, name, basis, effective_from, effective_to FROM "
                + "power_item WHERE published_on IS NOT NULL ORDER BY code, effective_from").query((rs, i) -> new Entry(
                        rs.getLong("id"), rs.getString("code"), rs.getLong("unit_id"), rs.getString("name"),
                        rs.getString("basis"), rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class))).list();
        Map<String, List<Entry>> byCode = new HashMap<>();
        Map<String, List<Entry>> byWord = new HashMap<>();
        Map<String, Set<String>> codesOfWord = new HashMap<>();
        Map<Long, Set<String>> unitWords = new HashMap<>();
        for (cn.fazhi.organisation.UnitView u : units.all()) {
            Set<String> w = Responsibilities.bigrams(u.name());
            w.addAll(Responsibilities.bigrams(u.shortName()));
            unitWords.put(u.id(), w);
        }
        for (Entry e : entries) {
            byCode.computeIfAbsent(e.code(), k -> new ArrayList<>(1)).add(e);
            Set<String> words = Responsibilities.bigrams(e.name());
            words.removeAll(unitWords.getOrDefault(e.unitId(), Set.of()));
            for (String w : words) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
                codesOfWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(e.code());
            }
        }
        long codes = byCode.size();
        Set<String> common = new java.util.HashSet<>();
        double limit = Math.max(20, codes * properties.commonWordShare());
        codesOfWord.forEach((w, c) -> {
            if (c.size() > limit) {
                common.add(w);
            }
        });
        return new Snapshot(stamp, byCode, byWord, common);
    }

    /** Whether {@code word} is too common in the list to count as a match (for tests and the evidence text). */
    boolean common(String word) {
        return current().common().contains(word);
    }

    /** Codes of {@code codes} that exist in the list (any version, published or not). */
    Set<String> known(Collection<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        if (codes.isEmpty()) {
            return out;
        }
        out.addAll(jdbc.sql("SELECT DISTINCT code FROM power_item WHERE code IN (:codes)").param("codes", codes)
                .query(String.class).list());
        return out;
    }
}
