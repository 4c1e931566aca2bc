package cn.fazhi.duties;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.demo.DemoGenerations;

/**
 * The rosters of the demo years 2022–2024: the 78 units under the rule-of-law duties (seed §1.1: "全区78家单位") — the
 * district departments and other district bodies (every unit of type DEPARTMENT, PARTY_BODY or OTHER except the
 * party committee, the government and the law office that runs the duties) and the 13 township governments. Order 53:
 * before the parts of issue 16 that generate their years against it.
 */
@Component
@Order(53)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class RosterDemo implements ApplicationRunner {

    static final String GENERATION = "duties-roster";
    /** 区委, 区委依法治区办, 区政府: they run the duties rather than answer to them. */
    static final List<Long> ORGANISERS = List.of(1L, 2L, 3L);

    private final JdbcClient jdbc;
    private final DemoGenerations generations;
    private final Clock clock;

    RosterDemo(JdbcClient jdbc, DemoGenerations generations, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnce(GENERATION, this::generate);
    }

    private int generate() {
        List<long[]> units = jdbc.sql("SELECT id, CASE WHEN type = 'TOWNSHIP_GOVERNMENT' THEN 1 ELSE 0 END FROM unit "
                        + "WHERE id < 1000 AND id NOT IN (:org) AND type IN ('DEPARTMENT', 'PARTY_BODY', 'OTHER', "
                        + "'TOWNSHIP_GOVERNMENT') ORDER BY sort_order, id")
                .param("org", ORGANISERS).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int year = 2022; year <= 2024; year++) {
            for (long[] unit : units) {
                jdbc.sql("INSERT INTO rol_roster (roster_year, unit_id, category, created_at, created_by) "
                                + "VALUES (:y, :u, :c, :now, 'demo')")
                        .param("y", year).param("u", unit[0]).param("c", unit[1] == 1 ? "TOWNSHIP" : "DEPARTMENT")
                        .param("now", now).update();
            }
        }
        return units.size() * 3;
    }
}
