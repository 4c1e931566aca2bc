package cn.fazhi.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fazhi.FazhiApplication;

/**
 * Bench-only generator for bench/enforcement-decisions.sh: starts the application on {@code --server.port}, loads
 * {@code n} published enforcement decisions into {@code enforcement_publication} (JDBC batches of 5,000 over the
 * district's units, decided across 2021–2025, every tenth a coercion or inspection), prints {@code ready} and keeps
 * serving until killed. Not a test.
 */
public final class PublicationBench {

    static final String[] PARTIES = {"咸安区某某食品超市", "湖北某某建材有限公司", "张*", "李*", "咸宁某某餐饮管理有限公司",
            "王*", "咸安区某某药房", "湖北某某物流有限公司", "刘*", "咸安区某某五金店"};
    static final String[] VIOLATIONS = {"销售过期食品", "未取得许可从事经营活动", "虚假广告", "无证驾驶营运车辆",
            "违规占道经营", "未按规定明码标价", "销售不合格建材", "违法排放污水", "非法采砂", "违规燃放烟花爆竹"};

    private PublicationBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("fazhi.demo.background", "false");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String port = args.length > 1 ? args[1] : "18081";
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run("--server.port=" + port);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        List<Long> units = jdbc.queryForList("SELECT id FROM unit WHERE type IN ('DEPARTMENT', 'TOWNSHIP_GOVERNMENT') "
                + "ORDER BY id", Long.class);
        long t0 = System.nanoTime();
        long base = 9_000_000_000L;
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long unit = units.get(i % units.size());
            LocalDate decided = LocalDate.of(2021, 1, 4).plusDays(i % 1800);
            String category = i % 10 == 3 ? "COERCION" : i % 10 == 7 ? "INSPECTION" : "PENALTY";
            batch.add(new Object[] {"bench", base + i, "咸安罚〔" + decided.getYear() + "〕B" + i + "号",
                    "咸安罚决〔" + decided.getYear() + "〕B" + i + "号", unit, "421202", category, Date.valueOf(decided),
                    PARTIES[i % PARTIES.length], VIOLATIONS[(i / 7) % VIOLATIONS.length], "罚款人民币" + (200 + i % 50 * 100) + "元",
                    "PUBLISHED", Date.valueOf(decided.plusDays(9)), Date.valueOf(decided.plusDays(3)), "bench",
                    Timestamp.from(Instant.now())});
            if (batch.size() == 5_000 || i == n - 1) {
                jdbc.batchUpdate("INSERT INTO enforcement_publication (case_type, case_id, case_number, decision_number, "
                        + "unit_id, region_code, category, decided_on, party, violation, conclusion, status, due_on, "
                        + "published_on, published_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        batch);
                batch.clear();
            }
        }
        System.out.printf("inserted=%d%ninsert_s=%.1f%n", n, (System.nanoTime() - t0) / 1e9);
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
