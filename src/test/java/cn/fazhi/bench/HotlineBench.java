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
import cn.fazhi.hotline.Categories;
import cn.fazhi.hotline.CategoryView;
import cn.fazhi.hotline.Tickets;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Not a test: the 12345 benchmark run by {@code bench/hotline.sh}. Starts the application (no demo) on the database of
 * {@code FAZHI_DB_URL} (H2 when unset), loads {@code powers} published powers of the 权责清单 over the district's first
 * 40 units, 40 categories (each mapped to one power and a default unit) and {@code rows} tickets of 2023 with their
 * dispatches (one in five answered directly, 1 in 40 returned once, the rest signed, replied, visited in patterns),
 * then times the dispatch suggestion of a ticket (权责清单 + the category's history over a year of dispatches)
 * {@code runs × 20} times, and all six hotline indicators for the year 2023 over the district {@code runs} times.
 * Prints {@code key=value} lines.
 */
public final class HotlineBench {

    private static final String[] OBJECTS = {"物业服务", "食品经营", "药品零售", "建筑施工", "燃气经营", "道路运输", "校外培训",
        "农药经营", "林木采伐", "劳动用工", "社会保险", "医疗保障", "户籍登记", "噪声污染", "广告发布", "价格收费", "特种设备",
        "消防安全", "环境卫生", "供水供电"};
    private static final String[] ACTS = {"监督检查", "行政处罚", "行政许可", "行政确认", "行政强制", "行政裁决", "行政给付",
        "行政奖励", "行政征收", "备案"};

    private HotlineBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int powers = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        System.setProperty("fazhi.demo.background", "false");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "server.port=0",
                        "fazhi.demo.enabled=false", "fazhi.demo.year-2023=false", "spring.task.scheduling.pool.size=1")
                .run()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            DataSource dataSource = ctx.getBean(DataSource.class);
            String product;
            try (Connection c = dataSource.getConnection()) {
                product = c.getMetaData().getDatabaseProductName();
            }
            long loaded = jdbc.sql("SELECT COUNT(*) FROM hotline_ticket WHERE created_by = 'bench'").query(Long.class)
                    .single();
            if (loaded != rows) {
                long t0 = System.nanoTime();
                load(jdbc, dataSource, rows, powers);
                System.out.printf("load_rows=%d%nload_s=%.1f%n", rows, (System.nanoTime() - t0) / 1e9);
            }
            if (product.toLowerCase().contains("postgres")) {
                jdbc.sql("VACUUM ANALYZE hotline_ticket").update();
                jdbc.sql("VACUUM ANALYZE hotline_dispatch").update();
                jdbc.sql("ANALYZE power_item").update();
            }
            Tickets tickets = ctx.getBean(Tickets.class);
            Categories categories = ctx.getBean(Categories.class);
            List<CategoryView> leaves = categories.leaves().stream().filter(c -> c.code().startsWith("BENCH")).toList();
            LocalDate on = LocalDate.of(2023, 12, 20);
            for (int i = 0; i < 20; i++) {
                tickets.suggest(leaves.get(i % leaves.size()), "小区" + OBJECTS[i % OBJECTS.length] + "问题，请求监督检查", on);
            }
            List<Double> suggestMs = new ArrayList<>();
            int suggested = 0;
            for (int i = 0; i < runs * 20; i++) {
                long t = System.nanoTime();
                suggested += tickets.suggest(leaves.get(i % leaves.size()), "来电人反映" + OBJECTS[(i * 7) % OBJECTS.length]
                        + "存在问题，请求有关部门" + ACTS[i % ACTS.length], on).size();
                suggestMs.add((System.nanoTime() - t) / 1e6);
            }
            Indicators indicators = ctx.getBean(Indicators.class);
            String[] ids = {"hotline.tickets", "hotline.sign_on_time_rate", "hotline.done_on_time_rate",
                "hotline.return_rate", "hotline.visit_rate", "hotline.satisfaction_rate"};
            IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 1, "421202"));
            StringBuilder values = new StringBuilder();
            for (String id : ids) {
                values.append(id).append('=').append(indicators.find(id).orElseThrow().value(year)).append(' ');
            }
            List<Double> indicatorMs = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                for (String id : ids) {
                    indicators.find(id).orElseThrow().value(year);
                }
                indicatorMs.add((System.nanoTime() - t) / 1e6);
            }
            List<Double> sorted = new ArrayList<>(suggestMs);
            Collections.sort(sorted);
            System.out.printf("database=%s%ntickets=%d%npowers=%d%nvalues=%s%nsuggestions_returned=%d%n", product,
                    jdbc.sql("SELECT COUNT(*) FROM hotline_ticket").query(Long.class).single(), powers, values.toString().strip(),
                    suggested);
            System.out.printf("suggest_median_ms=%.1f%nsuggest_p95_ms=%.1f%nsuggest_max_ms=%.1f%n",
                    DisparityBench.median(suggestMs), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                    Collections.max(suggestMs));
            System.out.printf("indicators_all_six_median_ms=%.0f%nindicators_all_six_max_ms=%.0f%n",
                    DisparityBench.median(indicatorMs), Collections.max(indicatorMs));
        }
        System.exit(0);
    }

    static void load(JdbcClient jdbc, DataSource dataSource, int rows, int powers) throws Exception {
        jdbc.sql("DELETE FROM hotline_dispatch WHERE dispatched_by = 'bench'").update();
        jdbc.sql("DELETE FROM hotline_ticket WHERE created_by = 'bench'").update();
        List<Long> units = jdbc.sql("SELECT id FROM unit WHERE id <> 43 ORDER BY id LIMIT 40").query(Long.class).list();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        if (jdbc.sql("SELECT COUNT(*) FROM power_item WHERE created_by = 'bench'").query(Long.class).single() == 0) {
            for (int p = 0; p < powers; p++) {
                String name = "对" + OBJECTS[p % OBJECTS.length] + "活动的" + ACTS[(p / OBJECTS.length) % ACTS.length]
                        + "（第" + (p / (OBJECTS.length * ACTS.length) + 1) + "项）";
                jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, "
                                + "region_code, effective_from, published_on, created_at, created_by) VALUES (:c, 1, 'OTHER', "
                                + ":n, :n, '基准测试依据', :u, '421202', DATE '2023-01-01', DATE '2023-01-01', :at, 'bench')")
                        .param("c", String.format("BENCH-P%05d", p)).param("n", name).param("u", units.get(p % units.size()))
                        .param("at", now).update();
            }
        }
        List<Long> categories = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            String code = String.format("BENCH%02d", k);
            Long id = jdbc.sql("SELECT id FROM hotline_category WHERE code = :c").param("c", code).query(Long.class)
                    .optional().orElse(null);
            if (id == null) {
                jdbc.sql("INSERT INTO hotline_category (code, name, urgency, power_codes, default_unit_id, created_at, "
                                + "created_by) VALUES (:c, :n, 'NORMAL', :p, :u, :at, 'bench')")
                        .param("c", code).param("n", "基准测试分类" + k).param("p", String.format("BENCH-P%05d", k))
                        .param("u", units.get(k % units.size())).param("at", now).update();
                id = jdbc.sql("SELECT id FROM hotline_category WHERE code = :c").param("c", code).query(Long.class).single();
            }
            categories.add(id);
        }
        int batch = 1000;
        StringBuilder sql = new StringBuilder("INSERT INTO hotline_ticket (case_number, status, channel, category_id, "
                + "urgency, title, content, received_on, unit_id, region_code, dispatched_on, sign_due, signed_on, "
                + "handle_due, replied_on, replied_on_time, visited_on, satisfaction, closed_on, dispatch_count, "
                + "return_count, created_at, created_by) VALUES ");
        for (int i = 0; i < batch; i++) {
            sql.append(i == 0 ? "" : ",").append("(?, 'CLOSED', 'PHONE', ?, 'NORMAL', '基准测试工单', '基准测试诉求内容', ?, ?, "
                    + "'421202', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')");
        }
        LocalDate jan = LocalDate.of(2023, 1, 1);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int start = 0; start < rows; start += batch) {
                    int p = 1;
                    for (int i = 0; i < batch; i++) {
                        int x = start + i;
                        boolean direct = x % 5 == 0;
                        LocalDate received = jan.plusDays(x % 350);
                        LocalDate replied = received.plusDays(direct ? 0 : x % 20 == 3 ? 9 : 3);
                        boolean visited = x % 10 != 9;
                        ps.setString(p++, "BENCH-H" + x);
                        ps.setLong(p++, categories.get(x % categories.size()));
                        ps.setObject(p++, received);
                        ps.setLong(p++, direct ? 43 : units.get(x % units.size()));
                        ps.setObject(p++, direct ? null : received);
                        ps.setObject(p++, direct ? null : received.plusDays(1));
                        ps.setObject(p++, direct ? null : received.plusDays(x % 50 == 7 ? 2 : 0));
                        ps.setObject(p++, direct ? null : received.plusDays(7));
                        ps.setObject(p++, replied);
                        ps.setBoolean(p++, direct || x % 20 != 3);
                        ps.setObject(p++, visited ? replied.plusDays(1) : null);
                        ps.setString(p++, visited ? (x % 25 == 4 ? "DISSATISFIED" : "SATISFIED") : null);
                        ps.setObject(p++, replied.plusDays(visited ? 1 : 3));
                        ps.setInt(p++, direct ? 0 : x % 40 == 1 ? 2 : 1);
                        ps.setInt(p++, x % 40 == 1 ? 1 : 0);
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
        jdbc.sql("INSERT INTO hotline_dispatch (ticket_id, category_id, unit_id, region_code, dispatched_on, sign_due, "
                + "signed_on, signed_on_time, dispatched_by, created_at) SELECT id, category_id, unit_id, region_code, "
                + "dispatched_on, sign_due, signed_on, CASE WHEN signed_on <= sign_due THEN TRUE ELSE FALSE END, 'bench', "
                + "created_at FROM hotline_ticket WHERE created_by = 'bench' AND dispatched_on IS NOT NULL").update();
        jdbc.sql("INSERT INTO hotline_dispatch (ticket_id, category_id, unit_id, region_code, dispatched_on, sign_due, "
                + "returned_on, return_reason, dispatched_by, created_at) SELECT id, category_id, 43, region_code, "
                + "dispatched_on, sign_due, dispatched_on, '基准测试退回', 'bench', created_at FROM hotline_ticket "
                + "WHERE created_by = 'bench' AND return_count > 0").update();
    }
}
