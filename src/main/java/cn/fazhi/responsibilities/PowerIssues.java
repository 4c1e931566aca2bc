package cn.fazhi.responsibilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;

/**
 * Overlaps and gaps of the published 权责清单 on a day (纲要(2021–2025)(四): standardise the list so the same 事项 is
 * uniform; the seed's weakness "职能交叉、职责不清").
 * <ul>
 * <li>An <b>overlap</b>: one matter ({@link MatterKeys}) claimed in force by two or more units whose territories
 * overlap (the district and a township, two departments — not two townships each for its own area); the evidence is
 * every power claiming it.</li>
 * <li>A <b>gap</b>: a matter of another module ({@link ClaimedMatters}) that (a) names a power code with no published
 * power in force ({@link GapReason#POWER_MISSING}), or (b) of a kind whose matters need a power
 * ({@code fazhi.responsibilities.power-required-kinds}) names none ({@link GapReason#NO_POWER}), or (c) has no
 * responsible unit — neither its own nor one of a named power in force ({@link GapReason#NO_UNIT}). The evidence: what
 * was looked up (the codes, the day) and the closest power of the list by name, if any.</li>
 * </ul>
 */
@Service
public class PowerIssues {

    /** Why a matter is a gap. */
    public enum GapReason {
        POWER_MISSING, NO_POWER, NO_UNIT
    }

    /** One matter claimed by several units: its key, a name, and the powers (evidence). */
    public record Overlap(String matterKey, String name, List<PowerView> powers) {}

    /**
     * One matter no unit is responsible for: the matter, its unit's name (or null), why, the codes looked up and those
     * missing, the day looked at, and the closest published power by name (or null).
     */
    public record Gap(ClaimedMatter matter, String unitName, GapReason reason, List<String> lookedUp,
            List<String> missing, LocalDate on, DispatchSuggestion closest) {}

    private final JdbcClient jdbc;
    private final List<ClaimedMatters> sources;
    private final Responsibilities responsibilities;
    private final ResponsibilitiesProperties properties;
    private final Units units;

    PowerIssues(JdbcClient jdbc, List<ClaimedMatters> sources, Responsibilities responsibilities,
            ResponsibilitiesProperties properties, Units units) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.responsibilities = responsibilities;
        this.properties = properties;
        this.units = units;
    }

    /** The overlaps of the list in force (and published by then) on {@code on}, among the powers the scope covers. */
    public List<Overlap> overlaps(LocalDate on, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("on", on);
        String inForce = "published_on IS NOT NULL AND published_on <= :on AND effective_from <= :on "
                + "AND (effective_to IS NULL OR effective_to > :on)";
        List<PowerView> claims = jdbc.sql(Responsibilities.SELECT + "WHERE " + inForce + " AND " + scope.sqlCondition(
                        "unit_id", "region_code") + " AND matter_key IN (SELECT matter_key FROM power_item WHERE "
                        + inForce + " GROUP BY matter_key HAVING COUNT(DISTINCT unit_id) > 1) ORDER BY matter_key, code")
                .params(p).query(Responsibilities::map).list();
        Map<String, List<PowerView>> byKey = new LinkedHashMap<>();
        for (PowerView v : claims) {
            byKey.computeIfAbsent(v.matterKey(), k -> new ArrayList<>()).add(v);
        }
        List<Overlap> out = new ArrayList<>();
        byKey.forEach((key, powers) -> {
            if (overlapping(powers)) {
                out.add(new Overlap(key, powers.get(0).name(), powers));
            }
        });
        return out;
    }

    /** Two of the powers are of different units whose territories overlap. */
    static boolean overlapping(List<PowerView> powers) {
        for (int i = 0; i < powers.size(); i++) {
            for (int j = i + 1; j < powers.size(); j++) {
                PowerView a = powers.get(i);
                PowerView b = powers.get(j);
                if (a.unitId() != b.unitId() && MatterKeys.territoriesOverlap(a.regionCode(), b.regionCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The gaps on {@code on}: every claimed matter of every {@link ClaimedMatters} bean checked against the list in
     * force that day, among matters whose unit the scope covers (a matter without a unit is seen by district scopes).
     */
    public List<Gap> gaps(LocalDate on, DataScope scope) {
        Map<Long, UnitView> unitsById = new HashMap<>();
        for (UnitView u : units.all()) {
            unitsById.put(u.id(), u);
        }
        List<Gap> out = new ArrayList<>();
        List<ClaimedMatters> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing(ClaimedMatters::kind));
        for (ClaimedMatters source : ordered) {
            boolean required = properties.powerRequiredKinds().contains(source.kind());
            for (ClaimedMatter m : source.matters()) {
                UnitView unit = m.unitId() == null ? null : unitsById.get(m.unitId());
                if (unit == null ? scope.level() != cn.fazhi.platform.scope.ScopeLevel.DISTRICT
                        : !scope.covers(unit.id(), unit.regionCode())) {
                    continue;
                }
                Gap g = check(m, unit, required, on);
                if (g != null) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /** The gap of one matter on {@code on}, or null when a unit is responsible for it. */
    Gap check(ClaimedMatter m, UnitView unit, boolean powerRequired, LocalDate on) {
        List<String> codes = m.powerCodes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(m.powerCodes()));
        List<String> missing = new ArrayList<>();
        Set<Long> responsible = new LinkedHashSet<>();
        if (m.unitId() != null) {
            responsible.add(m.unitId());
        }
        for (String code : codes) {
            responsibilities.inForce(code, on).ifPresentOrElse(p -> responsible.add(p.unitId()), () -> missing.add(code));
        }
        GapReason reason = !missing.isEmpty() ? GapReason.POWER_MISSING
                : codes.isEmpty() && powerRequired ? GapReason.NO_POWER
                : responsible.isEmpty() ? GapReason.NO_UNIT : null;
        if (reason == null) {
            return null;
        }
        DispatchSuggestion closest = responsibilities.suggest(new DispatchQuery(List.of(), m.name(), on, 1)).stream()
                .findFirst().orElse(null);
        return new Gap(m, unit == null ? null : unit.name(), reason, codes, missing, on, closest);
    }
}
