package cn.fazhi.bench;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.fazhi.FazhiApplication;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.supervision.DrawFunction;
import cn.fazhi.supervision.DrawLists;
import cn.fazhi.supervision.Draws;

/**
 * Not a test: the 双随机 draw benchmark run by {@code bench/random-draw.sh} (issue 13 target: a draw from 100,000
 * entities and 1,500 inspectors ≤ 1 s, its verification recomputing the same selection). Three measurements, each
 * {@code runs} times after one warm-up, medians printed as {@code key=value}:
 * <ul>
 * <li>baseline: the SM3 digest of the frozen entity list (the least any draw must do with 100,000 entities);</li>
 * <li>function: {@link DrawFunction#select} alone (5 % sample: 5,000 entities, 2 inspectors each from 1,500 in 15
 * departments for a single-department draw of the largest department and a joint draw over three departments);</li>
 * <li>service: {@link Draws#commit} (freeze and publish the lists) and {@link Draws#draw} (reveal, select, store) and
 * {@link Draws#verify} (recompute from the published lists) against the database of {@code FAZHI_DB_URL} (H2 when
 * unset), the verification checked to be identical.</li>
 * </ul>
 */
public final class DrawBench {

    private DrawBench() {}

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int inspectors = args.length > 1 ? Integer.parseInt(args[1]) : 1_500;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int sample = entities / 20;
        List<String> usccs = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            String first17 = String.format("91421202MA%07d", i);
            usccs.add(first17 + Uscc.checkCharacter(first17));
        }
        List<DrawFunction.Inspector> all = new ArrayList<>();
        for (int i = 0; i < inspectors; i++) {
            all.add(new DrawFunction.Inspector(String.format("4212%08d", i), "D" + (i % 15)));
        }
        Set<String> avoidance = new java.util.HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            avoidance.add(DrawFunction.pairDigest(all.get(i % inspectors).key(), usccs.get((i * 37) % entities)));
        }
        SortedMap<String, Integer> single = new TreeMap<>(java.util.Map.of("D0", 2));
        SortedMap<String, Integer> joint = new TreeMap<>(java.util.Map.of("D0", 1, "D1", 1, "D2", 1));
        String seed = HexFormat.of().formatHex(new byte[32]).replace('0', 'a');
        String entityText = DrawLists.of(usccs, List.of(), Set.of()).entities();

        List<Double> baseline = new ArrayList<>();
        List<Double> singleMs = new ArrayList<>();
        List<Double> jointMs = new ArrayList<>();
        for (int r = -1; r < runs; r++) {
            long t0 = System.nanoTime();
            DrawFunction.sm3(entityText);
            long t1 = System.nanoTime();
            DrawFunction.select(new DrawFunction.Input(usccs, all, avoidance, sample, single, seed));
            long t2 = System.nanoTime();
            DrawFunction.select(new DrawFunction.Input(usccs, all, avoidance, sample, joint, seed));
            long t3 = System.nanoTime();
            if (r >= 0) {
                baseline.add((t1 - t0) / 1e6);
                singleMs.add((t2 - t1) / 1e6);
                jointMs.add((t3 - t2) / 1e6);
            }
        }
        System.out.printf("entities=%d%ninspectors=%d%nsample=%d%navoided_pairs=%d%n", entities, inspectors, sample,
                avoidance.size());
        System.out.printf("baseline_digest_median_ms=%.1f%nfunction_single_median_ms=%.1f%nfunction_joint_median_ms=%.1f%n",
                median(baseline), median(singleMs), median(jointMs));
        System.out.printf("function_single_ratio=%.1f%n", median(singleMs) / median(baseline));

        System.setProperty("fazhi.demo.background", "false");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "server.port=0", "fazhi.demo.enabled=false",
                        "fazhi.demo.year-2023=false", "spring.task.scheduling.pool.size=1")
                .run()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Draws draws = ctx.getBean(Draws.class);
            try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
                System.out.printf("database=%s%n", c.getMetaData().getDatabaseProductName());
            }
            List<Double> commitMs = new ArrayList<>();
            List<Double> drawMs = new ArrayList<>();
            List<Double> verifyMs = new ArrayList<>();
            boolean identical = true;
            for (int r = -1; r < runs; r++) {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO random_task (case_number, status, title, lead_unit_id, region_code, period_from, "
                                + "period_to, created_at, created_by) VALUES (:n, 'PLANNED', 'bench', 5, '421202', "
                                + "DATE '2026-01-01', DATE '2026-12-31', :at, 'bench')")
                        .param("n", "bench-" + System.nanoTime()).param("at", OffsetDateTime.now()).update(keys, "id");
                long task = keys.getKeyAs(Long.class);
                long t0 = System.nanoTime();
                Draws.DrawView d = draws.commit(new Draws.Request(task, usccs, all, avoidance, sample, single));
                long t1 = System.nanoTime();
                draws.draw(d.id());
                long t2 = System.nanoTime();
                Draws.Verification v = draws.verify(d.id());
                long t3 = System.nanoTime();
                identical &= v.verified();
                if (r >= 0) {
                    commitMs.add((t1 - t0) / 1e6);
                    drawMs.add((t2 - t1) / 1e6);
                    verifyMs.add((t3 - t2) / 1e6);
                }
            }
            System.out.printf("service_commit_median_ms=%.0f%nservice_draw_median_ms=%.0f%nservice_draw_max_ms=%.0f%n"
                    + "service_verify_median_ms=%.0f%nverification_identical=%b%n", median(commitMs), median(drawMs),
                    Collections.max(drawMs), median(verifyMs), identical);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
