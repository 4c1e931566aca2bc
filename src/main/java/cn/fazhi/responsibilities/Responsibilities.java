package cn.fazhi.responsibilities;

import java.time.LocalDate;
import java.util.ArrayList;
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
    private final PowerIndex index;

    Responsibilities(JdbcClient jdbc, PowerIndex index) {
        this.jdbc = jdbc;
        this.index = index;
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
     * The units responsible for a matter, best first, at most {@code limit}: first the holders of the powers its
     * category names (in force on the day), then the holders of powers whose names share at least
     * {@code fazhi.responsibilities.text-min-words} uncommon two-character words with its text (most shared first).
     * One suggestion per unit. Served from the in-memory index of the published list ({@link PowerIndex}).
     */
    public List<DispatchSuggestion> suggest(DispatchQuery q) {
        List<DispatchSuggestion> out = new ArrayList<>();
        Set<Long> units = new HashSet<>();
        LocalDate on = q.on();
        for (String code : new LinkedHashSet<>(q.powerCodes() == null ? List.<String>of() : q.powerCodes())) {
            PowerIndex.Entry p = index.inForce(code, on);
            if (p != null && units.add(p.unitId())) {
                out.add(new DispatchSuggestion(p.unitId(), p.code(), p.name(), p.basis(),
                        SuggestionReason.CATEGORY_POWER, null, 1000));
            }
        }
        if (q.text() != null && !q.text().isBlank()) {
            for (PowerIndex.TextHit h : index.textHits(q.text(), on)) {
                if (out.size() >= q.limit()) {
                    break;
                }
                if (units.add(h.entry().unitId())) {
                    out.add(new DispatchSuggestion(h.entry().unitId(), h.entry().code(), h.entry().name(),
                            h.entry().basis(), SuggestionReason.TEXT_MATCH, String.join("、", h.words()),
                            h.words().size()));
                }
            }
        }
        return out.size() > q.limit() ? List.copyOf(out.subList(0, Math.max(0, q.limit()))) : out;
    }

    /** Which of {@code codes} are codes of the list (any version, published or not). */
    public Set<String> knownCodes(java.util.Collection<String> codes) {
        return index.known(codes);
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
