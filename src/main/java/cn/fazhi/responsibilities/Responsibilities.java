package cn.fazhi.responsibilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The published 权责清单 as other modules read it: the power in force with a code, a unit's powers, and dispatch
 * suggestions — which unit is responsible for a matter, and why.
 */
@Service
public class Responsibilities {

    static final String SELECT = "SELECT id, code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
            + "effective_from, effective_to, published_on, version FROM power_item ";
    static final String IN_FORCE = "published_on IS NOT NULL AND effective_from <= :on "
            + "AND (effective_to IS NULL OR effective_to > :on)";

    private final JdbcClient jdbc;

    Responsibilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published power with this code in force on {@code on}. */
    public Optional<PowerView> inForce(String code, LocalDate on) {
        return jdbc.sql(SELECT + "WHERE code = :code AND " + IN_FORCE).param("code", code).param("on", on)
                .query(Responsibilities::map).optional();
    }

    /** The unit's published powers in force on {@code on}. */
    public List<PowerView> ofUnit(long unitId, LocalDate on) {
        return jdbc.sql(SELECT + "WHERE unit_id = :unit AND " + IN_FORCE + " ORDER BY code").param("unit", unitId)
                .param("on", on).query(Responsibilities::map).list();
    }

    /**
     * The units responsible for a matter, best first: first the holders of the powers its category names, then the
     * holders of powers whose names share at least two two-character words with its text.
     */
    public List<DispatchSuggestion> suggest(DispatchQuery q) {
        List<DispatchSuggestion> out = new ArrayList<>();
        Set<Long> units = new HashSet<>();
        for (String code : new LinkedHashSet<>(q.powerCodes())) {
            inForce(code, q.on()).filter(p -> units.add(p.unitId())).ifPresent(p -> out.add(new DispatchSuggestion(
                    p.unitId(), p.code(), p.name(), p.basis(), SuggestionReason.CATEGORY_POWER, null, 1000)));
        }
        Set<String> textWords = bigrams(q.text());
        if (!textWords.isEmpty()) {
            List<DispatchSuggestion> byText = new ArrayList<>();
            for (PowerView p : jdbc.sql(SELECT + "WHERE " + IN_FORCE).param("on", q.on()).query(Responsibilities::map)
                    .list()) {
                Set<String> shared = new LinkedHashSet<>(bigrams(p.name()));
                shared.retainAll(textWords);
                if (shared.size() >= 2) {
                    byText.add(new DispatchSuggestion(p.unitId(), p.code(), p.name(), p.basis(),
                            SuggestionReason.TEXT_MATCH, String.join("、", shared), shared.size()));
                }
            }
            byText.sort(Comparator.comparingInt(DispatchSuggestion::score).reversed()
                    .thenComparing(DispatchSuggestion::powerCode));
            for (DispatchSuggestion s : byText) {
                if (units.add(s.unitId())) {
                    out.add(s);
                }
            }
        }
        return out.size() > q.limit() ? out.subList(0, q.limit()) : out;
    }

    /** The two-character words (bigrams of CJK letters and digits) of a text. */
    static Set<String> bigrams(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }

    static PowerView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PowerView(rs.getLong("id"), rs.getString("code"), rs.getInt("version_no"),
                rs.getString("power_type"), rs.getString("name"), rs.getString("matter_key"), rs.getString("basis"),
                rs.getLong("unit_id"), rs.getString("region_code"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), rs.getObject("published_on", LocalDate.class),
                rs.getInt("version"));
    }
}
