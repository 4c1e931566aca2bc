package cn.fazhi.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.fazhi.duties.Roster;
import cn.fazhi.platform.scope.DataScope;

/**
 * 普法责任制落实情况: for each unit of the year's roster, the activities its published duty list plans, the activities it
 * organised (as lead or co-organiser, by the day held) and its fulfilment under {@link DutyFulfilmentPolicy}, ranked
 * from the best; the units short of it are named.
 */
@Service
public class DutyFulfilments {

    /** One roster unit's balance in a year. */
    public record UnitFulfilment(int rank, long unitId, String unitName, String regionCode, boolean listPublished,
            int planned, int required, int done, BigDecimal fulfilment, boolean shortfall) {

        public int percent() {
            return fulfilment.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        }
    }

    private final JdbcClient jdbc;
    private final Roster roster;
    private final PublicityProperties properties;

    DutyFulfilments(JdbcClient jdbc, Roster roster, PublicityProperties properties) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.properties = properties;
    }

    public DutyFulfilmentPolicy policy() {
        return new DutyFulfilmentPolicy(properties.minimumActivities(), properties.fulfilmentThreshold());
    }

    /** Every roster unit of {@code year} within {@code scope} (null: all), ranked by fulfilment then activities. */
    public List<UnitFulfilment> of(int year, DataScope scope) {
        Map<Long, Integer> planned = new HashMap<>();
        Map<Long, Boolean> published = new HashMap<>();
        jdbc.sql("SELECT l.unit_id, COALESCE(SUM(i.planned_count), 0) FROM pub_duty_list l LEFT JOIN pub_duty_item i "
                        + "ON i.list_id = l.id WHERE l.list_year = :y AND l.status = 'PUBLISHED' GROUP BY l.unit_id")
                .param("y", year).query(rs -> {
                    planned.put(rs.getLong(1), rs.getInt(2));
                    published.put(rs.getLong(1), true);
                });
        Map<Long, Integer> done = new HashMap<>();
        jdbc.sql("SELECT au.unit_id, COUNT(*) FROM pub_activity_unit au JOIN pub_activity a ON a.id = au.activity_id "
                        + "WHERE a.held_on BETWEEN :from AND :to GROUP BY au.unit_id")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    done.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, String> regions = new HashMap<>();
        jdbc.sql("SELECT u.id, u.region_code FROM rol_roster r JOIN unit u ON u.id = r.unit_id WHERE r.roster_year = :y")
                .param("y", year).query(rs -> {
                    regions.put(rs.getLong(1), rs.getString(2));
                });
        DutyFulfilmentPolicy policy = policy();
        List<UnitFulfilment> rows = new ArrayList<>();
        for (Roster.Member m : roster.members(year)) {
            String region = regions.get(m.unitId());
            if (scope != null && !scope.covers(m.unitId(), region)) {
                continue;
            }
            int p = planned.getOrDefault(m.unitId(), 0);
            int d = done.getOrDefault(m.unitId(), 0);
            rows.add(new UnitFulfilment(0, m.unitId(), m.name(), region, published.getOrDefault(m.unitId(), false), p,
                    policy.required(p), d, policy.fulfilment(p, d), policy.shortfall(p, d)));
        }
        rows.sort(Comparator.comparing(UnitFulfilment::fulfilment).reversed()
                .thenComparing(Comparator.comparingInt(UnitFulfilment::done).reversed())
                .thenComparing(UnitFulfilment::unitId));
        List<UnitFulfilment> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitFulfilment r = rows.get(i);
            ranked.add(new UnitFulfilment(i + 1, r.unitId(), r.unitName(), r.regionCode(), r.listPublished(), r.planned(),
                    r.required(), r.done(), r.fulfilment(), r.shortfall()));
        }
        return ranked;
    }

    /** The units named as doing too little in {@code year}, within {@code scope}. */
    public List<UnitFulfilment> shortfalls(int year, DataScope scope) {
        return of(year, scope).stream().filter(UnitFulfilment::shortfall).toList();
    }
}
