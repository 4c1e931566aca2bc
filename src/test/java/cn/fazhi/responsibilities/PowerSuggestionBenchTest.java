package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;

/**
 * The dispatch-suggestion benchmark (bench/responsibilities-suggest.sh; not part of the normal run: enabled by
 * {@code -Dfazhi.bench.suggestions=true}). Fills the published list up to {@code fazhi.bench.powers} (default 5,000)
 * with powers made from the demo vocabulary (rows {@code created_by = 'bench'}, removed afterwards), then times 2,000
 * suggestions for 12345-like texts with and without category codes: {@link Responsibilities#suggest} (the in-memory
 * index, with its stamp query) against a baseline in the same run — the contract's first version, which read every
 * published power in force from the database and compared the words of each (a full scan per call). Prints and
 * appends medians and p95 to target/bench-responsibilities.txt; target p95 ≤ 50 ms.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "fazhi.bench.suggestions", matches = "true")
class PowerSuggestionBenchTest {

    static final int POWERS = Integer.getInteger("fazhi.bench.powers", 5_000);
    static final int CALLS = 2_000;
    static final LocalDate ON = LocalDate.of(2026, 6, 1);
    static final String[] TEXTS = {"小区旁边有人砍伐城市树木，希望林业部门来管一管", "楼下饭店没有食品经营许可证还在营业",
        "我想咨询城乡居民基本养老保险待遇申领需要什么材料", "工地晚上施工噪音太大影响休息", "孩子转学手续怎么办理",
        "农药店卖假农药坑农户", "失业保险金申领一直没有到账", "户外广告牌摇摇欲坠存在安全隐患", "低保申请提交三个月没有结果",
        "医保异地就医备案在哪里办理", "燃气公司乱收费", "村里宅基地审批拖了很久"};

    @Autowired Responsibilities responsibilities;
    @Autowired JdbcClient jdbc;

    @Test
    void suggestionsOverFiveThousandPowers() throws Exception {
        jdbc.sql("DELETE FROM power_item WHERE created_by = 'bench'").update();
        long existing = jdbc.sql("SELECT COUNT(*) FROM power_item WHERE published_on IS NOT NULL").query(Long.class).single();
        List<String> names = jdbc.sql("SELECT name FROM power_item WHERE created_by = 'demo'").query(String.class).list();
        Random random = new Random(5000);
        OffsetDateTime now = OffsetDateTime.now();
        for (long i = existing; i < POWERS; i++) {
            String name = names.get(random.nextInt(names.size())) + "（第" + i + "项）";
            jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                            + "effective_from, published_on, created_at, created_by) VALUES (:code, 1, 'OTHER', :name, :key, "
                            + "'《基准测试条例》第一条', :unit, '421202', DATE '2026-01-01', DATE '2026-01-01', :now, 'bench')")
                    .param("code", "BENCH-" + i).param("name", name).param("key", MatterKeys.of(name))
                    .param("unit", 5 + random.nextInt(8)).param("now", now).update();
        }
        List<String> codes = jdbc.sql("SELECT code FROM power_item WHERE published_on IS NOT NULL").query(String.class).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM power_item WHERE published_on IS NOT NULL").query(Long.class).single();
        try {
            for (int warm = 0; warm < 200; warm++) {
                index(random, codes);
                scan(random);
            }
            double[] indexed = new double[CALLS];
            double[] scanned = new double[CALLS / 10];
            for (int i = 0; i < CALLS; i++) {
                long t = System.nanoTime();
                index(random, codes);
                indexed[i] = (System.nanoTime() - t) / 1e6;
            }
            for (int i = 0; i < scanned.length; i++) {
                long t = System.nanoTime();
                scan(random);
                scanned[i] = (System.nanoTime() - t) / 1e6;
            }
            String line = String.format(java.util.Locale.ROOT, "%s powers=%d calls=%d index_p50_ms=%.2f index_p95_ms=%.2f "
                    + "scan_p50_ms=%.2f scan_p95_ms=%.2f ratio_p95=%.1f db=%s", OffsetDateTime.now(), total, CALLS,
                    pct(indexed, 50), pct(indexed, 95), pct(scanned, 50), pct(scanned, 95),
                    pct(scanned, 95) / pct(indexed, 95), System.getProperty("fazhi.test.db", "h2"));
            System.out.println("BENCH " + line);
            Files.writeString(Path.of("target", "bench-responsibilities.txt"), line + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            assertThat(pct(indexed, 95)).isLessThanOrEqualTo(50);
        } finally {
            jdbc.sql("DELETE FROM power_item WHERE created_by = 'bench'").update();
        }
    }

    private void index(Random random, List<String> codes) {
        List<String> c = random.nextBoolean() ? List.of(codes.get(random.nextInt(codes.size()))) : List.of();
        responsibilities.suggest(new DispatchQuery(c, TEXTS[random.nextInt(TEXTS.length)], ON, 5));
    }

    /** The baseline: every published power in force read and compared per call. */
    private int scan(Random random) {
        var words = Responsibilities.bigrams(TEXTS[random.nextInt(TEXTS.length)]);
        int hits = 0;
        for (PowerView p : jdbc.sql(Responsibilities.SELECT + "WHERE " + Responsibilities.IN_FORCE).param("on", ON)
                .query(Responsibilities::map).list()) {
            var shared = new java.util.HashSet<>(Responsibilities.bigrams(p.name()));
            shared.retainAll(words);
            if (shared.size() >= 2) {
                hits++;
            }
        }
        return hits;
    }

    private static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
