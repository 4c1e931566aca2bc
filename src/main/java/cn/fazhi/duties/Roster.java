package cn.fazhi.duties;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The year's roster of units under the rule-of-law duties (述法, the online law test, the 普法 duty list, the annual
 * assessment): the units every figure "of the N units" counts against. Table {@code rol_roster}.
 */
@Service
public class Roster {

    /** Whether a unit is a district body or a township government. */
    public enum Category { DEPARTMENT, TOWNSHIP }

    /** One unit of the roster, with its name and short name for lists. */
    public record Member(long unitId, String name, String shortName, Category category) {}

    private final JdbcClient jdbc;

    Roster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units of {@code year}'s roster in the district's order (empty when the year has no roster). */
    public List<Member> members(int year) {
        return jdbc.sql("SELECT u.id, u.name, u.short_name, r.category FROM rol_roster r JOIN unit u ON u.id = r.unit_id "
                        + "WHERE r.roster_year = :y ORDER BY u.sort_order, u.id")
                .param("y", year)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Category.valueOf(rs.getString(4))))
                .list();
    }

    /** The unit ids of {@code year}'s roster. */
    public List<Long> unitIds(int year) {
        return members(year).stream().map(Member::unitId).toList();
    }

    public boolean contains(int year, long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM rol_roster WHERE roster_year = :y AND unit_id = :u").param("y", year)
                .param("u", unitId).query(Long.class).single() > 0;
    }
}
