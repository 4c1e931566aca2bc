package cn.fazhi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.FazhiApplication;
import cn.fazhi.enforcement.Disparities;
import cn.fazhi.enforcement.DisparityAnalysis;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Not a test: the 同案不同罚 benchmark run by {@code bench/enforcement-disparity.sh}. Starts the application (on a free port,
 * no demo) on the database of {@code FAZHI_DB_URL} (H2 when unset), loads {@code rows} decided penalty cases of 2023
 * straight into the contract table {@code enforcement_case} (bench-only generator: 200 violations × 3 benchmark levels
 * = 600 peer groups over the district's first 40 units; fines spread over each level's range, every 97th above the
 * range, every 211th below it), then times {@link Disparities#analyse} over the whole year for the district (all
 * rows) and for one unit, {@code runs} times after one warm-up. Prints {@code key=value} lines.
 */
public final class DisparityBench {

    private static final int CODES = 200;
    private static final String[] LEVELS = {"LIGHTER", "GENERAL", "HEAVIER"};
    private static final long[][] RANGES = {{500, 1000}, {1000, 5000}, {5000, 10000}};

    private DisparityBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.setProperty("fazhi.demo.background", "false");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "server.port=0", "fazhi.demo.enabled=false",
                        "fazhi.demo.year-2023=false", "spring.task.scheduling.pool.size=1")
                .run()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            DataSource dataSource = ctx.getBean(DataSource.class);
            String product;
            try (Connection c = dataSource.getConnection()) {
                product = c.getMetaData().getDatabaseProductName();
            }
            long loaded = jdbc.sql("SELECT COUNT(*) FROM enforcement_case WHERE created_by = 'bench'").query(Long.class).single();
            if (loaded != rows) {
                long t0 = System.nanoTime();
                load(jdbc, dataSource, rows);
                System.out.printf("load_rows=%d%nload_s=%.1f%n", rows, (System.nanoTime() - t0) / 1e9);
            }
            if (product.toLowerCase().contains("postgres")) {
                jdbc.sql("ANALYZE enforcement_case").update();
                jdbc.sql("ANALYZE enforcement_benchmark_level").update();
            }
            Disparities disparities = ctx.getBean(Disparities.class);
            String district = jdbc.sql("SELECT region_code FROM unit WHERE id = 1").query(String.class).single()
                    .substring(0, 6);
            long unit = jdbc.sql("SELECT MIN(unit_id) FROM enforcement_case WHERE created_by = 'bench'").query(Long.class)
                    .single();
            String unitRegion = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unit)
                    .query(String.class).single();
            DataScope all = new DataScope(ScopeLevel.DISTRICT, 1, district);
            DataScope own = new DataScope(ScopeLevel.UNIT, unit, unitRegion);
            LocalDate from = LocalDate.of(2023, 1, 1);
            LocalDate to = LocalDate.of(2023, 12, 31);
            DisparityAnalysis warm = disparities.analyse(from, to, null, all);
            List<Double> districtMs = new ArrayList<>();
            List<Double> unitMs = new ArrayList<>();
            int unitFlags = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                DisparityAnalysis a = disparities.analyse(from, to, null, all);
                districtMs.add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                unitFlags = disparities.analyse(from, to, null, own).flags().size();
                unitMs.add((System.nanoTime() - t) / 1e6);
                warm = a;
            }
            System.out.printf("database=%s%ndecisions=%d%ngroups=%d%nflags=%d%nunit_flags=%d%n", product, warm.decisions(),
                    warm.groups(), warm.flags().size(), unitFlags);
            System.out.printf("district_median_ms=%.0f%ndistrict_max_ms=%.0f%nunit_median_ms=%.0f%nunit_max_ms=%.0f%n",
                    median(districtMs), Collections.max(districtMs), median(unitMs), Collections.max(unitMs));
        }
        System.exit(0);
    }

    /** Bench benchmarks (published) and {@code rows} decided cases, in multi-row INSERTs of 1,000 rows. */
    static void load(JdbcClient jdbc, DataSource dataSource, int rows) throws Exception {
        jdbc.sql("DELETE FROM enforcement_case WHERE created_by = 'bench'").update();
        List<Long> units = jdbc.sql("SELECT id FROM unit ORDER BY id LIMIT 40").query(Long.class).list();
        List<String> regions = new ArrayList<>();
        for (Long u : units) {
            regions.add(jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", u).query(String.class).single());
        }
        long[] levelIds = new long[CODES * LEVELS.length];
        long[][] ranges = new long[CODES * LEVELS.length][];
        for (int v = 0; v < CODES; v++) {
            String code = String.format("BENCH-V%03d", v);
            Long existing = jdbc.sql("SELECT id FROM enforcement_benchmark WHERE violation_code = :c ORDER BY id LIMIT 1")
                    .param("c", code).query(Long.class).optional().orElse(null);
            long id;
            if (existing == null) {
                var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("INSERT INTO enforcement_benchmark (violation_code, violation_name, legal_basis, penalty_basis, "
                                + "issuer_level, effective_from, published, published_on, created_at, created_by) VALUES "
                                + "(:c, :n, '基准测试依据', '基准测试处罚依据', 'DISTRICT', DATE '2020-01-01', TRUE, "
                                + "DATE '2020-01-01', CURRENT_TIMESTAMP, 'bench')")
                        .param("c", code).param("n", "基准测试违法行为" + v).update(keys, "id");
                id = keys.getKey().longValue();
                for (int l = 0; l < LEVELS.length; l++) {
                    long m = 1 + v % 5;
                    jdbc.sql("INSERT INTO enforcement_benchmark_level (benchmark_id, ordinal, level, circumstances, "
                                    + "min_fine, max_fine) VALUES (:b, :o, :l, '基准测试情形', :min, :max)")
                            .param("b", id).param("o", l + 1).param("l", LEVELS[l])
                            .param("min", RANGES[l][0] * m).param("max", RANGES[l][1] * m).update();
                }
            } else {
                id = existing;
            }
            List<long[]> levels = jdbc.sql("SELECT id, min_fine, max_fine FROM enforcement_benchmark_level "
                            + "WHERE benchmark_id = :b ORDER BY ordinal")
                    .param("b", id).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
            for (int l = 0; l < LEVELS.length; l++) {
                levelIds[v * LEVELS.length + l] = levels.get(l)[0];
                ranges[v * LEVELS.length + l] = new long[] {levels.get(l)[1], levels.get(l)[2]};
            }
        }
        int batch = 1000;
        StringBuilder sql = new StringBuilder("INSERT INTO enforcement_case (case_number, procedure_kind, status, unit_id, "
                + "region_code, violation_code, benchmark_level_id, fine_amount, filed_on, decided_on, created_at, "
                + "created_by) VALUES ");
        for (int i = 0; i < batch; i++) {
            sql.append(i == 0 ? "" : ",").append("(?, 'ORDINARY', 'CLOSED', ?, ?, ?, ?, ?, ?, ?, ?, 'bench')");
        }
        LocalDate jan = LocalDate.of(2023, 1, 1);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int start = 0; start < rows; start += batch) {
                    int p = 1;
                    for (int i = 0; i < batch; i++) {
                        int x = start + i;
                        if (x >= rows) {
                            x = start + (x % batch); // never reached for rows a multiple of 1,000
                        }
                        int group = Math.floorMod(x * 31 + x / 7, levelIds.length);
                        long min = ranges[group][0];
                        long max = ranges[group][1];
                        long fine = min + (Math.floorMod((long) x * 7919L, 1000L) * (max - min)) / 1000;
                        if (x % 97 == 0) {
                            fine = max * 2;
                        } else if (x % 211 == 0) {
                            fine = Math.max(1, min / 2);
                        }
                        int u = x % units.size();
                        ps.setString(p++, "BENCH-" + x);
                        ps.setLong(p++, units.get(u));
                        ps.setString(p++, regions.get(u));
                        ps.setString(p++, String.format("BENCH-V%03d", group / LEVELS.length));
                        ps.setLong(p++, levelIds[group]);
                        ps.setBigDecimal(p++, java.math.BigDecimal.valueOf(fine));
                        LocalDate decided = jan.plusDays(x % 365);
                        ps.setObject(p++, decided.minusDays(20));
                        ps.setObject(p++, decided);
                        ps.setTimestamp(p++, now);
                    }
                    ps.executeUpdate();
                    if ((start / batch) % 50 == 49) {
                        c.commit();
                    }
                }
            }
            c.commit();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
